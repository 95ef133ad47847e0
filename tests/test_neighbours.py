"""Candidates by meaning (``corroborate.neighbours``): the nearest sentences about nearby days,
a bounded lookup, and at most ``related`` for a pair sharing no name and no figure."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from factdesk.corroborate import match, neighbours, semantic
from factdesk.corroborate.neighbours import Neighbours, probed_bins, time_bin
from factdesk.extract.timespan import TimeSpan


def _day(iso: str, source: str = "explicit") -> TimeSpan:
    return TimeSpan(iso, iso, "day", source)


def _unit(*values: float) -> np.ndarray:
    vector = np.zeros(8, np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def test_a_claim_is_filed_by_the_last_day_it_is_about() -> None:
    article = TimeSpan("2026-05-04", "2026-06-03", "month", "article")
    reported = time_bin(_day("2026-06-03"))
    assert time_bin(article) == reported  # an undated claim sits at its article's date
    assert time_bin(TimeSpan("2022-01-01", "2022-12-31", "year", "explicit")) is None
    assert time_bin(None) is None  # no time at all: nowhere to look
    assert time_bin(TimeSpan("--11-20", "--11-20", "day", "explicit")) != time_bin(
        _day("2025-11-20")
    )  # a day with no year is only compared with such days
    assert time_bin(TimeSpan("2026-13-01", "2026-13-01", "day", "explicit")) is None


def test_claims_a_few_days_apart_meet_and_a_month_apart_do_not() -> None:
    place = time_bin(_day("2026-03-18"))
    assert place is not None
    near = [time_bin(_day(d)) for d in ("2026-03-16", "2026-03-18", "2026-03-20")]
    assert all(bin_ in probed_bins(place) for bin_ in near)
    assert time_bin(_day("2026-04-18")) not in probed_bins(place)
    assert len(probed_bins(place)) == neighbours.PROBE_BINS


def test_nearest_gives_the_closest_of_other_articles_above_the_floor() -> None:
    found = Neighbours()
    when = _day("2026-03-18")
    found.add(1, 10, _unit(1, 0.1), when)  # close
    found.add(2, 10, _unit(1, 0.5), when)  # less close
    found.add(3, 11, _unit(0, 1), when)  # orthogonal: under the floor
    found.add(4, 12, _unit(1, 0.1), _day("2026-05-01"))  # close, but weeks later
    found.add(5, 13, _unit(1), when)  # the query's own article
    assert [c for c, _ in found.nearest(_unit(1), 13, when)] == [1, 2]
    vague = TimeSpan("2020-01-01", "2026-12-31", "year", "explicit")
    assert found.nearest(_unit(1), 13, vague) == []  # no particular time: none
    assert found.nearest(None, 13, when) == []


def test_nearest_keeps_the_best_and_each_bin_its_newest_rows(monkeypatch) -> None:
    monkeypatch.setattr(neighbours, "BIN_ROWS", 16)
    found = Neighbours()
    when = _day("2026-03-18")
    for claim_id in range(40):  # claim 39 is newest and the closest
        found.add(claim_id, claim_id, _unit(1, 1 - claim_id / 40), when)
    (only,) = found.bins.values()
    assert only.size == 16 and sorted(only.claims.tolist()) == list(range(24, 40))
    near = found.nearest(_unit(1), -1, when)
    assert [c for c, _ in near] == list(range(39, 39 - neighbours.WIDTH, -1))
    assert all(a >= b for (_, a), (_, b) in itertools.pairwise(near))


@pytest.mark.skipif(not semantic.available(), reason="needs the WordLlama package")
def test_a_paraphrase_sharing_no_name_is_found_and_stays_related(facts) -> None:
    first = facts(
        "Firefighters in Tarnowo put out a blaze at the sawmill on Tuesday.", "2026-03-18"
    )
    other = facts("Firefighters put out a fire at a sawmill in the town on Tuesday.", "2026-03-19")
    away = facts("The striker scored twice in the second half on Tuesday.", "2026-03-18")
    for one, blob in zip((first, other, away), semantic.embed([f"{x}" for x in (
        "Firefighters in Tarnowo put out a blaze at the sawmill on Tuesday.",
        "Firefighters put out a fire at a sawmill in the town on Tuesday.",
        "The striker scored twice in the second half on Tuesday.",
    )]), strict=True):  # fmt: skip
        one.vector = semantic.decode(blob)
    assert not first.anchor_set & other.anchor_set  # the blocking would never compare them
    index = match.MatchIndex()
    index.add(first)
    index.add(away)
    found = index.match(other)
    assert [(m.other_claim_id, m.label) for m in found] == [(first.claim_id, "related")]
    assert found[0].reason.startswith("close in meaning")


def test_a_pair_found_by_meaning_alone_is_never_same_or_conflicting(facts) -> None:
    a = facts("The dock workers walked out at the container terminal on Monday.", "2026-03-16")
    b = facts("The dock workers walked out at the container terminal on Monday, a union said.",
              "2026-03-16")  # fmt: skip
    a.vector = b.vector = _unit(1)
    assert not a.anchor_set & b.anchor_set
    assert match.label(a, b, None, 1.0).label == "same"  # words alone would say same
    capped = match.label_by_meaning(a, b, 1.0)
    assert capped is not None and capped.label == "related"
    c = facts(
        "The dock workers did not walk out at the container terminal on Monday.", "2026-03-16"
    )
    c.vector = _unit(1)
    assert match.label(a, c, None, 1.0).label == "conflicts"
    assert match.label_by_meaning(a, c, 1.0).label == "related"


def test_a_claim_sharing_a_name_is_left_to_the_blocking(facts) -> None:
    a = facts("Firefighters in Tarnowo put out a blaze at the sawmill on Tuesday.", "2026-03-18")
    b = facts(
        "A blaze at the Tarnowo sawmill was put out by firefighters on Tuesday.", "2026-03-18"
    )
    c = facts("Firefighters put out a blaze at the sawmill on Tuesday.", "2026-03-18")
    index = match.MatchIndex()
    for one in (a, b):
        one.vector = _unit(1, 0.2)
        index.add(one)
    c.vector = _unit(1, 0.1)
    assert [o.claim_id for o, _ in index.by_meaning(c)] == [a.claim_id, b.claim_id]
    assert index.by_meaning(b) == [] and index.by_meaning(a) == []  # they share "Tarnowo"
