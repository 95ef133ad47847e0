"""Text from articles is data: one sanitiser for everything shown or copied as plain text.

Each dangerous code point becomes exactly one visible stand-in, so character offsets into a
sanitised text are the same as into the original (claims are highlighted by offset).
Newlines and tabs are layout and stay. Everything else is left alone: quotes, dashes, Cyrillic.

What is replaced, and why:

- C0 controls and DEL (ESC starts every terminal escape sequence; BEL, BS and CR rewrite what
  is on screen) become their Unicode "control pictures" (ESC shows as ␛).
- C1 controls (0x80-0x9F; 0x9B is a one-byte CSI in some terminals) become ␦.
- Bidirectional overrides, embeddings, isolates and marks (U+202E makes text read backwards)
  become ⇄.
- Zero-width and invisible formatting characters, interlinear annotation marks and Unicode tag
  characters (they hide text in plain sight, smuggle instructions, or make two strings that
  look equal differ) become ∙.
- The Unicode line and paragraph separators (U+2028, U+2029) become ⏎ and ¶: widgets and
  terminals treat them as line breaks, which would shift every offset after them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

from factdesk.text.console import without_escape_sequences

KEEP: Final = frozenset("\n\t")

BIDI: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE: Final = frozenset(
    "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
    "\ufff9\ufffa\ufffb"  # interlinear annotation marks: hide text between them
    + "".join(chr(code) for code in (0xE0001, *range(0xE0020, 0xE0080)))  # tag characters
)

C1_STAND_IN: Final = "\u2426"  # ␦
BIDI_STAND_IN: Final = "\u21c4"  # ⇄
INVISIBLE_STAND_IN: Final = "\u2219"  # ∙
SEPARATORS: Final = {"\u2028": "\u23ce", "\u2029": "\u00b6"}  # ⏎ ¶


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if chr(code) not in KEEP:
            table[code] = chr(0x2400 + code)
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = C1_STAND_IN
    for char in BIDI:
        table[ord(char)] = BIDI_STAND_IN
    for char in INVISIBLE:
        table[ord(char)] = INVISIBLE_STAND_IN
    for char, stand_in in SEPARATORS.items():
        table[ord(char)] = stand_in
    return table


_TABLE: Final = _build_table()


def sanitize(text: str) -> str:
    """Return ``text`` with every control, bidi and invisible character made visible.

    ``len(sanitize(t)) == len(t)`` always, so offsets carry over.
    """
    return text.translate(_TABLE)


def sanitize_line(text: str) -> str:
    """Sanitise and fold onto one line: for table cells, notifications and titles."""
    return " ".join(sanitize(text).split())


def is_clean(text: str) -> bool:
    """True when ``sanitize`` would change nothing."""
    return _replaced().search(text) is None


def replace_unsafe(text: str, stand_in: Callable[[str], str]) -> str:
    """``text`` with each character ``sanitize`` would replace given to ``stand_in`` (a JSON
    escape, say), the rest as is; ``text`` itself when there is none."""
    return _replaced().sub(lambda found: stand_in(found.group()), text)


@cache
def _replaced() -> re.Pattern[str]:
    """One character of ``_TABLE``, as a class of its runs of code points ("\x00-\x08"): a
    scan in C, 7x faster than testing each character in Python over a 3.6 MB JSON Lines
    export (the same class listing each character one by one was 3.5x slower, not faster:
    the tag characters above U+FFFF keep the regex engine from making it a bitmap).
    Compiled at the first check, not at import: the first screen imports this module."""
    runs: list[list[int]] = []
    for code in sorted(_TABLE):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    ranges = (re.escape(chr(low)) + "-" + re.escape(chr(high)) for low, high in runs)
    return re.compile("[" + "".join(ranges) + "]")


# -- exports and the clipboard: remove only what is dangerous ---------------------------------

EXPORT_BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Embeddings, overrides and isolates: they reorder what follows (U+202E reads backwards).
The marks (LRM U+200E, RLM U+200F, ALM U+061C) only nudge neutral characters and stay."""


def _build_export_table() -> dict[int, None]:
    removed = [*range(0x20), 0x7F, *range(0x80, 0xA0)]
    table: dict[int, None] = {code: None for code in removed if chr(code) not in KEEP}
    table.update({ord(char): None for char in EXPORT_BIDI_CONTROLS})
    return table


_EXPORT_TABLE: Final = _build_export_table()


def clean_for_export(text: str) -> str:
    """Text for a file or a paste: terminal escape sequences (``console``'s CSI and OSC,
    whole: "ESC[31m" leaves nothing, not "[31m"), then C0/C1 controls and bidi
    overrides/isolates removed.

    Unlike ``sanitize`` (the terminal's, which shows every invisible character), this keeps
    what writing systems need: ZWNJ (U+200C, Persian and Hindi), ZWJ (emoji, Indic scripts),
    direction marks, soft hyphens, tag characters of flag emoji. A CR LF or a lone CR becomes
    one newline, and the Unicode line/paragraph separators become newlines too, so a reader
    sees the same line breaks as the desk.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return without_escape_sequences(text).translate(_EXPORT_TABLE)


def clean_export_line(text: str) -> str:
    """``clean_for_export`` folded onto one line (white space runs become one space)."""
    return " ".join(clean_for_export(text).split())


def is_export_clean(text: str) -> bool:
    """True when ``clean_for_export`` would remove nothing (line ends aside)."""
    return not any(ord(char) in _EXPORT_TABLE for char in text)


# -- what the desk stores ----------------------------------------------------------------------

_LONE_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``\\n`` line ends; NUL and lone surrogates -> U+FFFD; no leading BOM character.

    Every text the desk stores passes here: a decoded article, a note, a URL, a publication's
    fields. Here, not beside the decoder: the desk's own modules need it on every start, and
    the decoder's code pages and tables are an import's."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "\ufffd")
    return _LONE_SURROGATE.sub("\ufffd", text)
