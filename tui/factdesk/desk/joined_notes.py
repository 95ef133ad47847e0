"""A note joined from another reviewer's: each paragraph kept under the login of who wrote it.

A merge joins a colleague's note after ours (``merge_note``), and taking a colleague's verdict
on a merge conflict (``Desk._edit``) joins the note their verdict rests on the same way; both
head the colleague's words with their login (``login: …``) so that the note never reads as
the writer of record's own wherever it travels. Kept apart from ``desk.merge``, which opens
files and imports the Desk: the Desk reads these rules too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

MERGED_LABEL: Final = re.compile(r"(\S{1,64}): (?=\S)")
"""The head of a paragraph a merge wrote (``login: their note``)."""


def merge_note(
    ours: str, theirs: str, who: str, logins: Collection[str] = (), *, headed: bool = False
) -> str:
    """Our note, then theirs under their name, unless ours already says what theirs says.

    Paragraph by paragraph: a note that went to a colleague and came back inside theirs
    (their merge wrote ``ours``, a blank line, ``login: …``) is not added a second time. Two
    desks merging each other's exports doubled every note at each exchange, ours coming back
    under their login ("carol: Carol note" under Carol's own "Carol note").

    ``logins``: the reviewers this desk knows (its history, the file's reviewers). A later
    paragraph headed ``login: `` is a third reviewer's note relayed under its name only for a
    known login; any other head ("Update: …") is the colleague's own words. Each run of their
    new paragraphs that no known login heads is put under ``who: ``, so a paragraph after a
    relayed one is never read as the relayed reviewer's.

    With no note of ours, theirs comes as it is (their words are the claim's reviewer of
    record's, theirs too), unless ``headed``: the claim stays someone else's (our verdict kept,
    or theirs taken by our reviewer), and their words come under ``who: `` as after a note of
    ours; bare, an export read them as the reviewer of record's (review44 A14)."""
    theirs = theirs.strip("\n")
    if not theirs.strip() or theirs.strip() in ours:
        return ours
    if not ours.strip() and not headed:
        return theirs
    known_logins = {who, *logins}
    known = {_said(block) for block in _paragraphs(ours)}
    known |= {_said(block, known_logins) for block in _paragraphs(ours)}
    blocks = _paragraphs(theirs)
    # their first paragraph is their words, unless another known login heads it: their
    # desk's own note under a verdict they took from a third (``headed_note``)
    others = known_logins - {who}
    fresh = [
        (index, block)
        for index, block in enumerate(blocks)
        if _said(block) not in known
        and _said(block, known_logins if index > 0 else others) not in known
    ]
    if not fresh:
        return ours
    added: list[str] = []
    relayed_before = True
    for index, block in fresh:
        heads = known_logins if index > 0 else others
        relayed = bool(heads) and _label(block, heads) is not None
        if relayed:
            added.append(block)  # their copy of a known reviewer's note, under its name
        elif relayed_before or _label(block, ()) is not None:
            # a run's first paragraph, or one headed by no login: the colleague's words
            added.append(f"{who}: {block}")
        else:
            added.append(block)
        relayed_before = relayed
    joined = "\n\n".join(added)
    return f"{ours}\n\n{joined}" if ours.strip() else joined


def note_heads(note: str, logins: Collection[str]) -> list[str]:
    """The known logins heading a paragraph of ``note``."""
    if not logins:
        return []
    return [head for block in _paragraphs(note) if (head := _label(block, logins)) is not None]


def _paragraphs(note: str) -> list[str]:
    """A note's paragraphs (a blank line between), each without its outer blank lines."""
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", note) if block.strip()]


def _label(block: str, logins: Collection[str]) -> str | None:
    """The ``login: `` head of a paragraph if ``logins`` has it (any head when empty)."""
    label = MERGED_LABEL.match(block)
    if label is None or (logins and label.group(1) not in logins):
        return None
    return label.group(1)


def _said(block: str, logins: Collection[str] = ()) -> str:
    """A paragraph's words for comparing (spacing folded), without the ``login: `` head a merge
    put before it when that head is one of ``logins``."""
    if logins and (label := MERGED_LABEL.match(block)) and label.group(1) in logins:
        block = block[label.end() :]
    return " ".join(block.split())


def headed_note(note: str, login: str, logins: Collection[str]) -> str:
    """``note`` with ``login: `` before its first paragraph, unless a known login heads it."""
    if _label(note.lstrip("\n"), logins) is not None:
        return note
    return f"{login}: {note.lstrip()}"
