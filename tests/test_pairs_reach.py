"""tools/pairs_census.py ``reach``: which labelled pairs the index compares at all, on a desk of
invented topics (no sentence of a labelled split)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import evaluate_pairs as ev  # noqa: E402
import pairs_census  # noqa: E402

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


def test_reach_counts_the_pairs_compared_and_why_the_others_are_not() -> None:
    topics = [STRIKE, FLOOD]
    desk = ev.Desk(ev.Indexer(), topics)
    counts = pairs_census.reach_counts(desk, ev.pairs_of(topics))["dev"]
    assert counts["same"] == 3 + 1 and counts["conflicts"] == 3
    # The two sentences naming the port (and the two naming the valley) share a name group.
    assert counts["same compared"] == 2
    # The headline naming neither is compared with neither: its cosine is under the floor.
    never = sum(counts[why] for why in pairs_census.REACH_WHY)
    assert never == counts["same"] - counts["same compared"] == 2
    assert counts["cosine under the floor"] == 2
    assert counts["judged same"] <= never
