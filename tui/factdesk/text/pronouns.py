"""Whether the sentence after a point opens on "He" or "She" as a verb's subject.

Why: the entity recogniser reads an unfamiliar person's name ("Torvald Renck said …") as an
organisation's now and then, and no list of given names can know every name. News takes a
person just quoted up as "He added …" or "She said …" in the very next sentence; a body is
"it" or "they". The name extraction (``names.mentions``) and the speaker reader
(``extract.attribution``) both ask this of the sentence a name speaks in, with their own
guards (a name's shape, no other person in the sentence).
"""

from __future__ import annotations

import re

__all__ = ["taken_up_as_he_or_she"]

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
