"""The judge's per-claim shortcuts answer as the per-pair forms they replaced (issue 15).

Each figure test ``_a_total`` made for every pair (parse both claims' figures, add every two
of one, look for the sum among the other's) is answered from sums and totals each claim
makes once (``ClaimFacts.sums``, ``count_sums``, ``bigs``, ``wholes``): checked against the
plain form on figure sets built from the pieces where the two could part (a percentage or a
measure among the figures, repeated values, decimals, totals under and over 100), and on a
pair each must find and one each must refuse.
"""

from __future__ import annotations

from conftest import examples
from factdesk.corroborate.match import (
    ClaimFacts,
    _a_large_total,
    _a_total,
    _bigs,
    _summed,
    _wholes,
)
from hypothesis import given, settings
from hypothesis import strategies as st

_VALUES = st.frozensets(
    st.sampled_from(
        ["2", "3", "5", "16", "40", "60", "100", "116", "281", "297", "0.5", "1.5", "2.0",
         "99.5", "200", "80%", "20%", "0.092m", "nan", "1e3", "1000"]
    ),
    max_size=5,
)  # fmt: skip


@settings(max_examples=examples(400), deadline=None)
@given(_VALUES, _VALUES)
def test_sums_answer_as_a_total(parts: frozenset[str], totals: frozenset[str]) -> None:
    """``figure_terms``' and ``_other_figures``' tests from the kept sums, as ``_a_total``."""
    assert (not _summed(parts).isdisjoint(_bigs(totals))) == _a_large_total(parts, totals)
    assert (not _summed(parts).isdisjoint(_wholes(totals))) == _a_total(parts, totals)


def test_sums_find_a_total_told_with_its_parts() -> None:
    """Two figures of one claim adding up to one of the other's: found both ways."""
    parts = frozenset({"281", "16"})
    assert not _summed(parts).isdisjoint(_bigs(frozenset({"297"})))
    assert not _summed(parts).isdisjoint(_wholes(frozenset({"297", "9"})))


def test_sums_refuse_what_a_total_refuses() -> None:
    """No total: one figure, a percentage among the parts, a small total for the large test,
    a total that is no number, or no sum among the totals."""
    assert _summed(frozenset({"297"})) == frozenset()
    assert _summed(frozenset({"281", "16", "80%"})) == frozenset()
    assert _summed(frozenset({"2", "3"})).isdisjoint(_bigs(frozenset({"5"})))
    assert _summed(frozenset({"2", "3"})).isdisjoint(_wholes(frozenset({"5", "0.092m"})))
    assert _summed(frozenset({"281", "16"})).isdisjoint(_wholes(frozenset({"296"})))


def test_facts_keep_their_sums() -> None:
    """A claim's facts carry the sums and totals of its own figures."""
    facts = ClaimFacts(1, 1, "281 passengers and 16 crew", (), numbers=("281", "16"))
    assert facts.sums == facts.count_sums == frozenset({297.0})
    assert facts.bigs == frozenset({281.0}) and facts.wholes == frozenset({281.0, 16.0})
    bare = ClaimFacts(2, 1, "no figure", ())
    assert not (bare.sums or bare.count_sums or bare.bigs or bare.wholes)
