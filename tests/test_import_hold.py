"""The import works out an article's claim facts before its write transaction, and the turn is
held for the writes and the matching (review34 item 2, issue 15): the facts the transaction
uses are the ones it would have computed, whatever the name book guessed beforehand.

review34 measured a 2.13 s hold for a 62 KB article of which SQL was 0.15 s; claim_facts alone
was 0.65 s of it (1.73 s of a 300 KB article's 5.3 s here). The article below is invented.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from desk_template import fill_with_seeds
from factdesk.corroborate import index
from factdesk.desk.service import Desk
from factdesk.names.groups import NameBook
from factdesk.settings.config import load_config
from factdesk.store.db import holds_write_turn

ARTICLE = (
    "Tannery site sold to housing group\n\n"
    "By P. Okafor, Wexmoor Courier, 12 May 2024\n\n"
    "The Brindle Housing Trust said on Tuesday that it had bought the old Ossery tannery for "
    "£4.2 million and would build 180 homes there by 2027. Maren Olsted, the trust's chief "
    "executive, said the first 60 homes would go to local families. Olsted added that the "
    "chimney would stay. Wexmoor council said it had not yet received a planning application, "
    "and denied that it had promised the trust a grant.\n"
)


def _import(desk: Desk, tmp_path: Path) -> int:
    path = tmp_path / "tannery.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = desk.import_paths([path])
    assert not report.failed, report.summary()
    return desk.article_count()


def _index_rows(desk: Desk) -> list[tuple]:
    """The article's claims' index rows and origins, by claim position (ids aside)."""
    conn = sqlite3.connect(f"file:{desk.path}?mode=ro", uri=True)
    try:
        return conn.execute(
            """SELECT c.start, i.norm, i.anchors, i.facts, o.origin, o.origin_key
               FROM claims c JOIN claim_index i ON i.claim_id = c.id
               LEFT JOIN claim_origins o ON o.claim_id = c.id
               WHERE c.article_id = (SELECT MAX(id) FROM articles) ORDER BY c.start"""
        ).fetchall()
    finally:
        conn.close()


def _facts_made_under_turn(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """A list that gets, for each claim's facts worked out from now on, whether the desk's
    write turn was held while they were."""
    inside: list[bool] = []
    claim_facts = index.claim_facts

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        inside.append(holds_write_turn())
        return claim_facts(*args, **kwargs)

    monkeypatch.setattr(index, "claim_facts", counted)
    return inside


def test_claim_facts_are_worked_out_before_the_write_turn(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside = _facts_made_under_turn(monkeypatch)
    _import(seeded_desk, tmp_path)
    assert inside, "the article's claims were indexed"
    assert not any(inside)  # every claim's facts made before the transaction


def test_a_wrong_guess_of_the_groups_costs_work_never_a_different_answer(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    _import(seeded_desk, tmp_path / "a")
    right = _index_rows(seeded_desk)
    assert any("trust" in norm for _, norm, *_ in right)
    # a second desk of the same seeds, every group guessed wrong before the transaction
    other = fill_with_seeds(Desk.open(tmp_path / "other.db", config=load_config()))
    monkeypatch.setattr(NameBook, "guess_article", lambda self, found: ["nobody"] * len(found))
    inside = _facts_made_under_turn(monkeypatch)
    (tmp_path / "b").mkdir()
    try:
        _import(other, tmp_path / "b")
        assert any(inside)  # the guesses missed: worked out again under the turn
        assert _index_rows(other) == right
    finally:
        other.close()
