"""Changes made by another process (the CLI, a colleague's app) show without a key press.

Two Desk objects on one file stand for two processes: SQLite's ``data_version`` changes on
the app's connection only when the other connection commits, which is what the app polls.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import FactDeskApp
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.claim_detail import ClaimDetail
from factdesk.ui.widgets.claims_list import ClaimsList
from factdesk.ui.widgets.queue_table import QueueTable
from snapshot_app import build_app, open_review
from textual.pilot import Pilot

SIZE = (140, 40)
POLL = 0.05


def count_polls(app: FactDeskApp) -> list[int]:
    """How many times the app has asked the desk for outside changes (before ``run_test``:
    the poll timer takes the method when the app mounts)."""
    polls = [0]
    poll = app.poll_outside_changes

    def counted() -> None:
        poll()
        polls[0] += 1

    app.poll_outside_changes = counted  # type: ignore[method-assign]
    return polls


async def after_polls(pilot: Pilot, polls: list[int], rounds: int = 2) -> None:
    """Let the app poll ``rounds`` more times (a write made before the first is seen by it),
    then finish what the polls started: bounded by polls, never a guessed time."""
    target = polls[0] + rounds
    for _ in range(1000):
        if polls[0] >= target:
            break
        await pilot.pause(POLL / 2)
    assert polls[0] >= target, "the app stopped polling the desk"
    await pilot.pause()


@pytest.fixture
def other(seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    """A second connection to the same desk file, and a fast poll for the test."""
    monkeypatch.setattr(FactDeskApp, "OUTSIDE_POLL_SECONDS", POLL)
    colleague = Desk.open(seeded_desk.path, config=Config(reviewer="colleague"))
    yield colleague
    colleague.close()


async def test_outside_changes_show_in_the_queue_and_review_but_own_writes_do_not_reload(
    seeded_desk: Desk, other: Desk
) -> None:
    """On one app: the queue shows a verdict set elsewhere and keeps its cursor; in the review,
    the app's own verdicts cost no outside redraw (data_version ignores its own commits), and
    another connection's verdict and note redraw the screen, which keeps the cursor."""
    app = build_app(seeded_desk)
    polls = count_polls(app)
    async with app.run_test(size=SIZE) as pilot:
        # the queue shows a verdict set elsewhere
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QueueScreen)
        await pilot.press("j")
        selected = screen.selected_id
        row = next(a for a in screen.rows if a.id == selected)
        assert row.reviewed == 0
        claim = other.claims(selected)[0]
        other.set_verdict(claim.id, "contradicted", channel="cli")
        await after_polls(pilot, polls)
        fresh = next(a for a in screen.rows if a.id == selected)
        assert fresh.reviewed == 1 and fresh.counts.get("contradicted") == 1
        table = screen.query_one(QueueTable)
        cells = " ".join(str(cell) for cell in table.get_row_at(table.cursor_row))
        assert f"1/{fresh.claims}" in cells and "✗1" in cells
        assert screen.selected_id == selected  # the cursor stays on the article
        # a commit to one other article reads and draws that article's row alone (queue41)
        target = next(a for a in screen.rows if a.id != selected and a.unreviewed > 1)
        reads: list[int] = []
        wholes: list[object] = []
        read_one, read_all = seeded_desk.article_summary, seeded_desk.articles
        seeded_desk.article_summary = lambda a: reads.append(a) or read_one(a)  # type: ignore[method-assign]
        seeded_desk.articles = lambda *a, **k: wholes.append(a) or read_all(*a, **k)  # type: ignore[method-assign]
        unreviewed = next(c for c in other.claims(target.id) if c.verdict is None)
        other.set_verdict(unreviewed.id, "corroborated", channel="cli")
        await after_polls(pilot, polls)
        assert (reads, wholes) == ([target.id], [])
        index = next(i for i, a in enumerate(screen.rows) if a.id == target.id)
        cells = " ".join(str(cell) for cell in table.get_row_at(index))
        assert f"{target.reviewed + 1}/{target.claims}" in cells
        assert screen.selected_id == selected
        del seeded_desk.article_summary, seeded_desk.articles
        # own writes cost no outside redraw; another connection's write does
        await pilot.press("enter")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        calls: list[int] = []
        original = review.outside_change
        review.outside_change = lambda: (calls.append(1), original())  # type: ignore[method-assign]
        await pilot.press("1", "2")
        await after_polls(pilot, polls)
        assert calls == []
        other.set_verdict(review.claims[-1].id, "unverifiable", channel="cli")
        await after_polls(pilot, polls)
        assert calls == [1]
        # the review screen redraws and keeps the cursor
        await pilot.press("g", "j", "j")
        await pilot.pause()
        current = review.current_id
        neighbour = next(c.id for c in review.claims if c.id != current and not c.note)
        claims_list = review.query_one(ClaimsList)
        listed = [claims_list.get_option_at_index(i) for i in range(claims_list.option_count)]
        elsewhere = next(c for c in other.claims() if c.article_id != review.article_id)
        other.set_verdict(elsewhere.id, "corroborated", channel="cli")
        other.set_verdict(current, "disputed", channel="cli")
        other.set_note(neighbour, "checked by a colleague", [])
        other.set_verdict(neighbour, "unverifiable", channel="cli")
        await after_polls(pilot, polls)
        assert review.current_id == current
        assert review.current_claim is not None and review.current_claim.verdict == "disputed"
        prompt = claims_list.get_option(str(current)).prompt
        assert "~" in str(prompt)  # the disputed badge
        # a claim not under the cursor is redrawn in place too (review41: dropping the
        # in-place redraw left the current claim's badge right and this one stale)
        assert str(claims_list.get_option(str(neighbour)).prompt).lstrip().startswith("?")
        # the list was not built again: the changed claim's prompt alone was redrawn (speed41)
        assert claims_list.option_count == len(listed)
        assert all(claims_list.get_option_at_index(i) is o for i, o in enumerate(listed))
        assert claims_list.highlighted_claim_id == current
        detail = review.query_one(ClaimDetail).text
        assert "disputed" in detail
        assert next(c for c in review.claims if c.id == neighbour).note
        # a commit to another article, after a verdict of this app's own here: the desk's
        # count follows, the article's claims are not read again (Desk.article_rows)
        left, reads, read = review.desk_left, [], seeded_desk.claims
        seeded_desk.claims = lambda *a, **k: reads.append(a) or read(*a, **k)  # type: ignore[method-assign]
        await pilot.press("1")
        await pilot.pause()
        unreviewed = next(c for c in other.claims(verdict="unreviewed")
                          if c.article_id != review.article_id)  # fmt: skip
        other.set_verdict(unreviewed.id, "corroborated", channel="cli")
        await after_polls(pilot, polls)
        assert review.desk_left == left - 1  # (the claim here had a verdict already)
        assert reads == []
        # another: this article's change mark did not move, its rows are not read (speed42)
        rows_read, rows = [], seeded_desk.article_rows
        seeded_desk.article_rows = lambda a: rows_read.append(a) or rows(a)  # type: ignore[method-assign]
        unreviewed = next(c for c in other.claims(verdict="unreviewed")
                          if c.article_id != review.article_id)  # fmt: skip
        other.set_verdict(unreviewed.id, "corroborated", channel="cli")
        await after_polls(pilot, polls)
        assert review.desk_left == left - 2 and (reads, rows_read) == ([], [])


