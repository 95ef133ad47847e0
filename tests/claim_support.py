"""One claim of an extracted body, found by a snippet of its text: the lookup the engine's,
the interviews' and the issuer tests all make, written once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from factdesk.extract.claims import ClaimDraft, extract_claims


def one_claim(
    body: str, snippet: str, extract: Callable[[str], list[ClaimDraft]] = extract_claims
) -> ClaimDraft:
    """The one claim of ``body`` whose text holds ``snippet``; fails, listing every claim,
    when there is none or more than one (``extract``: a module's own batched extraction)."""
    found = [c for c in extract(body) if snippet in c.text]
    assert len(found) == 1, (snippet, [c.text for c in extract(body)])
    return found[0]


def claim_finder(articles: Mapping[str, str]) -> Callable[[str, str], ClaimDraft]:
    """``one_claim`` over a module's named articles, each extracted once for all its cases:
    ``find(name, snippet)``."""
    extracted = cache(extract_claims)

    def find(article: str, snippet: str) -> ClaimDraft:
        return one_claim(articles[article], snippet, extracted)

    return find


def said(body: str, start: str) -> tuple[str | None, str]:
    """(speaker, sourcing) of the first claim of ``body`` that starts with ``start``: the
    lookup the Russian and Ukrainian reference tests make, written once."""
    claim = next(c for c in extract_claims(body) if c.text.startswith(start))
    return claim.speaker, claim.sourcing
