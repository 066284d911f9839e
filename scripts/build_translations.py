"""Extract every translatable string into the .ts catalogs and build the .qm files the window loads.

    python scripts/build_translations.py            # lupdate (keeps translations, marks new/changed strings)
    python scripts/build_translations.py --release  # lrelease only: .ts -> .qm (the bundle build runs this)

Why one script: ``pyside6-lupdate`` finds ``self.tr(...)``, ``QCoreApplication.translate(...)`` and the
Qt-free ``translate(...)`` of ``microcomm_desktop/i18n.py`` (CLI, services, domain sentences) alike, so the
three shipped languages and the plural-only English catalog always cover the same strings.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("de", "es", "pt_BR")


def _tool(name: str) -> str:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from microcomm_desktop.ui.i18n import qt_tool

    found = qt_tool(name)
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; install pyside6-essentials.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "microcomm_desktop").rglob("*.py"))


def mark_plurals(ts: Path) -> None:
    """Make every message holding ``%n`` (or ``%Ln``, the count with the locale's digit grouping) a plural one.

    Why: pyside6-lupdate's Python parser marks ``translate(ctx, text, None, n)`` as plural only when ``n`` is a
    literal number, so ``translate("cli", "Imported %n row(s)", None, count)`` would get one form and German or
    Portuguese could not say "1 Zeile" / "2 Zeilen". In this code base ``%n`` is only ever the count.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    root = tree.getroot()
    forms = 2  # every shipped language has two plural forms (one / other)
    changed = False
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        if ("%n" not in source and "%Ln" not in source) or msg.get("numerus") == "yes":
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation", {"type": "unfinished"})
        text, tr.text = tr.text, None
        msg.set("numerus", "yes")
        for i in range(forms):
            el = ET.SubElement(tr, "numerusform")
            el.text = text if i == 0 and text else None
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)


PluralForms = dict[tuple[str, str], tuple[list[str], bool]]


def plural_forms(ts: Path) -> PluralForms:
    """(context, source) -> (forms, finished) of every plural message already translated in ``ts``."""
    import xml.etree.ElementTree as ET

    if not ts.is_file():
        return {}
    out: PluralForms = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") != "yes" or tr is None:
                continue
            forms = [el.text or "" for el in tr.iter("numerusform")]
            if forms and all(forms):
                out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = (forms, tr.get("type") is None)
    return out


def restore_plurals(ts: Path, saved: PluralForms) -> None:
    """Put back the plural forms lupdate dropped.

    Why: lupdate parses ``tr("%n post(s)", "", n)`` with a variable ``n`` as a plain message, so on every run it
    turns the plural message back into a singular one, keeping only the first form (``mark_plurals`` makes it
    plural again, with the other forms empty). Without this, each extraction would lose "2 Beiträge".
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    changed = False
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            key = (ctx.findtext("name") or "", msg.findtext("source") or "")
            tr = msg.find("translation")
            if key not in saved or msg.get("numerus") != "yes" or tr is None:
                continue
            forms, finished = saved[key]
            elements = list(tr.iter("numerusform"))
            if [el.text or "" for el in elements] == forms and (tr.get("type") is None) == finished:
                continue
            for el in elements:
                tr.remove(el)
            for text in forms:
                ET.SubElement(tr, "numerusform").text = text
            if finished:
                tr.attrib.pop("type", None)
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("lupdate")
    files = sources()
    for lang in (*LANGS, "en"):
        ts = TRANSLATIONS / f"microcomm_{lang}.ts"
        saved = plural_forms(ts)
        cmd = [lupdate, *files, "-no-obsolete", "-target-language", lang, "-ts", str(ts)]
        subprocess.run(cmd, cwd=ROOT, check=True)
        mark_plurals(ts)
        restore_plurals(ts, saved)
        if lang == "en":
            _plural_only(ts)


def _plural_only(ts: Path) -> None:
    """English needs only its plural forms ("1 row" / "2 rows"); the rest is the source text itself."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for ctx in list(tree.getroot().iter("context")):
        for msg in list(ctx.iter("message")):
            if msg.get("numerus") != "yes":
                ctx.remove(msg)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(out_dir: Path = TRANSLATIONS) -> list[Path]:
    lrelease = _tool("lrelease")
    built = []
    for ts in sorted(TRANSLATIONS.glob("microcomm_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--release", action="store_true", help="only build the .qm files")
    args = p.parse_args(argv)
    if not args.release:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
