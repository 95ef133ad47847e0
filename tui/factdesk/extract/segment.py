"""Sentences of a body with exact character offsets (syntok), and claim units built from them.

syntok was measured faster than pysbd on the seeds (``python -m bench segment``) and gives
token offsets, so a sentence is ``body[first token : last token end]`` with no re-searching.
Each line is segmented on its own: news text uses single line breaks as paragraph breaks, and a
headline without a full stop must not be glued to the sentence under it. A quotation that runs
across a line break (``quotes.find_quotes``) then joins its sentences back into one unit, so
"‘If this momentum continues… rapidly.\\n\\nBut I cannot specify a timeline.’" is one claim.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factdesk.extract.cues import TITLE_ABBREVIATIONS
from factdesk.extract.quotes import QuoteSpan

if TYPE_CHECKING:
    from collections.abc import Callable

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from syntok._segmentation_states import State as _SyntokState
    from syntok.segmenter import segment as _syntok_segment
    from syntok.tokenizer import Tokenizer

_TOKENIZER = Tokenizer(replace_not_contraction=False)
_LINE = re.compile(r"[^\n]+")
_STOPS = frozenset(c for c in _SyntokState.terminals if len(c) == 1)  # ("..." is made of ".")
_SPLITS = re.compile(f"[{re.escape(''.join(sorted(_STOPS | _SyntokState.opening_brackets)))}]")
"""Where syntok may end a sentence: a terminal mark, or an opening bracket (its own vocabulary)."""
_ENDING = "".join(sorted(_STOPS | _SyntokState.closing_quotes | _SyntokState.closing_brackets))
"""What may close a sentence after its words: terminal marks, closing quotes and brackets."""
_TOKEN_CHARS = Tokenizer._spaces
"""syntok's own pattern of a token's characters (all but whitespace and the zwsp, as its
``regex`` module reads whitespace)."""


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _line_sentences(body: str, start: int, end: int) -> list[Span]:
    """syntok's sentences of one line, as offsets into ``body``.

    The line is tokenised on its own (offsets from 0) and the spans shifted afterwards:
    syntok's ``tokenize(text, base_offset)`` pads the text with ``base_offset`` spaces and
    scans them, which made every line cost as much as the body before it (quadratic: a
    400 KB article took 9 s, a 5 MB one minutes)."""
    line = body[start:end]
    if _one_sentence(line):
        return [Span(start, end)]
    spans = _with_domains(line, _at_lone_words(line, _syntok_sentences(line)))
    return _close_gaps(body, [_shifted(span, start) for span in spans], end)


_DOMAIN_CUT = re.compile(r"\w\.\Z")
_DOMAIN_TAIL = re.compile(r"[^\W\d_]{2,3}(?![^\W\d_])")
"""An outlet's name with its domain («Газета.Ru», «Лента.ру», "Газета.ua"): a word, a full stop
and two or three letters with no space between them; syntok ends a sentence at that stop
when a capital follows it («Источник «Газеты.» | «Ru» в правительстве сказал …»)."""


def _domain_at(line: str, stop: int) -> bool:
    """Does the text right after the full stop ending at ``stop`` go on as a domain? Its two
    or three letters in lower case («Лента.ру»), or in the other script than the word before
    the stop («Газеты.Ru»); never a word of the same script after a missing space ("он.Да")."""
    tail = _DOMAIN_TAIL.match(line, stop)
    if tail is None or not _DOMAIN_CUT.search(line, 0, stop):
        return False
    return tail.group().islower() or line[stop - 2].isascii() != tail.group()[0].isascii()


def _with_domains(line: str, spans: list[Span]) -> list[Span]:
    """``spans`` joined again where syntok cut inside a name's domain (``_DOMAIN_CUT`` right
    before the next span, which opens with ``_DOMAIN_TAIL``): a sentence never ends inside
    a word; "сообщили.Ранее" (no space after the stop, a whole word after it) stays cut."""
    joined: list[Span] = []
    for span in spans:
        if joined and joined[-1].end == span.start and _domain_at(line, span.start):
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    return joined


_LONE_WORD_END = re.compile(r"(?<![\w.])[єя]\.(?=\s+[А-ЯЁІЇЄҐ])")
"""A Ukrainian or Russian one-letter word ending a sentence («так і є. Але …», «Це я. Він …»):
syntok reads any one letter before a full stop as an initial or an abbreviation and runs on;
these two lower-case words are neither (initials are capitals, «м.», «р.», «с.» stay)."""


def _at_lone_words(line: str, spans: list[Span]) -> list[Span]:
    """``spans`` cut again after a one-letter word that ends a sentence (``_LONE_WORD_END``)."""
    if "є." not in line and "я." not in line:
        return spans
    cut = []
    for span in spans:
        start = span.start
        for match in _LONE_WORD_END.finditer(line, span.start, span.end):
            cut.append(Span(start, match.end()))
            gap = line[match.end() : span.end]
            start = match.end() + len(gap) - len(gap.lstrip())  # (the next sentence's start)
        cut.append(Span(start, span.end))
    return cut


def _shifted(span: Span, by: int) -> Span:
    return Span(span.start + by, span.end + by)


def _one_sentence(line: str) -> bool:
    """True when syntok's answer for ``line`` is known without running it: the whole line is
    one sentence, first character to last.

    That holds when the line begins and ends on a token character and has no terminal mark
    and no opening bracket before the closing run of marks, quotes and brackets that ends it
    ("The council voted on Monday.”"): syntok ends a sentence only at a terminal or an
    opening bracket, and one that follows the sentence's last word closes it. Three lines in
    four of news copy are such lines, and running syntok on them was about half of its cost,
    which was a fifth of the rules' CPU (issue 15); ``_syntok_sentences`` gives the same
    answer (a property test holds the two to it)."""
    if not line or not (_TOKEN_CHARS.match(line) and _TOKEN_CHARS.match(line, len(line) - 1)):
        return False
    words = line.rstrip(_ENDING)
    return _SPLITS.search(words) is None and not any(
        c in _SyntokState.opening_brackets for c in line[len(words) :]
    )


def _syntok_sentences(line: str) -> list[Span]:
    """syntok's sentences of one line, as offsets into it."""
    spans = []
    for sentence in _syntok_segment(_TOKENIZER.tokenize(line)):
        if not sentence:
            continue
        first, last = sentence[0], sentence[-1]
        stop = last.offset + len(last.value)
        if line[last.offset : stop] != last.value:  # a token syntok rewrote: find its end
            stop = min(len(line), stop)
        if stop > first.offset:
            spans.append(Span(first.offset, stop))
    return spans


