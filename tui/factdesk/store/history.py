"""The review history: the one writer of verdicts, notes, evidence, hidden flags, attribution
checks and links.

Every change a reviewer (or an import, or a merge) makes to a claim's review goes through
``record``, which writes the new state and appends the history row in the caller's
transaction, so the history always explains the current state and undo can replay it. It
lives in the store layer so that import (re-anchoring), merge and the Desk all write review
work the same way, each with a plain connection rather than a handle on the Desk.
"""

from __future__ import annotations

import json
import re
import sqlite3

from factdesk.domain.models import LINK_CARRIED, Change, ReviewState
from factdesk.store.checksums import verify_review
from factdesk.store.db import now
from factdesk.store.deskfile import DeskError
from factdesk.store.rowsum import REVIEW_COLUMNS, row_sum

LINK_ACTIONS = ("link", "unlink")
"""History actions that add or remove a ``claim_links`` row rather than change a verdict."""


def current_state(conn: sqlite3.Connection, claim_id: int) -> ReviewState:
    """The claim's review state now; ``DeskError`` for an unknown claim.

    Its checksum is verified: every write reads this first, so nothing is ever written over
    a review row that was damaged on disk (``checksums.CorruptDeskError`` instead).
    """
    row = conn.execute(
        """SELECT c.hidden, v.verdict, COALESCE(v.note, ''), COALESCE(v.evidence, '[]'),
             v.attribution, v.claim_id, v.reviewer, v.updated_at, v.checksum
           FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.id = ?""",
        [claim_id],
    ).fetchone()
    if row is None:
        raise DeskError(f"no claim {claim_id} in this desk")
    hidden, verdict, note, evidence, attribution, review_id, reviewer, updated_at, checksum = row
    if review_id is not None:
        values = (review_id, verdict, note, evidence, reviewer, updated_at, attribution)
        verify_review({**dict(zip(REVIEW_COLUMNS, values, strict=True)), "checksum": checksum})
    return ReviewState(verdict, note, tuple(json.loads(evidence)), bool(hidden), attribution)


