"""Issue 23's detector: the main window on the sample workspace, built once in English and once in each shipped
language, every tab and sub-tab visited; a visible text that is the same in both and still contains English words
is a string someone forgot to translate.

Why compare with the English window rather than scan for English words alone: German and Spanish share many words
with English ("Sprint", "Dashboard", "Deal", "Format"), and stored data (post titles, ritual names, handles) is
English in the sample; a text that *changed* was translated, a text that did not change and reads as English was
not. The English word list comes from the catalog's own source texts, minus the words the language's translations
use themselves (the loanwords), so it grows with the app.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)
from sqlalchemy import select

from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.i18n import catalog_path
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow
from microcomm_desktop.ui.widgets.charts import WeeklyChart

PLUMBING = {"qt_scrollarea_viewport", "qt_tabwidget_stackedwidget"}  # Qt's inner widgets: left out of paths
ROWS = 3  # the first rows of each table: enough to see every kind of cell a column writes

# Words the translations keep on purpose in every language (product names, the app's own terms that the catalogs
# deliberately leave in English, units). The per-language loanwords are read from the catalog below.
SAME_EVERYWHERE = {"microcomm", "csv", "png", "svg", "pdf", "ics", "md", "utc", "id", "ok", "ai", "dm", "dms"} | {
    p
    for p in PLATFORMS
    if p != "other"  # platform keys are shown as brand names ("threads" is Threads)
}

# Stored user data, shown as it was typed: the sample workspace is English. Only the columns that hold what the
# user (here: the sample generator) wrote in their own words: names, titles, handles, notes, free-text formats.
# Never a key the app shows through a label (a post's label "reach", a deal status, a prompt rung, an evidence
# kind, a metric key): those must be translated where shown, so they stay visible to the detector. Their texts are
# removed from a widget text before it is judged, so "Ritual: Friday wins" is judged on "Ritual:" only.
USER_DATA_COLUMNS: dict[str, tuple[str, ...]] = {
    "Workspace": ("name",),
    "Post": ("platform", "platform_post_id", "link", "format", "title", "notes"),  # platform: brand names
    "Ritual": ("name", "format_text", "home", "recap_habit", "notes"),  # home: free text ("Instagram comments")
    "Theme": ("name",),
    "Creator": ("name", "niche", "contact", "notes", "struggle_answer"),
    "CreatorHandle": ("platform", "handle"),
    "CreatorEvidence": ("link", "note", "image_name"),
    "Deal": (
        "brand", "creator_name", "title", "usage_channels", "usage_duration", "usage_region", "whitelist_duration",
        "whitelist_approvals", "exclusivity_competitors", "exclusivity_timeframe", "exclusivity_platforms",
        "measurement_utms", "measurement_codes", "measurement_cadence", "disclosure_line", "notes",
    ),
    "DealLine": ("format", "description", "timing", "call_to_action"),
    "Prompt": ("text",),
    "Promise": ("who", "outcome", "format_text"),
    "CommunityHome": ("label",),
    "CommunityProfile": ("topic", "onboarding_rules", "onboarding_what_to_post", "onboarding_help", "disclosure_line"),
    "RecurringFormat": ("name", "description", "cadence"),  # cadence: free text, offered translated
    "RateCardItem": ("name", "unit"),  # unit: free text ("per set of 3")
    "Sprint": ("name", "owners", "notes"),
    "SprintTask": ("title", "owner", "notes"),
    "SprintWeek": ("goal", "deliverable", "notes_worked", "notes_drop"),
    "WeekNote": ("top_questions", "objections", "member_words"),
    "Engager": ("platform", "handle", "notes"),
    "Decision": ("text",),
}  # fmt: skip

# Widget texts that are stored data in a shape the table removal above cannot see, by widget path fragment.
ALLOWED: list[tuple[str, str]] = [
    # the prompt-use picker lists "<date> <post title>" with the title cut at 40 characters
    ("PromptsSection[0]/QComboBox[0]:item[", "post titles, cut short"),
    # the quick-entry example is the line syntax the parser reads (domain/imports/quick.py): English keywords
    ("PostDetail[0]/quickEntry:placeholder", "machine-read syntax"),
    # the "today" button's tooltip names the keyboard key, which is labelled Home on Brazilian keyboards too
    ("CalendarView[0]/QPushButton[1]:tooltip: 'Home'", "a key's name"),
]

# Texts the services slice translates on its own branch (services/ and domain/ sentences); listed here so this
# test passes on this branch, removed by the lead after both are merged: (fragment of the finding, why).
SERVICES_SLICE: list[tuple[str, str]] = []


def _words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"\{[a-z_]+\}|%L?n|&(?=\w)", "", text)  # placeholders, accelerators
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']+", text)}


def _catalog_words(lang: str) -> tuple[set[str], set[str]]:
    """(words of the English sources, words ``lang``'s finished translations use in at least two messages).

    Why two: a word a translation keeps once is usually a quoted English example, a file name or the sample's
    data, not a loanword; counting it as one would hide that word everywhere else."""
    path = catalog_path(lang)
    assert path is not None
    sources: set[str] = set()
    seen: dict[str, int] = {}
    for msg in ET.parse(path).getroot().iter("message"):
        sources |= _words(msg.findtext("source") or "")
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for word in set().union(*(_words(form) for form in forms)):
            seen[word] = seen.get(word, 0) + 1
    return sources, {w for w, n in seen.items() if n >= 2}


# The date axis writes month and weekday names itself (pyqtgraph's strftime): not in the catalog, still English.
CALENDAR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} | {
    "mon", "tue", "wed", "thu", "fri", "sat", "sun"
}  # fmt: skip


# English function words that are no word of German, Spanish or Portuguese: always counted, even where a translation
# quotes English (an example, "Q and A"), so such a quote cannot hide every later "and" from the detector.
CORE = {"the", "and", "of", "with", "your", "you", "this", "that", "from", "will", "which", "when", "how", "have"} | {
    "are", "is", "not", "for", "or", "to", "it", "its", "be", "been", "there", "their", "than", "then", "would"
}  # fmt: skip


def english_words(lang: str) -> set[str]:
    sources, translated = _catalog_words(lang)
    return (sources - translated - SAME_EVERYWHERE) | CALENDAR | CORE


def user_data(app_ctx: AppContext) -> list[str]:
    """Every value of the user-data columns, longest first (so a title is removed before a word inside it)."""
    from microcomm_desktop.store import models

    found: set[str] = set()
    with session_scope(app_ctx.engine) as s:
        for name, columns in USER_DATA_COLUMNS.items():
            table = getattr(models, name).__table__
            for row in s.execute(select(*(table.c[c] for c in columns))):
                found |= {str(v).strip() for v in row if v and len(str(v).strip()) > 1}
    found.add(str(app_ctx.paths.data_dir))  # the status bar names the data file
    return sorted(found, key=len, reverse=True)


# ----- the walk -----------------------------------------------------------------------------------------------
def _model_texts(model: QAbstractItemModel | None) -> list[tuple[str, str]]:
    if model is None:
        return []
    from PySide6.QtCore import QModelIndex

    out = []
    root = QModelIndex()
    from PySide6.QtCore import QAbstractListModel

    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for c in range(columns):
        out.append((f"header[{c}]", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
        for r in range(min(ROWS, model.rowCount(root))):
            idx = model.index(r, c)
            out.append((f"cell[{r},{c}]", str(model.data(idx) or "")))
            out.append((f"tip[{r},{c}]", str(model.data(idx, Qt.ItemDataRole.ToolTipRole) or "")))
    return out


def _chart_texts(chart: WeeklyChart) -> list[tuple[str, str]]:
    item = chart.item
    out = [("title", str(item.titleLabel.text or ""))]
    for name in ("left", "right", "bottom"):
        out.append((f"axis-{name}", str(item.getAxis(name).labelText or "")))
    if chart.series is not None and chart.series.dates:
        # the date axis: ask it for its labels over the drawn range (month names are text too)
        axis = item.getAxis("bottom")
        if not hasattr(axis, "fontMetrics"):  # set by its first paint; the window is never painted here
            from PySide6.QtGui import QFontMetrics

            axis.fontMetrics = QFontMetrics(axis.font())
        lo = datetime.combine(chart.series.dates[0], datetime.min.time()).timestamp()
        hi = datetime.combine(chart.series.dates[-1], datetime.min.time()).timestamp()
        for spacing, values in axis.tickValues(lo, hi, 900):
            out.append(("ticks", " ".join(axis.tickStrings(values, 1, spacing))))
    return out


def _own_texts(w: QObject) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(w, QWidget):
        out.append(("tooltip", w.toolTip()))
        if w.isWindow():
            out.append(("window-title", w.windowTitle()))
    if isinstance(w, QLabel):
        out.append(("text", w.text()))
    elif isinstance(w, QAbstractButton):
        out.append(("text", w.text()))
    elif isinstance(w, QGroupBox):
        out.append(("title", w.title()))
    elif isinstance(w, QComboBox):
        out += [(f"item[{i}]", w.itemText(i)) for i in range(w.count())]
    elif isinstance(w, QLineEdit):
        out.append(("placeholder", w.placeholderText()))
    elif isinstance(w, QPlainTextEdit):
        out.append(("placeholder", w.placeholderText()))
        if w.isReadOnly():
            out.append(("text", w.toPlainText()))
    elif isinstance(w, QTextEdit):
        out.append(("placeholder", w.placeholderText()))
        if w.isReadOnly():
            out.append(("text", w.toPlainText()))
    elif isinstance(w, QAbstractSpinBox):
        out.append(("special", w.specialValueText()))
        for attr in ("prefix", "suffix"):
            if hasattr(w, attr):
                out.append((attr, getattr(w, attr)()))
    elif isinstance(w, QTabBar):
        out += [(f"tab[{i}]", w.tabText(i)) for i in range(w.count())]
        out += [(f"tabtip[{i}]", w.tabToolTip(i)) for i in range(w.count())]
    elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):  # a header shows its view's model
        out += _model_texts(w.model())
    if isinstance(w, WeeklyChart):
        out += _chart_texts(w)
    if isinstance(w, (QMenu, QToolBar)) or (isinstance(w, QWidget) and w.isWindow()):
        for a in w.actions():
            out += _action_texts(a, "")
    return out


def _action_texts(a: QAction, prefix: str) -> list[tuple[str, str]]:
    key = prefix + (a.objectName() or a.text().replace("&", ""))
    out = [(f"action<{key}>", a.text()), (f"action-tip<{key}>", a.toolTip() if a.toolTip() != a.text() else "")]
    menu = a.menu()
    if isinstance(menu, QMenu):
        out.append((f"menu<{key}>", menu.title()))
        for sub in menu.actions():
            out += _action_texts(sub, key + "/")
    return out


def collect(win: MainWindow) -> dict[str, str]:
    """Widget path -> text, for every widget not explicitly hidden. A path is built from object names, else the
    class and its index among same-class siblings: the same in every language (the tree does not depend on it)."""
    texts: dict[str, str] = {}

    def walk(obj: QObject, path: str) -> None:
        for what, text in _own_texts(obj):
            if text and text.strip():
                texts[f"{path}:{what}"] = text
        seen: dict[str, int] = {}
        for child in obj.children():
            if not isinstance(child, QWidget) or child.isHidden():
                continue
            cls = type(child).__name__
            n = seen.get(cls, 0)
            seen[cls] = n + 1
            name = child.objectName() or f"{cls}[{n}]"
            walk(child, path if name in PLUMBING else f"{path}/{name}")

    walk(win, "MainWindow")
    for a in win.menuBar().actions():
        for what, text in _action_texts(a, "menubar/"):
            if text:
                texts[f"MainWindow:{what}"] = text
    return texts


def _settle(qtbot, page: QWidget | None) -> None:  # type: ignore[no-untyped-def]
    """Wait until a tab's background loads are in (the Dashboard and Insights compute off the GUI thread)."""
    if page is None:
        return
    if hasattr(page, "is_busy"):
        qtbot.waitUntil(lambda: getattr(page, "data", True) is not None and not page.is_busy(), timeout=20_000)
    if hasattr(page, "wait_idle"):
        page.wait_idle(20_000)
        qtbot.waitUntil(lambda: not page.is_busy() if hasattr(page, "is_busy") else True, timeout=20_000)


def visit_all(qtbot, win: MainWindow) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Select every tab and every sub-tab in turn, collecting as we go (a sub-tab may fill itself when shown)."""
    texts: dict[str, str] = {}
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        page = win._ensure_page(i)  # noqa: SLF001  # the window builds tabs lazily
        _settle(qtbot, page)
        if page is not None:
            for sub in page.findChildren(QTabWidget):
                for j in range(sub.count()):
                    sub.setCurrentIndex(j)
                    _settle(qtbot, page)
                    texts.update(collect(win))
                sub.setCurrentIndex(0)
        texts.update(collect(win))
    return texts


# ----- the test -------------------------------------------------------------------------------------------------
def _window(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    return win


def findings(english: dict[str, str], other: dict[str, str], words: set[str], data: list[str]) -> list[str]:
    found = []
    for path, text in sorted(english.items()):
        if other.get(path) != text:
            continue  # translated (or not shown in the other language)
        judged = text
        for value in data:  # stored user data is shown as typed (whole words only: "Club" is no part of "Clubs")
            if value in judged:
                judged = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", judged)
        left = sorted(_words(judged) & words)
        if left:
            found.append(f"{path}: {text!r}  (English: {', '.join(left)})")
    return found


def test_the_detector_finds_an_untranslated_text() -> None:
    """The comparison itself: an unchanged English sentence is reported; a translated one, a loanword and user data
    are not."""
    words = {"save", "chart", "week"}
    english = {"a": "Save chart", "b": "Week 3", "c": "Sprint", "d": "Save Monday chart"}
    german = {"a": "Save chart", "b": "Woche 3", "c": "Sprint", "d": "Save Monday chart"}
    found = findings(english, german, words, ["Save Monday chart"])
    assert found == ["a: 'Save chart'  (English: chart, save)"]


@pytest.mark.parametrize("lang", ["de", "es", "pt_BR"])
def test_no_english_left_in_the_window(qtbot, app_ctx: AppContext, today: date, language, lang: str) -> None:  # type: ignore[no-untyped-def]
    create_sample_workspace(app_ctx.engine, today)
    data = user_data(app_ctx)
    language("en")
    english_win = _window(qtbot, app_ctx, today)
    english = visit_all(qtbot, english_win)
    english_win.close()
    assert len(english) > 500  # the walk sees the whole window, not an empty shell
    assert language(lang) == lang
    win = _window(qtbot, app_ctx, today)
    other = visit_all(qtbot, win)
    found = findings(english, other, english_words(lang), data)
    found = [f for f in found if not any(frag in f for frag, _why in ALLOWED + SERVICES_SLICE)]
    print(f"\n{len(found)} untranslated text(s) in {lang}:\n" + "\n".join(found))
    assert found == []
