"""Where direct quotations are in a body: character spans, across a paragraph break if need be.

News text writes quotations with curly or straight, double or single marks, and the single
closing mark is also the apostrophe ("won’t", "Ukraine’s"). A mark's neighbours decide: an
opening mark follows a space or the start of a line; a closing mark is followed by something
that is not a letter. A quotation still open at a line break carries into the next line unless
that line starts a new quotation (the convention for multi-paragraph quotes); one that is
still open after one carried break was never closed, and ends where its own line ends, unless
it opened with a guillemet and the next guillemet the text writes closes it within a few
lines (Russian and Ukrainian typography runs a statement of several paragraphs from one «
to one », reopening none: «A.\n\nB.\n\nC», – сказав X).
Within a line, a mark that opens a new sentence while a quotation of its family is still open
reopens it (the British convention for a statement's next paragraph, run into one paragraph
when a page is flattened): the open quotation ends with the sentence before the new mark,
so it does not run to the end of the line and hide every later "said X".
The writer's own words may sit inside one pair of guillemets, set off by dashes (Russian and
Ukrainian typography: «Мы готовы, — сказал он. — Осталось решить сроки»): they are not quoted
(``author_asides``), so the quotation is two spans with the "сказал он" between them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_MARKS = re.compile(r"[\"'“”«»„‘’‹›]|\n\s*")
_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_OPEN_BEFORE = " \t\n([{—–-/\u00a0“«„‘‹\"'"
_SENTENCE_END = ".!?…"
_GUILLEMET = re.compile("[«»]")
_GUILLEMET_LINES = 5
"""The most line breaks a quotation opened with « carries over to the » that closes it."""
_BLANKS = " \t\u00a0"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just past the closing mark (or the end of the line for an unclosed quote)."""
    crosses_break: bool = False
    """Carried over one line break: its sentences are one claim (``segment.join_quoted``).
    A statement of several paragraphs in guillemets (``_Scanner._runs_on``) is not: its
    sentences stay claims of their own, one quotation's, so they share its speaker."""


@dataclass(slots=True)
class _Open:
    start: int
    family: str
    line_end: int = -1
    carried: int = 0


def _line_end(body: str, start: int) -> int:
    """End of the text on the line holding ``start``, trailing blanks excluded."""
    end = body.find("\n", start)
    end = len(body) if end < 0 else end
    while end > start and body[end - 1] in " \t\u00a0":
        end -= 1
    return end


class _Scanner:
    """One pass over the marks of a body; collects the quote spans."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.stack: list[_Open] = []
        self.spans: list[QuoteSpan] = []

    def close(self, family: str, end: int) -> None:
        while self.stack:
            item = self.stack.pop()
            if item.family == family:
                self.spans.append(QuoteSpan(item.start, end, item.carried == 1))
                return

    def _low_open(self) -> bool:
        """The innermost open double quote opened with „ (so a “ after it closes it)."""
        doubles = [item for item in self.stack if item.family == "d"]
        return bool(doubles) and self.body[doubles[-1].start] == "„"

    def reopen(self, family: str, i: int) -> None:
        """A mark at ``i`` opening ``family`` right after a sentence's end ends the open one.

        "… to unlock it. "We are working …": the first quotation was never closed, the
        writer opened the next sentence as a new paragraph of the same statement. The open
        one ends at the sentence's end, blanks before the new mark left out.
        """
        end = i
        while end > 0 and self.body[end - 1] in _BLANKS:
            end -= 1
        if end < i and end > 0 and self.body[end - 1] in _SENTENCE_END and self.has(family):
            self.close(family, end)

    def has(self, family: str) -> bool:
        return any(item.family == family for item in self.stack)

    def line_break(self, at: int, after: int) -> None:
        """A run of newlines from ``at`` to ``after``: carry or end what is still open."""
        next_char = self.body[after : after + 1]
        kept = []
        for item in self.stack:
            if item.line_end < 0:
                item.line_end = _line_end(self.body, item.start)
            ended = item.carried and not self._runs_on(item, after)
            if ended or next_char in _DOUBLE_OPEN + _SINGLE_OPEN + "\"'" or not next_char:
                self.spans.append(QuoteSpan(item.start, item.line_end, False))
            else:
                item.carried += 1
                kept.append(item)
        self.stack = kept

    def _runs_on(self, item: _Open, after: int) -> bool:
        """Does the quotation ``item``, opened with « and carried over a break already, go on
        at ``after``: the next guillemet is a » within ``_GUILLEMET_LINES`` breaks of its
        start? (A « never closed meets another « first, or none, and ends at its line.)"""
        if self.body[item.start] != "«" or item.carried >= _GUILLEMET_LINES - 1:
            return False
        found = _GUILLEMET.search(self.body, after)
        return found is not None and found.group() == "»"

    def mark(self, i: int, char: str) -> None:
        body = self.body
        before = body[i - 1] if i else " "
        after = body[i + 1] if i + 1 < len(body) else " "
        opening = before in _OPEN_BEFORE and not after.isspace()
        if char == "“" and not opening and self._low_open():
            self.close("d", i + 1)  # „…“: the Ukrainian and German pair, where “ closes
        elif char in _DOUBLE_OPEN:
            self.reopen("d", i)
            self.stack.append(_Open(i, "d"))
        elif char in _DOUBLE_CLOSE:
            if self.has("d"):
                self.close("d", i + 1)
        elif char == '"':
            nested = before in _DOUBLE_OPEN and not after.isspace()  # «"Пауза" …»: an inner
            if self.has("d") and not (before.isspace() and after.isalnum()) and not nested:
                self.close("d", i + 1)
            elif opening:
                self.reopen("d", i)
                self.stack.append(_Open(i, "d"))
        elif char in _SINGLE_OPEN or (char == "'" and opening):
            self.reopen("s", i)
            self.stack.append(_Open(i, "s"))
        elif self.has("s") and not after.isalnum() and not before.isspace():
            self.close("s", i + 1)


_ASIDE_OPEN = re.compile(r"(?<=[,!?…])[ \t\u00a0]+[—–][ \t\u00a0]+(?=(\w+))")
"""Inside a quotation, a dash after a comma, "!", "?" or "…" with a word after it: where the
writer's words may break in ("…, — сказал он")."""
_ASIDE_CLOSE = re.compile(r"[,.][ \t\u00a0]+[—–][ \t\u00a0]+(?=\w)")
"""Where the writer's words end and the quotation resumes ("…, — сказал он. — …")."""


