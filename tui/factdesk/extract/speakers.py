"""Speakers across sentences: one article's units, each with the speaker the text gives it.

A sentence often names no speaker itself: the second sentence of a quote ("‘We won’t go …’"),
a quote whose attribution sits in another sentence of the same quotation, a pronoun ("He
argued"), a surname standing for a full name introduced earlier. This module walks an
article's units in order and settles those from their neighbours, only where one answer is
unambiguous: the previous unit of the same paragraph, the same quotation, the last person named.
A lead-in that ends with a colon ("Ilya Novak reports in The Courier:") hands its speaker to
the excerpt after it: the rest of its own paragraph, or when it ends its paragraph, the whole
next paragraph, and no further (a longer excerpt cannot be told from the writer's own text
resuming; one paragraph is the documented, conservative boundary).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from factdesk.extract.attribution import Attribution, lead_in, own_attribution, refers_back
from factdesk.extract.people import People, is_org
from factdesk.extract.quotes import QuoteSpan
from factdesk.extract.segment import Span

_WORD = re.compile(r"\w[\w’'.-]*")
_CLOSERS = "\"”’»)' \t\n"


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
    own: Attribution | None = None
    speaker: str | None = None
    sort: str | None = None
    """"person", "org", "anonymous" or None (nobody)."""
    notes: list[str] = field(default_factory=list)

    @property
    def is_quote(self) -> bool:
        """Mostly or substantially direct quotation (scare quotes of a word or two are not)."""
        return self.quoted_words >= 4 or (
            self.quoted_words >= 2 and self.quoted_words * 2 >= self.words
        )


def paragraph_starts(body: str) -> list[int]:
    """Offsets where paragraphs begin: blocks between blank lines, or lines if none."""
    separator = r"\n\s*\n" if re.search(r"\n[^\S\n]*\n", body) else r"\n"
    first = len(body) - len(body.lstrip())  # text before a break: it starts after `first`
    last = len(body.rstrip())  # text after a break: it ends before `last` (no slicing: linear)
    return [0] + [
        match.end()
        for match in re.finditer(separator, body)
        if first < match.start() and match.end() < last
    ]


@dataclass(frozen=True, slots=True)
class Layout:
    """What every unit of one body is measured against (computed once per article)."""

    body: str
    masked: str
    quotes: list[QuoteSpan]
    quote_ends: list[int]
    starts: list[int]


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


class SpeakerPass:
    """Settles the speaker of every unit of one article, in text order."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.last_person: str | None = None

    def run(self, units: list[Unit]) -> None:
        for unit in units:
            unit.own = own_attribution(unit.text, unit.masked)
            self._own(unit)
        self._lead_ins(units)
        by_quote: dict[int, Unit] = {}
        for unit in units:
            if unit.own and unit.speaker:
                for quote_id in unit.quote_ids:
                    by_quote.setdefault(quote_id, unit)
        for i, unit in enumerate(units):
            if unit.speaker is None and unit.is_quote:
                self._from_context(units, i, by_quote)

    def _own(self, unit: Unit) -> None:
        """The unit's own attribution, with pronouns and surnames resolved."""
        if unit.own is not None:
            self._set(unit, *self._settle(unit.own, unit.start))

    def _settle(self, found: Attribution, offset: int) -> tuple[str | None, str | None]:
        """(speaker, sort) for an attribution: pronouns and surnames resolved."""
        if found.sort == "pronoun":
            person = self.last_person or self.people.last_before(offset)
            return person, "person" if person else None
        if found.sort in ("anonymous", "org", "person"):
            return found.speaker, found.sort
        name = self.people.resolve(found.speaker or "")
        is_person = self.people.is_person(name) and not is_org(name)
        return name, "person" if is_person else "org"

    def _lead_ins(self, units: list[Unit]) -> None:
        """Units after a colon lead-in without a speaker of their own take the lead-in's."""
        for i, unit in enumerate(units[:-1]):
            if not unit.text.rstrip(_CLOSERS).endswith(":"):
                continue
            found = lead_in(unit.masked)
            if found is None:
                continue
            speaker, sort = self._settle(found, unit.start)
            if not sort:
                continue
            scope = units[i + 1].paragraph
            if scope not in (unit.paragraph, unit.paragraph + 1):
                continue
            for other in units[i + 1 :]:
                if other.paragraph != scope:
                    break
                if other.speaker is None and other.own is None:
                    other.speaker, other.sort = speaker, sort

    def _set(self, unit: Unit, speaker: str | None, sort: str | None) -> None:
        unit.speaker, unit.sort = (speaker, sort) if sort else (None, None)
        if unit.sort == "person":
            self.last_person = unit.speaker

    def _from_context(self, units: list[Unit], i: int, by_quote: dict[int, Unit]) -> None:
        """A quote without its own attribution: same quotation, previous or next sentence."""
        unit = units[i]
        for quote_id in sorted(unit.quote_ids):
            other = by_quote.get(quote_id)
            if other is not None and other is not unit:
                unit.speaker, unit.sort = other.speaker, other.sort
                return
        before = units[i - 1] if i else None
        if before and before.paragraph == unit.paragraph and before.speaker:
            unit.speaker, unit.sort = before.speaker, before.sort
            return
        after = units[i + 1] if i + 1 < len(units) else None
        if after and after.paragraph == unit.paragraph and refers_back(after.masked):
            person = self._person_before(units, i)
            if person:
                unit.speaker, unit.sort = person, "person"

    def _person_before(self, units: list[Unit], i: int) -> str | None:
        for other in reversed(units[max(0, i - 50) : i]):
            if other.sort == "person":
                return other.speaker
        return self.people.last_before(units[i].start)
