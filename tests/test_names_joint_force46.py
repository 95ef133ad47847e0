"""A police force named after two areas joined by "and" is one organisation (mend46's "still
weak"). Invented sentences but for the shape of a force's name.

Before: in "Officers from Devon and Cornwall Police were called." the recogniser read a person
"Devon" and an organisation "Cornwall Police", and the names view listed both: a person who is
an area and a force cut short."""

from __future__ import annotations

import pytest
from factdesk.names.mentions import find_mentions


def kinds(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Officers from Devon and Cornwall Police were called.", "Devon and Cornwall Police"),
        ("Devon and Cornwall Police said a man was arrested.", "Devon and Cornwall Police"),
        (
            "Avon and Somerset Constabulary said the road was shut.",
            "Avon and Somerset Constabulary",
        ),
    ],
)
def test_a_force_of_two_areas_is_one_organisation(text: str, force: str) -> None:
    found = kinds(text)
    assert found.get(force) == "organisation", found
    assert "person" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("The FBI and Harwick Police searched the house.", "FBI"),  # a body of its own
        ("Sarah and Harwick Police met on Monday.", "Sarah"),  # a given name
        ("Mara Holt and Harwick Police met on Monday.", "Mara Holt"),  # a full name
    ],
)
def test_a_body_or_a_person_before_and_stays_its_own(text: str, own: str) -> None:
    found = kinds(text)
    assert own in found and found.get("Harwick Police") == "organisation", found


def test_no_force_no_join() -> None:
    """Only a force's name takes the area before "and" ("Devon and Cornwall Council" is not
    this rule's)."""
    assert "Devon and Cornwall Council" not in kinds("Devon and Cornwall Council agreed.")
