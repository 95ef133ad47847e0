"""Undo and redo, replayed from the append-only history.

Undo never deletes: it appends an entry that reverts an earlier one (``reverts`` = its id), and
redo appends one that re-applies it. Replaying a reviewer's entries in order therefore gives
the same undo and redo stacks in every process and after every restart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from factdesk.domain.models import Change

UNDOABLE_ACTIONS = ("edit", "add", "link", "unlink", "speaker")
"""What a reviewer does that ``z`` takes back (imports, merges and re-anchoring are not)."""

REPLAYED_ACTIONS = (*UNDOABLE_ACTIONS, "undo", "redo")
"""The history entries that move the stacks."""


def undo_stacks(
    changes: Iterable[Change], dropped: Collection[int] = ()
) -> tuple[list[Change], list[Change]]:
    """(undo stack, redo stack) after a reviewer's changes, oldest first.

    A new change empties the redo stack, as in every editor; an undo or redo entry that does
    not revert the top of its stack (another window got there first) moves nothing.
    ``dropped``: ids of changes whose undo or redo was refused (the claim no longer held
    them); they leave both stacks, so the next undo reaches the change beneath instead of
    hitting the same refusal for ever.
    """
    undo: list[Change] = []
    redo: list[Change] = []
    for change in changes:
        if change.action in UNDOABLE_ACTIONS:
            if change.id not in dropped:
                undo.append(change)
            redo.clear()
        elif change.action == "undo" and undo and undo[-1].id == change.reverts:
            redo.append(undo.pop())
        elif change.action == "redo" and redo and redo[-1].id == change.reverts:
            undo.append(redo.pop())
    return undo, redo


def dropped_key(reviewer: str) -> str:
    """The ``state`` key holding the ids of this reviewer's dropped changes (a JSON list)."""
    return f"undo-dropped:{reviewer}"
