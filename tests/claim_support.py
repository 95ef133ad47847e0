"""One claim of an extracted body, found by a snippet of its text: the lookup the engine's,
the interviews' and the issuer tests all make, written once."""

from __future__ import annotations

from collections.abc import Callable

from factdesk.extract.claims import ClaimDraft, extract_claims


def one_claim(
    body: str, snippet: str, extract: Callable[[str], list[ClaimDraft]] = extract_claims
) -> ClaimDraft:
    """The one claim of ``body`` whose text holds ``snippet``; fails, listing every claim,
    when there is none or more than one (``extract``: a module's own batched extraction)."""
    found = [c for c in extract(body) if snippet in c.text]
    assert len(found) == 1, (snippet, [c.text for c in extract(body)])
    return found[0]
