"""Claim extraction: the checkable sentences of an article, with kind, speaker, sourcing, flags.

``extract_claims(body, article_date=None) -> list[ClaimDraft]``: every checkable claim of a
body, in text order, with exact offsets (``body[start:end] == text``).
``describe_span(body, start, end, article_date=None) -> ClaimDraft``: the same analysis for a
span a reviewer selected by hand.

The pipeline, each step its own module: the text as the analysis reads it (hard-wrapped
lines joined, ``text.wrapping``: same length, so offsets hold), quotations (``quotes``),
sentences and units (``segment``), datelines and page furniture cut out (``furniture``),
sources from the dependency parse (``attribution``, ``grammar``, ``people``), then here the
kind, the sourcing, the flags (``flags``, ``dates``) and the keep/drop decision. A claim's
text is always the slice of the body as it arrived. Every rule is a grammar cue or word list
(``cues``); none knows a name from any article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factdesk.extract import interview, ru_uk
from factdesk.extract.attribution import attribute
from factdesk.extract.comment import scene_or_comment_cyrillic, scene_or_comment_en
from factdesk.extract.cues import (
    BYLINE,
    CREDIT_LINE,
    EVENT_NOUN_RE,
    EVENT_RE,
    FLUFF_RE,
    NAME,
    TERMINAL,
)
from factdesk.extract.dates import parse_iso
from factdesk.extract.flags import TextFacts, claim_flags, text_facts
from factdesk.extract.furniture import (
    dateline_at,
    furniture_kind,
    is_headline,
    normalised,
    pull_quote_core,
)
from factdesk.extract.grammar import SILENT, clean_name
from factdesk.extract.people import People
from factdesk.extract.quotes import find_quotes, mask_quotes
from factdesk.extract.segment import Span, units_of
from factdesk.extract.units import CLOSERS, Layout, Unit, make_unit, paragraph_starts
from factdesk.language.parse import body_cut, parse_all
from factdesk.lexicon.cyrillic import READER_ADDRESS as RU_UK_READER_ADDRESS
from factdesk.lexicon.cyrillic import mostly_cyrillic
from factdesk.lexicon.english import PRESS_RELEASE_RE, READER_ADDRESS_RE, WRITER_DOUBT_RE
from factdesk.score.combined import score_claim
from factdesk.text.markdown import heading_lines
from factdesk.text.tag_pairs import TagPairs

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

PAST_TAGS = frozenset({"VBD", "VBN"})
"""The parser's tags of a verb in the past or a past participle ("closed", "has closed",
"was closed")."""


@dataclass(slots=True)
class ClaimDraft:
    start: int
    end: int
    text: str
    kind: str = "statement"
    speaker: str | None = None
    sourcing: str = "none"
    speaker_type: str | None = None
    """"person" or "organisation" (from the entity recogniser), None for unnamed sources."""
    affiliation: str | None = None
    """Whom an unnamed source belongs to: "a source close to the minister" -> "the minister"."""
    via: str | None = None
    """The outlet the words came through ("told TASS"): a channel, never the origin."""
    flags: list[str] = field(default_factory=list)
    score: float = 0.0
    score_reasons: list[dict] = field(default_factory=list)
    paragraph: int = 1


_SPECULATION = re.compile(r"(?-i:\b(?:may|might|could)\b)")
_NAME_RE = re.compile(NAME)
_LINE_LEAD = re.compile(r"^[^\S\n]*", re.MULTILINE)
"""Each line's leading blanks: where the line begins and where its text begins."""


def paragraph_of(body: str, offset: int) -> int:
    """1-based paragraph of ``offset``: blocks between blank lines, or lines if there are none."""
    starts = paragraph_starts(body)
    return sum(1 for s in starts if s <= offset)


