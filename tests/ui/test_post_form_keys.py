"""Post form keys (issue 18, item 3): Enter in Themes adds the theme and keeps the form open; Escape on a form
with typed text asks before discarding; hint lines keep their space so fields do not jump; the fields scroll
so Save stays on a 720-pixel screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from microcomm_desktop.ui.dialogs.post_form import PostFormDialog


def _dialog(qtbot) -> PostFormDialog:  # type: ignore[no-untyped-def]
    dlg = PostFormDialog({"when": "2026-11-20 18:30", "label": "community"}, [], None, "Add post")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_enter_in_themes_adds_the_theme_and_does_not_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot)
    dlg.edits["reach"].setText("1000")  # a form that *could* be saved: Enter must still not save it
    assert dlg.check().ok
    dlg.themes.edit.setFocus()
    qtbot.keyClicks(dlg.themes.edit, "hill repeats")
    qtbot.keyClick(dlg.themes.edit, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.result() == 0
    assert dlg.themes.themes() == ["hill repeats"]
    assert dlg.themes.edit.text() == ""
    qtbot.keyClick(dlg.themes.edit, Qt.Key.Key_Enter)  # an empty box: still nothing happens
    assert dlg.isVisible()


def test_escape_with_typed_text_asks_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot)
    asked: list[bool] = []
    answer = [False]

    def confirm() -> bool:
        asked.append(True)
        return answer[0]

    dlg.confirm_discard = confirm
    dlg.edits["title"].setText("Half a caption")
    qtbot.keyClick(dlg.edits["title"], Qt.Key.Key_Escape)
    assert asked == [True] and dlg.isVisible()  # "Cancel": keep typing
    answer[0] = True
    qtbot.keyClick(dlg.edits["title"], Qt.Key.Key_Escape)
    assert asked == [True, True] and not dlg.isVisible()


def test_escape_on_an_untouched_form_closes_without_asking(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot)
    dlg.confirm_discard = lambda: (_ for _ in ()).throw(AssertionError("must not ask"))  # type: ignore[assignment]
    qtbot.keyClick(dlg.edits["title"], Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_a_hint_appearing_does_not_move_the_fields_below(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot)
    dlg.edits["reach"].setText("1000")
    qtbot.waitUntil(lambda: not dlg.msgs["reach"].isVisible())
    below = dlg.edits["impressions"]
    y0 = below.mapTo(dlg, below.rect().topLeft()).y()
    dlg.edits["reach"].setText("many")
    assert dlg.msgs["reach"].isVisible()
    dlg.scroller.widget().layout().activate()
    assert below.mapTo(dlg, below.rect().topLeft()).y() == y0


def test_save_stays_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot)
    avail = dlg.screen().availableGeometry()
    assert dlg.height() <= avail.height()
    save = dlg.buttons.button(dlg.buttons.StandardButton.Save)
    assert save.mapTo(dlg, save.rect().bottomLeft()).y() <= dlg.height()
