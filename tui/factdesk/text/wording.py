"""The words of a sentence in order, as a reader compares two printings of it.

One home for "the same words": a re-import carries a verdict only onto the same words
(``ingest.reanchor.same_words``), and the matcher calls two claims printed in the same words one
sentence copied (``corroborate.match.copy_digest``). Spacing, letter case, quotes and other
punctuation may differ between two printings; a word, a figure or its separators may not.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"(?<!\w)[-\u2212]?\d+(?:[.,]\d+)*|\w+|[^\w\s]")
"""A figure with its sign and separators as one token ("-3,5"), a word, or one other sign."""

_KEPT_SIGNS = frozenset("%\u2030")
"""Punctuation that is part of what a claim says (per cent, per mille): never dropped."""


def words_of(text: str) -> tuple[str, ...]:
    """The words and figures of ``text`` in order, letter case and punctuation left out
    (quotes, commas, dashes, full stops, Markdown's asterisks); currency, plus, minus and per
    cent signs kept, and a figure keeps its separators ("3,000" is not "3.000")."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    return tuple(
        t
        for t in tokens
        if len(t) > 1 or t in _KEPT_SIGNS or not unicodedata.category(t).startswith("P")
    )
