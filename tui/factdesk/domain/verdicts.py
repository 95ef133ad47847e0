"""The verdict vocabulary: four verdicts, stored lower-case, accepted in any case.

"unreviewed" is a filter word (no verdict yet), never a stored verdict.
"""

from __future__ import annotations

from typing import Final

CORROBORATED: Final = "corroborated"
DISPUTED: Final = "disputed"
CONTRADICTED: Final = "contradicted"
UNVERIFIABLE: Final = "unverifiable"
UNREVIEWED: Final = "unreviewed"
MERGE_CONFLICT: Final = "merge-conflict"
"""A filter word: claims where a merged colleague's verdict differs from ours (unsettled)."""

VERDICTS: Final[tuple[str, ...]] = (CORROBORATED, DISPUTED, CONTRADICTED, UNVERIFIABLE)
"""In the order the keys 1-4 give them."""


CONFIRMED: Final = "confirmed"
MISATTRIBUTED: Final = "misattributed"
ATTRIBUTION_CHECKS: Final[tuple[str, ...]] = (CONFIRMED, MISATTRIBUTED)
"""The optional attribution check: did the speaker say it? (None: not checked). Separate from
the verdict, which judges the content the speaker puts forward."""

ATTRIBUTION_WORDS: Final[dict[str | None, str]] = {
    CONFIRMED: "confirmed: they did say it",
    MISATTRIBUTED: "misattributed: they did not say it",
    None: "not checked",
}

CONTENT_NOTE: Final = (
    "The verdict judges the content (what is claimed), with the speaker as its claimant; "
    "whether the speaker said it is the separate attribution check."
)
"""Said in the claim detail, the README and every export."""


class VerdictError(ValueError):
    """A word that is not one of the four verdicts."""


def parse_attribution(word: str) -> str:
    """``confirmed`` or ``misattributed`` in any case; ``VerdictError`` names both."""
    normal = word.strip().lower()
    if normal in ATTRIBUTION_CHECKS:
        return normal
    raise VerdictError(
        f"unknown attribution check {word!r}: use one of {', '.join(ATTRIBUTION_CHECKS)}"
    )


def parse_verdict(word: str) -> str:
    """Normalise a verdict typed by a person or read from a file.

    Raises ``VerdictError`` with a message that lists the four accepted words, so the CLI can
    print it as it is.
    """
    normal = word.strip().lower()
    if normal in VERDICTS:
        return normal
    raise VerdictError(f"unknown verdict {word!r}: use one of {', '.join(VERDICTS)}")


def parse_verdict_filter(word: str) -> str:
    """Like ``parse_verdict`` but also accepts ``unreviewed`` and ``merge-conflict``."""
    normal = word.strip().lower()
    if normal in (UNREVIEWED, MERGE_CONFLICT):
        return normal
    try:
        return parse_verdict(normal)
    except VerdictError:
        raise VerdictError(
            f"unknown verdict {word!r}: use one of "
            f"{', '.join((*VERDICTS, UNREVIEWED, MERGE_CONFLICT))}"
        ) from None
