"""Markdown's marks in an article body: what is typography, never words.

A ``.md`` article is stored as written (the body is the evidence, and every claim is
``body[start:end]`` of it), but a fact-checker reads it as prose: ``# heading`` is a heading,
``*Posted …*`` and ``**RAC**`` are words, ``[the report](https://…)`` is "the report". Two
readings of one body follow, both from ``marks``:

- the analysis reads ``masked`` (each mark a space: the SAME LENGTH, so every offset it
  finds is an offset in the body), and never takes a heading line for a claim
  (``heading_lines``);
- the pane and every claim text a reviewer reads show ``Prose`` (the marks removed), with a
  map between its offsets and the body's, so a claim's highlight still covers its words.

Only what Markdown writes unambiguously counts: an ATX heading (``#`` to ``######`` then a
space, at a line start), emphasis around words on one line (``*x*``, ``_x_``, ``**x**``,
``__x__``; never a ``*`` between spaces or digits, nor ``snake_case``), an inline link or
image with its target (``[text](url)``, ``![alt](url)``), and inline code's backticks. A
list bullet or a ``>`` quote reads as prose already and stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from factdesk.text.wrapping import blanked

_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(?=\S)[^\n]*$", re.MULTILINE)
_HEADING_MARK = re.compile(r"[ ]{0,3}#{1,6}[ \t]+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(?P<w>(?:(?!\1)[^\n]){1,300}?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<w>[^\n*]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(?P<w>[^\n_]{1,300}?)(?<=[^\s_])_(?![\w_])")
"""Each run is read up to 300 characters (a sentence or two) and never across its own mark:
unbounded, a line of many unclosed "**" was scanned to its end from each of them (an 80 KB
line took 80 s); now the scan from a mark stops at the next one."""
_LINK = re.compile(r"(!?\[)([^\[\]\n]{1,300}+)(\]\([^()\s]+(?:[ \t]+\"[^\"\n]*\")?\))")
_TARGET = re.compile(r"\]\((?:[a-z][a-z0-9+.-]*:|/|#|\.)[^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)", re.I)
"""A link's target alone ("](https://…)"): a claim that starts inside a link's words (the
analysis reads the "[" as a space) holds the rest of the link, and shows it as prose too."""
_CODE = re.compile(r"`(?P<w>[^`\n]{1,300}+)`")
_MARK_CHARS = ("#", "*", "_", "[", "]", "`")
"""A body without any of these has no marks: the common plain-text case costs one scan."""


_LOOSE_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1)[^\n]){1,300}?)(?<=\S)\1")
"""Strong emphasis as ``unemphasise`` reads it for the analysis (extractor 124, before
``marks``): inside a word too, looser than ``_STRONG``, which the pane's prose shares. At most
300 characters and never across its own mark: a line of many unclosed "**" was scanned to
its end from each (80 KB: 38 s)."""


def unemphasise(text: str) -> str:
    """``text`` with Markdown's ``**``/``__`` emphasis marks as spaces (same length): the
    parser and the recogniser read "the **RAC** estimates" as punctuation around a noun and
    find no subject; the marks are typography, never words (offsets stay the body's)."""
    if "**" not in text and "__" not in text:
        return text
    return _LOOSE_STRONG.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)),
                         text)  # fmt: skip


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every ATX heading line (``# Title``, ``## Section``): headings are
    the article's structure, never claims. A hashtag (``#Word``) is no heading."""
    if "#" not in text:
        return []
    return [(m.start(), m.end()) for m in _HEADING.finditer(text)]


Span = tuple[int, int]
Pair = tuple[Span, Span]
"""A mark that opens and the mark that closes it: (start, end) of each."""


def marks(text: str) -> tuple[Span, ...]:
    """(start, end) of every Markdown mark in ``text``, in order and never overlapping.

    Not cached: each body is read once per use (``body_cut`` keeps its own cut), and a cache
    keyed by text would keep up to its size of 5 MB bodies alive."""
    if not any(char in text for char in _MARK_CHARS):
        return ()
    single, pairs = _found(text)
    return _disjoint(single + [half for pair in pairs for half in pair])


def mark_pairs(text: str) -> list[Pair]:
    """The marks of ``marks`` that come in pairs (emphasis, inline code, a link's "[" and its
    "](target)"), each as (opening, closing): a claim's span takes both halves or neither
    (``text.tag_pairs``)."""
    if not any(char in text for char in _MARK_CHARS):
        return []
    single, pairs = _found(text)
    kept = set(_disjoint(single + [half for pair in pairs for half in pair]))
    return [pair for pair in pairs if pair[0] in kept and pair[1] in kept]


def _found(text: str) -> tuple[list[Span], list[Pair]]:
    """Every mark the patterns find, overlaps and all: the single ones (a heading's hashes, a
    link's target alone) and the pairs."""
    single: list[Span] = []
    for start, end in heading_lines(text):
        lead = _HEADING_MARK.match(text, start)
        if lead is not None:
            single.append((start, lead.end()))
        closing = _CLOSING_HASHES.search(text, start, end)
        if closing is not None:
            single.append((closing.start(), end))
    pairs: list[Pair] = [(match.span(1), match.span(3)) for match in _LINK.finditer(text)]
    single += [match.span() for match in _TARGET.finditer(text)]
    for pattern in (_CODE, _STRONG, _EMPHASIS, _UNDERSCORE):
        for match in pattern.finditer(text):
            pairs.append(((match.start(), match.start("w")), (match.end("w"), match.end())))
    return single, pairs


def _disjoint(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans in order, each dropped where it overlaps one before it (a ``*`` inside a
    link's target is the target's, already cut)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if start < end and (not kept or start >= kept[-1][1]):
            kept.append((start, end))
    return tuple(kept)


def masked(text: str) -> str:
    """``text`` with every Markdown mark as spaces (the same length): what the parser and
    the recogniser read, so "the **RAC** estimates" has a subject and a link's target is no
    word of the sentence; offsets stay the body's."""
    return blanked(text, marks(text))


def prose(text: str) -> str:
    """``text`` as a reviewer reads it: every Markdown mark removed ("[the report](url)" ->
    "the report", "*Posted …*" -> "Posted …"). For a claim's words in lists, dialogs, notes
    and exports; the stored text, its offsets and its fingerprint are the body's."""
    return Prose.of(text).text


@dataclass(frozen=True, slots=True)
class Prose:
    """A text with its Markdown marks removed, and the map between its offsets and the
    original's: the article pane shows ``text`` while claims keep their body offsets."""

    text: str
    cuts: tuple[tuple[int, int], ...]
    """The removed spans, as (start, end) in the original."""
    shown_at: tuple[int, ...]
    """Where each removed span was, as an offset in ``text``."""
    removed: tuple[int, ...]
    """How many characters were removed before each span."""

    @classmethod
    def of(cls, text: str) -> Prose:
        """``text`` read as prose (itself, with an empty map, when it has no marks)."""
        spans = marks(text)
        if not spans:
            return cls(text, (), (), ())
        pieces, last, removed, shown_at, before = [], 0, [], [], 0
        for start, end in spans:
            pieces.append(text[last:start])
            removed.append(before)
            shown_at.append(start - before)
            before += end - start
            last = end
        pieces.append(text[last:])
        return cls("".join(pieces), spans, tuple(shown_at), tuple(removed))

    def shown(self, offset: int) -> int:
        """The offset in ``text`` of an original offset (one inside a mark: where it was)."""
        k = bisect_right(self.cuts, (offset, len(self.text) + offset + 1)) - 1
        if k < 0:
            return offset
        start, end = self.cuts[k]
        if offset < end:
            return start - self.removed[k]
        return offset - self.removed[k] - (end - start)

    def original(self, offset: int) -> int:
        """The original offset of an offset in ``text``: at a removed mark, the offset after
        it (a selection that starts at a link's words starts after its ``[``)."""
        k = bisect_right(self.shown_at, offset) - 1
        if k < 0:
            return offset
        return self.cuts[k][1] + (offset - self.shown_at[k])
