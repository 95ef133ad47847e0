"""Each match is stored once and read from either end (issue 15: both directions doubled the
import's writes); migration 17 folds an older desk's two copies into one, keeping every verdict."""

from __future__ import annotations

from factdesk.desk.service import Desk
from factdesk.settings.config import load_config

COLUMNS = "(claim_id, other_claim_id, label, similarity, reason)"
"""claim_matches' columns a test writes (the checksum left out: not checked then)."""


def _panel(desk: Desk) -> dict[int, list[tuple]]:
    """Every current claim's matches as the Elsewhere panel lists them, in order."""
    return {
        claim.id: [
            (r.other_claim_id, r.label, r.similarity, r.reason) for r in desk.related(claim.id)
        ]
        for article in desk.articles()
        for claim in desk.claims(article.id)
    }


def test_a_pair_is_stored_once_and_seen_from_both_claims(seeded_desk: Desk) -> None:
    conn = seeded_desk.store.conn
    pairs = conn.execute("SELECT claim_id, other_claim_id FROM claim_matches").fetchall()
    assert pairs, "the seeds report the same fighting: they must match"
    assert not {(b, a) for a, b in pairs} & set(pairs)
    panel = _panel(seeded_desk)
    for a, b in pairs:
        assert b in [row[0] for row in panel[a]] and a in [row[0] for row in panel[b]]
    assert sum(map(len, panel.values())) == 2 * len(pairs)


def test_migration_17_folds_both_directions_into_one_and_keeps_verdicts(
    seeded_desk: Desk,
) -> None:
    path = seeded_desk.store.path
    claim = seeded_desk.claims(seeded_desk.articles()[0].id)[0].id
    seeded_desk.set_verdict(claim, "disputed")
    before = _panel(seeded_desk)
    conn = seeded_desk.store.conn
    stored = conn.execute("SELECT COUNT(*) FROM claim_matches").fetchone()[0]
    with seeded_desk.store.transaction():  # what a desk of schema 16 held: both directions
        conn.execute(
            f"INSERT INTO claim_matches {COLUMNS} SELECT other_claim_id, claim_id, label, "
            "similarity, reason FROM claim_matches"
        )
        conn.execute("PRAGMA user_version = 16")
    assert conn.execute("SELECT COUNT(*) FROM claim_matches").fetchone()[0] == 2 * stored
    seeded_desk.close()
    reopened = Desk.open(path, config=load_config())
    try:
        assert reopened.store.schema_version >= 17
        count = reopened.store.conn.execute("SELECT COUNT(*) FROM claim_matches").fetchone()[0]
        assert count == stored
        assert _panel(reopened) == before
        assert reopened.claim(claim).verdict == "disputed"
    finally:
        reopened.close()
