"""tools/fit_pairs.py reads a pair the same whichever claim comes first (invented sentences;
the cross-validation itself needs scikit-learn and runs only by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import fit_pairs  # noqa: E402


def test_a_pair_reads_the_same_both_ways(facts) -> None:
    a = facts("Ostrel Foods denied on Tuesday that it had cut 300 jobs at its Tarvel plant.")
    b = facts("Ostrel Foods cut 300 jobs at the Tarvel bakery on Tuesday, the union said.")
    forward = fit_pairs.features(a, b, 0.7, True)
    assert forward == fit_pairs.features(b, a, 0.7, True)
    assert forward[9] == 1.0  # one denies, the other does not
    assert forward[fit_pairs.FEATURE_COUNT - 4] == 1.0  # the figure both give: "shared"


def test_a_pair_sharing_nothing_has_no_shared_features(facts) -> None:
    a = facts("Ostrel Foods cut 300 jobs at its Tarvel plant on Tuesday.")
    b = facts("The Harlow flood killed 37 people in Ostmark on Monday, officials said.")
    found = fit_pairs.features(a, b, None, False)
    assert found[0] == 0.0 and found[3] == 0.0 and found[4] == 0.0  # meaning, names, figures
    assert len(found) == fit_pairs.FEATURE_COUNT
