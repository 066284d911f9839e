"""Creator services: persistence, image copies, bad files, deal aggregation to the cent, undo, export."""

from __future__ import annotations

import struct
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from microcomm_desktop.domain.creators import summarise_deals
from microcomm_desktop.services import creators as svc
from microcomm_desktop.services import images
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.sample_creators import fake_screenshot
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Deal


def _png(tmp: Path, name: str = "shot.png", seed: int = 1) -> Path:
    p = tmp / name
    p.write_bytes(fake_screenshot(seed, (10, 120, 200)))
    return p


def _creator(app_ctx: AppContext, ws_id: int, today: date, **kw: object) -> int:
    inp = svc.CreatorInput(name="Lena Trails", handles=[("instagram", "@lenatrails")], **kw)  # type: ignore[arg-type]
    return svc.create_creator(app_ctx.engine, ws_id, inp, today)


# -------------------- images


def test_sniff_reads_format_and_size_from_headers() -> None:
    assert images.sniff(fake_screenshot(1, (0, 0, 0))) == ("png", 240, 420)
    jpeg = b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9
    jpeg += b"\xff\xc0" + struct.pack(">HBHH", 17, 8, 1080, 1920) + b"\x00" * 10
    assert images.sniff(jpeg) == ("jpeg", 1920, 1080)
    webp = (
        b"RIFF" + b"\x00" * 4 + b"WEBPVP8X" + b"\x00" * 8 + (1279).to_bytes(3, "little") + (719).to_bytes(3, "little")
    )
    assert images.sniff(webp) == ("webp", 1280, 720)
    assert images.sniff(b"%PDF-1.7 hello") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"just some text, not a picture" * 5, "not an image"),
        (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 0, 10), "damaged"),
        (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 40000, 40000), "too large"),
    ],
    ids=["empty", "text", "zero-size", "huge-pixels"],
)
def test_bad_image_files_are_rejected_with_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "evil.png"
    p.write_bytes(content)
    with pytest.raises(images.ImageRejected, match=message) as exc:
        images.store_image_file(tmp_path / "data", 1, p)
    assert "'evil.png'" in str(exc.value)
    assert not (tmp_path / "data").exists()  # nothing half-copied


def test_huge_file_rejected_by_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_BYTES", 1000)
    p = _png(tmp_path)
    with pytest.raises(images.ImageRejected, match="MB"):
        images.check_image_file(p)
    with pytest.raises(images.ImageRejected, match="not a file"):
        images.check_image_file(tmp_path / "gone.png")


def test_store_copies_under_content_hash_and_dedupes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    a = images.store_image_file(data, 7, _png(tmp_path, "a.png"))
    b = images.store_image_file(data, 7, _png(tmp_path, "b.png"))  # same bytes, other name
    assert a.rel_path == b.rel_path and a.rel_path.startswith("attachments/7/creators/")
    assert a.name == "a.png" and b.name == "b.png"
    assert len(list((data / "attachments/7/creators").iterdir())) == 1
    assert images.resolve_image(data, "../../etc/passwd") is None
    assert images.resolve_image(data, "") is None


# -------------------- creators and evidence


def test_evidence_persists_and_survives_deleting_the_original(
    app_ctx: AppContext, workspace, today: date, tmp_path: Path
) -> None:
    cid = _creator(app_ctx, workspace.id, today)
    original = _png(tmp_path, "thread.png")
    row = svc.add_evidence(
        app_ctx.engine,
        app_ctx.paths.data_dir,
        cid,
        svc.EvidenceInput("comment_thread", today, "https://instagram.com/p/1", "40 replies", True, original),
        today,
    )
    content = original.read_bytes()
    original.unlink()
    data_dir = app_ctx.paths.data_dir
    url = app_ctx.database_url
    app_ctx.dispose()
    # "restart": a fresh context on the same data directory
    ctx2 = open_context(data_dir, database_url=url)
    try:
        rows = svc.list_evidence(ctx2.engine, cid)
        assert [r.id for r in rows] == [row.id]
        stored = images.resolve_image(data_dir, rows[0].image_file)
        assert stored is not None and stored.read_bytes() == content
        assert rows[0].image_name == "thread.png" and rows[0].question_proof
        assert svc.get_creator(ctx2.engine, cid).handles == [("instagram", "@lenatrails")]
    finally:
        ctx2.dispose()


def test_rejected_image_writes_nothing(app_ctx: AppContext, workspace, today: date, tmp_path: Path) -> None:
    cid = _creator(app_ctx, workspace.id, today)
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    with pytest.raises(images.ImageRejected):
        svc.add_evidence(
            app_ctx.engine, app_ctx.paths.data_dir, cid, svc.EvidenceInput(image_path=bad, evidence_date=today), today
        )
    assert svc.list_evidence(app_ctx.engine, cid) == []


