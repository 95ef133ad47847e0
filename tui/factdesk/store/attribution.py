"""A claim's attribution as a reviewer corrects it: written, recorded, undone, carried over.

The engine is wrong on some claims; the reviewer sets the speaker, its type, the sourcing and
the affiliation by hand. The correction is written onto the claim (so origins, flags, exports
and every screen read it as they read the engine's), marked with the reviewer's name
(``speaker_by``), and recorded in the history as a ``speaker`` entry whose detail holds the
fields before and after: undo and redo replay them like a link.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace

from factdesk.domain.models import Change
from factdesk.store.history import current_state, record

FIELDS = ("speaker", "speaker_type", "sourcing", "affiliation", "speaker_by")
SOURCINGS = ("named", "anonymous", "unattributed", "none")
SPEAKER_TYPES = ("person", "organisation")
_SOURCING_FLAGS = {"anonymous": "anonymous-source", "unattributed": "unattributed"}
ACTION = "speaker"


def read_attribution(conn: sqlite3.Connection, claim_id: int) -> dict[str, str | None]:
    row = conn.execute(
        f"SELECT {', '.join(FIELDS)} FROM claims WHERE id = ?", [claim_id]
    ).fetchone()
    return dict(zip(FIELDS, row, strict=True)) if row else {}


def write_attribution(conn: sqlite3.Connection, claim_id: int, fields: dict) -> None:
    """Write the attribution fields and keep the sourcing flags in step with the sourcing."""
    row = conn.execute("SELECT flags FROM claims WHERE id = ?", [claim_id]).fetchone()
    flags = [f for f in json.loads(row[0]) if f not in _SOURCING_FLAGS.values()] if row else []
    flag = _SOURCING_FLAGS.get(fields.get("sourcing") or "")
    if flag:
        flags.insert(0, flag)
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
    before = read_attribution(conn, claim_id)
    state = current_state(conn, claim_id)
    kept = replace(state, attribution=check(state.attribution))
    if all(before.get(k) == after.get(k) for k in FIELDS) and kept == state:
        return None
    write_attribution(conn, claim_id, after)
    detail = json.dumps({"before": before, "after": {k: after.get(k) for k in FIELDS}})
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
