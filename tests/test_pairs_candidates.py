"""tools/pairs_census.py ``candidates`` and ``forward`` (match28's tables, README "Twenty-eighth
matching session"): the new candidate sources bring only pairs the index does not compare
today, and the forward decision is trained on earlier splits only. Invented topics and
invented feature rows: no sentence of a labelled split."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import evaluate_pairs as ev  # noqa: E402
import pairs_census  # noqa: E402

QUARRY = ev.Topic(
    "quarry",
    "dev",
    "2025-09-09",
    same=(
        "A blast at the Tollan quarry injured four workers on Thursday, the company said.",
        "Four people were hurt when explosives went off early at Tollan's quarry on Thursday.",
        "Rescue crews carried injured men from a pit after an explosion this week.",
    ),
    other=("Tollan said nobody was hurt at its quarry on Thursday.",),
    related=("The Tollan quarry supplies gravel for the new ring road.",),
)
ORCHARD = ev.Topic(
    "orchard",
    "dev",
    "2025-09-10",
    same=(
        "Hail destroyed half of the apple crop in the Merrow orchards on Wednesday.",
        "Growers in Merrow lost about half their apples to Wednesday's hailstorm.",
    ),
    other=(),
    related=("Merrow holds its cider fair every October.",),
)


@pytest.fixture(scope="module")
def desk() -> ev.Desk:
    return ev.Desk(ev.Indexer(), [QUARRY, ORCHARD])


def _facts(desk: ev.Desk) -> dict[int, object]:
    return {f.claim_id: f for f in desk.indexer.cache.values()}


def test_the_cosine_source_brings_only_pairs_not_compared_today(desk: ev.Desk) -> None:
    pairs = ev.pairs_of([QUARRY, ORCHARD])
    facts = _facts(desk)
    found, per_claim = pairs_census.cosine_candidates(desk, [QUARRY, ORCHARD], pairs, -1.0, 45)
    assert found  # with no floor, every claim of the probed bins is a neighbour
    for cand in found:
        a, b = (facts[cid] for cid in cand.claims)
        assert not desk.compared(a, b)  # type: ignore[arg-type]
        assert cand.label in ("same", "conflicts", "related", "unrelated", "cross")
        assert len(cand.features) == len(found[0].features)
    assert len({frozenset(c.claims) for c in found}) == len(found)  # each pair once
    assert sum(per_claim.values()) >= len(found)
    # The line naming neither the quarry nor the day is never compared today (its cosine is
    # under the floor): the wide source brings it to the other `same` lines of its story.
    assert any(c.label == "same" for c in found)
    assert pairs_census.cosine_candidates(desk, [QUARRY, ORCHARD], pairs, 2.0, 45)[0] == []


def test_the_rare_word_source_brings_pairs_sharing_a_rare_word(desk: ev.Desk) -> None:
    pairs = ev.pairs_of([QUARRY, ORCHARD])
    facts = _facts(desk)
    found, _ = pairs_census.rare_candidates(desk, [QUARRY, ORCHARD], pairs, 40)
    for cand in found:
        a, b = (facts[cid] for cid in cand.claims)
        assert a.words & b.words  # type: ignore[attr-defined]
        assert not desk.compared(a, b)  # type: ignore[arg-type]
    assert pairs_census.rare_candidates(desk, [QUARRY, ORCHARD], pairs, 0)[0] == []


def _row(label: str, split: str, signal: float, topic: str) -> pairs_census.Candidate:
    return pairs_census.Candidate(
        label, (0, 0), (split, split), topic, (False, False), "", (signal, 1.0 - signal)
    )


def test_forward_trains_on_the_splits_written_before_the_one_it_scores(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ev, "SPLITS", ("early", "middle", "late"))
    rows = []
    for split in ("early", "middle"):  # `same` where the signal is high
        for i in range(40):
            high = i % 4 == 0
            rows.append(_row("same" if high else "cross", split, 0.9 if high else 0.1, f"t{i}"))
    # The split scored has the signal the other way round: a decision that had read it would
    # call its low-signal rows; one trained before it calls its high-signal (wrong) rows.
    late = [_row("cross", "late", 0.9, f"l{i}") for i in range(3)]
    late += [_row("same", "late", 0.1, f"m{i}") for i in range(3)]
    right, wrong = pairs_census.forward(rows + late, ("late",), 0.9)
    assert (right, wrong) == (0, 3)
    assert "late" in capsys.readouterr().out
    # The first split has nothing before it: no operating point, nothing called.
    assert pairs_census.forward(rows + late, ("early",), 0.9) == (0, 0)


def test_the_new_subcommands_refuse_the_validation_split(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ev, "VALIDATION", ("heldout5",))
    assert pairs_census.main(["forward", "--test", "heldout5"]) == 2
    assert pairs_census.main(["candidates", "--split", "heldout5"]) == 2
    assert "validation" in capsys.readouterr().err