def test_bad_input_names_the_fields(app_ctx: AppContext, workspace, today: date) -> None:
    with pytest.raises(svc.CreatorError) as exc:
        svc.create_creator(
            app_ctx.engine,
            workspace.id,
            svc.CreatorInput(name=" ", er_pct=140.0, status="famous", figures_workspace_id=workspace.id),
            today,
        )
    assert set(exc.value.fields) == {"name", "er_pct", "status", "figures_workspace_id"}
    cid = _creator(app_ctx, workspace.id, today)
    with pytest.raises(svc.CreatorError) as exc2:
        svc.add_evidence(app_ctx.engine, app_ctx.paths.data_dir, cid, svc.EvidenceInput(link="instagram.com/x"), today)
    assert set(exc2.value.fields) == {"link"}


def test_rubric_in_list_follows_screenshots_and_answer(
    app_ctx: AppContext, workspace, today: date, tmp_path: Path
) -> None:
    cid = _creator(app_ctx, workspace.id, today, struggle_answer="hills", struggle_date=today)
    other = svc.create_creator(app_ctx.engine, workspace.id, svc.CreatorInput(name="Zed"), today)
    for k in range(3):
        svc.add_evidence(
            app_ctx.engine,
            app_ctx.paths.data_dir,
            cid,
            svc.EvidenceInput(evidence_date=today, question_proof=True, image_path=_png(tmp_path, f"{k}.png", k)),
            today,
        )
    svc.add_evidence(app_ctx.engine, app_ctx.paths.data_dir, other, svc.EvidenceInput(question_proof=True), today)
    rows = svc.list_creators(app_ctx.engine, workspace.id, today)
    assert [r.id for r in rows] == [cid, other]  # sorted by score
    assert rows[0].rubric.passed and rows[0].proof_screenshots == 3 and rows[0].evidence_count == 3
    assert not rows[1].rubric.passed and "without a screenshot" in rows[1].rubric.missing[0]


def test_undo_delete_restores_evidence_handles_and_deal_links(
    app_ctx: AppContext, workspace, today: date, tmp_path: Path
) -> None:
    cid = _creator(app_ctx, workspace.id, today)
    svc.add_evidence(app_ctx.engine, app_ctx.paths.data_dir, cid, svc.EvidenceInput(image_path=_png(tmp_path)), today)
    with session_scope(app_ctx.engine) as s:
        deal = Deal(workspace_id=workspace.id, creator_id=cid, title="x", creator_fee=Decimal("100"))
        s.add(deal)
        s.flush()
        deal_id = deal.id
    snap = svc.delete_creator(app_ctx.engine, cid)
    assert svc.list_creators(app_ctx.engine, workspace.id, today) == []
    svc.restore_creator(app_ctx.engine, snap)
    detail = svc.creator_detail(app_ctx.engine, cid, today)
    assert detail.data.handles == [("instagram", "@lenatrails")]
    assert len(detail.evidence) == 1 and detail.evidence[0].image_file
    assert [d.id for d in detail.deals] == [deal_id]


def test_update_returns_old_values_and_evidence_edit_roundtrip(app_ctx: AppContext, workspace, today: date) -> None:
    cid = _creator(app_ctx, workspace.id, today)
    new = svc.get_creator(app_ctx.engine, cid)
    new.niche = "trail running"
    new.handles = [("tiktok", "@lena")]
    old = svc.update_creator(app_ctx.engine, cid, new, today)
    assert old.niche == "" and old.handles == [("instagram", "@lenatrails")]
    assert svc.get_creator(app_ctx.engine, cid).handles == [("tiktok", "@lena")]
    ev = svc.add_evidence(app_ctx.engine, app_ctx.paths.data_dir, cid, svc.EvidenceInput(note="a"), today)
    prev = svc.update_evidence(app_ctx.engine, ev.id, today, note="b", question_proof=True)
    assert prev == {"note": "a", "question_proof": False}
    with pytest.raises(svc.CreatorError):
        svc.update_evidence(app_ctx.engine, ev.id, today, evidence_date=today + timedelta(days=3))
    removed = svc.delete_evidence(app_ctx.engine, ev.id)
    svc.restore_evidence(app_ctx.engine, removed)
    assert svc.list_evidence(app_ctx.engine, cid)[0].note == "b"


# -------------------- deals


