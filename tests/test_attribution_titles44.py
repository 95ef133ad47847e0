"""Titles written short (review43 C): a councillor's "Cllr" and a police officer's rank ("DS",
"DCI", "PC") are an office the person holds, never part of the name, and what makes the
speaker checkable, never a private individual. The same letters open bodies' names ("DC
Comics", "PC World"), which keep them. Every sentence is invented."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

HARBOUR = """Harbour wall approved

Cllr Maria Dostan said the new harbour wall at Brenmouth would cost about 4 million pounds.

DS Alan Petrie said two men had been arrested after a break-in at the boatyard on Friday.

Cllr Dostan added that the work would start in the spring.

"We will not let this go," said DS Petrie.

DCI Tom Hale said 12 officers had searched the quay. PC Lena Marsh said three boats were lost.

The plan was backed by Cr Ann Boyd, who said 40 homes would be spared from flooding.
"""

FIRMS = """Results round-up

DC Comics said the new film would open in 3,000 cinemas next month.

The packaging group DS Smith said 500 jobs would go at its three mills.
"""

ARTICLES = {"harbour": HARBOUR, "firms": FIRMS}

_claim = claim_finder(ARTICLES)


@pytest.mark.parametrize(
    ("article", "start", "speaker"),
    [
        ("harbour", "Cllr Maria Dostan said", "Maria Dostan"),  # was "Cllr Maria Dostan"
        ("harbour", "DS Alan Petrie said", "Alan Petrie"),  # was "DS Alan Petrie"
        ("harbour", "Cllr Dostan added", "Maria Dostan"),  # was "Cllr Dostan"
        ("harbour", '"We will not let this go,"', "Alan Petrie"),  # was "DS Petrie"
        ("harbour", "DCI Tom Hale said", "Tom Hale"),
        ("harbour", "PC Lena Marsh said", "Lena Marsh"),
        ("harbour", "The plan was backed by Cr Ann Boyd", "Ann Boyd"),
    ],
)
def test_a_short_title_is_an_office_not_part_of_the_name(
    article: str, start: str, speaker: str
) -> None:
    claim = _claim(article, start)
    assert (claim.speaker, claim.speaker_type) == (speaker, "person")
    assert "private-individual" not in claim.flags  # a councillor, an officer: checkable


@pytest.mark.parametrize(
    ("start", "speaker"),
    [  # a body's name keeps its letters; no person of the article is called Smith
        ("DC Comics said", "DC Comics"),
        ("The packaging group DS Smith said", "DS Smith"),
    ],
)
def test_the_same_letters_opening_a_bodys_name_stay(start: str, speaker: str) -> None:
    assert _claim("firms", start).speaker == speaker
