"""Every review write, not only the verdict keys, takes the one queue of writes that met a held
desk (``ui.pending``): the attribution check ``A``, a note and its evidence, ``D``, the speaker
dialog, ``a``, links and publication fields show at once ("saving…") while the app's own import
writes an article, and are written in the order pressed, verdicts among them; and the review
title's "desk: N left" counts what the screen shows while they wait (mend35a, issue 15).

Before, those writes waited for the desk on the event loop (up to 30 s) and froze the screen,
and the title's count was off by the verdicts waiting once the claims were read again (the
import's commit redraws them) or another article was shown. A second connection in a thread
holds the desk's turn here as the import's does (``held_desk``) until the test lets it go; the
turn's cap is then ``HELD_AT_MOST``, so only that release ends the wait (a 3 s cap raced the
typed note at load 20: the writes were refused, flaky36), and an app that still waits on its
loop fails once the holder lets go on its own.
"""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens.speaker import SpeakerScreen
from snapshot_app import until
from test_app_held_desk_keys import cap_passes, held_desk, held_review
from textual.widgets import Input, Select, Static


def _history(desk: Desk, claim_ids: list[int]) -> list[tuple[int, str]]:
    """(claim, what changed) of every history entry of these claims, in the order written."""
    changes = sorted((c for i in claim_ids for c in desk.history(i)), key=lambda c: c.id)
    told = []
    for c in changes:
        before, after = c.before, c.after
        what = [
            name
            for name in ("verdict", "note", "evidence", "hidden", "attribution")
            if getattr(before, name) != getattr(after, name)
        ]
        told.append((c.claim_id, ",".join(what)))
    return told


async def test_review_writes_while_the_desk_is_held_show_at_once_and_keep_the_key_order(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        spoken = next(c for c in review.shown if c.speaker and c.verdict is None)
        other = next(c for c in review.shown if c.id != spoken.id and c.verdict is None)
        review.move_to(spoken.id)
        await pilot.pause()
        with held_desk(seeded_desk) as release:
            await pilot.press("A")
            shown = {c.id: c for c in review.claims}
            assert shown[spoken.id].attribution == "confirmed"  # at once, the desk held
            assert not release.is_set()
            await pilot.press("n", *"seen twice", "tab", *"https://example.org/a", "ctrl+s")
            assert await until(pilot, lambda: app.screen is review)
            assert not release.is_set()
            claim = {c.id: c for c in review.claims}[spoken.id]
            assert "seen twice" in claim.note and claim.evidence == ["https://example.org/a"]
            await pilot.press("1")
            review.move_to(other.id)
            await pilot.pause()
            await pilot.press("D")
            assert other.id not in {c.id for c in review.claims}  # hidden at once
            assert any("saving…" in m for m in messages)
            assert _history(seeded_desk, [spoken.id, other.id]) == []  # nothing written yet
            # the claims read again meanwhile (the import's commit redraws them) keep it all
            review.reload_claims()
            claim = {c.id: c for c in review.claims}[spoken.id]
            assert (claim.attribution, claim.verdict) == ("confirmed", "corroborated")
            assert "seen twice" in claim.note and other.id not in {c.id for c in review.claims}
            assert len(app.pending) == 4
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert _history(seeded_desk, [spoken.id, other.id]) == [
            (spoken.id, "attribution"), (spoken.id, "note,evidence"),
            (spoken.id, "verdict"), (other.id, "hidden"),
        ]  # fmt: skip
        stored = seeded_desk.claim(spoken.id)
        assert (stored.attribution, stored.verdict) == ("confirmed", "corroborated")
        assert seeded_desk.claim(other.id).hidden
        assert other.id in {c.id for c in review.hidden}  # the hidden list, once written
        # undo takes the last key pressed back first: the hide
        await pilot.press("z")
        assert not seeded_desk.claim(other.id).hidden


async def test_a_note_still_held_out_after_the_cap_is_said_and_shown_as_stored(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        first = review.current_id
        assert first is not None
        with held_desk(seeded_desk):
            await pilot.press("n", *"never saved", "ctrl+s")
            assert await until(pilot, lambda: app.screen is review)
            assert "never saved" in {c.id: c for c in review.claims}[first].note
            cap_passes(monkeypatch)
            assert await until(pilot, lambda: not app.pending, rounds=4000)
            await pilot.pause()
            assert "never saved" not in {c.id: c for c in review.claims}[first].note
            assert any(f"claim #{first}" in m and "not saved" in m for m in messages)
    assert "never saved" not in seeded_desk.claim(first).note


def _title_left(review) -> str:
    title = str(review.query_one("#review-title", Static).render())
    return title.split("desk: ")[1].split(" left")[0]


async def test_the_desk_count_in_the_title_counts_the_verdicts_waiting(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressed while the desk is held, a verdict counts at once, still after the claims are
    read again and on the next article, and once written; refused, it counts again."""
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, _):
        before = seeded_desk.unreviewed_count()
        assert review.desk_left == before and _title_left(review) == str(before)
        with held_desk(seeded_desk) as release:
            await pilot.press("1", "2")
            assert review.desk_left == before - 2
            review.reload_claims()  # as the import's commit redraws the claims
            assert review.desk_left == before - 2
            await pilot.press("J")  # the next article: the two wait on the one left
            await pilot.pause()
            assert review.desk_left == before - 2
            assert _title_left(review) == str(before - 2)
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert seeded_desk.unreviewed_count() == before - 2
        assert review.desk_left == before - 2 and _title_left(review) == str(before - 2)


async def test_the_desk_count_comes_back_when_a_waiting_verdict_is_refused(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, _):
        before = seeded_desk.unreviewed_count()
        with held_desk(seeded_desk):
            await pilot.press("1", "J")
            await pilot.pause()
            assert review.desk_left == before - 1
            cap_passes(monkeypatch)
            assert await until(pilot, lambda: not app.pending, rounds=4000)
            await pilot.pause()
            assert review.desk_left == before


async def test_a_speaker_edit_while_the_desk_is_held_shows_at_once_and_is_stored(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, _):
        claim_id = review.current_id
        with held_desk(seeded_desk) as release:
            await pilot.press("w")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, SpeakerScreen)
            dialog.query_one("#speaker-name", Input).value = "Mirela Dobrovska"
            dialog.query_one("#speaker-type", Select).value = "person"
            dialog.query_one("#speaker-sourcing", Select).value = "named"
            await pilot.press("ctrl+s")
            assert await until(pilot, lambda: app.screen is review)
            assert not release.is_set()
            shown = {c.id: c for c in review.claims}[claim_id]
            assert (shown.speaker, shown.sourcing) == ("Mirela Dobrovska", "named")
            assert seeded_desk.claim(claim_id).speaker != "Mirela Dobrovska"
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        stored = seeded_desk.claim(claim_id)
        assert (stored.speaker, stored.speaker_by) == ("Mirela Dobrovska", seeded_desk.reviewer)
