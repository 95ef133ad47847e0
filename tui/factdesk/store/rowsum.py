"""The digests behind ``checksums``: plain functions with no imports from the store, so the
schema check in ``deskfile`` (which builds a desk in memory from the migrations, and the
migration that fills the checksums in calls these) can use them without an import cycle."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any, Final

REVIEW_COLUMNS: Final = (
    "claim_id", "verdict", "note", "evidence", "reviewer", "updated_at", "attribution",
)  # fmt: skip
HISTORY_COLUMNS: Final = (
    "id", "claim_id", "at", "reviewer", "action", "verdict_before", "verdict_after",
    "note_before", "note_after", "evidence_before", "evidence_after", "hidden_before",
    "hidden_after", "reverts", "via", "detail", "attribution_before", "attribution_after",
)  # fmt: skip


def row_sum(*values: Any) -> str:
    """A short digest of a row's values (64 bits: plenty to notice damage, not a secret)."""
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def body_sha(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def register(conn: sqlite3.Connection) -> None:
    """SQL functions the migration that adds the checksums uses to fill them in."""
    conn.create_function("factdesk_review_sum", len(REVIEW_COLUMNS), row_sum, deterministic=True)
    conn.create_function("factdesk_history_sum", len(HISTORY_COLUMNS), row_sum, deterministic=True)
