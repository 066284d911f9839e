"""Two members editing the same post (optimistic locking) and who did what, on both engines."""

from __future__ import annotations

from datetime import datetime

import pytest

from microcomm_desktop.services import posts
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.store.db import make_engine


def _form(**kw: str) -> dict[str, str]:
    base = {"when": "2026-11-20 18:30", "platform": "instagram", "format": "reel", "title": "Hip opener"}
    base.update({"reach": "1200", "impressions": "2000", "likes": "80", "comments": "12", "saves": "30"})
    base.update(kw)
    return base


def test_a_stale_edit_is_refused_with_both_versions(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    alice = app_ctx.engine
    bob = make_engine(alice.url)  # a second member: own engine, own connections, same database
    try:
        pid = posts.create_post(alice, workspace.id, posts.check_post_form(_form()).values)
        opened_by_alice = posts.post_form_values(alice, pid)
        opened_by_bob = posts.post_form_values(bob, pid)
        assert opened_by_alice["version"] == opened_by_bob["version"] == "1"
        assert opened_by_alice["created_by"]  # the member is recorded
        posts.edit_post(bob, pid, {"saves": 45}, expected_version=int(opened_by_bob["version"]))
        with pytest.raises(posts.EditConflict) as caught:
            posts.edit_post(alice, pid, {"saves": 99, "title": "Mine"}, expected_version=1)
        conflict = caught.value
        assert conflict.version == 2 and conflict.theirs["saves"] == "45" and conflict.theirs["title"] == "Hip opener"
        assert posts.post_form_values(alice, pid)["saves"] == "45"  # nothing of Alice's edit was written
        # "Keep mine": save over the version she has now seen.
        posts.edit_post(alice, pid, {"saves": 99, "title": "Mine"}, expected_version=conflict.version)
        now = posts.post_form_values(bob, pid)
        assert (now["saves"], now["title"], now["version"]) == ("99", "Mine", "3")
        # Edits without a version (cells, undo) still bump it, so a form opened before them is refused too.
        posts.update_post(bob, pid, {"when": datetime(2026, 11, 21, 9, 0)})
        with pytest.raises(posts.EditConflict):
            posts.edit_post(alice, pid, {"saves": 1}, expected_version=3)
    finally:
        bob.dispose()
