"""Console markup and terminal escape sequences in article text: typography, never words.

An article pasted from a terminal or a console page keeps its tags as characters: Rich and
Textual markup ("[b]Jon Hale[/b] said …", "[bold red]", "[/]", "[@click=app.quit]") and ANSI
escape sequences ("Jon ESC[1mHale ESC[0m said …"). The stored body keeps them (it is the file's
text, and the app shows an ESC as its control picture); the analysis reads them as spaces of
the same length (``language.parse.body_cut``), as it reads Markdown's marks, so the name
between them is one name: parsed with them, "[b]Jon" and "Hale[/b" were no words and the
speaker was "Jon", or "Jon ESC[1mHale ESC" (found32).

A closing tag of an action or a link between a word and a capitalised one
("[@click=app.quit]Quit[/] Anglers said") stays a boundary: it is read as a comma, so a label
and the name after it are not one name. A style's closing tag or an escape sequence there
("[b]Oleg[/b] Marchenko", "Olena ESC[0m Koval") is typography inside a name: a space
(found33: read as a comma, it cut the name and the role was kept with the given name).

A bracketed run is a tag only in a tag's shape: a closing tag ("[/]", "[/b]"), an action or a
link ("[@click=…]", "[link=…]"), a colour ("[#ff8800]", "[rgb(…)]", "[color(3)]"), or words
that are all style words ("[bold red on white]", "[i]"); an editor's insertion ("[the pump]",
"[sic]", "[Brennan]") stays words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["console_marks", "console_pairs", "without_console_marks", "without_escape_sequences"]

STYLE_WORDS: Final = frozenset(
    """b i u s d r bold dim italic underline underline2 strike blink blink2 reverse conceal
    frame encircle overline not on default black red green yellow blue magenta cyan white
    grey gray bright_black bright_red bright_green bright_yellow bright_blue bright_magenta
    bright_cyan bright_white""".split()
)
"""The words of a console style ("[bold red on white]", "[not italic]"), Rich's names."""

_WHOLE: Final = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves ("ESC[1m", "ESC[0m")
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: a title, a hyperlink
    r"|\x9b[0-?]*[ -/]*[@-~]"  # a one-byte CSI
)
_ESCAPE: Final = re.compile(_WHOLE + r"|\x1b[@-Z\\-_]")  # and the two-character ones
_EXPORTED_ESCAPE: Final = re.compile(_WHOLE)
"""The sequences an export drops whole (``without_escape_sequences``): not the two-character
ones, whose one character after ESC may be a word's first letter ("ESC" then "Anna")."""
_BRACKETED: Final = re.compile(r"\[(/?)([^\[\]\n]{0,80})\]")
_SHAPED: Final = re.compile(
    r"@[^\s\]]*|link(?:=\S*)?|#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?|(?:rgb|color)\([0-9, ]*\)"
)


def _is_tag(closing: str, inner: str) -> bool:
    if closing and not inner.strip():
        return True  # "[/]"
    if _SHAPED.fullmatch(inner.strip()):
        return True
    words = inner.split()
    return bool(words) and all(word in STYLE_WORDS for word in words)


def console_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every terminal escape sequence and console markup tag in ``text``, in
    order; empty for a text with neither (the common case costs two character tests)."""
    spans: list[tuple[int, int]] = []
    if "\x1b" in text or "\x9b" in text:
        spans += [m.span() for m in _ESCAPE.finditer(text)]
    if "[" in text:
        spans += [m.span() for m in _BRACKETED.finditer(text) if _is_tag(m.group(1), m.group(2))]
    return sorted(spans)


_OPEN_DEPTH: Final = 16
"""How far back among the tags still open a closing tag looks for its own: tags nested
deeper are no typography, and a text of unclosed tags costs no more than this a tag."""


def console_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(opening tag, closing tag) of the console markup in ``text``, as Rich pairs them: a
    closing tag closes the last tag opened with its name ("[/b]" the last "[b]", "[/link]"
    the last "[link=…]"), "[/]" the last one opened; a tag left unpaired is in no pair. A
    claim's span takes both tags of a pair or neither (``text.tag_pairs``)."""
    if "[" not in text:
        return []
    pairs = []
    opened: list[tuple[tuple[int, int], str]] = []
    for match in _BRACKETED.finditer(text):
        closing, inner = match.group(1), match.group(2)
        if not _is_tag(closing, inner):
            continue
        name = " ".join(inner.split("=", 1)[0].split())
        if not closing:
            opened.append((match.span(), name))
            continue
        nearest = range(len(opened) - 1, max(-1, len(opened) - 1 - _OPEN_DEPTH), -1)
        at = next((k for k in nearest if not name or opened[k][1] == name), None)
        if at is not None:
            pairs.append((opened[at][0], match.span()))
            del opened[at]
    return pairs


def without_escape_sequences(text: str) -> str:
    """``text`` without its CSI and OSC escape sequences, each removed whole: an export or a
    paste dropped only the ESC byte, and "ESC[0m" left "[0m" in the claim, the CSV and
    ClaimReview (review42 A15). What the sequences hold is never a language's text (their
    parameters are digits and ``;``; an OSC hyperlink's label is outside it and stays)."""
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _EXPORTED_ESCAPE.sub("", text)


def without_console_marks(text: str, spans: Sequence[tuple[int, int]] | None = None) -> str:
    """``text`` with each of ``console_marks`` (or ``spans``, when the caller found them) as
    spaces (the same length), but a comma for a tag glued to the word before it and followed
    by a capitalised word (the module's docstring); ``text`` itself when it has none."""
    spans = console_marks(text) if spans is None else spans
    if not spans:
        return text
    chars = list(text)
    label = False  # (the last opening tag was an action's or a link's)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
        mark = text[start:end]
        if not mark.startswith("["):
            continue  # an escape sequence: a colour, never a label's end
        if not mark.startswith("[/"):
            label = _LABEL.match(mark) is not None
            continue
        after = text[end:].lstrip(" \t")
        if label and start and text[start - 1].isalnum() and after[:1].isupper():
            chars[start] = ","
        label = False
    return "".join(chars)


_LABEL: Final = re.compile(r"\[\s*(?:@|link\b)")
"""An action's or a link's opening tag: the words it opens are a label ("[@click=…]Quit[/]",
"[link=…]Harbour master[/link]"); a style's ("[b]Oleg[/b] Marchenko") are words like any."""
