"""The reviewer's work beyond verdicts, notes and history (ClaimReview fields, evidence links,
name merges and splits) carries checksums too (``rowsum.OWN_WORK``, migration 21): a flipped
bit there passed every check, and the damaged text was what got published or grouped."""

from __future__ import annotations

import sqlite3

import pytest
from factdesk.desk.service import Desk
from factdesk.domain.publication import Publication
from factdesk.store.checksums import OWN_WORK_LABELS, full_check
from factdesk.store.rowsum import OWN_WORK, PUBLICATION_COLUMNS

DAMAGE = {
    "publication": (
        "UPDATE publication SET headline = replace(headline, 'e', 'f')",
        "publication: the ClaimReview of claim {claim} is damaged",
    ),
    "claim_links": (
        "UPDATE claim_links SET reviewer = upper(reviewer)",
        "claim_links: an evidence link of claim {claim} is damaged",
    ),
    "name_overrides": (
        "UPDATE name_overrides SET action = 'split' WHERE action = 'merge'",
        "name_overrides: the merge or split of the name {spelling} is damaged",
    ),
}


@pytest.fixture
def worked_desk(seeded_desk: Desk) -> tuple[Desk, dict[str, object]]:
    """A desk with one of each: ClaimReview fields, an evidence link, a merge of names."""
    first, second = seeded_desk.claims()[0], seeded_desk.claims()[-1]
    seeded_desk.set_publication(first.id, headline="The bridge never closed, records show")
    seeded_desk.link(first.id, second.id)
    places = [g.name for g in seeded_desk.names() if g.kind == "place"][:2]
    seeded_desk.merge_names(places)
    return seeded_desk, {"claim": first.id, "spelling": places[1]}


def test_the_reviewers_own_work_is_summed_as_written(worked_desk) -> None:
    desk, _ = worked_desk
    report = full_check(desk.store.conn)
    assert report.ok, report.problems
    for table in DAMAGE:
        assert report.checked[f"{table} rows"] >= 1


@pytest.mark.parametrize("table", list(DAMAGE))
def test_a_changed_row_of_the_reviewers_work_is_named(worked_desk, table: str) -> None:
    desk, keys = worked_desk
    path = desk.path
    desk.close()
    damage, line = DAMAGE[table]
    conn = sqlite3.connect(path)
    with conn:
        assert conn.execute(damage).rowcount >= 1
    try:
        assert line.format(**keys) in full_check(conn).problems
    finally:
        conn.close()


def test_every_claimreview_field_is_summed() -> None:
    """A new Publication field cannot go unsummed (a column added to ``publication`` takes a
    new migration that sums the rows again: migration 21 sums these columns as they are)."""
    summed = ("claim_id", *Publication.names(), "reviewer", "updated_at")
    assert summed == PUBLICATION_COLUMNS


def test_every_table_of_the_reviewers_work_names_its_rows() -> None:
    assert OWN_WORK_LABELS.keys() == OWN_WORK.keys()
