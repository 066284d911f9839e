"""Extract every translatable string into the .ts catalogs and build the .qm files the window loads.

    python scripts/build_translations.py            # lupdate (keeps translations, marks new/changed strings)
    python scripts/build_translations.py --release  # lrelease only: .ts -> .qm (the bundle build runs this)

Why one script: ``pyside6-lupdate`` finds ``self.tr(...)``, ``QCoreApplication.translate(...)`` and the
Qt-free ``translate(...)`` of ``microcomm_desktop/i18n.py`` (CLI, services, domain sentences) alike, so the
three shipped languages and the plural-only English catalog always cover the same strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("de", "es", "pt_BR")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    exe = Path(PySide6.__file__).parent / name
    if exe.is_file():
        return str(exe)
    raise SystemExit(f"pyside6-{name} was not found; install pyside6-essentials.")


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


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("lupdate")
    files = sources()
    for lang in LANGS:
        ts = TRANSLATIONS / f"microcomm_{lang}.ts"
        subprocess.run(
            [lupdate, *files, "-no-obsolete", "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True
        )
        mark_plurals(ts)
    en = TRANSLATIONS / "microcomm_en.ts"
    subprocess.run([lupdate, *files, "-no-obsolete", "-target-language", "en", "-ts", str(en)], cwd=ROOT, check=True)
    mark_plurals(en)
    _plural_only(en)


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