def _close_gaps(body: str, spans: list[Span], end: int) -> list[Span]:
    """Give each sentence the marks syntok left between it and the next (closing quotes)."""
    fixed = []
    for i, span in enumerate(spans):
        limit = spans[i + 1].start if i + 1 < len(spans) else end
        stop = span.end
        while stop < limit and not body[stop].isspace():
            stop += 1
        fixed.append(Span(span.start, stop))
    return fixed


def split_sentences(body: str) -> list[Span]:
    """Every sentence of ``body``, line by line, in text order; never spans a line break."""
    spans: list[Span] = []
    for line in _LINE.finditer(body):
        if not line.group().isspace():
            spans.extend(_line_sentences(body, line.start(), line.end()))
    return spans


def _overlaps(span: Span, quote: QuoteSpan) -> bool:
    return span.start < quote.end and span.end > quote.start


def join_quoted(sentences: list[Span], quotes: list[QuoteSpan]) -> list[Span]:
    """Merge the sentences a line-crossing quotation covers into one unit (in order)."""
    crossing = [q for q in quotes if q.crosses_break]
    if not crossing:
        return sentences
    units: list[Span] = []
    q = 0
    for sentence in sentences:
        while q < len(crossing) and crossing[q].end <= sentence.start:
            q += 1
        quote = crossing[q] if q < len(crossing) else None
        if (
            quote is not None
            and units
            and _overlaps(sentence, quote)
            and _overlaps(units[-1], quote)
        ):
            units[-1] = Span(units[-1].start, max(units[-1].end, sentence.end))
        else:
            units.append(sentence)
    return units


_OPEN_END = re.compile(r",[\"”’'»]*\Z")
_ATTRIBUTION_START = re.compile(r"\A[a-z]")


def join_attributions(body: str, units: list[Span]) -> list[Span]:
    """ "‘Prices have doubled,’\nsaid Carla Diaz.": a quotation that ends with a comma is
    not finished; the line after it that starts in lower case is its "said X"."""
    return _join_unfinished(body, units, _is_its_attribution)


def _is_its_attribution(body: str, last: Span, unit: Span) -> bool:
    gap = body[last.end : unit.start]
    return bool(
        not gap.strip()
        and gap.count("\n") <= 2
        and _OPEN_END.search(body[last.start : last.end])
        and _ATTRIBUTION_START.match(body[unit.start : unit.end])
    )


def _join_unfinished(
    body: str, units: list[Span], continues: Callable[[str, Span, Span], bool]
) -> list[Span]:
    """Each unit that ``continues`` the one before it is joined to it (one walk for every
    kind of sentence cut too early)."""
    joined: list[Span] = []
    for unit in units:
        if joined and continues(body, joined[-1], unit):
            joined[-1] = Span(joined[-1].start, unit.end)
        else:
            joined.append(unit)
    return joined


_ABBREVIATED_TITLE = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})\.\Z")


def join_titles(body: str, units: list[Span]) -> list[Span]:
    """ "…, said Sgt. Ray Lutz, a spokesman": a sentence cut after an abbreviated title is
    not finished; the name on the same line that follows belongs to it."""
    return _join_unfinished(body, units, _is_its_name)


def _is_its_name(body: str, last: Span, unit: Span) -> bool:
    return bool(
        body[last.end : unit.start].strip(" \t") == ""
        and body[unit.start : unit.start + 1].isupper()
        and _ABBREVIATED_TITLE.search(body, last.start, last.end)
    )


def units_of(body: str, quotes: list[QuoteSpan]) -> list[Span]:
    """The claim-sized units of ``body``: sentences, with line-crossing quotes made whole, a
    quotation joined to its "said X" on the next line, and a title's full stop not an end."""
    units = join_quoted(split_sentences(body), quotes)
    return join_attributions(body, join_titles(body, units))
