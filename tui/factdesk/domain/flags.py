"""The flag registry: every flag a claim can carry, in the order claims list them.

Extraction computes the flags of a claim's own words (``extract.flags``), the desk adds
``single-source-name`` once it knows the other articles (``names.singlesource``), the score
weighs some of them (``score.combined``) and the suggestion reads one (``corroborate.suggest``):
all of them name flags from here, and a test checks nothing names a flag that is not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Flag:
    name: str
    description: str
    """What it tells the reviewer, in words."""
    desk_wide: bool = False
    """Set from the whole desk after import, not from the claim's own words."""


ANONYMOUS_SOURCE: Final = "anonymous-source"
UNATTRIBUTED: Final = "unattributed"
NUMBER: Final = "number"
DATE: Final = "date"
DATE_INCONSISTENT: Final = "date-inconsistent"
PRIVATE_INDIVIDUAL: Final = "private-individual"
DENIAL: Final = "denial"
HEDGED: Final = "hedged"
SINGLE_SOURCE_NAME: Final = "single-source-name"

REGISTRY: Final[tuple[Flag, ...]] = (
    Flag(ANONYMOUS_SOURCE, "the source is not named, or asked not to be"),
    Flag(UNATTRIBUTED, "a quote or a figure that nobody is named as giving"),
    Flag(NUMBER, "a number, count or amount to check"),
    Flag(DATE, "names a date"),
    Flag(DATE_INCONSISTENT, "a date that cannot be right, or later than the article's own"),
    Flag(PRIVATE_INDIVIDUAL, "a named person with no role a reviewer could look up"),
    Flag(DENIAL, "someone says a thing is not so"),
    Flag(HEDGED, "the writer keeps a distance: reportedly, allegedly, may"),
    Flag(SINGLE_SOURCE_NAME, "names something no other article in the desk mentions", True),
)
"""In the order a claim lists its flags."""

ORDER: Final[tuple[str, ...]] = tuple(flag.name for flag in REGISTRY)
FROM_WORDS: Final[tuple[str, ...]] = tuple(f.name for f in REGISTRY if not f.desk_wide)
"""The flags extraction computes from a claim's own words, in order."""
DESCRIPTIONS: Final[dict[str, str]] = {flag.name: flag.description for flag in REGISTRY}
