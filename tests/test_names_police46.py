"""A police force is an organisation and a short police rank no name, in the names view
(review44 A12, mend45's "still weak"). Invented names.

Before: in "DS Karen Willis of Harwick Police told the meeting …" the recogniser typed the
force a person and the names view (and ``factdesk names``) listed "Harwick Police" as a
person: names.mentions made a name of several words ending on a body's or a company's head
word an organisation, and had no police body head; and it listed "DS" (detective sergeant) as
a name of its own beside "Karen Willis"."""

from __future__ import annotations

import pytest
from factdesk.names.mentions import find_mentions


def kinds(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "DS Karen Willis of Harwick Police told the meeting that thefts had fallen by 12%.",
            "Harwick Police",
        ),
        (
            "Sergeant Mara Holt of the Lindow Constabulary said the road was closed.",
            "Lindow Constabulary",
        ),
        ("Harwick Police said a man had been arrested.", "Harwick Police"),
        ("Troopers from the Ohio State Highway Patrol were called.", "Ohio State Highway Patrol"),
    ],
)
def test_a_force_is_an_organisation(text: str, force: str) -> None:
    assert kinds(text).get(force) == "organisation", kinds(text)


def test_a_short_rank_before_a_name_is_no_name() -> None:
    found = kinds("DS Karen Willis of Harwick Police told the meeting that thefts had fallen.")
    assert "DS" not in found and found.get("Karen Willis") == "person", found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("DC Comics said the film would be released in May.", "DC Comics", "organisation"),
        ("PC Alan Petrie said the road was closed.", "Alan Petrie", "person"),
        ("Councillor Mara Holt said the police would return on Monday.", "Mara Holt", "person"),
    ],
)
def test_a_company_of_those_letters_and_a_person_stay(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind, kinds(text)
