"""Whom a claim is attributed to, so copies of one statement count as one origin.

Many articles repeat one wire story or interview: four articles quoting one general's report
are one origin, not four. The origin is read from the claim's attribution, the one the engine
(``attribution``) gave it or a reviewer set by hand, never from a second set of rules: the
speaker when it is named, an unnamed source of this article when it is anonymous (it cannot
be told apart from another article's unnamed source, so it is never merged with one), the
outlet the words came through when nobody else is named, else the article itself.
``Origin.key`` is what independence is judged by: the name group of the speaker or outlet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Origin:
    who: str | None
    """The person or body the claim is attributed to, as written."""
    via: str | None
    """The outlet or medium it reached the article through (TASS, an interview)."""
    key: str
    """Claims with the same key share one origin."""
    cue: str
    """Why: "speaker", "anonymous", "via" or "" (the article itself)."""

    def describe(self) -> str:
        if self.who and self.via:
            return f"{self.who} via {self.via}"
        return self.who or self.via or "the article itself"


KeyOf = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Attributed:
    """The attribution fields a claim stores (extracted or corrected by a reviewer)."""

    speaker: str | None
    sourcing: str
    affiliation: str | None = None
    via: str | None = None


def origin_of(claim: Attributed, key_of: KeyOf, *, article_id: int) -> Origin:
    """The origin of one claim from its attribution."""
    if claim.sourcing == "anonymous":
        who = "an unnamed source"
        if claim.affiliation:
            who = f"{who} ({claim.affiliation})"
        return Origin(who, claim.via, f"anonymous:{article_id}", "anonymous")
    if claim.sourcing == "named" and claim.speaker:
        return Origin(claim.speaker, claim.via, key_of(claim.speaker), "speaker")
    if claim.via:
        return Origin(None, claim.via, key_of(claim.via), "via")
    return Origin(None, None, f"article:{article_id}", "")


def describe_count(articles: int, origins: int) -> str:
    """ "in 4 articles, 1 independent origin" """
    return (
        f"in {articles} article{'s' * (articles != 1)}, "
        f"{origins} independent origin{'s' * (origins != 1)}"
    )
