"""D4: no lost updates. A note or evidence saved from an editor is compared with what the
editor opened; undo and redo refuse, naming who changed the claim, when it no longer holds
the state they would take back."""

from __future__ import annotations

import pytest
from factdesk.desk.service import ChangedMeanwhile, Desk
from factdesk.settings.config import load_config
from factdesk.ui.screens.note import NoteConflictScreen, NoteScreen
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import build_app, open_review, record_notifications

SIZE = (120, 36)


def colleague(desk: Desk, name: str = "alice") -> Desk:
    return Desk.open(desk.path, config=load_config(reviewer=name))


def test_saving_over_a_note_written_meanwhile_is_refused(seeded_desk: Desk) -> None:
    claim = seeded_desk.claims()[0]
    opened = (claim.note, tuple(claim.evidence))
    other = colleague(seeded_desk)
    other.set_note(claim.id, "theirs", ["https://theirs.example"], channel="cli")
    with pytest.raises(ChangedMeanwhile, match="alice") as clash:
        seeded_desk.set_note(claim.id, "mine", ["https://mine.example"], opened=opened)
    assert clash.value.theirs.note == "theirs" and clash.value.by == "alice"
    assert seeded_desk.claim(claim.id).note == "theirs"
    # Knowingly over theirs: saved.
    seeded_desk.set_note(claim.id, "mine", [], opened=("theirs", ("https://theirs.example",)))
    assert seeded_desk.claim(claim.id).note == "mine"
    other.close()


def test_undo_refuses_when_a_colleague_changed_the_verdict(seeded_desk: Desk) -> None:
    claim_id = seeded_desk.claims()[0].id
    seeded_desk.set_verdict(claim_id, "disputed")
    other = colleague(seeded_desk)
    other.set_verdict(claim_id, "contradicted")
    other.set_note(claim_id, "their note")
    with pytest.raises(ChangedMeanwhile, match=r"undo refused: .*verdict.*alice"):
        seeded_desk.undo()
    claim = seeded_desk.claim(claim_id)
    assert (claim.verdict, claim.note) == ("contradicted", "their note")
    other.close()


def test_undo_keeps_a_colleagues_note_on_a_field_it_did_not_touch(seeded_desk: Desk) -> None:
    claim_id = seeded_desk.claims()[0].id
    seeded_desk.set_verdict(claim_id, "disputed")
    other = colleague(seeded_desk)
    other.set_note(claim_id, "their note")
    assert seeded_desk.undo() is not None
    claim = seeded_desk.claim(claim_id)
    assert (claim.verdict, claim.note) == (None, "their note")
    other.close()


def test_redo_refuses_when_the_claim_moved_on(seeded_desk: Desk) -> None:
    claim_id = seeded_desk.claims()[0].id
    seeded_desk.set_verdict(claim_id, "disputed")
    seeded_desk.undo()
    other = colleague(seeded_desk)
    other.set_verdict(claim_id, "corroborated")
    with pytest.raises(ChangedMeanwhile, match="redo refused"):
        seeded_desk.redo()
    assert seeded_desk.claim(claim_id).verdict == "corroborated"
    other.close()


async def test_the_note_screen_shows_both_and_asks(seeded_desk: Desk) -> None:
    """Each answer to the clash (keep mine, take theirs, edit mine again), one claim each, in
    one app run."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        for choice in ("m", "t", "e"):
            claim_id = screen.current_id
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, NoteScreen)
            other = colleague(seeded_desk)
            other.set_note(claim_id, f"theirs {choice}", channel="cli")
            other.close()
            await pilot.press(*"mine", "ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, NoteConflictScreen)
            assert seeded_desk.claim(claim_id).note == f"theirs {choice}"
            await pilot.press(choice)
            await pilot.pause()
            if choice == "m":
                assert seeded_desk.claim(claim_id).note == "mine"
            elif choice == "t":
                assert seeded_desk.claim(claim_id).note == f"theirs {choice}"
                assert isinstance(app.screen, ReviewScreen)
            else:
                assert isinstance(app.screen, NoteScreen)  # my text again, now based on theirs
                await pilot.press("ctrl+s")
                await pilot.pause()
                assert seeded_desk.claim(claim_id).note == "mine"
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("j")  # the next answer on another claim
            await pilot.pause()
            assert screen.current_id != claim_id


async def test_a_refused_undo_is_dropped_so_the_next_undo_goes_further_back(
    seeded_desk: Desk,
) -> None:
    app = build_app(seeded_desk)
    shown = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        first = app.screen.current_id
        await pilot.press("2")  # a verdict on the first claim; the cursor moves on
        await pilot.pause()
        second = app.screen.current_id
        assert second != first
        await pilot.press("3")
        await pilot.pause()
        marked = seeded_desk.claim(first).verdict
        assert marked is not None and seeded_desk.claim(second).verdict is not None
        other = colleague(seeded_desk, "bob")
        other.set_verdict(second, "corroborated")
        other.close()
        await pilot.press("z")  # refused: bob changed the second claim
        await pilot.pause()
        assert any("undo refused" in m and "bob" in m and "dropped" in m for m in shown), shown
        assert seeded_desk.claim(second).verdict == "corroborated"
        assert seeded_desk.claim(first).verdict == marked
        await pilot.press("z")  # not the same wall again: the first verdict is undone
        await pilot.pause()
        assert seeded_desk.claim(first).verdict is None
        assert seeded_desk.claim(second).verdict == "corroborated"
        refusals = sum("undo refused" in m for m in shown)
        assert refusals == 1, shown
    # Another process (a restart) replays the same stacks: nothing left to undo.
    assert seeded_desk.undo() is None
