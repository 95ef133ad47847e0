"""Hard-wrapped text (wire copy at ~65 characters a line) read as the paragraphs it has.

Wire services and e-mail gateways break every line at a fixed width, so a line end is not a
paragraph end: a paragraph is a blank line, or an indented line. Read line by line, such an
article is line fragments, and a quote is cut from its "said X". ``unwrap`` gives the text the
analysis reads: each soft line end (a wrap) becomes a space, everything else is untouched, so
the result has the SAME LENGTH as the body and every offset found in it is an offset in the
body (a claim is still ``body[start:end]``, its fingerprint unchanged; only the display may
show it unwrapped). Text that is not uniformly wrapped keeps its line ends, except where a
line breaks a sentence off before a lower-case word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_WIDTH = 100
"""Wider lines are not a wrapping width: text with such lines is left alone."""
MIN_WRAPPED_LINES = 3
FULL_SHARE = 0.6
"""A line is "full" at this share of the width; most inner lines of wrapped text are."""
WRAPPED_SHARE = 0.75
"""Share of inner lines that must be full for the text to count as hard-wrapped."""
_TERMINAL = '.!?…:"”’»'
_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def length(self) -> int:
        return len(self.text.rstrip())

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indented(self) -> bool:
        return self.text[:1] in (" ", "\t", "\u00a0") and not self.blank


def _lines(body: str) -> list[_Line]:
    lines = []
    start = 0
    for piece in body.split("\n"):
        lines.append(_Line(start, start + len(piece), piece))
        start += len(piece) + 1
    return lines


def wrap_width(body: str) -> int | None:
    """The width ``body`` is hard-wrapped at, or None when its lines are not uniformly short.

    Inner lines (followed by another non-blank line) are what wrapping makes; a paragraph's
    last line is short by nature and not counted. The width is the 90th percentile of their
    lengths (one long URL does not undo it), and most of them must be near it.
    """
    lines = _lines(body)
    inner = [
        line.length
        for line, after in itertools.pairwise(lines)
        if not line.blank and not after.blank and not after.indented
    ]
    if len(inner) < MIN_WRAPPED_LINES:
        return None
    ordered = sorted(inner)
    width = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    if width > MAX_WIDTH or width < 20:
        return None
    full = sum(1 for n in inner if n >= FULL_SHARE * width)
    return width if full >= WRAPPED_SHARE * len(inner) else None


def unwrap(body: str) -> str:
    """``body`` with its soft line ends as spaces (same length), or ``body`` itself.

    A line end stays when the next line is blank or indented (a new paragraph), when the line
    is short for the width and ends a sentence or a heading (a paragraph's last line), or when
    the line is much wider than the wrapping (it was never wrapped).
    """
    width = wrap_width(body)
    if width is None:
        return _join_mid_sentence(body)
    chars = list(body)
    lines = _lines(body)
    first = next((line for line in lines if not line.blank), None)
    for line, after in itertools.pairwise(lines):
        if line.blank or after.blank or after.indented or line.length > width + 10:
            continue
        text = line.text.rstrip()
        if line.length < FULL_SHARE * width and (text[-1:] in _TERMINAL or _heading(text)):
            continue
        if line is first and _headline_over(body, line, after):
            continue
        chars[line.end] = " "
    return "".join(chars)


def _headline_over(body: str, line: _Line, after: _Line) -> bool:
    """Whether the body's first line is a headline set over wrapped copy with no blank line
    ("Черкаська міськрада ухвалила бюджет на 2027 рік із дефіцитом" over "Черкаська міська
    рада на сесії …", Ukrinform): no sentence end, the next line opens with a capital, and no
    dateline opens it (a wire story's first sentence runs on: "Київ. 2 грудня.
    ІНТЕРФАКС-УКРАЇНА - Антимонопольний комітет" over "України (АМКУ) …"), and the line does
    not end on a word no headline ends on (a lede's "… to cut 40 bus routes, which" over
    "Northgate Transit said …" runs on: kept apart, its claim was lost)."""
    # the dateline patterns compile here, not at start-up: every listing command imports
    # this module (Markdown's marks, through ``blanked``) and never unwraps a body
    from factdesk.text.datelines import dateline_at

    text = line.text.rstrip()
    last = text.rsplit(None, 1)[-1] if text else ""
    return (
        text[-1:] not in _TERMINAL + ",;"
        and not ends_on_continuer(last)
        and after.text.lstrip()[:1].isupper()
        and dateline_at(body, line.start) is None
    )


def _join_mid_sentence(body: str) -> str:
    """Text not uniformly wrapped (a few lines, or lines of uneven length) still has the line
    ends a sentence cannot have: a line that ends without sentence punctuation, followed by a
    line that goes on in lower case ("… до 2028 года,\nсообщил мэр …"), or a break inside a
    date (``_runs_on``: "… will close on 12\nMarch, the council said");
    those become spaces (same length). Every other line end stays."""
    if "\n" not in body:
        return body
    chars: list[str] | None = None
    lines = _lines(body)
    for line, after in itertools.pairwise(lines):
        if line.blank or after.blank or after.indented or line.length > MAX_WIDTH:
            continue
        text = line.text.rstrip()
        if text[-1:] in _TERMINAL:  # a sentence's end, but for a month's dot ("on Dec.")
            if not (_DOTTED_MONTH.search(text) and _runs_on(text, after.text)):
                continue
        elif not after.text[:1].islower() and not _runs_on(text, after.text):
            continue
        if chars is None:
            chars = list(body)
        chars[line.end] = " "
    return body if chars is None else "".join(chars)


_LONE_BREAK = re.compile(r"(?<=\S)([ \t\u00a0]*)\n(?=[ \t\u00a0]*\S)")
"""A line break with words on both sides: no blank line, so no paragraph's end."""


def lines_joined(text: str) -> str:
    """One claim's ``text`` with each line break between two lines of words as a space (the
    same length). A claim is one sentence (or a quotation made whole), and it keeps its
    article's line ends: in hard-wrapped copy "on 12\nMarch" is a date, which the date
    readers, matching spaces, did not see. A blank line stays (a quotation's paragraphs)."""
    return _LONE_BREAK.sub(r"\1 ", text) if "\n" in text else text


_DOTTED_MONTH = re.compile(r"(?<!\S)[A-Z][a-z]{2,3}\.\Z")
"""A line ending on a short word and its dot ("on Dec.", "Sept."): a month's abbreviation
may be it (``_runs_on`` asks), which a sentence's full stop never is."""
_DAY = re.compile(r"(?<![\w.,:])[0-3]?\d(?:st|nd|rd|th)?\Z")
_DAY_OR_YEAR = re.compile(r"(?:[0-3]?\d(?:st|nd|rd|th)?|(?:1[89]|20)\d\d)(?!\w)")


def _runs_on(text: str, after: str) -> bool:
    """Whether a line of prose (``text``: no heading, no sentence punctuation at its end but a
    month's dot) goes on into the next line, which opens with a capital: the break falls
    inside a date, a day over its month ("on 12" over "March") or a month over its day or
    year ("on Dec." over "3"). Read line by line, the day was a figure of one claim and the
    month opened the next. (A line ending on a word no sentence ends on, "… in" over "March
    2026", was tried too: a validation split lost two whole claims, so it is left out.)"""
    # the word lists load here, as ``ends_on_continuer``'s do
    from factdesk.lexicon.months import ENGLISH

    last, first = text.rsplit(None, 1)[-1], after.split(None, 1)[0] if after.strip() else ""
    if not first or _heading(text):
        return False
    word = first.rstrip(",;:")
    month = len(word) > 3 or word == "May"  # "Jan" over a day is a name as often as a month
    month = month and word.lower() in ENGLISH and word[:1].isupper()
    if month and _DAY.search(text):
        return True
    if _DOTTED_MONTH.search(last) and last[:-1].lower() not in ENGLISH:
        return False  # "… ran on Dec." over "3 …" is a date; "… was Tom." over "20 …" no
    return (
        last.rstrip(".").lower() in ENGLISH
        and last[:1].isupper()
        and bool(_DAY_OR_YEAR.match(after.lstrip()))
    )


def _heading(text: str) -> bool:
    """A short line with no sentence punctuation that is mostly capitalised words."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 >= len(words)


LONG_LINE = 1000
"""Shown lines longer than this are broken (at a space) for the article pane: the terminal
text widget renders a whole line for each screen row it draws, so one 4 MB paragraph made
every key that redraws the pane cost seconds."""


def break_long_lines(text: str, limit: int = LONG_LINE) -> str:
    """``text`` with a space turned into a line end wherever a line runs past ``limit``.

    One character for one (the SAME LENGTH, every offset kept), in one pass: a sentence end
    in the second half of the window first, else the last space in it, else the first space
    after it (a line with no space at all stays as it is).
    """
    breaks: list[int] = []
    for line in _LINE.finditer(text):
        at, end = line.start(), line.end()
        while end - at > limit:
            half = at + limit // 2
            cut = text.rfind(". ", half, at + limit)
            cut = cut + 1 if cut != -1 else text.rfind(" ", at + 1, at + limit)
            if cut == -1:
                cut = text.find(" ", at + limit, end)
                if cut == -1:
                    break
            breaks.append(cut)
            at = cut + 1
    if not breaks:
        return text
    pieces, last = [], 0
    for cut in breaks:
        pieces += [text[last:cut], "\n"]
        last = cut + 1
    pieces.append(text[last:])
    return "".join(pieces)


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``(start, end)`` span as spaces: the same length, so an offset found
    in what the analysis reads is an offset in the body. One home for every same-length mask
    (Markdown's marks, a live blog's entry times); ``text`` itself when there are none."""
    chars: list[str] | None = None
    for start, end in spans:
        chars = list(text) if chars is None else chars
        chars[start:end] = " " * (end - start)
    return text if chars is None else "".join(chars)


def ends_on_continuer(word: str) -> bool:
    """Whether a line ending on ``word`` goes on in the next one: no headline or sentence
    ends on it ("to", "and", "в", "та"), in English or Russian/Ukrainian."""
    # the word lists load here, not at start-up: the app's first screen imports this module
    from factdesk.lexicon.english import LINE_CONTINUERS
    from factdesk.lexicon.reporting_ru_uk import LINE_CONTINUERS as CYRILLIC_LINE_CONTINUERS

    low = word.lower()
    return low in LINE_CONTINUERS or low in CYRILLIC_LINE_CONTINUERS
