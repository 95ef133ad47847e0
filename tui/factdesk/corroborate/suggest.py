"""A suggested verdict with its reason: shown beside the verdict keys, never applied on its own.

The rule is the desk's own: agreement counts only between independent origins (four articles
repeating one general's report are one origin), a conflict counts only from an origin other
than the claim's own, and an anonymous or private source with nothing else carrying the claim
cannot be checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factdesk.corroborate.index import Related
from factdesk.extract.origins import describe_count

UNCHECKABLE_SOURCING = ("anonymous", "private", "unnamed", "private individual")


@dataclass(frozen=True, slots=True)
class Suggestion:
    verdict: str | None
    """corroborated, disputed, contradicted, unverifiable, or None (nothing to suggest)."""
    reason: str
    articles: int
    origins: int


def suggest(
    article_id: int, origin_key: str, sourcing: str, related: Sequence[Related]
) -> Suggestion:
    """Weigh the claims elsewhere by independent origin."""
    same = [r for r in related if r.label == "same"]
    conflicts = [r for r in related if r.label == "conflicts" and r.origin_key != origin_key]
    origins = {origin_key} | {r.origin_key for r in same}
    articles = {article_id} | {r.article_id for r in same}
    count = describe_count(len(articles), len(origins))
    against = sorted({r.origin for r in conflicts})
    shown = ", ".join(against[:3]) + (" …" if len(against) > 3 else "")
    if conflicts and len(origins) >= 2:
        return Suggestion(
            "disputed",
            f"{count} agree, but {len(against)} other origin(s) conflict: {shown}",
            len(articles),
            len(origins),
        )
    if conflicts:
        return Suggestion(
            "contradicted",
            f"{count}; conflicts with {len(against)} independent origin(s): {shown}",
            len(articles),
            len(origins),
        )
    if len(origins) >= 2:
        return Suggestion("corroborated", f"{count} say the same", len(articles), len(origins))
    anonymous = origin_key.startswith("anonymous:") or sourcing in UNCHECKABLE_SOURCING
    if anonymous and not same:
        return Suggestion(
            "unverifiable",
            "anonymous or private source and no other article carries the claim",
            1,
            1,
        )
    return Suggestion(None, f"{count}: nothing independent to weigh yet", len(articles), 1)
