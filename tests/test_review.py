"""The review core: verdicts, notes, hide/add, undo and redo from the append-only history."""

from __future__ import annotations

import sqlite3
from itertools import pairwise

import pytest
from factdesk.desk.service import Desk
from factdesk.domain.verdicts import VerdictError
from factdesk.settings.config import load_config


def first_claim(desk: Desk) -> int:
    return desk.claims()[0].id


def test_verdict_is_stored_lower_case_and_recorded(seeded_desk: Desk) -> None:
    claim_id = first_claim(seeded_desk)
    change = seeded_desk.set_verdict(claim_id, "Corroborated")
    assert change is not None
    assert seeded_desk.claim(claim_id).verdict == "corroborated"
    [entry] = seeded_desk.history(claim_id)
    assert (entry.before.verdict, entry.after.verdict, entry.reviewer) == (
        None,
        "corroborated",
        "tester",
    )


def test_unknown_verdict_is_rejected_listing_the_four(seeded_desk: Desk) -> None:
    with pytest.raises(VerdictError, match="corroborated, disputed, contradicted, unverifiable"):
        seeded_desk.set_verdict(first_claim(seeded_desk), "true")
    assert seeded_desk.history(first_claim(seeded_desk)) == []


def test_same_verdict_twice_records_once(seeded_desk: Desk) -> None:
    claim_id = first_claim(seeded_desk)
    seeded_desk.set_verdict(claim_id, "disputed")
    assert seeded_desk.set_verdict(claim_id, "disputed") is None
    assert len(seeded_desk.history(claim_id)) == 1


def test_clearing_keeps_the_note(seeded_desk: Desk) -> None:
    claim_id = first_claim(seeded_desk)
    seeded_desk.set_verdict(claim_id, "disputed")
    seeded_desk.set_note(claim_id, "two sources disagree", ["https://example.org/a"])
    seeded_desk.set_verdict(claim_id, None)
    claim = seeded_desk.claim(claim_id)
    assert claim.verdict is None
    assert claim.note == "two sources disagree"
    assert claim.evidence == ["https://example.org/a"]


def test_undo_and_redo_walk_the_history(seeded_desk: Desk) -> None:
    a, b = (claim.id for claim in seeded_desk.claims()[:2])
    seeded_desk.set_verdict(a, "corroborated")
    seeded_desk.set_verdict(b, "contradicted")
    seeded_desk.set_note(b, "see ministry statement")
    assert seeded_desk.undo().claim_id == b
    assert seeded_desk.claim(b).note == ""
    assert seeded_desk.undo().claim_id == b
    assert seeded_desk.claim(b).verdict is None
    assert seeded_desk.undo().claim_id == a
    assert seeded_desk.claim(a).verdict is None
    assert seeded_desk.undo() is None
    assert seeded_desk.redo().claim_id == a
    assert seeded_desk.claim(a).verdict == "corroborated"
    # a new change empties the redo stack
    seeded_desk.set_verdict(a, "disputed")
    assert seeded_desk.redo() is None
    # nothing was deleted: 3 edits + 3 undos + 1 redo + 1 edit
    rows = seeded_desk.store.conn.execute("SELECT COUNT(*) FROM history").fetchone()[0]
    assert rows == 8


def test_undo_survives_a_restart(seeded_desk: Desk) -> None:
    claim_id = first_claim(seeded_desk)
    seeded_desk.set_verdict(claim_id, "unverifiable")
    path = seeded_desk.path
    seeded_desk.close()
    reopened = Desk.open(path, config=load_config())
    assert reopened.undo().claim_id == claim_id
    assert reopened.claim(claim_id).verdict is None


def test_undo_is_per_reviewer(seeded_desk: Desk) -> None:
    claim_id = first_claim(seeded_desk)
    seeded_desk.set_verdict(claim_id, "disputed")
    other = Desk.open(seeded_desk.path, config=load_config(reviewer="someone-else"))
    assert other.undo() is None
    assert seeded_desk.claim(claim_id).verdict == "disputed"