class _Article:
    """One body prepared once: quotes, masked text, people, units with their speakers."""

    def __init__(self, body: str, article_date: str | None) -> None:
        cut = body_cut(body)
        text = cut.text
        quotes = find_quotes(text, ru_uk.is_speech_verb)
        self.body = body
        self.text = text
        """What the analysis reads: ``body`` with hard wraps as spaces (same offsets)."""
        self.date: dt.date | None = parse_iso(article_date)
        self.people: People | None = None
        self.turns: dict[int, str] = {}
        """``interview.turns`` of the last ``units`` made."""
        self.layout = Layout(
            body=text,
            masked=mask_quotes(text, quotes),
            quotes=quotes,
            quote_ends=list(itertools.accumulate((q.end for q in quotes), max)),
            starts=cut.starts,
            blocks=cut.blocks,
        )
        lines = [(m.start(), m.end()) for m in _LINE_LEAD.finditer(text)]
        self._line_starts = [start for start, _ in lines]
        self._text_starts = [text_start for _, text_start in lines]
        """Per line, where it begins and where its text begins (after blanks): found once."""
        self._docs: list[Doc] | None = None
        self._block_starts: list[int] = []

    def spans(self) -> list[Span]:
        """The claim units' spans, each without the dateline that may open it."""
        spans = []
        cut = -1  # where the last dateline ended: "ЕКАТЕРИНБУРГ, 2 декабря. /ТАСС/." is cut
        for span in units_of(self.text, self.layout.quotes):  # into units at its full stops
            dateline = dateline_at(self.text, span.start) if self._opens(span.start) else None
            if dateline is not None:
                cut = dateline.end
            if span.end <= cut:
                continue  # all dateline
            if span.start < cut:
                span = Span(cut, span.end)
            spans.append(span)
        return spans

    def _opens(self, offset: int) -> bool:
        """True when ``offset`` starts a paragraph (ignoring blanks before it).

        Looked up in the per-line table: rescanning back to the line start per span made one
        long paragraph quadratic.
        """
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return offset <= self._text_starts[line]

    def tells(self, unit: Unit) -> bool:
        """Whether a statement in the writer's own voice tells something: not scene or comment
        (``extract.comment``: "It was a cold, quiet evening.", «Жизнь в городе продолжается.»),
        and in English with a verb the parser tags as past or past participle (VBD, VBN): the
        writer's present-tense lines with nobody named are as often comment ("That is a crisis
        hiding in plain sight.") as fact. Russian and Ukrainian ones in the present are kept
        (a past tense asked of them would drop as many found claims: README, session 37)."""
        if mostly_cyrillic(unit.text):
            return not scene_or_comment_cyrillic(unit.masked)
        sentence = self._parsed(unit)
        return (
            sentence is not None
            and any(t.tag_ in PAST_TAGS for t in sentence)
            and not scene_or_comment_en(sentence)
        )

    def _parsed(self, unit: Unit) -> SpacySpan | None:
        """The unit in its paragraph's parse: the attribution's, from the parse cache
        (``parse_all``), looked up once per article."""
        if self._docs is None:
            self._docs = parse_all([text for _, text in self.layout.blocks])
            self._block_starts = [start for start, _ in self.layout.blocks]
        k = bisect.bisect_right(self._block_starts, unit.start) - 1
        if k < 0:
            return None
        doc, (offset, text) = self._docs[k], self.layout.blocks[k]
        return doc.char_span(
            max(0, unit.start - offset), min(len(text), unit.end - offset),
            alignment_mode="expand",
        )  # fmt: skip

    def units(self, spans: list[Span]) -> list[Unit]:
        units = [make_unit(self.layout, span) for span in spans]
        self.turns = interview.turns(units)  # (made once: attribution and the furniture read it)
        self.people = attribute(self.layout, units, self.turns)
        return units

    def draft(self, unit: Unit, facts: TextFacts) -> ClaimDraft:
        kind = _kind(unit, facts)
        sourcing = _sourcing(unit, kind)
        people = self.people
        private = unit.sort == "person" and not (people and people.has_role(unit.speaker or ""))
        flags = claim_flags(
            unit.text, facts, sourcing=sourcing, private_speaker=private, article_date=self.date
        )
        score, reasons = score_claim(unit.text, kind=kind, sourcing=sourcing, flags=flags)
        return ClaimDraft(
            start=unit.start,
            end=unit.end,
            text=self.body[unit.start : unit.end],
            kind=kind,
            speaker=unit.speaker,
            sourcing=sourcing,
            speaker_type=unit.speaker_type,
            affiliation=unit.affiliation,
            via=unit.via,
            flags=flags,
            score=score,
            score_reasons=reasons,
            paragraph=unit.paragraph,
        )


def _is_event(unit: Unit) -> bool:
    return bool(unit.event or EVENT_RE.search(unit.masked) or EVENT_NOUN_RE.search(unit.masked))


def _kind(unit: Unit, facts: TextFacts) -> str:
    if unit.is_quote:
        return "quote"
    if facts.is_statistic:
        return "statistic"
    return "event" if unit.event or EVENT_RE.search(unit.masked) else "statement"


def _sourcing(unit: Unit, kind: str) -> str:
    if unit.sort == "anonymous":
        return "anonymous"
    if unit.sort == "vague":
        return "unattributed"
    if unit.speaker:
        return "named"
    return "unattributed" if kind == "quote" else "none"


