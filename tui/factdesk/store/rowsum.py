"""The digests behind ``checksums``: plain functions with no imports from the store, so the
schema check in ``deskfile`` (which builds a desk in memory from the migrations, and the
migration that fills the checksums in calls these) can use them without an import cycle."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from typing import Any, Final

REVIEW_COLUMNS: Final = (
    "claim_id", "verdict", "note", "evidence", "reviewer", "updated_at", "attribution",
)  # fmt: skip
HISTORY_COLUMNS: Final = (
    "id", "claim_id", "at", "reviewer", "action", "verdict_before", "verdict_after",
    "note_before", "note_after", "evidence_before", "evidence_after", "hidden_before",
    "hidden_after", "reverts", "via", "detail", "attribution_before", "attribution_after",
)  # fmt: skip


PUBLICATION_COLUMNS: Final = (
    "claim_id", "summary", "claimant", "claimant_type", "claim_date", "appearance_url",
    "first_appearance_url", "headline", "language", "reviewer", "updated_at",
)  # fmt: skip
LINK_COLUMNS: Final = ("claim_id", "linked_claim_id", "reviewer", "created_at")
OVERRIDE_COLUMNS: Final = ("spelling", "action", "target", "reviewer", "created_at")
"""The rest of the reviewer's own work (ClaimReview fields, evidence links, name merges and
splits): each table has one writer, which sums the row (migration 21 filled in the rows there);
``full_check`` verifies them as it does the reviews."""
OWN_WORK: Final[dict[str, tuple[str, ...]]] = {
    "publication": PUBLICATION_COLUMNS,
    "claim_links": LINK_COLUMNS,
    "name_overrides": OVERRIDE_COLUMNS,
}

INDEX_COLUMNS: Final = ("claim_id", "article_id", "norm", "anchors", "facts", "vector", "day")
MATCH_COLUMNS: Final = ("claim_id", "other_claim_id", "label", "similarity", "reason")
"""The columns the checksums of the matcher's rows cover (``claim_index``, ``claim_matches``):
derived rows, but each written in one place (``corroborate.index``), so a flipped bit in a
free-text column or a vector's low bits, which no range check sees, fails its sum."""


def derived_sum(*values: Any) -> str:
    """``row_sum`` of a derived row, a blob (a vector) by its own digest: its hex in the JSON
    made the sum of a 512-byte vector's row four times slower. Its writer passes a REAL as a
    float (SQLite gives back 22.0 for a similarity of 22 written as an integer).

    A row without a blob (every match row, ~470 an article on a 2,000-article desk) is summed
    as it is: the generator that swapped blobs for digests cost a third of such a row's sum."""
    for value in values:
        if isinstance(value, bytes):
            return row_sum(*(_blob_sum(v) if isinstance(v, bytes) else v for v in values))
    return row_sum(*values)


def _blob_sum(blob: bytes) -> str:
    return hashlib.blake2b(blob, digest_size=8).hexdigest()


_JSON: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""What ``json.dumps(values, ensure_ascii=False, separators=(",", ":"))`` encodes with, made
once: ``dumps`` given any option makes a new encoder per call, a third of a row's sum, and
an import sums every match row it writes (issue 15)."""


def _row_encoder() -> Callable[[tuple], str]:
    """``_JSON.encode`` of a tuple of values, with the C encoder made once.

    ``JSONEncoder.encode`` makes a new C encoder (``c_make_encoder``) for every call, with
    the same arguments each time: half of a match row's sum. This is that encoder, made with
    ``_JSON``'s own settings, kept (no check for circular values: a row holds scalars). Where
    the C encoder is missing or takes other arguments (another Python), ``_JSON.encode``."""
    make = getattr(json.encoder, "c_make_encoder", None)
    strings = json.encoder.encode_basestring_ascii if _JSON.ensure_ascii else (
        json.encoder.encode_basestring
    )  # fmt: skip
    if make is not None:
        try:
            made = make(None, _JSON.default, strings, None,
                        _JSON.key_separator, _JSON.item_separator, _JSON.sort_keys,
                        _JSON.skipkeys, _JSON.allow_nan)  # fmt: skip
        except TypeError:
            made = None
        if made is not None and "".join(made((1, "é", 0.5, None), 0)) == _JSON.encode(
            (1, "é", 0.5, None)
        ):
            return lambda values: "".join(made(values, 0))
    return _JSON.encode


_ENCODE: Final = _row_encoder()


def row_sum(*values: Any) -> str:
    """A short digest of a row's values (64 bits: plenty to notice damage, not a secret)."""
    text = _ENCODE(values)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def body_sha(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def register(conn: sqlite3.Connection) -> None:
    """SQL functions the migration that adds the checksums uses to fill them in."""
    conn.create_function("factdesk_review_sum", len(REVIEW_COLUMNS), row_sum, deterministic=True)
    conn.create_function("factdesk_history_sum", len(HISTORY_COLUMNS), row_sum, deterministic=True)
    for name, columns in (("index", INDEX_COLUMNS), ("match", MATCH_COLUMNS)):
        conn.create_function(f"factdesk_{name}_sum", len(columns), derived_sum, deterministic=True)
    for table, own in OWN_WORK.items():
        conn.create_function(f"factdesk_{table}_sum", len(own), row_sum, deterministic=True)
