"""Whether the sentence after a point opens on "He" or "She" as a verb's subject.

Why: the entity recogniser reads an unfamiliar person's name ("Torvald Renck said …") as an
organisation's now and then, and no list of given names can know every name. News takes a
person just quoted up as "He added …" or "She said …" in the very next sentence; a body is
"it" or "they". The name extraction (``names.mentions``) and the speaker reader
(``extract.attribution``) both ask this of the sentence a name speaks in, and both ask first
whether the name has a person's shape (``person_shaped``, one home: the two copies ux28 wrote
drifted, and the speaker reader's let a company's name through) and whether the sentence
already speaks of someone in the third person (``THIRD_PERSON_PRONOUNS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdesk.lexicon.english import (
    BODY_HEADS,
    COMPANY_HEADS,
    LANDMARK_HEADS,
    OUTLET_HEADS,
    PLACE_HEADS,
    THIRD_PERSON_PRONOUNS,
    VENUE_HEADS,
)

__all__ = ["THIRD_PERSON_PRONOUNS", "person_shaped", "taken_up_as_he_or_she"]

NOT_A_PERSONS_WORD = (
    BODY_HEADS | COMPANY_HEADS | OUTLET_HEADS | PLACE_HEADS | LANDMARK_HEADS | VENUE_HEADS
)
"""Words of a body's, a company's, an outlet's, a place's or a venue's name and no person's:
"Harrow Ports" or "Kestrel Point" speaking, then "She said", is the company and its
spokeswoman, never a person called so."""


def person_shaped(words: Sequence[str]) -> bool:
    """Whether a name's words have a person's shape: two or three capitalised words, none in
    capitals ("BRT") nor a word of a body's, company's, outlet's, place's or venue's name
    (``NOT_A_PERSONS_WORD``: "Torvald Renck", not "Renck Ports", "Dunmore Energy" nor "Kestrel
    Point"). A hyphen or an apostrophe inside a word is a name's ("Ní Bhriain-Holt")."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper()
        and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
        and not w.isupper()
        and w not in NOT_A_PERSONS_WORD
        for w in words
    )


_NEXT_OPENS_ON_HE_OR_SHE = re.compile(
    r"[.!?…]?[\"”’»)]*[ \t]*(?:\r?\n[ \t]*){0,2}[\"“‘«]?(?:He|She)[ \t]+[a-z]"
)
"""What may lie between a sentence's end and the next one's "He"/"She" and its lower-case
verb: the full stop and closing quotes, spaces, one paragraph break; an opening quote."""


def taken_up_as_he_or_she(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` (before or after its full stop) is followed by
    one opening on "He" or "She" and a lower-case word ("He added", "She said"): the
    pronoun a person is taken up by, never a body."""
    return _NEXT_OPENS_ON_HE_OR_SHE.match(text, end) is not None