BYLINE_MAX_WORDS = 12
"""The most words a byline runs to ("By Ana Ruiz and Tom Bell, Reuters"): a longer unit that
opens with "By" and ends as a sentence does is one ("By my count, three of the fines are
still unpaid.", "By Monday evening, crews had cleared 40 roads.")."""


def _is_furniture(text: str, words: int) -> bool:
    """Headlines, bylines, datelines, credits, lead-ins: page furniture, never claims."""
    stripped = text.rstrip(CLOSERS)
    sentence = words > BYLINE_MAX_WORDS and stripped[-1:] in ".!…"
    if words < 3 or CREDIT_LINE.match(text) or (BYLINE.match(text) and not sentence):
        return True
    if stripped.endswith(("?", ":")):
        return True
    if text.rstrip()[-1:] in TERMINAL:
        return False
    tokens = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(1 for w in tokens if w[:1].isupper())
    return words <= 8 or capitalised * 2 >= len(tokens)


def _short_answer(text: str) -> bool:
    """ "No.", "Partly.", "Honestly, phishing.": an interviewee's short answer is a sentence
    of the interview (README: the interviewee's claim), however few its words; never a
    heading or a lead-in ("Background:") inside one."""
    stripped = text.strip().rstrip(CLOSERS)
    return stripped[-1:] in ".!" and not CREDIT_LINE.match(text) and not BYLINE.match(text)


def _checkable(
    unit: Unit, facts: TextFacts, opening: bool = False, tells: Callable[[Unit], bool] | None = None
) -> bool:
    """Something a reviewer can check: a quote, a named source, a number, a date, a denial; or,
    unless opinion cues say otherwise, an unnamed source, an event, a named subject, or a
    statement in the writer's own voice (``_writers_statement``) past the article's
    ``opening`` unit that ``tells`` something (``_Article.tells``: no scene or comment)."""
    if unit.is_quote or unit.sort in ("person", "org") or facts.has_number or facts.dates:
        return True
    if unit.cue == SILENT:  # "Downing Street did not respond to a request for comment."
        return True
    if facts.denial or ru_uk.is_plea(unit.masked):  # "Рябов вину не признал"
        return True
    if FLUFF_RE.search(unit.text):
        return False
    if unit.sort in ("anonymous", "vague") or unit.event or EVENT_RE.search(unit.masked):
        return True
    if _SPECULATION.search(unit.masked):
        return False
    return (
        _is_event(unit)
        or any(m.start() > 0 and clean_name(m.group()) for m in _NAME_RE.finditer(unit.masked))
        or (not opening and tells is not None and _writers_statement(unit) and tells(unit))
    )


def _writers_statement(unit: Unit) -> bool:
    """A declarative sentence the writer states ("Households still pay for every unit they
    use.", "The vessel became stuck several miles downstream."): the labels' claim with
    sourcing none (README item 1: every checkable sentence of the body is a claim), though it
    names nobody and counts nothing. Not one that ends otherwise than a sentence does (a
    display line), speaks to the reader (advice, calls, promotion) or wonders ("Maybe it was a
    whim."). The article's first unit is left out by the caller: there, such a line is more
    often the title than the lede."""
    if unit.text.rstrip(CLOSERS)[-1:] not in ".!…":
        return False
    masked = unit.masked
    return not (
        READER_ADDRESS_RE.search(masked)
        or RU_UK_READER_ADDRESS.search(masked)
        or WRITER_DOUBT_RE.search(masked)
    )


def _furniture_units(units: list[Unit], text: str, turns: dict[int, str]) -> set[int]:
    """Indexes of units that are page furniture: the headline, credits and sign-offs, promo
    lines, every unit of a short caption paragraph, pull-quotes, and an interview's questions
    (``turns``: ``interview.turns`` of ``units``)."""
    skip: set[int] = {i for i, turn in turns.items() if turn == "Q"}
    by_paragraph: dict[int, list[int]] = {}
    for i, unit in enumerate(units):
        by_paragraph.setdefault(unit.paragraph, []).append(i)
    for i, unit in enumerate(units):
        kind = furniture_kind(unit.text)
        siblings = by_paragraph[unit.paragraph]
        if kind == "caption" and len(siblings) <= 3:
            skip.update(siblings)
        elif kind is not None or (len(siblings) == 1 and is_headline(unit.text, i == 0)):
            skip.add(i)
        elif i == 0 and text[unit.end : unit.end + 1] == "\n" and is_headline(unit.text, True):
            skip.add(i)  # a headline line over its article's first paragraph
    skip |= _release_furniture(units, text)
    flat: list[str] = []
    for i, unit in enumerate(units):
        core = pull_quote_core(unit.text) if len(by_paragraph[unit.paragraph]) == 1 else None
        flat = flat or ([normalised(u.text) for u in units] if core else [])
        if core and any(
            core in flat[j] and units[j].paragraph != unit.paragraph for j in range(len(units))
        ):
            skip.add(i)
    return skip


