"""``microcomm import chat`` and ``microcomm engager forget|merge|unmerge|merges``."""

from __future__ import annotations

from pathlib import Path

import pytest

from microcomm_desktop.__main__ import main

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "chat"


@pytest.fixture
def ws(data_dir: Path) -> str:
    assert main(["--data-dir", str(data_dir), "workspace", "create", "Crew", "--timezone", "Europe/Berlin"]) == 0
    return "Crew"


def test_import_chat_dry_run_then_import_then_reimport(
    data_dir: Path, ws: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["import", "chat", str(FIX / "telegram_group.json"), "--workspace", ws, "--data-dir", str(data_dir)]
    capsys.readouterr()
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "7 messages, 3 people, 2 threads (1 deep), 2 days." in out
    assert "Dry run: nothing was written." in out and "Would add 5 messages and 4 new people." in out
    assert "Skipped 2: system messages" in out
    assert main(base) == 0
    assert "Added 5 messages and 4 new people." in capsys.readouterr().out
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "Added 0 messages" in out and "Skipped 5: already imported" in out


def test_import_chat_format_and_errors(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    wa = ["import", "chat", str(FIX / "whatsapp_ambiguous.txt"), "--workspace", ws, "--data-dir", str(data_dir)]
    assert main([*wa, "--format", "whatsapp", "--date-order", "mdy", "--dry-run"]) == 0
    assert "month/day (as asked)" in capsys.readouterr().out
    bad = tmp_path / "x.json"
    bad.write_text("[1, 2]")
    assert main(["import", "chat", str(bad), "--workspace", ws, "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "not a chat export" in err and "Traceback" not in err


@pytest.mark.sqlite_only("the data file's bytes and its file backups; a team server has neither")
def test_engager_merge_unmerge_and_forget(data_dir: Path, ws: str, capsys: pytest.CaptureFixture[str]) -> None:
    dd = ["--data-dir", str(data_dir)]
    assert main(["import", "chat", str(FIX / "slack_export"), "--workspace", ws, *dd]) == 0
    assert main(["import", "chat", str(FIX / "discord_general.json"), "--workspace", ws, *dd]) == 0
    capsys.readouterr()
    assert main(["engager", "merge", "discord:ana", "slack:ana", "--workspace", ws, *dd]) == 0
    out = capsys.readouterr().out
    assert "Merged @ana (slack) into @ana (discord): 2 interactions moved" in out
    assert main(["engager", "merges", "--workspace", ws, *dd]) == 0
    assert "1: @ana merged into @ana" in capsys.readouterr().out
    assert main(["engager", "unmerge", "1", "--workspace", ws, *dd]) == 0
    assert "@ana (slack) is a person of their own again" in capsys.readouterr().out
    assert main(["engager", "forget", "ana", "--workspace", ws, *dd]) == 2
    assert "several platforms" in capsys.readouterr().err
    assert main(["engager", "forget", "@cara", "--workspace", ws, *dd]) == 0
    out = capsys.readouterr().out
    assert "Forgot @cara (discord): the person and 1 interactions were erased" in out
    assert "future backups do not hold them" in out
    assert main(["engager", "forget", "@cara", "--workspace", ws, *dd]) == 2
    assert "No person @cara" in capsys.readouterr().err
