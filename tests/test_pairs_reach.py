"""tools/pairs_census.py ``reach`` (which labelled pairs the index compares at all), ``missed``
and ``refusal`` (pairs40), on a desk of invented topics (no sentence of a labelled split)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import evaluate_pairs as ev  # noqa: E402
import pairs_census  # noqa: E402
from factdesk.corroborate import match  # noqa: E402

STRIKE = ev.Topic(
    "strike",
    "dev",
    "2025-03-12",
    same=(
        "Dockers at Varnel Ports ended their nine-day strike on Tuesday after a pay deal.",
        "The strike at Varnel Ports is over: dockers accepted the pay offer on Tuesday.",
        "Ships are moving again along the quays as the walkout comes to an end.",
    ),
    other=("Профспілка Варнел Портс заявила, що страйк докерів триватиме й далі.",),
    related=("Varnel Ports handled a record tonnage of grain last year.",),
)
FLOOD = ev.Topic(
    "flood",
    "dev",
    "2025-03-11",
    same=(
        "Floods in the Ostrava valley have killed 14 people since Sunday, officials said.",
        "Officials in the Ostrava valley put the flood death toll at 14.",
    ),
    other=(),
    related=(),
)


@pytest.fixture(scope="module")
def desk() -> ev.Desk:
    return ev.Desk(ev.Indexer(), [STRIKE, FLOOD])


def test_reach_counts_the_pairs_compared_and_why_the_others_are_not(desk: ev.Desk) -> None:
    counts = pairs_census.reach_counts(desk, ev.pairs_of([STRIKE, FLOOD]))["dev"]
    assert counts["same"] == 3 + 1 and counts["conflicts"] == 3
    # The two sentences naming the port (and the two naming the valley) share a name group.
    assert counts["same compared"] == 2
    # The headline naming neither is compared with neither: its cosine is under the floor.
    never = sum(counts[why] for why in pairs_census.REACH_WHY)
    assert never == counts["same"] - counts["same compared"] == 2
    assert counts["cosine under the floor"] == 2
    assert counts["judged same"] <= never


def test_missed_pools_every_missed_same_pair_by_its_class(desk: ev.Desk) -> None:
    pairs = ev.pairs_of([STRIKE, FLOOD])
    pooled, recent, found = pairs_census.missed_counts(desk, pairs)
    assert found + sum(pooled.values()) == sum(p.label == "same" for p in pairs) == 4
    # The headline naming neither the port nor the valley is never compared (classify's class).
    assert pooled["never compared: cosine under the floor (0.0-0.1) [Latin]"] >= 1
    assert sum(recent.values()) == 0  # no pair of the freshest tuning splits here


def test_refusal_names_the_test_that_kept_a_pair_from_same(desk: ev.Desk) -> None:
    def facts(text: str) -> match.ClaimFacts:
        return desk.indexer.facts(text, "2025-03-11")

    toll = facts("Floods in the Ostrava valley have killed 14 people, officials said.")
    other = facts("Floods in the Ostrava valley have killed 20 people, officials said.")
    assert pairs_census.refusal(toll, other, 0.9) == "figures apart"
    told = facts("The Ostrava valley flood warning stays in force until Friday.")
    assert pairs_census.refusal(toll, told, 0.1).startswith("meaning score 0.5+ short")
    # A denial on one side only is never an open pair for a second-stage `same`.
    denied = facts("Officials denied that floods in the Ostrava valley killed 14 people.")
    assert pairs_census.open_pair(toll, told, None)
    assert not pairs_census.open_pair(toll, denied, None)
