"""Every user-visible string in the converted files goes through Qt's translation system, and every message of
those files is translated into each shipped language (with its plural forms).

Why a source scan: an English literal handed straight to ``setText``/``QLabel``/``QMessageBox`` would show as
English in a German window and no catalog would ever list it. The scan reads the AST, so it catches literals and
f-strings (which lupdate cannot extract) while letting ``self.tr("…")``/``QCoreApplication.translate(…)`` and
computed values through. The next slice extends ``CONVERTED``.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "microcomm_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("de", "es", "pt_BR")

# Files and folders whose user-visible strings are all translatable (and translated). Extend slice by slice.
CONVERTED: tuple[str, ...] = (
    "ui/dialogs/bulk_tag.py",
    "ui/dialogs/calibrate.py",
    "ui/dialogs/deal_form.py",
    "ui/dialogs/deal_posts.py",
    "ui/dialogs/decision_edit.py",
    "ui/dialogs/discard_guard.py",
    "ui/dialogs/chat_import.py",
    "ui/dialogs/creator_evidence.py",
    "ui/dialogs/edit_conflict.py",
    "ui/dialogs/export_data.py",
    "ui/dialogs/help.py",
    "ui/dialogs/post_form.py",
    "ui/dialogs/restore.py",
    "ui/dialogs/team_server.py",
    "ui/dialogs/workspace_settings.py",
    "ui/welcome.py",
    "ui/widgets",
    "ui/errors.py",
    "ui/external_changes.py",
    "ui/single_instance.py",
    "ui/startup.py",
    "ui/tabs/promise",
    "ui/tabs/creators",
    "ui/models/creator_table_model.py",
    "ui/models/cohort_table_model.py",
    "ui/models/engager_table_model.py",
    "domain/creators.py",
    "services/creators.py",
    "services/engagers.py",
    "ui/tabs/posts",
    "ui/dialogs/import_wizard.py",
    "ui/models/post_table_model.py",
    "ui/models/import_preview_table_model.py",
    "domain/post_fields.py",
    "domain/limits.py",
    "domain/validation.py",
    "domain/promise.py",
    "services/promise.py",
    "domain/imports/rows.py",
    "domain/imports/parsing.py",
    "services/importing.py",
    "domain/imports/sniff.py",
    "domain/imports/month_names.py",
    "domain/imports/chat",
    "services/chat_import.py",
    "services/problems.py",
    "services/value_audit.py",
    "services/backups.py",
    "services/safe_files.py",
    "services/conflicts.py",
    "services/drafts.py",
    "services/instance_lock.py",
    "store/db.py",
    "store/files.py",
    "store/migrate.py",
    "services/context.py",
    "services/team_server.py",
    "services/workspaces.py",
    "services/workspace_file.py",
    "paths.py",
    "domain/readiness.py",
    "domain/prompts.py",
    "domain/imports/presets.py",
    "app.py",
    "ui/main_window.py",
    "ui/window_menus.py",
    "ui/window_data.py",
    "ui/operations.py",
    "ui/jobs.py",
    "ui/palette.py",
    "ui/context.py",
    "ui/models/base_table_model.py",
    "ui/models/prompt_table_model.py",
    "cli.py",
    "__main__.py",
    "commands",
    "ui/tabs/dashboard",
    "ui/models/scorecard_table_model.py",
    "ui/models/scorecard_engagers_table_model.py",
    "ui/tabs/insights",
    "ui/models/insight_table_model.py",
    "ui/tabs/deals",
    "ui/models/deal_table_model.py",
    "ui/models/quote_lines_table_model.py",
    "ui/models/rate_card_table_model.py",
    "ui/tabs/rituals",
    "ui/models/ritual_table_model.py",
    "ui/models/ritual_calendar_table_model.py",
    "services/rituals.py",
    "services/ics.py",
    "domain/rituals.py",
    "ui/tabs/sprint",
    "ui/models/sprint_table_model.py",
    "services/sprints.py",
    "domain/sprints.py",
    "services/posts.py",
    "services/interactions.py",
    "services/themes.py",
    "services/calibration.py",
    "services/decisions.py",
    "services/timezones.py",
    "services/week_note_drafts.py",
    "services/reach.py",
    "services/clean_close.py",
    "services/images.py",
    "services/exporting.py",
    "domain/imports/quick.py",
    "domain/deals.py",
    "domain/insights.py",
    "domain/metrics.py",
    "domain/csv_safety.py",
)

# Methods whose every positional argument is user-visible text.
TEXT_SETTERS = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setSubTitle",
    "setInformativeText",
    "setDetailedText",
    "setLabelText",
    "setHtml",
    "setMarkdown",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
}
# Methods whose first positional argument is text (the rest are data, widgets or parents).
FIRST_ARG_TEXT = {"addRow", "addItem", "insertRow", "setItemText", "addAction", "addMenu", "setTabText"}
# Methods whose second positional argument is text (index/widget first).
SECOND_ARG_TEXT = {"addTab", "setTabText", "setTabToolTip", "insertTab", "setItemText", "setHeaderData"}
# Methods taking a list of texts.
LIST_TEXT = {"setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems"}
# Widgets whose constructor's first argument is text.
TEXT_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QCommandLinkButton",
    "QMenu",
}
# QMessageBox.information(parent, title, text, ...) and friends: title and text.
MESSAGE_BOX_STATICS = {"information", "warning", "critical", "question", "about"}
# Input/file dialogs: QInputDialog.getText(parent, title, label, ...), QFileDialog.getSaveFileName(parent, caption).
DIALOG_STATICS = {
    "getText",
    "getInt",
    "getDouble",
    "getItem",
    "getMultiLineText",
    "getSaveFileName",
    "getOpenFileName",
    "getOpenFileNames",
    "getExistingDirectory",
}
TEXT_KEYWORDS = {"text", "toolTip", "windowTitle", "placeholderText", "title", "statusTip", "caption"}


def _has_words(text: str) -> bool:
    """Letters outside HTML tags, entities and URLs: "<h1>" + tr(...) + "</h1>" wraps translated text, it adds
    none, and "https://…" reads the same in every language."""
    return any(ch.isalpha() for ch in re.sub(r"<[^>]*>|&\w+;|https?://\S*", "", text))


def _is_bare_text(node: ast.AST) -> bool:
    """A literal with words in it, an f-string, or ``"…".format(…)``/``"…" % …``/``"…" + …`` on a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _has_words(str(v.value)) for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _is_bare_text(node.func.value) and node.func.attr == "format"
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _is_bare_text(node.left) or (isinstance(node.op, ast.Add) and _is_bare_text(node.right))
    if isinstance(node, ast.IfExp):
        return _is_bare_text(node.body) or _is_bare_text(node.orelse)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def bare_texts(source: str, filename: str = "<src>") -> list[str]:
    """``file:line: call`` for every untranslated text handed to a Qt text setter or constructor.

    A line ending in ``# i18n: data`` is skipped: its texts are values the program reads back (a stored label,
    a format typed by users), not words for the reader."""
    found: list[str] = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args = list(node.args)
        suspects: list[ast.AST] = []
        if name in TEXT_SETTERS or name in TEXT_CONSTRUCTORS:
            suspects += args[:1] if name in TEXT_CONSTRUCTORS else args
        if name in FIRST_ARG_TEXT:
            suspects += args[:1]
        if name in SECOND_ARG_TEXT:
            suspects += args[1:2]
        if name in LIST_TEXT and args and isinstance(args[0], (ast.List, ast.Tuple)):
            suspects += args[0].elts
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        owner_name = _name(owner) if owner is not None else ""
        if name in MESSAGE_BOX_STATICS and owner_name == "QMessageBox":
            suspects += args[1:3]
        if name in DIALOG_STATICS and owner_name in ("QInputDialog", "QFileDialog"):
            suspects += args[1:3] if owner_name == "QInputDialog" else args[1:2]
        if name == "QMessageBox":  # QMessageBox(icon, title, text, ...)
            suspects += args[1:3]
        if name in TEXT_SETTERS | TEXT_CONSTRUCTORS | FIRST_ARG_TEXT | {"QMessageBox", "QDialog", "QWidget"}:
            suspects += [kw.value for kw in node.keywords if kw.arg in TEXT_KEYWORDS]
        for s in suspects:
            if _is_bare_text(s) and "# i18n: data" not in lines[node.lineno - 1]:
                found.append(f"{filename}:{s.lineno}: {name}({ast.unparse(s)[:70]})")
    return found


