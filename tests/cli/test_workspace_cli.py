"""``microcomm workspace set`` (own handles, time zone, ER definition) and ``workspace calibrate``."""

from __future__ import annotations

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.services.workspaces import OwnHandleSpec, get_workspace, own_handles


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = run_command(parse(list(argv)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_set_own_handles_timezone_and_er(capsys, data_dir, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    d = str(data_dir)
    code, out, _ = _run(
        capsys, "--data-dir", d, "workspace", "set", "Test community",
        "--own-handle", "@Coach", "--own-handle", "youtube:@CoachTV",
        "--timezone", "America/New_York", "--er-definition", "impressions",
    )  # fmt: skip
    assert code == 0, out
    expected = [OwnHandleSpec("", "coach"), OwnHandleSpec("youtube", "coachtv")]
    assert own_handles(app_ctx.engine, workspace.id) == expected
    ws = get_workspace(app_ctx.engine, workspace.id)
    assert (ws.timezone, ws.er_definition) == ("America/New_York", "impressions")
    assert "@coach, @coachtv (youtube)" in out
    code, out, _ = _run(capsys, "--data-dir", d, "workspace", "set", "Test community", "--clear-own-handles")
    assert code == 0 and "none" in out
    assert own_handles(app_ctx.engine, workspace.id) == []


def test_set_rejects_bad_input_with_a_sentence(capsys, data_dir, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    d = str(data_dir)
    code, _, err = _run(capsys, "--data-dir", d, "workspace", "set", "Test community", "--own-handle", "my name")
    assert code == 2 and "no spaces" in err
    code, _, err = _run(capsys, "--data-dir", d, "workspace", "set", "Test community", "--timezone", "Mars/Base")
    assert code == 2 and "Unknown time zone" in err
    code, _, err = _run(capsys, "--data-dir", d, "workspace", "set", "Nope", "--own-handle", "@x")
    assert code == 2 and "No workspace named" in err
    assert own_handles(app_ctx.engine, workspace.id) == []


def test_set_reach_standin(capsys, data_dir, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.reach import reach_standins

    d = str(data_dir)
    code, out, _ = _run(capsys, "--data-dir", d, "workspace", "set", "Test community",
                        "--reach-standin", "youtube=views,impressions", "--reach-standin", "tiktok=views")  # fmt: skip
    assert code == 0 and "views else impressions for youtube" in out
    assert reach_standins(app_ctx.engine, workspace.id) == {"youtube": ["views", "impressions"], "tiktok": ["views"]}
    code, _, err = _run(
        capsys, "--data-dir", d, "workspace", "set", "Test community", "--reach-standin", "youtube=likes"
    )
    assert code == 2 and "cannot stand in" in err
    code, out, _ = _run(capsys, "--data-dir", d, "workspace", "set", "Test community", "--reach-standin", "youtube=")
    assert code == 0 and reach_standins(app_ctx.engine, workspace.id) == {"tiktok": ["views"]}
