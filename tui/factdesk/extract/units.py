"""Claim units of one body: their text, quotation share, paragraph, and who speaks in them.

A unit is a sentence (or a quotation made whole across line breaks); the attribution engine
(``attribution``) fills in its speaker, the speaker's type, the sourcing, the affiliation of
an unnamed source and the outlet the words came through.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdesk.extract.quotes import QuoteSpan
from factdesk.extract.segment import Span
from factdesk.text.paragraphs import paragraph_starts

_WORD = re.compile(r"\w[\w’'.-]*")
CLOSERS = "\"”’»)' \t\n"
"""What may follow a unit's last word: closing quotes and brackets, blanks."""
__all__ = ["CLOSERS", "Layout", "Unit", "make_unit", "paragraph_starts"]


@dataclass(slots=True)
class Unit:
    """One claim candidate and what is known about its speaker."""

    start: int
    end: int
    text: str
    masked: str
    paragraph: int
    words: int
    quoted_words: int
    quote_ids: frozenset[int]
    speaker: str | None = None
    sort: str | None = None
    """"person", "org", "anonymous", "vague" (an unnamed group: "analysts say") or None."""
    speaker_type: str | None = None
    """"person" or "organisation" when the speaker is one (from the entity recogniser)."""
    affiliation: str | None = None
    """Whom an unnamed source belongs to ("a source close to the minister": the minister)."""
    via: str | None = None
    """The outlet or channel the words came through ("told TASS"): never the speaker."""
    own: bool = False
    """True when the unit names its own source (context never overrides it)."""
    cue: str = ""
    event: bool = False
    """An event the parse found that the event words do not show ("Velmar Pharma recalled
    its cough syrup": ``Reader.recalls_a_product``); the claim's kind reads it."""

    @property
    def is_quote(self) -> bool:
        """Mostly or substantially direct quotation (scare quotes of a word or two are not)."""
        return self.quoted_words >= 4 or (
            self.quoted_words >= 2 and self.quoted_words * 2 >= self.words
        )


@dataclass(frozen=True, slots=True)
class Layout:
    """What every unit of one body is measured against (computed once per article)."""

    body: str
    masked: str
    quotes: list[QuoteSpan]
    quote_ends: list[int]
    starts: Sequence[int]
    blocks: Sequence[tuple[int, str]]
    """What the parser reads of ``body`` (``language.parse.body_cut``), with their offsets."""


def make_unit(layout: Layout, span: Span) -> Unit:
    """A unit of ``body[span]`` with its paragraph and how much of it is quoted."""
    body, quotes = layout.body, layout.quotes
    text = body[span.start : span.end]
    ids = []
    quoted = 0
    first = bisect.bisect_left(layout.quote_ends, span.start + 1)
    for i in range(first, len(quotes)):
        quote = quotes[i]
        if quote.start >= span.end:
            break
        lo, hi = max(quote.start, span.start), min(quote.end, span.end)
        if lo < hi:
            ids.append(i)
            quoted += len(_WORD.findall(body[lo:hi]))
    return Unit(
        start=span.start,
        end=span.end,
        text=text,
        masked=layout.masked[span.start : span.end],
        paragraph=bisect.bisect_right(layout.starts, span.start),
        words=len(_WORD.findall(text)),
        quoted_words=quoted,
        quote_ids=frozenset(ids),
    )
