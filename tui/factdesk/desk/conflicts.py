"""Merge conflicts: a colleague's differing review, kept aside until a reviewer acts.

``factdesk.desk.merge`` records them; the Desk reads them (the ``merge-conflict`` filter, the
"keep ours" answer) without importing the merge itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from factdesk.store.db import Store

OPEN_CONFLICTS_SQL: Final = """
SELECT mc.* FROM merge_conflicts mc
WHERE NOT EXISTS (
    SELECT 1 FROM history h
    WHERE h.claim_id = mc.claim_id AND h.id > mc.history_id AND h.via != 'merge'
)
"""
"""Conflicts no reviewer has acted on since they were recorded (merges do not count)."""

OPEN_CONFLICT_CLAIMS_SQL: Final = f"c.id IN (SELECT claim_id FROM ({OPEN_CONFLICTS_SQL}))"
"""A WHERE term for ``Desk.claims(verdict="merge-conflict")``."""


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """A colleague's review that disagrees with ours."""

    claim_id: int
    ours: str | None
    theirs: str
    reviewer: str
    note: str
    evidence: tuple[str, ...]
    source: str


def open_conflicts(store: Store) -> list[MergeConflict]:
    """Conflicts still waiting for a reviewer, oldest first."""
    rows = store.query(OPEN_CONFLICTS_SQL + " ORDER BY mc.id")
    return [_conflict_of(row) for row in rows]


def _conflict_of(row: dict) -> MergeConflict:
    evidence = tuple(json.loads(row["evidence"]))
    return MergeConflict(
        row["claim_id"], row["our_verdict"], row["verdict"], row["reviewer"], row["note"],
        evidence, row["source"],
    )  # fmt: skip