def converted_files() -> list[Path]:
    files: list[Path] = []
    for entry in CONVERTED:
        path = PKG / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def test_the_scan_catches_literals_and_f_strings_but_not_translated_text() -> None:
    bad = """
label = QLabel("Reach")
button.setText(f"Saved {n} posts")
form.addRow("Name:", edit)
box = QMessageBox.warning(self, "Cannot save", "The file is locked.")
view.setHeaderLabels(["Date", self.tr("Reach")])
tabs.addTab(page, "Posts")
act = QAction("Open…", self)
label.setToolTip("Why: {x}".format(x=1))
title = QLabel("<b>" + name + "</b> posts")
"""
    good = """
label = QLabel(self.tr("Reach"))
button.setText(self.tr("Saved %n post(s)", "", n))
form.addRow(QCoreApplication.translate("Form", "Name:"), edit)
box = QMessageBox.warning(self, self.tr("Cannot save"), message)
view.setHeaderLabels([self.tr("Date")])
label.setText(self.tr("Why: {x}").format(x=1))
label.setText("")
label.setText("—")
title = QLabel("<h1>" + self.tr("Welcome") + "</h1>")
edit.setObjectName("reach")
combo.addItems(["", "community", "reach"])  # i18n: data
"""
    assert len(bare_texts(bad)) == 10
    assert bare_texts(good) == []