def test_creator_deals_blended_per_deal_and_overall_to_the_cent(app_ctx: AppContext, workspace, today: date) -> None:
    cid = _creator(app_ctx, workspace.id, today)
    with session_scope(app_ctx.engine) as s:
        s.add(
            Deal(
                workspace_id=workspace.id,
                creator_id=cid,
                title="DOMAIN example",
                creator_fee=Decimal("2000"),
                media_spend=Decimal("3000"),
                actual_impressions=150_000,
                actual_conversions=120,
            )
        )
        s.add(
            Deal(
                workspace_id=workspace.id,
                title="unlinked at first",
                creator_fee=Decimal("800"),
                media_spend=Decimal("0.10"),
                actual_impressions=40_000,
            )
        )
    unlinked = [d for d in svc.linkable_deals(app_ctx.engine, workspace.id) if d[2] is None]
    assert len(unlinked) == 1
    assert svc.link_deal(app_ctx.engine, unlinked[0][0], cid) is None
    detail = svc.creator_detail(app_ctx.engine, cid, today)
    first = next(d for d in detail.deals if d.title == "DOMAIN example")
    assert f"{first.figures.blended.cpm:.2f}" == "33.33"
    assert f"{first.figures.blended.cpa:.2f}" == "41.67"
    s = detail.deal_summary
    assert s.total_cost == Decimal("5800.10")
    assert svc.format_money(s.cpm) == "$30.53"  # 5800.10 / 190000 × 1000 = 30.5268…
    assert svc.format_money(s.cpa) == "$41.67"  # only the deal reporting conversions


def test_measured_figures_from_a_linked_workspace(app_ctx: AppContext, sample_workspace, today: date) -> None:
    from microcomm_desktop.services.workspaces import create_workspace

    mine = create_workspace(app_ctx.engine, "Brand team", timezone="UTC")
    cid = svc.create_creator(
        app_ctx.engine,
        mine.id,
        svc.CreatorInput(name="Run club", figures_workspace_id=sample_workspace.id, er_pct=1.0),
        today,
    )
    detail = svc.creator_detail(app_ctx.engine, cid, today)
    m = detail.measured
    assert m is not None and m.posts > 0
    assert m.replies_per_1k is not None and m.er_pct is not None and m.returning_share_pct is not None
    assert 0 < m.returning_share_pct <= 100
    assert detail.figure_sources["er_pct"] == "measured"  # measured beats typed


# -------------------- sample and export


@pytest.mark.sqlite_only("the sample screenshots are files next to the SQLite database")
def test_sample_has_two_creators_with_screenshots_and_deals(app_ctx: AppContext, sample_workspace, today: date) -> None:
    rows = svc.list_creators(app_ctx.engine, sample_workspace.id, today)
    by_name = {r.name: r for r in rows}
    assert {"Lena Trails", "Coach Marco"} <= set(by_name)
    assert by_name["Lena Trails"].rubric.passed and by_name["Lena Trails"].proof_screenshots == 3
    assert not by_name["Coach Marco"].rubric.passed
    lena = svc.creator_detail(app_ctx.engine, by_name["Lena Trails"].id, today)
    for ev in lena.evidence:
        if ev.image_file:
            p = images.resolve_image(app_ctx.paths.data_dir, ev.image_file)
            assert p is not None and images.check_image_file(p).format == "png"
    assert lena.deals  # linked by the deals sample or by ours
    assert lena.deal_summary == summarise_deals(d.outcome for d in lena.deals)


@pytest.mark.sqlite_only("the sample screenshots are files next to the SQLite database")
def test_export_one_pager_pdf_and_markdown(app_ctx: AppContext, sample_workspace, today: date, tmp_path: Path) -> None:
    cid = next(r.id for r in svc.list_creators(app_ctx.engine, sample_workspace.id, today) if r.name == "Lena Trails")
    pdf = svc.export_one_pager(app_ctx.engine, app_ctx.paths.data_dir, cid, tmp_path / "out" / "lena.pdf", today)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    md = svc.export_one_pager(app_ctx.engine, app_ctx.paths.data_dir, cid, tmp_path / "out" / "lena", today)
    assert md.suffix == ".md"
    text = md.read_text(encoding="utf-8")
    assert "Proof of conversation: Pass" in text
    detail = svc.creator_detail(app_ctx.engine, cid, today)
    assert svc.format_money(detail.deal_summary.cpm) in text and "lena_images/evidence-" in text
    assert len(list((tmp_path / "out" / "lena_images").iterdir())) == 3
    html = svc.one_pager_html(svc.creator_detail(app_ctx.engine, cid, today), app_ctx.paths.data_dir, today)
    assert html.count("data:image/png;base64,") == 3
