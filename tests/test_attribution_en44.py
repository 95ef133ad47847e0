"""English speakers on unseen text (issue 12, `en44`): a person's name right after a
capitalised title and right before "said", "says" or "told", which the parse lost ("Head of
Housing Services Anna Marlow said …": the name read as the object of the title's "of", no
entity found), speaks when the run before the verb ends on two or three words opening on a
given name. Every sentence is invented; the guards are a body named after a person, a saying
inside a clause of time, one word with no given name and a run with no given name (the tail of
a body's name the parse cut is test_attribution_engine's
test_a_trailing_name_the_parser_cut_names_no_speaker)."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

LOST_PARSE = """Letting costs climb

Head of Housing Services Anna Marlow said the waiting list had grown by a third.

The hostel opened in 2019, where Anna Freud Centre said 40 staff work.

Two wardens have left since May, when Anna Marlow said she would sell the block.

Rents are lower in the east, where Brightwater said a flat costs 900 pounds.

Head of Lettings Harlow Vale said the flats were full.
"""

ARTICLES = {"lost_parse": LOST_PARSE}

_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("Head of Housing Services", "Anna Marlow"),  # was no one's
        ("The hostel opened", None),  # as before: a body named after a person
        ("Two wardens have left", None),  # as before: the saying tells when
        ("Rents are lower", None),  # as before: one word, no given name
        ("Head of Lettings", None),  # as before: no given name before the last words
    ],
)
def test_en44_a_name_right_before_said_the_parse_lost_speaks(
    start: str, speaker: str | None
) -> None:
    claim = _claim("lost_parse", start)
    assert claim.speaker == speaker