def record(
    conn: sqlite3.Connection,
    claim_id: int,
    before: ReviewState,
    after: ReviewState,
    *,
    action: str,
    channel: str,
    reviewer: str,
    reverts: int | None = None,
    detail: str = "",
    at: str | None = None,
    of_record: str | None = None,
) -> Change:
    """Write ``after`` as the claim's state and append the history row.

    ``channel`` is how the change came in (app, cli, import, merge: the ``via`` column).
    ``of_record``: the claim's reviewer of record, when not ``reviewer`` (a merge that only
    adds a colleague's note names the colleague in the history and leaves the verdict ours).

    The caller holds the transaction, so the state and its history row commit together.
    """
    stamp = at or now()
    review = [claim_id, after.verdict, after.note, json.dumps(list(after.evidence)),
              of_record or reviewer, stamp, after.attribution]  # fmt: skip
    conn.execute(
        """INSERT INTO verdicts (claim_id, verdict, note, evidence, reviewer, updated_at,
             attribution, checksum)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(claim_id) DO UPDATE SET verdict = excluded.verdict,
             note = excluded.note, evidence = excluded.evidence,
             reviewer = excluded.reviewer, updated_at = excluded.updated_at,
             attribution = excluded.attribution, checksum = excluded.checksum""",
        [*review, row_sum(*review)],
    )
    if before.hidden != after.hidden:
        conn.execute("UPDATE claims SET hidden = ? WHERE id = ?", [int(after.hidden), claim_id])
    # The id is chosen here (the caller holds the write lock) so the checksum can cover it.
    history_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM history").fetchone()[0]
    entry = [
        history_id, claim_id, stamp, reviewer, action, before.verdict, after.verdict,
        before.note, after.note, json.dumps(list(before.evidence)),
        json.dumps(list(after.evidence)), int(before.hidden), int(after.hidden), reverts, channel,
        detail, before.attribution, after.attribution,
    ]  # fmt: skip
    conn.execute(
        """INSERT INTO history (id, claim_id, at, reviewer, action, verdict_before,
             verdict_after, note_before, note_after, evidence_before, evidence_after,
             hidden_before, hidden_after, reverts, via, detail, attribution_before,
             attribution_after, checksum)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [*entry, row_sum(*entry)],
    )
    return Change(
        history_id, claim_id, stamp, reviewer, action, before, after, reverts, channel, detail
    )


def write_link(
    conn: sqlite3.Connection, claim_id: int, other_id: int, on: bool, reviewer: str
) -> bool:
    """Add or remove the link row; False when it was already so (nothing to record)."""
    if on:
        row = [claim_id, other_id, reviewer, now()]  # rowsum.LINK_COLUMNS
        cursor = conn.execute(
            "INSERT OR IGNORE INTO claim_links (claim_id, linked_claim_id, reviewer, "
            "created_at, checksum) VALUES (?, ?, ?, ?, ?)",
            [*row, row_sum(*row)],
        )
    else:
        cursor = conn.execute(
            "DELETE FROM claim_links WHERE claim_id = ? AND linked_claim_id = ?",
            [claim_id, other_id],
        )
    return cursor.rowcount > 0


def carry_link(
    conn: sqlite3.Connection, link: tuple[int, int], to: tuple[int, int], *, move: bool
) -> bool:
    """Write the link ``link`` (claim, linked claim) again as ``to``, with the reviewer and
    the time it was made (a re-import carries it to the same words of a new version: the
    evidence list keeps the order it was linked in, and names who linked it); ``move``
    removes ``link`` too. False when nothing changed (``link`` is gone, or ``to`` was linked
    already and ``link`` stays). The caller records the history row (``ingest.carryover``: a
    ``reanchor``, which no undo takes)."""
    row = conn.execute(
        "SELECT reviewer, created_at FROM claim_links WHERE claim_id = ? AND linked_claim_id = ?",
        link,
    ).fetchone()
    if row is None:
        return False
    values = [*to, *row]  # rowsum.LINK_COLUMNS
    cursor = conn.execute(
        "INSERT OR IGNORE INTO claim_links (claim_id, linked_claim_id, reviewer, created_at, "
        "checksum) VALUES (?, ?, ?, ?, ?)",
        [*values, row_sum(*values)],
    )
    if move:
        conn.execute("DELETE FROM claim_links WHERE claim_id = ? AND linked_claim_id = ?", link)
    return move or cursor.rowcount > 0


def record_link(
    conn: sqlite3.Connection,
    claim_id: int,
    other_id: int,
    on: bool,
    *,
    channel: str,
    reviewer: str,
    linked_by: str | None = None,
) -> Change | None:
    """Link (or unlink) ``other_id`` as evidence of ``claim_id`` and record it; None if no-op.

    ``reviewer`` is who the history names; ``linked_by`` who the link row names (defaults to
    the same: a merge names the colleague in the history and this desk's reviewer on the row).
    """
    state = current_state(conn, claim_id)
    if not write_link(conn, claim_id, other_id, on, linked_by or reviewer):
        return None
    detail = json.dumps({"linked_claim_id": other_id})
    action = LINK_ACTIONS[0] if on else LINK_ACTIONS[1]
    return record(
        conn,
        claim_id,
        state,
        state,
        action=action,
        channel=channel,
        reviewer=reviewer,
        detail=detail,
    )


def replay_link(conn: sqlite3.Connection, target: Change, *, undoing: bool, reviewer: str) -> None:
    """Undo/redo of a link or unlink: the link row follows the history, to the claim a
    re-import moved the link to since (``moved_link``)."""
    if target.action not in LINK_ACTIONS:
        return
    other = json.loads(target.detail or "{}").get("linked_claim_id")
    if other is not None:
        other = moved_link(conn, target.claim_id, other)
        write_link(conn, target.claim_id, other, (target.action == "link") != undoing, reviewer)


def link_moved_detail(old: tuple[int, int], new: tuple[int, int]) -> str:
    """The history detail a re-import writes on a citing claim whose link it moved from the
    old (claim, version) to the new one (``ingest.carryover``): written here, beside
    ``_MOVED``, which reads it back for undo (``moved_link``), so the two cannot drift."""
    return (
        f"{LINK_CARRIED}moved from claim {old[0]} (version {old[1]}) "
        f"to claim {new[0]} (version {new[1]}), the same words"
    )


_MOVED = re.compile(
    rf"{re.escape(LINK_CARRIED)}moved from claim (\d+) \(version \d+\) to claim (\d+) "
)
"""``link_moved_detail``'s words read back: the claim the link was moved from, and to."""


def moved_link(conn: sqlite3.Connection, claim_id: int, other_id: int) -> int:
    """The claim ``claim_id``'s link to ``other_id`` is on now: ``other_id``, or the claim of
    a later version a re-import moved it to (its ``reanchor`` rows on ``claim_id``, followed
    in order through every later version). Why (mend44's leftover): ``z`` on a link a re-import
    had moved unlinked nothing, the row it named being gone, and the link stayed."""
    moves: dict[int, int] = {}
    for (detail,) in conn.execute(
        "SELECT detail FROM history WHERE claim_id = ? AND action = 'reanchor' AND detail LIKE ?"
        " ORDER BY id",
        [claim_id, f"{LINK_CARRIED}moved from claim %"],
    ):
        if (found := _MOVED.match(detail or "")) is not None:
            moves[int(found[1])] = int(found[2])
    seen = {other_id}
    while other_id in moves and moves[other_id] not in seen:
        other_id = moves[other_id]
        seen.add(other_id)
    return other_id
