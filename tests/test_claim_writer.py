"""One claim writer: a span added by hand is stored exactly as extraction stores it.

Regression: hand-added claims used to skip the desk-wide ``single-source-name`` flag, store
``names = '[]'`` and ignore the article's date (so no ``date-inconsistent``). Two invented
articles: one name (the depot's town) only the first mentions, one person both mention.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.desk.service import Desk

FIRST = """Depot hit near Zorvale

14 March 2026

Colonel Ivan Petrenko said on 12 March 2026 that 40 drones hit the fuel depot at Zorvale.

The regional governor, Olena Marchuk, told reporters that 300 residents were evacuated.

Officials said the same depot was struck on 20 April 2026, according to the ministry.
"""
SECOND = """Evacuations continue

15 March 2026

Olena Marchuk, the regional governor, said 300 residents had been evacuated from the area.
"""


@pytest.fixture
def two_articles(desk: Desk, tmp_path: Path) -> Desk:
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = desk.import_paths([tmp_path / "first.txt", tmp_path / "second.txt"])
    assert report.count("imported") == 2
    return desk


def stored(desk: Desk, claim_id: int) -> tuple:
    """What the claims table holds for a claim, minus its identity and provenance."""
    row = desk.store.conn.execute(
        'SELECT start, "end", text, kind, speaker, sourcing, score, score_reasons, flags, '
        "paragraph, names FROM claims WHERE id = ?",
        [claim_id],
    ).fetchone()
    return (*row[:7], json.loads(row[7]), json.loads(row[8]), row[9], json.loads(row[10]))


def test_a_hand_added_span_is_stored_as_extraction_stores_it(two_articles: Desk) -> None:
    desk = two_articles
    extracted = desk.claims()
    assert len(extracted) >= 3
    for claim in extracted:
        added = desk.add_claim(claim.article_id, claim.start, claim.end)
        assert added.provenance == "manual" and claim.provenance == "auto"
        assert stored(desk, added.id) == stored(desk, claim.id), claim.text


def test_the_single_source_name_flag_and_names_of_a_hand_added_claim(two_articles: Desk) -> None:
    desk = two_articles
    depot = next(c for c in desk.claims() if "Zorvale" in c.text)
    added = desk.add_claim(depot.article_id, depot.start, depot.end)
    assert "single-source-name" in added.flags and "date" in added.flags
    assert "Zorvale" in stored(desk, added.id)[-1]
    shared = next(c for c in desk.claims(depot.article_id) if "Marchuk" in c.text)
    again = desk.add_claim(shared.article_id, shared.start, shared.end)
    assert "single-source-name" not in again.flags  # the second article names her too
    assert stored(desk, again.id)[-1] == ["Olena Marchuk"]


def test_a_hand_added_claim_is_checked_against_the_article_date(two_articles: Desk) -> None:
    desk = two_articles
    struck = next(c for c in desk.claims() if "April" in c.text)
    assert "date-inconsistent" in struck.flags
    added = desk.add_claim(struck.article_id, struck.start, struck.end)
    assert "date-inconsistent" in added.flags