def test_hide_and_add_are_undoable(seeded_desk: Desk) -> None:
    article = seeded_desk.articles()[0]
    before = len(seeded_desk.claims(article.id))
    hidden = seeded_desk.claims(article.id)[0].id
    seeded_desk.hide_claim(hidden)
    assert len(seeded_desk.claims(article.id)) == before - 1
    body = seeded_desk.article(article.id).body
    added = seeded_desk.add_claim(article.id, 0, 20)
    assert added.provenance == "manual"
    assert body[added.start : added.end] == added.text
    assert len(seeded_desk.claims(article.id)) == before
    seeded_desk.undo()
    assert added.id not in {c.id for c in seeded_desk.claims(article.id)}
    seeded_desk.undo()
    assert hidden in {c.id for c in seeded_desk.claims(article.id)}


def test_history_is_append_only(seeded_desk: Desk) -> None:
    seeded_desk.set_verdict(first_claim(seeded_desk), "disputed")
    with pytest.raises(sqlite3.IntegrityError):
        seeded_desk.store.conn.execute("DELETE FROM history")
    with pytest.raises(sqlite3.IntegrityError):
        seeded_desk.store.conn.execute("UPDATE history SET reviewer = 'x'")


def test_position_is_remembered_per_reviewer(seeded_desk: Desk) -> None:
    seeded_desk.save_position(2, 17)
    assert seeded_desk.position() == (2, 17)
    other = Desk.open(seeded_desk.path, config=load_config(reviewer="b"))
    assert other.position() == (None, None)


def test_undo_stacks_replay_like_an_editor() -> None:
    from factdesk.desk.undo import undo_stacks
    from factdesk.domain.models import Change, ReviewState

    state = ReviewState(None, "", (), False)

    def entry(id: int, action: str, reverts: int | None = None) -> Change:
        return Change(id, 1, "t", "r", action, state, state, reverts)

    undo, redo = undo_stacks(
        [entry(1, "edit"), entry(2, "edit"), entry(3, "undo", 2), entry(4, "undo", 1)]
    )
    assert ([c.id for c in undo], [c.id for c in redo]) == ([], [2, 1])
    undo, redo = undo_stacks(
        [entry(1, "edit"), entry(2, "undo", 1), entry(3, "redo", 1), entry(4, "undo", 99)]
    )
    assert ([c.id for c in undo], [c.id for c in redo]) == ([1], [])
    undo, redo = undo_stacks([entry(1, "edit"), entry(2, "undo", 1), entry(3, "add")])
    assert ([c.id for c in undo], redo) == ([3], [])
    # A change whose undo (or redo) was refused leaves both stacks.
    edits = [entry(1, "edit"), entry(2, "edit")]
    assert [c.id for c in undo_stacks(edits, dropped=[2])[0]] == [1]
    undone = [*edits, entry(3, "undo", 2), entry(4, "undo", 1)]
    assert [c.id for c in undo_stacks(undone, dropped=[1])[1]] == [2]


def test_notes_with_nul_and_lone_surrogates_are_stored_cleaned(seeded_desk: Desk) -> None:
    claim_id = first_claim(seeded_desk)
    seeded_desk.set_note(
        claim_id, "pasted\x00 text \ud800 here\r\nline two", ["http://x.example/\udfff"]
    )
    claim = seeded_desk.claim(claim_id)
    assert claim.note == "pasted\ufffd text \ufffd here\nline two"
    assert claim.evidence == ["http://x.example/\ufffd"]


def test_an_articles_rows_say_which_of_its_claims_changed(seeded_desk: Desk) -> None:
    """``Desk.article_rows`` (the review's test after an outside change, speed41): a verdict
    elsewhere or a saved place changes none of the article's claims; a verdict, a note, a
    hidden claim here name that claim; an added claim is more than claims' rows (None)."""
    here, *_, there = seeded_desk.claims()
    assert here.article_id != there.article_id
    rows = [seeded_desk.article_rows(here.article_id)]
    seeded_desk.set_verdict(there.id, "disputed")
    seeded_desk.save_position(here.article_id, here.id)
    for change in (lambda: None,
                   lambda: seeded_desk.set_verdict(here.id, "disputed"),
                   lambda: seeded_desk.set_note(here.id, "seen", []),
                   lambda: seeded_desk.hide_claim(here.id),
                   lambda: seeded_desk.add_claim(here.article_id, 0, 5)):  # fmt: skip
        change()
        rows.append(seeded_desk.article_rows(here.article_id))
    changed = [after.changed_since(before) for before, after in pairwise(rows)]
    assert changed == [set(), {here.id}, {here.id}, {here.id}, None]
    assert rows[0].changed_since(None) is None