def _piece(body: str, span: QuoteSpan, start: int, end: int) -> QuoteSpan:
    """A piece of ``span``: it crosses a line break only if the break is in it."""
    return QuoteSpan(start, end, span.crosses_break and "\n" in body[start:end])


def author_asides(
    body: str, spans: list[QuoteSpan], speech_verb: Callable[[str], bool]
) -> list[QuoteSpan]:
    """``spans`` with the writer's words taken out of every quotation they interrupt.

    «Мы готовы, — сказала она. — Осталось решить сроки»: one pair of guillemets, two quoted
    pieces and the writer's "сказала она" between them, set off by a dash after a comma and
    ended by a full stop or comma and a dash. The aside is told from a dash inside a
    quotation's own text («…, — это нормальное явление») by its first word: a verb of speech
    (``speech_verb``); with no second dash the aside runs to the closing mark (the writer put
    the mark after his own words). The first piece ends before the comma, so the sentence
    reads as «…», — сказала она.
    """
    out: list[QuoteSpan] = []
    for span in spans:
        start = span.start
        while True:
            found = None
            for match in _ASIDE_OPEN.finditer(body, start + 1, span.end):
                if match.group(1)[:1].islower() and speech_verb(match.group(1)):
                    found = match
                    break
            if found is None:
                out.append(_piece(body, span, start, span.end))
                break
            out.append(_piece(body, span, start, found.start() - 1))
            resume = _ASIDE_CLOSE.search(body, found.end(), span.end)
            if resume is None:
                break
            start = resume.start() + 1
            while body[start] in " \t\u00a0":
                start += 1
    return out


def find_quotes(body: str, speech_verb: Callable[[str], bool] | None = None) -> list[QuoteSpan]:
    """Every direct quotation of ``body``, in order of their opening marks; with
    ``speech_verb``, the writer's words inside a quotation's marks left out (``author_asides``).
    """
    scanner = _Scanner(body)
    for match in _MARKS.finditer(body):
        if match.group()[0] == "\n":
            scanner.line_break(match.start(), match.end())
        else:
            scanner.mark(match.start(), match.group())
    scanner.line_break(len(body), len(body))
    spans = sorted(scanner.spans, key=lambda s: s.start)
    return spans if speech_verb is None else author_asides(body, spans, speech_verb)


def mask_quotes(body: str, spans: list[QuoteSpan], mask: str = "\ue000") -> str:
    """``body`` with every quoted character (marks included, newlines kept) replaced by ``mask``.

    Same length as ``body``, so offsets found in the mask are offsets in the body: attribution
    rules then see "‘…,’ Avidzba said" as "<mask> Avidzba said", whatever the quote says.
    """
    if not spans:
        return body
    pieces = []
    last = 0
    for span in spans:
        if span.end <= last:
            continue
        start = max(span.start, last)
        pieces.append(body[last:start])
        pieces.append(re.sub(r"[^\n]", mask, body[start : span.end]))
        last = span.end
    pieces.append(body[last:])
    return "".join(pieces)
