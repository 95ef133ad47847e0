"""Esc and the key right after it, read as the two keys they were.

A terminal sends Esc as the one byte ESC, which also opens every escape sequence, and it sends
Alt+J as ESC then "j". Textual's parser (8.2.8) waits ``ESCDELAY`` (100 ms) after an ESC: a
byte in that time makes the pair one key, ``alt+j``. So a reviewer's Esc then j (back to the
queue, next article) typed quickly, or read together from the terminal when the machine is
busy, arrived as ``alt+j``, which nothing binds: both keys were lost (ux20, reproduced in tmux:
``send-keys Escape j``). An alt key the focused screen does not bind is therefore handed on as
Esc, then the key itself, once Esc is handled (it may have closed a screen).

A digit after Esc was worse: Textual reads ESC then a digit as WezTerm's Option+digit
("\\x1b2" is "™", "\\x1b3" "£"), so Esc then 2 (close the filter, then "disputed") typed
"™" into the filter or did nothing. Those ten entries are taken out of Textual's table
(``forget_option_digits``, installed with ``ui.textual_fixes``): ESC then a digit is then the
alt digit, handed on as above. Option+digit in WezTerm acts as Esc then the digit; a "£" or
"™" a keyboard sends as the character itself is untouched.

Punctuation after Esc lost the Esc: the parser gives "alt+" only to a key named by one
character, so ESC then "/" came out as "slash" alone. ``keep_alt`` makes it ``alt+slash``,
handed on as above. Not caught: ESC then f or b, which Textual reads as iTerm's word-by-word
Option+arrow keys (kept: those users edit notes with them).
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import cast

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._xterm_parser import XTermParser
from textual.keys import _character_to_key

ESCAPE = "escape"
OPTION_DIGITS = tuple(f"\x1b{digit}" for digit in "0123456789")
"""ESC then a digit: Textual's table reads these as WezTerm's Option+digit characters."""


def keep_alt() -> None:
    """Make ESC then a punctuation key ``alt+<key>`` as it is for a letter (module docstring):
    the parser's key-naming method, wrapped once."""
    original = XTermParser._sequence_to_key_events
    if getattr(original, "keeps_alt", False):
        return

    def named(self: XTermParser, sequence: str, alt: bool = False) -> Iterator[events.Key]:
        for event in original(self, sequence, alt):
            character = event.character
            typed = character is not None and len(character) == 1 and character.isprintable()
            if alt and typed and not event.key.startswith("alt+"):
                yield events.Key(f"alt+{event.key}", character)
            else:
                yield event

    named.keeps_alt = True  # type: ignore[attr-defined]
    XTermParser._sequence_to_key_events = named  # type: ignore[method-assign]


def forget_option_digits() -> None:
    """Read ESC then a digit as Esc and the digit (see the module docstring)."""
    table = cast("dict[str, object]", ANSI_SEQUENCES_KEYS)  # typed a Mapping; a dict
    for sequence in OPTION_DIGITS:
        table.pop(sequence, None)


def after_escape(event: events.Key, bound: Container[str]) -> events.Key | None:
    """The key pressed right after Esc when ``event`` is such a pair (``alt+j``, ``alt+1``,
    ``alt+shift+j``) and nothing in ``bound`` takes it; else None (a real alt binding, a key
    without a character)."""
    if not event.key.startswith("alt+") or event.key in bound:
        return None
    character = event.character
    if character is None or len(character) != 1 or not character.isprintable():
        return None
    key = character if character.isalnum() else _character_to_key(character)
    return events.Key(key, character)
