"""A denial told in its own words beside the claim it denies (prec30, issue 13): two claims of
one script that share a name, one denying and the other not, whose sentence vectors are close
(``match.DENIAL_MEANING``) conflict although their wording is far apart. Invented sentences in
English, Russian and Ukrainian; the cosine is given, as the index passes it."""

from __future__ import annotations

import pytest
from factdesk.corroborate.match import DENIAL_MEANING, label

PAIRS = [
    ("Ferries between Harwick and the island of Tarnby resumed on Monday morning after the "
     "storm, the operator Nordline said.",
     "Nordline denies that the Harwick crossing is running again: both of its ships are still "
     "moored with damaged ramps."),
    ("Паромы между Харвиком и островом Тарнби снова ходят после шторма, сообщила компания "
     "Nordline.",
     "В Nordline опровергли сообщения о возобновлении рейсов: оба судна стоят в порту Харвика "
     "с повреждёнными аппарелями."),
    ("Пороми між Гарвіком і островом Тарнбі знову курсують після шторму, повідомила компанія "
     "Nordline.",
     "У Nordline спростували повідомлення про відновлення рейсів: обидва судна стоять у порту "
     "Гарвіка з пошкодженими рампами."),
]  # fmt: skip


@pytest.mark.parametrize(("told", "denied"), PAIRS)
def test_a_denial_close_in_meaning_conflicts(facts, told: str, denied: str) -> None:
    a, b = facts(told), facts(denied)
    assert b.denies and not a.denies
    found = label(a, b, meaning=DENIAL_MEANING + 0.05)
    assert found is not None and found.label == "conflicts"
    assert found.reason == "one denies the other"


@pytest.mark.parametrize(("told", "denied"), PAIRS)
def test_a_denial_far_in_meaning_is_no_conflict(facts, told: str, denied: str) -> None:
    found = label(facts(told), facts(denied), meaning=DENIAL_MEANING - 0.15)
    assert found is None or found.label != "conflicts"


def test_a_denial_naming_nothing_the_other_names_is_no_conflict(facts) -> None:
    told = facts("Ferries between Harwick and the island of Tarnby resumed on Monday morning "
                 "after the storm, the operator Nordline said.")  # fmt: skip
    other = facts("The Dunmore bypass has not reopened to traffic since the landslide, the "
                  "county council said.")  # fmt: skip
    assert other.denies
    found = label(told, other, meaning=DENIAL_MEANING + 0.05)
    assert found is None or found.label != "conflicts"
