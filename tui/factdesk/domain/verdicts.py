"""The verdict registry: every verdict once, with everything the desk derives from it.

The key bindings, the symbols, the theme colour, the ClaimReview rating, the summary SQL, the
CLI's choices and the help all read ``REGISTRY``; a test checks each map covers every entry.
Adding a verdict: one ``Verdict`` here, its ``$verdict-NAME`` colour in ``ui/factdesk.tcss``,
and a migration, because the ``verdicts`` table CHECKs the stored word (a table rebuild;
never edit an old migration).

Verdicts are stored lower-case and accepted in any case. "unreviewed" is a filter word (no
verdict yet), never a stored verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Verdict:
    """One verdict and how every part of the desk shows it."""

    name: str
    """The stored word, lower case."""
    keys: str
    """Review-screen keys, comma-separated; the first is shown in the footer."""
    symbol: str
    """Shown beside the colour everywhere, so no meaning rests on colour alone."""
    rating_label: str
    """ClaimReview ``reviewRating.alternateName`` unless config.toml's [ratings] says otherwise."""
    rating_value: int | None
    """On the default 1..3 scale; None: published without a place on the scale."""

    @property
    def label(self) -> str:
        """The word a person reads (footer, help, palette)."""
        return self.name.capitalize()

    @property
    def colour(self) -> str:
        """The theme variable of its colour, declared in ``ui/factdesk.tcss``."""
        return f"$verdict-{self.name}"


REGISTRY: Final[tuple[Verdict, ...]] = (
    Verdict("corroborated", "1,c", "✓", "Corroborated", 3),
    Verdict("disputed", "2,d", "~", "Disputed", 2),
    Verdict("contradicted", "3,x", "✗", "Contradicted", 1),
    Verdict("unverifiable", "4,u", "?", "Unverifiable", None),
)
"""In the order the keys 1-4 give them."""

BY_NAME: Final[dict[str, Verdict]] = {verdict.name: verdict for verdict in REGISTRY}

CORROBORATED: Final = "corroborated"
DISPUTED: Final = "disputed"
CONTRADICTED: Final = "contradicted"
UNVERIFIABLE: Final = "unverifiable"
UNREVIEWED: Final = "unreviewed"
MERGE_CONFLICT: Final = "merge-conflict"
"""A filter word: claims where a merged colleague's verdict differs from ours (unsettled)."""
NEEDS_REVIEW: Final = "needs-review"
"""A filter word: claims of an article's older version whose review a re-import could not
carry to the new text (``ingest.carryover``), until a reviewer settles them."""

VERDICTS: Final[tuple[str, ...]] = tuple(verdict.name for verdict in REGISTRY)
"""The stored words, in the order the keys 1-4 give them."""
UNREVIEWED_SYMBOL: Final = "·"


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
    """Like ``parse_verdict`` but also accepts ``unreviewed``, ``merge-conflict`` and
    ``needs-review``."""
    normal = word.strip().lower()
    if normal in (UNREVIEWED, MERGE_CONFLICT, NEEDS_REVIEW):
        return normal
    try:
        return parse_verdict(normal)
    except VerdictError:
        raise VerdictError(
            f"unknown verdict {word!r}: use one of "
            f"{', '.join((*VERDICTS, UNREVIEWED, MERGE_CONFLICT, NEEDS_REVIEW))}"
        ) from None
