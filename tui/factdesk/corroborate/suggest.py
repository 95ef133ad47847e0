"""A suggested verdict with its reason: shown beside the verdict keys, never applied on its own.

The verdict judges the claim's content (what the speaker puts forward), so the suggestion
follows fact-checking practice, not a vote. The first rule that applies wins:

1. evidence on the desk: a claim the reviewer marked corroborated, or one linked to this claim
   as evidence, that says the opposite → contradicted; that says the same → corroborated
   (one the reviewer marked contradicted that says the same → contradicted);
2. conflicting accounts from an independent origin, with no evidence either way → disputed
   ("two parties disagree"), however many origins each side has: another party's denial is
   an account, not evidence, so it never makes a claim contradicted;
3. agreement from at least two independent origins and no conflict → corroborated;
4. only anonymous sources, or a private individual no other source names → unverifiable;
5. else nothing. Copies of one origin (four articles repeating one report) count once, and a
   conflict from the claim's own origin is no conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factdesk.corroborate.index import Related
from factdesk.domain.flags import PRIVATE_INDIVIDUAL
from factdesk.text.counts import counted

UNCHECKABLE_SOURCING = ("anonymous", "private", "unnamed", "private individual")
PRIVATE_FLAG = PRIVATE_INDIVIDUAL


@dataclass(frozen=True, slots=True)
class Suggestion:
    verdict: str | None
    """corroborated, disputed, contradicted, unverifiable, or None (nothing to suggest)."""
    reason: str
    """Why, as one short sentence a checker reads at a glance, beside the verdict it explains
    ("1 origin says this in 2 articles; 5 other origins say otherwise: B, C, D …"). The panel,
    ``v``'s notice and the CLI all show this one string, lower case and with no full stop as
    the app's other messages: the reason was a stack of clauses ("in 1 article, 1 independent
    origin: two parties disagree: 5 other origins against …"), and the panel cut it
    differently from the CLI."""
    articles: int
    origins: int


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """What the rules need to know of the claim itself."""

    article_id: int
    origin_key: str
    sourcing: str = "none"
    flags: tuple[str, ...] = ()
    speaker_named_elsewhere: bool = False
    """Whether another article of the desk names the claim's speaker."""


def _says(count: int, noun: str = "origin") -> str:
    """``1 origin says`` / ``2 origins say``: the verb agrees with the count."""
    return f"{counted(count, noun)} {'says' if count == 1 else 'say'}"


def _in_articles(articles: int) -> str:
    """`` in 3 articles`` after "1 origin says this" when there is more than the claim's own
    article; no brackets, so the CLI and ``v``'s notice can put the reason in theirs."""
    return f" in {counted(articles, 'article')}" if articles > 1 else ""


def _is_evidence(r: Related) -> bool:
    return r.linked or r.verdict in ("corroborated", "contradicted")


def _evidence_rule(related: Sequence[Related], own_key: str) -> tuple[str, str] | None:
    """Rule 1: what the desk's own evidence says, conflicts first. A linked copy of the
    claim's own origin is the same statement again, not evidence for it."""
    for r in related:
        if not _is_evidence(r) or r.label not in ("same", "conflicts"):
            continue
        what = _evidence_name(r)
        if r.label == "conflicts" and (r.linked or r.verdict == "corroborated"):
            return "contradicted", f"it conflicts with {what}: {r.reason}"
    for r in related:
        if not _is_evidence(r) or r.label != "same":
            continue
        if r.origin_key == own_key and r.verdict not in ("corroborated", "contradicted"):
            continue
        what = _evidence_name(r)
        if r.verdict == "contradicted":
            return "contradicted", f"it says the same as {what}"
        return "corroborated", f"it says the same as {what}"
    return None


def _evidence_name(r: Related) -> str:
    if r.linked:
        return "evidence you linked"
    return f"claim {r.other_claim_id}, which you marked {r.verdict}"


def _anonymous(key: str, sourcing: str) -> bool:
    return key.startswith("anonymous:") or sourcing in UNCHECKABLE_SOURCING


def suggest(claim: ClaimSide, related: Sequence[Related]) -> Suggestion:
    """Weigh the claims elsewhere by independent origin and by the desk's own evidence."""
    same = [r for r in related if r.label == "same"]
    own = {claim.origin_key} | {r.origin_key for r in same if r.origin_key}
    conflicts = [r for r in related if r.label == "conflicts" and r.origin_key not in own]
    origins = {claim.origin_key} | {r.origin_key for r in same}
    articles = {claim.article_id} | {r.article_id for r in same}
    n_articles, n_origins = len(articles), len(origins)
    spread = _in_articles(n_articles)
    evidence = _evidence_rule(related, claim.origin_key)
    if evidence is not None:
        return Suggestion(evidence[0], evidence[1], n_articles, n_origins)
    if conflicts:
        against = sorted({r.origin for r in conflicts})
        shown = ", ".join(against[:3]) + (" …" if len(against) > 3 else "")
        return Suggestion(
            "disputed",
            f"{_says(n_origins)} this{spread}; "
            f"{_says(len(against), 'other origin')} otherwise: {shown}",
            n_articles,
            n_origins,
        )
    own_anonymous = _anonymous(claim.origin_key, claim.sourcing)
    named = {r.origin_key for r in same if not _anonymous(r.origin_key, "")}
    if not own_anonymous:
        named.add(claim.origin_key)
    if len(named) >= 2:
        return Suggestion(
            "corroborated",
            f"{_says(len(named), 'independent origin')} this{spread}",
            n_articles,
            n_origins,
        )
    if not named:
        return Suggestion(
            "unverifiable", f"only anonymous sources say this{spread}",
            n_articles, n_origins,
        )  # fmt: skip
    if n_origins == 1 and PRIVATE_FLAG in claim.flags and not claim.speaker_named_elsewhere:
        return Suggestion(
            "unverifiable",
            "only a private individual says this, and no other source names them",
            n_articles,
            1,
        )
    # short enough for one line of the panel's head at 160 columns beside "no suggestion: "
    if n_articles == 1:
        alone = "no other article says this yet"
    else:
        alone = f"only 1 {'origin' if n_origins == 1 else 'named origin'} says this{spread}"
    return Suggestion(None, alone, n_articles, n_origins)