async def test_the_first_commit_elsewhere_after_an_open_reads_nothing_of_the_article(
    seeded_desk: Desk, other: Desk
) -> None:
    """An article just opened is in step with the desk's change mark: the first commit another
    process makes to another article after it counts the desk again without reading the
    article's text, claims or rows (speed43: it read them all, the 300 KB article's ~112 ms)."""
    app = build_app(seeded_desk)
    polls = count_polls(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        review = await open_review(pilot)
        left, reads = review.desk_left, []
        for name in ("article", "claims", "article_rows"):
            read = getattr(seeded_desk, name)
            setattr(seeded_desk, name, lambda *a, read=read, **k: reads.append(a) or read(*a, **k))
        unreviewed = next(c for c in other.claims(verdict="unreviewed")
                          if c.article_id != review.article_id)  # fmt: skip
        other.set_verdict(unreviewed.id, "corroborated", channel="cli")
        await after_polls(pilot, polls)
        assert review.desk_left == left - 1 and reads == []


async def test_an_outside_change_while_the_review_lacks_its_widgets_crashes_nothing(
    seeded_desk: Desk, other: Desk
) -> None:
    """A poll that lands while the review screen is being put up or taken down (its claim list
    not there) skips that redraw: the app keeps running and keeps polling, and the verdict
    written elsewhere is in the store."""
    app = build_app(seeded_desk)
    polls = count_polls(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        review = await open_review(pilot)
        await review.query_one(ClaimsList).remove()
        claim = review.claims[0]
        other.set_verdict(claim.id, "disputed", channel="cli")
        await after_polls(pilot, polls, rounds=3)
        assert app.is_running and app.return_code is None
        assert seeded_desk.claim(claim.id).verdict == "disputed"
