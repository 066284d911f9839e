"""Light and dark palettes that follow the system colour scheme (Qt 6.5+ reports it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    base = QColor(30, 32, 36)
    window = QColor(40, 43, 48)
    text = QColor(230, 232, 235)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(37, 40, 45))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(64, 120, 200))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(140, 145, 150))
    # Fusion draws frames, check boxes and separators from these: keep them visibly lighter than Base.
    p.setColor(QPalette.ColorRole.Light, QColor(95, 100, 108))
    p.setColor(QPalette.ColorRole.Midlight, QColor(72, 76, 83))
    p.setColor(QPalette.ColorRole.Mid, QColor(120, 125, 132))
    p.setColor(QPalette.ColorRole.Dark, QColor(20, 21, 24))
    p.setColor(QPalette.ColorRole.Shadow, QColor(0, 0, 0))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def apply_palette(app: QApplication, scheme: str = "system") -> None:
    """Fusion style with our palette: ``scheme`` is system (follow the OS), light or dark."""
    app.setStyle("Fusion")
    dark = is_dark() if scheme == "system" else scheme == "dark"
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setProperty("microcomm_dark", dark)


def follow_system(app: QApplication) -> None:
    """Re-apply the palette when the OS switches between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_palette(app))


def band_colors(dark: bool) -> dict[str, QColor]:
    """Background colours for below / in / above a benchmark band, readable on both palettes."""
    if dark:
        return {"below": QColor(110, 45, 45), "in": QColor(40, 85, 50), "above": QColor(35, 70, 110)}
    return {"below": QColor(250, 215, 210), "in": QColor(214, 240, 214), "above": QColor(208, 226, 250)}
