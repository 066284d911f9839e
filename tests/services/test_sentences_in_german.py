"""The sentences the services and the domain hand to people (limit refusals, import reports, the promise
sentence) are read from the committed catalogs in the active language; English stays the source text.

Each test switches the Qt-free ``microcomm_desktop.i18n`` language and the fixture puts English back, so the
English tests that run later still see byte-identical sentences."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from microcomm_desktop import i18n
from microcomm_desktop.domain.limits import MAX_COUNT, count_out_of_range, money_out_of_range
from microcomm_desktop.domain.validation import non_negative_int, parse_int_loose, reach_vs_impressions


@pytest.fixture
def lang() -> Iterator[object]:
    def use(code: str) -> str:
        return i18n.set_language(code)

    yield use
    i18n.set_language("en")


def test_limit_sentences_in_each_language(lang) -> None:  # type: ignore[no-untyped-def]
    too_big = MAX_COUNT + 1
    assert count_out_of_range(too_big) == "This count is too large: the allowed range is 0 to 999,999,999,999."
    lang("de")
    assert count_out_of_range(too_big) == "Diese Zahl ist zu groß: erlaubt ist 0 bis 999.999.999.999."
    assert money_out_of_range(Decimal("1e13"), "Honorar") == (
        "Honorar ist zu groß: erlaubt ist 0 bis 999.999.999.999,99."
    )
    assert money_out_of_range(Decimal("NaN")) == "Dieser Betrag ist keine Zahl."
    lang("es")
    assert count_out_of_range(too_big) == (
        "Este recuento: el valor es demasiado grande; el rango permitido es de 0 a 999.999.999.999."
    )
    lang("pt_BR")
    assert count_out_of_range(too_big, "Alcance") == (
        "Alcance: o valor é grande demais; o intervalo permitido é de 0 a 999.999.999.999."
    )


def test_validation_sentences_in_german(lang) -> None:  # type: ignore[no-untyped-def]
    lang("de")
    with pytest.raises(ValueError, match="^'1.234' ist mehrdeutig: schreib 1234 oder mit Kommas"):
        parse_int_loose("1.234")
    assert non_negative_int("-5", "Reichweite") == "Reichweite darf nicht negativ sein."
    assert reach_vs_impressions(12_000, 9_500) is not None
    assert reach_vs_impressions(12_000, 9_500).startswith(  # type: ignore[union-attr]
        "Die Reichweite (12.000) ist höher als die Impressionen (9.500)."
    )
    lang("en")
    assert reach_vs_impressions(12_000, 9_500).startswith(  # type: ignore[union-attr]
        "Reach (12,000) is higher than impressions (9,500)."
    )


def test_the_promise_sentence_agrees_in_each_language(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.promise import build_sentence, slot_hints, split_attention_warning

    assert build_sentence("runners", "weekly routines", "short videos") == (
        "This is the place where runners get weekly routines through short videos."
    )
    lang("de")  # German's wording keeps the verb away from the WHO, so "Läufer" and "eine Mutter" both read right
    assert build_sentence("Läufer", "wöchentliche 20-Minuten-Routinen", "kurze Videos und eine Fragerunde") == (
        "Das ist der Ort für Läufer: wöchentliche 20-Minuten-Routinen durch kurze Videos und eine Fragerunde."
    )
    assert build_sentence("", "", "") == "Das ist der Ort für …: … durch …."
    assert [h.message for h in slot_hints("Leute", "mehr Energie", "Videos")] == [
        "„Leute“ könnte jeder sein: Nenne die Gruppe, z. B. „Laufeinsteiger über 40“.",
        "Das Ergebnis hat weder Zahl noch Zeitraum: Mach es überprüfbar, z. B. „wöchentliche 20-Minuten-Routinen“.",
    ]
    assert slot_hints("Läufer", "wöchentlich eine Routine", "Videos") == []
    assert split_attention_warning(2) == (
        "2 Haupt-Zuhause: Wähle im ersten Monat eines, sonst teilen sich Aufmerksamkeit (und Antworten) zwischen "
        "ihnen auf."
    )
    lang("es")
    assert build_sentence("corredores de montaña", "rutinas semanales", "vídeos cortos") == (
        "Este es el lugar donde corredores de montaña consiguen rutinas semanales a través de vídeos cortos."
    )
    assert build_sentence("una madre ocupada", "recetas de 15 minutos", "un directo los domingos") == (
        "Este es el lugar donde una madre ocupada consigue recetas de 15 minutos a través de un directo los domingos."
    )
    lang("pt_BR")
    assert build_sentence("mães ocupadas", "receitas de 15 minutos", "vídeos curtos") == (
        "Este é o lugar onde mães ocupadas recebem receitas de 15 minutos por meio de vídeos curtos."
    )
    assert build_sentence("meu time", "treinos semanais", "uma live") == (
        "Este é o lugar onde meu time recebe treinos semanais por meio de uma live."
    )
    assert split_attention_warning(3) == (
        "3 casas principais: no primeiro mês escolha uma, ou a atenção (e as respostas) se divide entre elas."
    )


def test_promise_service_sentences_in_spanish(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.promise import onboarding_text

    lang("es")
    assert onboarding_text("Sé amable.", "Tus avances.", "") == "Reglas:\nSé amable.\n\nQué publicar:\nTus avances."


_CSV = (
    "Date,Title,Reach,Impressions,Likes\n"
    "2026-11-02,Good post,1200,1500,40\n"
    "2026-11-03,Swapped,12000,9500,7\n"
    "2026-11-04,Negative,300,400,-3\n"
    "03/04/2026,Two ways,10,20,1\n"
    "not a date,Broken,10,20,1\n"
)


def _report(engine, ws_id: int, tmp_path):  # type: ignore[no-untyped-def]
    from datetime import date

    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.services import importing

    path = tmp_path / "posts.csv"
    path.write_text(_CSV, encoding="utf-8")
    plan = importing.make_plan(importing.load_table(path), ConvertOptions(today=date(2026, 11, 25)), kind="posts")
    return importing.import_posts(engine, ws_id, plan, dry_run=True)


@pytest.mark.sqlite_only("the sentences do not depend on the engine")
def test_the_import_report_in_german_spanish_and_portuguese(app_ctx, workspace, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    english = _report(app_ctx.engine, workspace.id, tmp_path).lines()
    assert english[0] == (
        "Dry run: nothing was written. Would insert 2, would update 0, skipped 0, rejected 3 of 5 rows."
    )
    lang("de")
    german = _report(app_ctx.engine, workspace.id, tmp_path).lines()
    assert german[0] == (
        "Probelauf: Nichts wurde geschrieben. Würde 2 einfügen, 0 aktualisieren, 0 überspringen und 3 ablehnen – "
        "von 5 Zeilen."
    )
    text = "\n".join(german)
    assert "Zeile 3: Warnung: Reichweite (12.000) ist höher als Impressionen (9.500); Spalten vertauscht?" in text
    assert "Zeile 4: abgelehnt: " in text and "ist negativ; Zahlen können nicht unter null liegen." in text
    assert "Zeile 6: abgelehnt: " in text and "'not a date' ist kein Datum, das der Import versteht." in text
    assert "lassen sich in beide Richtungen lesen (Tag/Monat oder Monat/Tag)" in text
    assert "line " not in text and "rejected" not in text
    lang("es")
    spanish = "\n".join(_report(app_ctx.engine, workspace.id, tmp_path).lines())
    assert spanish.startswith("Simulación: no se ha escrito nada. Se insertarían 2, se actualizarían 0, ")
    assert (
        "fila 3: aviso: el alcance (12.000) es mayor que las impresiones (9.500); ¿columnas intercambiadas?" in spanish
    )
    lang("pt_BR")
    portuguese = "\n".join(_report(app_ctx.engine, workspace.id, tmp_path).lines())
    assert "linha 6: recusada: " in portuguese and "não é uma data que o importador entende" in portuguese


def test_import_summary_plural_forms(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.importing import ImportReport

    one = ImportReport(total_rows=1, inserted=1, written=True, tagged_posts=1)
    many = ImportReport(total_rows=1200, inserted=1200, written=True, tagged_posts=3, new_themes=["Laufen"])
    assert many.summary() == "Inserted 1200, updated 0, skipped 0, rejected 0 of 1200 rows."  # English unchanged
    lang("de")
    assert one.summary() == "1 eingefügt, 0 aktualisiert, 0 übersprungen, 0 abgelehnt – von 1 Zeile."
    assert many.summary() == "1.200 eingefügt, 0 aktualisiert, 0 übersprungen, 0 abgelehnt – von 1.200 Zeilen."
    assert one.themes_line() == "Themen: bei 1 Beitrag gesetzt."
    assert many.themes_line() == "Themen: bei 3 Beiträgen gesetzt; neue Themen: Laufen."
    lang("pt_BR")
    zero = ImportReport(total_rows=0, written=False, dry_run=True)
    assert zero.summary().endswith("recusadas 0 de 0 linha.")  # Portuguese counts 0 as singular


def test_month_name_collisions_and_file_sentences_in_each_language(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.imports import CsvFileError, read_csv_bytes
    from microcomm_desktop.domain.imports.parsing import parse_when

    lang("de")
    with pytest.raises(ValueError) as caught:
        parse_when("14 listopad 2024")
    assert str(caught.value) == (
        "'listopad' ist Oktober auf Kroatisch, aber November auf Polnisch und Tschechisch; nichts sonst in der "
        "Spalte verrät, in welcher Sprache der Export ist: Wähle sie (CLI: --date-language, z. B. pl oder hr)."
    )
    with pytest.raises(CsvFileError, match="^Das ist ein PDF-Dokument, kein CSV-Export."):
        read_csv_bytes(b"%PDF-1.7 ...")
    table = read_csv_bytes(b"Post performance\nDate,Reach\n2026-01-02,5\n")
    assert table.notes == ["1 Zeile über der Kopfzeile übersprungen (ein Titel oder Zeitraum)."]
    lang("es")
    with pytest.raises(ValueError, match="^'listopad' es octubre en croata, pero noviembre en checo y polaco;"):
        parse_when("14 listopad 2024")
    lang("pt_BR")
    with pytest.raises(CsvFileError, match="^O arquivo está vazio.$"):
        read_csv_bytes(b"")


@pytest.mark.sqlite_only("the sentences do not depend on the engine")
def test_the_chat_import_report_in_german_and_portuguese(app_ctx, lang) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from microcomm_desktop.services.chat_import import import_chat, read_export
    from microcomm_desktop.services.workspaces import create_workspace, parse_own_handles, set_own_handles

    fix = Path(__file__).parent.parent / "fixtures" / "chat" / "whatsapp_ios_us_dm.txt"
    wid = create_workspace(app_ctx.engine, "Chat", timezone="Europe/Berlin").id or 0
    set_own_handles(app_ctx.engine, wid, parse_own_handles("whatsapp:dan"))
    english = import_chat(app_ctx.engine, wid, read_export(fix), dry_run=True).lines()
    assert english[1:3] == ["Dry run: nothing was written.", "Would add 3 messages and 2 new people."]
    lang("de")
    german = import_chat(app_ctx.engine, wid, read_export(fix), dry_run=True).lines()
    assert german[0] == (
        "WhatsApp-Export 'whatsapp_ios_us_dm': 3 Nachrichten, 1 Person, 1 Thread (davon 1 tief), 2 Tage."
    )
    assert german[1:4] == [
        "Probelauf: Nichts wurde geschrieben.",
        "Würde 3 Nachrichten und 2 neue Personen hinzufügen.",
        "3 Direktnachrichten (als DMs gezählt).",
    ]
    assert "1 Nachricht deiner eigenen Handles: für Antwortzeiten behalten, keine Interagierenden." in german
    lang("es")
    spanish = import_chat(app_ctx.engine, wid, read_export(fix), dry_run=True).lines()
    assert spanish[0].endswith(": 3 mensajes, 1 persona, 1 hilo (1 profundo), 2 días.")
    lang("pt_BR")
    portuguese = import_chat(app_ctx.engine, wid, read_export(fix), dry_run=True).lines()
    assert portuguese[2] == "Seriam adicionadas 3 mensagens e 2 pessoas novas."


def test_storage_problem_sentences_in_each_language(lang, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import errno
    import sqlite3

    from microcomm_desktop.services import problems
    from microcomm_desktop.services.safe_files import WriteFailed, check_target
    from microcomm_desktop.store.files import check_integrity

    locked = sqlite3.OperationalError("database is locked")
    assert problems.user_message(locked, tmp_path) == (
        "Another MicroComm window or command is writing to this data right now; nothing was changed. "
        "Try again when it has finished."
    )
    lang("de")
    assert problems.user_message(locked, tmp_path) == (
        "Ein anderes MicroComm-Fenster oder ein Befehl schreibt gerade in diese Daten; nichts wurde geändert. "
        "Versuche es erneut, wenn es fertig ist."
    )
    empty = tmp_path / "leer.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(Exception, match=r"^Die Datendatei .*leer\.sqlite3 ist leer \(0 Byte\)\.$"):
        check_integrity(empty)
    lang("es")
    with pytest.raises(WriteFailed) as caught:
        check_target(tmp_path)
    assert str(caught.value) == (
        f"No se pudo escribir {tmp_path}: eso es una carpeta; indica un nombre de archivo (por ejemplo, uno dentro "
        "de esa carpeta). No se escribió nada allí."
    )
    lang("pt_BR")
    denied = PermissionError(errno.EACCES, "Permission denied", "/dados")
    assert problems.user_message(denied) == "Não foi possível usar /dados: permissão negada."


@pytest.mark.sqlite_only("the sentences do not depend on the engine")
def test_workspace_sentences_in_german_and_spanish(app_ctx, lang) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from microcomm_desktop.services.workspace_file import FileSummary, describe
    from microcomm_desktop.services.workspaces import WorkspaceError, create_workspace, parse_own_handle

    lang("de")
    with pytest.raises(WorkspaceError, match="^Ein Arbeitsbereich braucht einen Namen.$"):
        create_workspace(app_ctx.engine, "  ")
    with pytest.raises(WorkspaceError, match="^'ana maria': Ein Handle hat keine Leerzeichen.$"):
        parse_own_handle("ana maria")
    summary = FileSummary(path=Path("ws.microcomm"), workspace="Läufer", rows={"post": 1, "deal": 0}, attachments=2)
    assert describe(summary) == "Läufer: 1 Zeile in 1 Tabelle, 2 Anhänge – ws.microcomm"
    lang("es")
    assert describe(summary) == "Läufer: 1 fila en 1 tabla, 2 adjuntos — ws.microcomm"


def test_the_readiness_checklist_in_german(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.readiness import ReadinessInput, readiness_checklist

    items = {i.key: i for i in readiness_checklist(ReadinessInput(who="Läufer", primary_homes=2, formats=1))}
    assert items["promise"].missing == "Fill the promise slot(s): outcome, format."
    lang("de")
    items = {i.key: i for i in readiness_checklist(ReadinessInput(who="Läufer", primary_homes=2, formats=1))}
    assert (items["promise"].label, items["promise"].missing) == (
        "Versprechen vollständig",
        "Fülle die Felder des Versprechens aus: Ergebnis, Format.",
    )
    assert items["home"].missing == "2 Haupt-Zuhause: Behalte im ersten Monat eines."
    assert items["formats"].missing == "1 von 3 Formaten: Füge noch 2 hinzu."
    assert items["rituals"].missing.startswith("0 Rituale geplant: Der Start sind zwei wöchentliche Rituale")
    lang("pt_BR")
    items = {i.key: i for i in readiness_checklist(ReadinessInput(who="corredores"))}
    assert items["rituals"].missing.startswith("0 ritual agendado:")  # Portuguese: 0 is singular


def test_home_kinds_rungs_and_prompt_check_follow_the_language(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.promise import HOME_KINDS
    from microcomm_desktop.domain.prompts import RUNGS, check_prompt

    assert HOME_KINDS["live"] == "Live series" and list(HOME_KINDS) == list(HOME_KINDS.keys())
    lang("de")
    assert HOME_KINDS["comments_dms"] == "Kommentare + DMs"  # the key stays what is stored
    assert "close_friends" in HOME_KINDS and HOME_KINDS.get("nope", "nope") == "nope"
    assert RUNGS["constraints"] == "Hürden — „Was ist gerade schwer?“"
    assert check_prompt("How many minutes did you run, or did you walk?").summary == "Fragt nach: Zahl, Wahl."
    lang("pt_BR")
    assert dict(HOME_KINDS)["broadcast"] == "Canal de transmissão"
    assert check_prompt("Do you like fitness?").summary.startswith("Pergunta ampla demais: peça um número")


def test_a_refused_export_is_explained_in_german(lang) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.imports.presets import refusal_for

    lang("de")
    assert refusal_for(["Date", "Primary"]) == (
        "Das ist eine Meta-Business-Suite-Datei pro Kennzahl (eine Spalte Date und eine Spalte Primary: eine "
        "Kontozahl pro Tag, z. B. Aufrufe oder Reichweite), keine Beiträge. Exportiere stattdessen Content → Posts "
        "(Export data → CSV)."
    )


def test_interaction_row_refusals_name_the_field_in_spanish(lang) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.domain.imports.presets import PRESETS
    from microcomm_desktop.domain.imports.rows import convert_interaction_row

    mapping = {"handle": 0, "kind": 1, "timestamp": 2, "post": 3}
    row = ["  ", "hug", "2026-11-02 10:00", ""]
    opts = ConvertOptions(today=date(2026, 11, 25))
    english = convert_interaction_row(row, 2, mapping, PRESETS["interactions"], opts)
    assert english.errors["handle"] == "Handle: the handle is empty."
    lang("es")
    res = convert_interaction_row(row, 2, mapping, PRESETS["interactions"], opts)
    assert res.errors["handle"] == "Usuario: el usuario está vacío."
    assert res.errors["kind"].startswith("Tipo: 'hug' no es un tipo; usa uno de estos: like, comment,")
    assert res.errors["post"] == "Publicación (ID o enlace): el ID o el enlace de la publicación está vacío."
