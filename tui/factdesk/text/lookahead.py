"""A regex that skips ahead: the same pattern behind a look-ahead at its possible first letters.

Python's ``re`` tries every branch of an alternation at every position where the pattern
could start, and a cue list that opens with ``\\b`` or is compiled with ``re.IGNORECASE``
gets none of its shortcuts: ``HEDGE_RE`` (21 branches) cost 25 µs a sentence of the bench
texts. ``prefiltered(pattern)`` puts ``(?=[…])`` in front, the set of characters a match can
begin with, read from the pattern's own parse, and ``\\b`` when every branch starts at one;
one class test then rejects most positions before any branch is entered (``HEDGE_RE``: 5 µs).

The matches are the same, not nearly the same: the look-ahead only states what any match
already has (its first character is one of those the pattern can begin with), so every
method (``search``, ``match``, ``finditer``, ``sub``) finds the same spans and groups (the
look-ahead and the wrapper capture nothing). When the first characters cannot be read
exactly (a pattern that can match the empty string, or that can begin with a back-reference,
a negated class or any character), the pattern is returned unchanged. Case is never
narrowed: the look-ahead is compiled with the pattern's own flags, a case-sensitive group
inside a case-insensitive pattern only widens it, and a case-insensitive group inside a
case-sensitive one makes the whole look-ahead ignore case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _Unknown(Exception):
    """The first characters cannot be told exactly: leave the pattern as it is."""


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead at the characters a match can begin with (module doc)."""
    return _with_lookahead(pattern.pattern, pattern.flags) or pattern


def compile_prefiltered(source: str, flags: int = 0) -> re.Pattern[str]:
    """``prefiltered(re.compile(source, flags))``, compiled once: the plain pattern is compiled
    only when no look-ahead can be put in front. A cue list joined at import (``any_of``) or
    per combination of date cues was compiled twice, the first thrown away (~3 ms each for
    the larger lists, some 30 ms of each import process's start)."""
    return _with_lookahead(source, flags) or re.compile(source, flags)


def _with_lookahead(source: str, flags: int) -> re.Pattern[str] | None:
    """The look-ahead pattern of ``source``, or None when its first characters are unknown."""
    try:
        parsed = _parser.parse(source, flags)
        first = _first(parsed.data, False)
    except _Unknown:
        return None
    if first.nullable or not first.members:
        return None
    flags = parsed.state.flags  # what ``re.compile(source, flags).flags`` gives (inline ones too)
    boundary = r"\b" if first.bounded else ""
    members = f"[{''.join(sorted(first.members))}]"
    if first.folded and not flags & re.IGNORECASE:
        members = f"(?i:{members})"
    try:
        return re.compile(f"(?={boundary}{members})(?:{source})", flags)
    except re.error:  # a global inline flag ("(?i)") must open the pattern: leave it so
        return None


@dataclass(slots=True)
class _First:
    """What a match of part of a pattern can begin with."""

    members: set[str] = field(default_factory=set)
    """Character class members, as class source ("a", "\\d", "a-z")."""
    nullable: bool = False
    """The part can match the empty string (what follows it can begin the match too)."""
    bounded: bool = True
    """Every first character follows a ``\\b`` of the pattern (it stands at a word boundary):
    the look-ahead says so too, which rejects the inside of every word at once."""
    folded: bool = False
    """Some first character is matched ignoring case ("(?i:в|во)" in a case-sensitive
    pattern): the look-ahead ignores case for all of them (wider, never narrower)."""

    def add(self, other: _First) -> None:
        self.members |= other.members
        self.bounded = self.bounded and (other.bounded or not other.members)
        self.folded = self.folded or other.folded


def _first(items: list[tuple[Any, Any]], at_boundary: bool) -> _First:
    """The first characters of a sequence of parsed items; ``at_boundary``: a ``\\b`` stands
    before it with nothing consumed since."""
    found = _First()
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            at_boundary = True
        if op in _ZERO_WIDTH:
            continue  # an anchor or a look-around consumes nothing: the next item decides
        first = _item(op, av, at_boundary)
        found.add(first)
        if not first.nullable:
            return found
    found.nullable = True
    return found


def _item(op: Any, av: Any, at_boundary: bool) -> _First:
    """The first characters of one parsed item and whether it can match nothing."""
    if op is sre.LITERAL:
        return _First({re.escape(chr(av))}, bounded=at_boundary)
    if op is sre.IN:
        return _First(_members(av), bounded=at_boundary)
    if op is sre.BRANCH:
        found = _First()
        for branch in av[1]:
            first = _first(branch.data, at_boundary)
            found.add(first)
            found.nullable = found.nullable or first.nullable
        return found
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        first = _first(body.data, at_boundary)
        first.folded = first.folded or bool(add_flags & re.IGNORECASE)
        return first
    if op in _REPEATS:
        low, _high, body = av
        first = _first(body.data, at_boundary)
        first.nullable = first.nullable or low == 0
        return first
    if op is sre.ATOMIC_GROUP:
        return _first(av.data, at_boundary)
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS...


def _members(items: list[tuple[Any, Any]]) -> set[str]:
    """A character class's members as class source ("a", "\\d", "a-z"); a negated one or an
    unknown kind of member is ``_Unknown``."""
    found = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            found.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            raise _Unknown  # NEGATE, RANGE_UNI_IGNORE...
    return found
