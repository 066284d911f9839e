"""Posts table sort and filter from precomputed keys (issue 20, 200,000 posts under 100 ms): the same rows in
the same order as the keyed Python sort and the per-row filter they replaced, ties stable, edits followed,
selection kept, the current row moved as Qt moved it when a filter removed it."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import QIdentityProxyModel, QItemSelectionModel, Qt

from microcomm_desktop.services.posts import ROW_FIELDS
from microcomm_desktop.ui.models.post_filter_proxy import PostFilterProxy
from microcomm_desktop.ui.models.post_keys import Filters
from microcomm_desktop.ui.models.post_table_model import COL, COLUMNS, PostTableModel, table_keys
from microcomm_desktop.ui.widgets.selection import select_only

F = {name: i for i, name in enumerate(ROW_FIELDS)}
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
WORDS = ["Hook", "hook", "Carousel", "reel", "Q and A", "Ünïcode", "zeta", "", "Alpha beta", "alpha Beta"]
THEMES = [None, "", "growth", "growth, craft", "craft", "craft, growth, money"]
RITUALS = [None, "", "Tuesday teardown 2026-11-24", "Friday wins 2026-11-20", "Tuesday teardown 2026-11-17"]


def _rows(n: int, seed: int = 7) -> list[tuple[Any, ...]]:
    """Rows in ROW_FIELDS order with many ties, unknowns (None), case variants and a few odd dates."""
    rnd = random.Random(seed)

    def count(p: float = 0.2, hi: int = 5000) -> int | None:
        return None if rnd.random() < p else rnd.randint(0, hi)

    out = []
    for i in range(n):
        r: dict[str, Any] = dict.fromkeys(ROW_FIELDS)
        r.update(
            id=1000 + i * 3,
            local_date=rnd.choice([f"2026-11-{d:02d}" for d in range(1, 8)] + [None]),
            local_minute=rnd.choice([None, 0, 30, 600, 601, 1439]),
            platform=rnd.choice(["instagram", "tiktok", "youtube", "other", None]),
            format=rnd.choice(["reel", "Reel", "poll", "carousel", None]),
            label=rnd.choice(["community", "reach"]),
            title=rnd.choice([None, *(f"{a} {b}".strip() for a in WORDS[:5] for b in WORDS[5:])]),
            link=rnd.choice([None, "https://x.test/a", "https://x.test/B"]),
            ritual=rnd.choice(RITUALS),
            notes=rnd.choice([None, "", "line one\nline two", "Hook me", "needs a HOOK"]),
            themes=rnd.choice(THEMES),
            version=1,
        )
        for key in ("reach", "impressions", "views", "likes", "comments", "shares", "saves", "dm_replies"):
            r[key] = count()
        r["engagements"] = count(0.8)
        r["conversions"] = count(0.5, 20)
        out.append(tuple(r[k] for k in ROW_FIELDS))
    return out


def _old_accepts(f: Filters, r: tuple[Any, ...]) -> bool:
    """The per-row filter the proxy used to run (PostFilterProxy.filterAcceptsRow before issue 20's keys)."""
    d = str(r[F["local_date"]])
    if f.date_from and d < f.date_from:
        return False
    if f.date_to and d > f.date_to:
        return False
    if f.platform and r[F["platform"]] != f.platform:
        return False
    if f.label and r[F["label"]] != f.label:
        return False
    if f.text:
        hay = " ".join(
            str(r[F[k]] or "") for k in ("title", "format", "themes", "platform", "label", "notes", "link", "ritual")
        )
        if f.text not in hay.lower():
            return False
    if f.theme is not None:
        themes = str(r[F["themes"]] or "")
        if (f.theme == "" and themes) or (f.theme == "*" and not themes):
            return False
        if f.theme not in ("", "*") and f.theme not in themes.split(", "):
            return False
    if f.ritual is not None:
        rit = r[F["ritual"]] or ""
        if (f.ritual == "" and rit) or (f.ritual == "*" and not rit):
            return False
        if f.ritual not in ("", "*") and not str(rit).startswith(f.ritual):
            return False
    return True


@pytest.fixture
def table(qapp):  # type: ignore[no-untyped-def]
    model = PostTableModel()
    model.standins = {"youtube": ["views"], "other": ["impressions", "views"]}
    proxy = PostFilterProxy()
    proxy.setSourceModel(model)
    top = QIdentityProxyModel()
    top.setSourceModel(proxy)
    yield model, proxy, top
    top.setSourceModel(None)  # type: ignore[arg-type]


def _shown_ids(proxy: PostFilterProxy, model: PostTableModel) -> list[int]:
    return [model.post_id(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]


@pytest.mark.parametrize("prepared", [False, True], ids=["keys-on-first-use", "keys-from-the-worker"])
def test_every_column_and_chained_sorts_match_the_keyed_python_sort(table, prepared: bool) -> None:  # type: ignore[no-untyped-def]
    model, _proxy, _top = table
    rows = _rows(600)
    for er in ("reach", "impressions"):
        keys = table_keys(rows, er, model.standins) if prepared else None
        model.set_rows(list(rows), er, keys=keys)
        model.fetch_all()
        expected = list(rows)
        rnd = random.Random(er)
        # Every column both ways, then a random chain: ties keep the order the previous sort left them in.
        steps = [(c, o) for c in range(len(COLUMNS)) for o in (ASC, DESC)]
        steps += [(rnd.randrange(len(COLUMNS)), rnd.choice([ASC, DESC])) for _ in range(40)]
        for column, order in steps:
            model.sort(column, order)
            expected.sort(key=model.sort_key(column), reverse=order == DESC)
            assert [r[0] for r in model.rows] == [r[0] for r in expected], (COLUMNS[column][0], order)
        assert all(model.row_of(int(r[0])) == i for i, r in enumerate(model.rows))


def test_filters_match_the_per_row_filter_and_keep_the_model_order(table) -> None:  # type: ignore[no-untyped-def]
    model, proxy, _top = table
    rows = _rows(800, seed=11)
    model.set_rows(list(rows), keys=table_keys(rows, "reach", model.standins))
    model.sort(COL["title"], DESC)
    rnd = random.Random(3)
    choices: dict[str, list[Any]] = {
        "date_from": [None, "2026-11-03", "2026-11-07", "None"],
        "date_to": [None, "2026-11-02", "2026-11-05", "O"],
        "platform": [None, "instagram", "youtube", "nowhere"],
        "label": [None, "community", "reach"],
        "ritual": [None, "", "*", "Tuesday teardown", "Friday", "x"],
        "theme": [None, "", "*", "growth", "craft", "grow"],
        "text": ["", "hook", "ho", "hoo", "hook me", "line one\nline", "x.test/b", "ü", "teardown 2026", "zzz"],
    }
    for _ in range(120):
        values = {k: rnd.choice(v) for k, v in choices.items()}
        proxy.set_filters(**values)
        f = Filters(**values)
        assert proxy.active() == f.active()
        assert _shown_ids(proxy, model) == [r[0] for r in model.rows if _old_accepts(f, r)], values
        assert [f.accepts(r) for r in rows] == [_old_accepts(f, r) for r in rows]  # edits are asked row by row
        if rnd.random() < 0.3:  # sorting while filtered keeps the filter
            model.sort(rnd.randrange(len(COLUMNS)), rnd.choice([ASC, DESC]))
            assert _shown_ids(proxy, model) == [r[0] for r in model.rows if _old_accepts(f, r)]
    proxy.set_filters(date_from=None, date_to=None, platform=None, label=None, ritual=None, theme=None, text="")
    assert proxy.rowCount() == model.rowCount() == len(rows)


def test_typing_on_and_back_finds_what_the_per_row_filter_finds(table) -> None:  # type: ignore[no-untyped-def]
    model, proxy, _top = table
    rows = _rows(500, seed=5)
    model.set_rows(list(rows))
    for platform, typed in ((None, "h ho hoo hook ho h hoo"), ("instagram", "h ho hook"), (None, "hook ho h")):
        proxy.set_filters(platform=platform)
        for text in typed.split():
            proxy.set_filters(text=text)
            f = Filters(platform=platform, text=text)
            assert _shown_ids(proxy, model) == [r[0] for r in model.rows if _old_accepts(f, r)], (platform, text)


def test_pages_fetched_later_are_filtered_as_they_come(table, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models import post_table_model

    model, proxy, top = table
    monkeypatch.setattr(post_table_model, "PAGE_ROWS", 25)
    rows = _rows(200, seed=2)
    model.set_rows(list(rows))
    assert model.rowCount() == proxy.rowCount() == top.rowCount() == 25
    model.sort(COL["er"], DESC)  # sorted over every row; the first page is the top of it
    assert model.rowCount() == 25
    while top.canFetchMore(top.index(0, 0).parent()):
        top.fetchMore(top.index(0, 0).parent())
    assert proxy.rowCount() == len(rows)
    model.set_rows(list(rows))
    proxy.set_filters(label="reach")  # a filter hands every row over, each filtered
    assert _shown_ids(proxy, model) == [r[0] for r in model.rows if r[F["label"]] == "reach"]


def test_an_edited_row_moves_in_sorts_and_joins_or_leaves_the_filter(table, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, proxy, _top = table
    rows = _rows(300, seed=9)
    model.set_rows(list(rows), keys=table_keys(rows, "reach", model.standins))
    model.sort(COL["title"])
    model.sort(COL["reach"], DESC)
    proxy.set_filters(text="hook")
    target = next(r for r in rows if "hook" not in " ".join(str(v or "") for v in r).lower())
    edited = list(target)
    edited[F["title"]] = "AAA first HOOK"  # a title new to the column, sorting first
    edited[F["reach"]] = 10**10  # past int32: the column is rebuilt wider on the next sort by it
    model.replace_row(tuple(edited))
    assert target[0] in _shown_ids(proxy, model)  # now matches: joined the filtered rows in model order
    assert _shown_ids(proxy, model) == [r[0] for r in model.rows if _old_accepts(Filters(text="hook"), r)]
    expected = list(model.rows)  # the order shown now, with the edited row: ties keep it
    assert tuple(edited) in expected
    for column, order in ((COL["title"], ASC), (COL["reach"], DESC), (COL["er"], ASC), (COL["when"], DESC)):
        model.sort(column, order)
        expected.sort(key=model.sort_key(column), reverse=order == DESC)
        assert [r[0] for r in model.rows] == [r[0] for r in expected]
    model.sort(COL["reach"], DESC)
    assert model.rows[0][0] == target[0]  # the largest reach
    model.sort(COL["title"])  # "aaa first hook", a title new to the column: right after the untitled posts
    assert [r[0] for r in model.rows if r[F["title"]]][0] == target[0]
    edited[F["title"]], edited[F["notes"]] = "plain", None
    model.replace_row(tuple(edited))
    assert target[0] not in _shown_ids(proxy, model)  # no longer matches: left the filtered rows
    qtmodeltester.check(proxy)


def test_sorting_and_filtering_keep_the_selection_and_move_a_hidden_current_row(posts_page, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab = posts_page
    tab.resize(1280, 720)
    tab.show()
    tab.set_workspace(sample_workspace.id)
    view, sel = tab.table.view, tab.table.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (2, 5, 9):
        sel.select(tab.table.proxy.index(row, 0), flags)
    picked = set(tab.selected_post_ids())
    tab.model.sort(COL["er"], DESC)
    tab.model.sort(COL["title"])
    assert set(tab.selected_post_ids()) == picked
    # A filter hiding the current post: the current row moves to the nearest shown post above it (Qt's rule
    # for removed rows, which the old proxy's row removals followed), and the detail pane and buttons follow.
    select_only(view, tab.table.proxy.index(20, 0))
    here = tab.model.rows[20][F["platform"]]
    other = next(r[F["platform"]] for r in tab.model.rows[19::-1] if r[F["platform"]] not in (here, None))
    nearest = next(r[0] for r in tab.model.rows[19::-1] if r[F["platform"]] == other)
    tab.platform_filter.setCurrentIndex(tab.platform_filter.findData(other))
    assert tab.current_post_id() == nearest
    assert tab.quick_target.text() == f"Logs {tab._post_name(nearest)}"  # the detail pane shows it
    assert tab.edit_btn.isEnabled()
    # Back to every platform: the selection made before is still there, the current post stays current.
    tab.platform_filter.setCurrentIndex(0)
    assert tab.current_post_id() == nearest


def test_a_large_log_arrives_with_every_key_built_in_the_worker(qtbot, posts_page, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab = posts_page
    tab.background_from = 1  # the sample workspace counts as a large log: read in the worker pool
    tab.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    keys = tab.model.keys
    assert keys.complete and len(keys) == tab.model.total() > 50  # no sort or filter builds one in the GUI thread
    expected = list(tab.model.rows)
    tab.model.sort(COL["er"], DESC)
    expected.sort(key=tab.model.sort_key(COL["er"]), reverse=True)
    assert tab.model.rows == expected and tab.model.keys is keys


def test_edited_dates_and_many_distinct_texts_keep_the_exact_order(table, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models import post_keys

    model, _proxy, _top = table
    monkeypatch.setattr(post_keys, "_SORT_PIECE", 7)  # distinct keys sorted in pieces, then merged
    rows = _rows(400, seed=21)
    rows = [r[: F["title"]] + (f"Title {i * 7919 % 401}",) + r[F["title"] + 1 :] for i, r in enumerate(rows)]
    model.set_rows(list(rows), keys=table_keys(rows, "reach", model.standins))
    expected = list(rows)
    for column in (COL["title"], COL["when"]):
        model.sort(column)
        expected.sort(key=model.sort_key(column))
        assert [r[0] for r in model.rows] == [r[0] for r in expected]
    for n, (day, minute) in enumerate((("2026-10-31", 5), ("2026-11-04", 1439), ("None", 0), ("2026-11-04", 2))):
        edited = list(model.rows[n * 50])
        edited[F["local_date"]], edited[F["local_minute"]] = (None if day == "None" else day), minute
        model.replace_row(tuple(edited))
        expected = list(model.rows)
        for column, order in ((COL["when"], DESC), (COL["title"], ASC), (COL["when"], ASC)):
            model.sort(column, order)
            expected.sort(key=model.sort_key(column), reverse=order == DESC)
            assert [r[0] for r in model.rows] == [r[0] for r in expected]


def test_ctrl_a_then_filters_keep_the_rows_still_shown_selected(qtbot, posts_page, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.posts import ROW_FIELDS

    label = ROW_FIELDS.index("label")
    tab = posts_page
    tab.resize(1280, 720)
    tab.show()
    tab.set_workspace(sample_workspace.id)
    every = list(tab.model.rows)
    assert len(every) * tab.model.columnCount() > 1000  # Qt's whole-table selection shortcut applies
    tab.select_all()
    assert sorted(tab.selected_post_ids()) == sorted(r[0] for r in every)
    tab.label_filter.setCurrentIndex(tab.label_filter.findData("community"))
    community = [r[0] for r in every if r[label] == "community"]
    assert 0 < len(community) < len(every)
    assert sorted(tab.selected_post_ids()) == sorted(community)  # every row still shown stays selected
    tab.table.filter_edit.setText("a")
    still = [
        r[0]
        for r in tab.model.rows
        if r[label] == "community"
        and tab.filter_proxy.mapFromSource(tab.model.index(tab.model.row_of(r[0]), 0)).isValid()
    ]
    assert sorted(tab.selected_post_ids()) == sorted(still)
    tab.table.filter_edit.setText("")
    tab.label_filter.setCurrentIndex(0)  # the rows brought back are not selected; the others still are
    assert sorted(tab.selected_post_ids()) == sorted(still)
