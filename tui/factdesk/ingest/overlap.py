"""Is a changed file at a known path still the same article? Judged by the claims they share.

Why: a re-import at a known path becomes a new *version* of its article, and verdicts move to
the claims still there. When someone saves a different article under the old file name, a
version would swallow the reviewed one (its verdicts leave the counts and exports). So a
changed text becomes a new article when most claims on both sides are new: fewer than
``SHARED_MIN`` of the old claims are in the new text AND of the new claims in the old one
(a cut article keeps its claims in the new text; an extended one keeps the old claims).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rapidfuzz import fuzz, process

from factdesk.text.fold import folded

SHARED_MIN: Final = 0.5
"""Share of claims (each side) below which the text is another article."""

FUZZY_CUTOFF: Final = 88.0
"""rapidfuzz ratio above which an edited claim counts as the same claim."""

FUZZY_SAMPLE: Final = 200
"""At most this many claims are compared fuzzily per side: the share is estimated from an
even sample, so a huge article costs no more than a bounded number of comparisons."""


def shared_share(claims: Sequence[str], others: Sequence[str]) -> float:
    """Share of ``claims`` found in ``others`` (exactly after folding, else fuzzily)."""
    if not claims:
        return 1.0
    known = {folded(text) for text in others}
    missing = [text for text in claims if folded(text) not in known]
    found = len(claims) - len(missing)
    if not missing or not others:
        return found / len(claims)
    step = max(1, len(missing) // FUZZY_SAMPLE)
    sample = missing[::step][:FUZZY_SAMPLE]
    choices = list(others)[:: max(1, len(others) // (FUZZY_SAMPLE * 5))]
    hits = sum(
        1
        for text in sample
        if process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    )
    return (found + hits * len(missing) / len(sample)) / len(claims)


def mostly_new(old: Sequence[str], new: Sequence[str]) -> tuple[bool, float]:
    """(is the new text another article, share of the old claims still there)."""
    kept = shared_share(old, new)
    if not old or not new:
        return False, kept
    return kept < SHARED_MIN and shared_share(new, old) < SHARED_MIN, kept