def _heading_units(units: list[Unit], body: str) -> set[int]:
    """Indexes of the units on a Markdown heading line (``# Title``, ``## Section``): the
    article's structure, never a claim, though a heading may end like a sentence ("# I
    tracked 600 products for a year. Here's what shrank." was two claims)."""
    lines = heading_lines(body)
    if not lines:
        return set()
    starts = [start for start, _ in lines]
    skip = set()
    for i, unit in enumerate(units):
        k = bisect.bisect_right(starts, unit.start) - 1
        if k >= 0 and unit.start < lines[k][1]:
            skip.add(i)
    return skip


_ABOUT_HEADING = re.compile(r"About (?:the )?[A-Z][^\n.:]{2,80}(?::|[ \t]*$)")
"""A press release's boilerplate heading ("About Halden Energy", "About the Institute:")."""


def _release_furniture(units: list[Unit], text: str) -> set[int]:
    """A press release's display lines before its dateline (the headline and the standfirst
    under it: no sentence punctuation) and its boilerplate, from the "About X" heading on
    (what the issuer is, contacts, "SOURCE X"): the page's, never claims."""
    if not units or not PRESS_RELEASE_RE.search(text):
        return set()
    starts = [text.rfind("\n", 0, u.start) + 1 for u in units[:4]]  # (each one's line)
    lede = next((u.paragraph for u, at in zip(units, starts, strict=False)
                 if dateline_at(text, at) is not None), None)  # fmt: skip
    about = next((u.paragraph for u in units if _ABOUT_HEADING.match(u.text.strip())), None)
    skip: set[int] = set()
    for i, unit in enumerate(units):
        display = lede is not None and unit.paragraph < lede
        headline = display and unit.text.rstrip(CLOSERS)[-1:] not in ".!?…"
        if headline or (about is not None and unit.paragraph >= about):
            skip.add(i)
    return skip


def extract_claims(body: str, article_date: str | None = None) -> list[ClaimDraft]:
    """Every checkable claim of ``body`` in text order; repeated sentences are kept once."""
    article = _Article(body, article_date)
    pairs = TagPairs(body)
    seen: set[str] = set()
    drafts = []
    units = article.units(article.spans())
    turns = article.turns  # (the questions are furniture, the answers speak)
    furniture = _furniture_units(units, article.text, turns) | _heading_units(units, body)
    answers = {i for i, turn in turns.items() if turn == "A"}
    for i, unit in enumerate(units):
        key = " ".join(unit.text.split())
        short = i in answers and _short_answer(unit.text)  # "No.", "Partly." in an interview
        if i in furniture or key in seen or (_is_furniture(unit.text, unit.words) and not short):
            continue
        seen.add(key)
        facts = text_facts(unit.text)
        if _checkable(unit, facts, opening=i == 0, tells=article.tells):
            drafts.append(_marks_whole(article.draft(unit, facts), body, pairs))
    return drafts


def _marks_whole(draft: ClaimDraft, body: str, pairs: TagPairs) -> ClaimDraft:
    """``draft`` with the span holding both halves of a mark pair or neither
    (``text.tag_pairs``: "Jon Hale[/b] said …" is "[b]Jon Hale[/b] said …"). Extracted claims
    only: a hand-picked span (``describe_span``) is the reviewer's own."""
    start, end = pairs.whole(draft.start, draft.end)
    if (start, end) != (draft.start, draft.end):
        draft.start, draft.end, draft.text = start, end, body[start:end]
    return draft


def describe_span(body: str, start: int, end: int, article_date: str | None = None) -> ClaimDraft:
    """The analysis of a hand-picked span, with the article around it as context."""
    start, end = max(0, min(start, len(body))), max(0, min(end, len(body)))
    start, end = min(start, end), max(start, end)
    article = _Article(body, article_date)
    spans = article.spans()
    around = [s for s in spans if s.end <= start] + [Span(start, end)]
    around += [s for s in spans if s.start >= end]
    units = article.units(around)
    unit = next(u for u in units if u.start == start and u.end == end)
    return article.draft(unit, text_facts(unit.text))
