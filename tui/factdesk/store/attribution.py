"""A claim's attribution as a reviewer corrects it: written, recorded, undone, carried over.

The engine is wrong on some claims; the reviewer sets the speaker, its type, the sourcing and
the affiliation by hand. The correction is written onto the claim (so origins, flags, exports
and every screen read it as they read the engine's), marked with the reviewer's name
(``speaker_by``), and recorded in the history as a ``speaker`` entry whose detail holds the
fields before and after (and whether the claim's speaker was a private individual): undo and
redo replay them like a link.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from factdesk.domain.flags import ORDER, PRIVATE_INDIVIDUAL
from factdesk.domain.models import Change
from factdesk.store.history import current_state, record

FIELDS = ("speaker", "speaker_type", "sourcing", "affiliation", "speaker_by")
SOURCINGS = ("named", "anonymous", "unattributed", "none")
SPEAKER_TYPES = ("person", "organisation")
_SOURCING_FLAGS = {"anonymous": "anonymous-source", "unattributed": "unattributed"}
ACTION = "speaker"
PRIVATE = "private"
"""A ``speaker`` entry's key beside ``FIELDS``: whether the claim carried ``private-individual``
with those fields (absent in entries written before review44: the flag as the claim has it)."""


def attribution_flags(flags: Sequence[str], fields: Mapping[str, object]) -> list[str]:
    """``flags`` as the attribution ``fields`` have them: the sourcing flags follow the
    sourcing, and ``private-individual`` ("a named person with no role") goes once the speaker
    is no named person (an organisation, an unnamed source, a group, nobody).

    Why: a reviewer who made "Northmere Water" an organisation (the engine had taken the
    company announcing a programme for a person) kept the flag, its score signal "desk:
    private individual" and the exports' words for it (review44 A15). A person the reviewer
    names keeps the flag as the claim had it (whether they hold a role is the engine's reading
    of the article); ``fields[PRIVATE]``, where given, says it (the engine's own answer, or a
    history entry's, so an undo gives the flag back)."""
    kept = [flag for flag in flags if flag not in _SOURCING_FLAGS.values()]
    named_person = (
        fields.get("sourcing") == "named" and fields.get("speaker_type") != "organisation"
    )
    private = fields.get(PRIVATE) if named_person else False
    if private is False:
        kept = [flag for flag in kept if flag != PRIVATE_INDIVIDUAL]
    elif private is True and PRIVATE_INDIVIDUAL not in kept:
        kept.append(PRIVATE_INDIVIDUAL)
    sourcing = _SOURCING_FLAGS.get(str(fields.get("sourcing") or ""))
    if sourcing:
        kept.append(sourcing)
    rank = {flag: index for index, flag in enumerate(ORDER)}
    return sorted(kept, key=lambda flag: rank.get(flag, len(rank)))  # stable: unknown last


def read_attribution(conn: sqlite3.Connection, claim_id: int) -> dict[str, str | None]:
    row = conn.execute(
        f"SELECT {', '.join(FIELDS)} FROM claims WHERE id = ?", [claim_id]
    ).fetchone()
    return dict(zip(FIELDS, row, strict=True)) if row else {}


def _flags(conn: sqlite3.Connection, claim_id: int) -> list[str]:
    row = conn.execute("SELECT flags FROM claims WHERE id = ?", [claim_id]).fetchone()
    return list(json.loads(row[0])) if row else []


def write_attribution(conn: sqlite3.Connection, claim_id: int, fields: dict) -> None:
    """Write the attribution fields and keep the flags in step with them
    (``attribution_flags``)."""
    flags = attribution_flags(_flags(conn, claim_id), fields)
    conn.execute(
        "UPDATE claims SET speaker = ?, speaker_type = ?, sourcing = ?, affiliation = ?, "
        "speaker_by = ?, flags = ? WHERE id = ?",
        [*(fields.get(k) for k in FIELDS), json.dumps(flags), claim_id],
    )


def record_attribution(
    conn: sqlite3.Connection,
    claim_id: int,
    after: dict,
    *,
    channel: str,
    reviewer: str,
    check: Callable[[str | None], str | None] = lambda kept: kept,
) -> Change | None:
    """Set a claim's attribution and append the history entry; None when nothing changes.

    ``check``: the attribution check the claim keeps given the one it has (the desk's rule);
    a check it drops is in the same entry, so one undo gives back the speaker and the check."""
    flags = _flags(conn, claim_id)
    before = {**read_attribution(conn, claim_id), PRIVATE: PRIVATE_INDIVIDUAL in flags}
    state = current_state(conn, claim_id)
    kept = replace(state, attribution=check(state.attribution))
    flags_after = attribution_flags(flags, after)
    same = all(before.get(k) == after.get(k) for k in FIELDS) and flags_after == flags
    if same and kept == state:
        return None
    write_attribution(conn, claim_id, after)
    moved = {**{k: after.get(k) for k in FIELDS}, PRIVATE: PRIVATE_INDIVIDUAL in flags_after}
    detail = json.dumps({"before": before, "after": moved})
    return record(
        conn,
        claim_id,
        state,
        kept,
        action=ACTION,
        channel=channel,
        reviewer=reviewer,
        detail=detail,
    )


def replay_attribution(conn: sqlite3.Connection, target: Change, *, undoing: bool) -> bool:
    """Undo/redo of a ``speaker`` entry: the claim's fields follow the history. True when
    it was one (the caller re-derives the claim's origin)."""
    if target.action != ACTION or not target.detail:
        return False
    moved = json.loads(target.detail)
    write_attribution(conn, target.claim_id, moved["before" if undoing else "after"])
    return True