@pytest.mark.parametrize("path", converted_files(), ids=lambda p: str(p.relative_to(PKG)))
def test_converted_files_pass_no_bare_text_to_qt(path: Path) -> None:
    assert bare_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))) == []


def _contexts_of(files: list[Path]) -> set[str]:
    """The translation contexts used in ``files``: their QObject class names and explicit translate() contexts."""
    contexts: set[str] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                uses_tr = any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
                    for n in ast.walk(node)
                )
                if uses_tr:
                    contexts.add(node.name)
            if (
                isinstance(node, ast.Call)
                and _name(node.func) in ("translate", "QT_TRANSLATE_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                contexts.add(str(node.args[0].value))
    return contexts


def _literal_messages(files: list[Path]) -> set[tuple[str, str]]:
    """(context, text) of every ``self.tr("…")`` (context = the enclosing class) and
    ``QCoreApplication.translate("Ctx", "…")`` with literal arguments: what lupdate must have extracted."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                args = child.args
                if _name(child.func) == "tr" and isinstance(args[0], ast.Constant) and cls:
                    found.add((cls, str(args[0].value)))
                elif (
                    _name(child.func) in ("translate", "QT_TRANSLATE_NOOP")
                    and len(args) >= 2
                    and isinstance(args[0], ast.Constant)
                    and isinstance(args[1], ast.Constant)
                ):
                    found.add((str(args[0].value), str(args[1].value)))
            visit(child, cls)

    for path in files:
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_message_of_the_converted_files_reached_the_catalog() -> None:
    """lupdate's Python parser skips some call shapes silently; a message it missed would stay English."""
    messages = _messages("de")
    missing = sorted(_literal_messages(converted_files()) - set(messages))
    assert missing == [], "run scripts/build_translations.py, or write the call on one line: " + repr(missing)


def _messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TRANSLATIONS / f"microcomm_{lang}.ts").getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _files_of(msg: ET.Element) -> set[str]:
    return {loc.get("filename", "") for loc in msg.iter("location")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_of_the_converted_files_is_translated(lang: str) -> None:
    files = converted_files()
    contexts = _contexts_of(files)
    assert contexts, "the converted files use no translation context"
    rel = {p.relative_to(ROOT).as_posix() for p in files}
    messages = _messages(lang)
    mine = {
        key: msg
        for key, msg in messages.items()
        if key[0] in contexts and msg.get("type") not in ("obsolete", "vanished")
    }
    # Every context of the converted files reached the catalog (lupdate was run after the last edit).
    assert contexts <= {key[0] for key in mine}, sorted(contexts - {key[0] for key in mine})
    missing = []
    for (ctx, source), msg in mine.items():
        tr = msg.find("translation")
        assert tr is not None
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            ok = len(forms) == 2 and all("%n" in f or "%Ln" in f for f in forms)
        else:
            ok = bool(tr.text)
        if tr.get("type") == "unfinished" or not ok:
            missing.append(f"{ctx}: {source!r} ({', '.join(sorted(_files_of(msg) & rel)) or 'elsewhere'})")
    assert missing == [], f"{len(missing)} untranslated in {lang}:\n" + "\n".join(missing)


def test_english_plural_forms_exist_for_every_plural_message() -> None:
    contexts = _contexts_of(converted_files())
    plurals = {key for key, msg in _messages("de").items() if key[0] in contexts and msg.get("numerus") == "yes"}
    english = _messages("en")
    for key in plurals:
        msg = english.get(key)
        assert msg is not None, key
        forms = [f.text or "" for f in msg.iter("numerusform")]
        assert len(forms) == 2 and all(forms), (key, forms)
        assert "(s)" not in forms[0] + forms[1], (key, forms)
