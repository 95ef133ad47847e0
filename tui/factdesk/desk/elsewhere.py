"""The Desk's corroboration side: names, the same claim elsewhere, links and suggestions.

A mixin of ``Desk`` (so callers still see one service object) kept in its own module because
it is one idea apart from reviewing: everything here answers "who else says this?" through
``crossref``, and a link is the one review change that is not a verdict. Links are still
written with ``Desk._record`` so they sit in the history and undo like any other change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factdesk.domain.models import Change, Claim
from factdesk.store.converters import ANY_CLAIM_SQL, claim_from_row
from factdesk.store.db import now
from factdesk.store.deskfile import DeskError

if TYPE_CHECKING:
    from factdesk.store.db import Store


class ElsewhereMixin:
    """``Desk`` methods about other articles.

    They use the Desk's ``store``, ``reviewer``, ``claim`` and its review core
    (``_current_state``, ``_record``), so the mixin means nothing on its own.
    """

    store: Store

    def related(self, claim_id: int) -> list:
        """Claims of other articles that say the same, the opposite, or something related
        (``crossref.Related``), same first, then conflicts, then related."""
        from factdesk.corroborate import index as crossref

        self.claim(claim_id)  # a clear error for an unknown id
        return crossref.related(self, claim_id)

    def origin(self, claim_id: int) -> tuple[str, str]:
        """(who the claim is attributed to, the key independence is judged by)."""
        from factdesk.corroborate import index as crossref

        return crossref.origin_of(self, claim_id)

    def names(self, article_id: int | None = None) -> list:
        """Name groups (``namegroups.NameGroup``) of the desk, or those an article mentions."""
        from factdesk.names.groups import name_groups

        if article_id is not None:
            self.article_summary(article_id)
        return name_groups(self.store.conn, article_id)

    def merge_names(self, spellings: Iterable[str]) -> str:
        """Merge the names of ``spellings`` into the first one's; stored by spelling."""
        from factdesk.corroborate import index as crossref

        with self.store.transaction():
            book = crossref.state(self).book
            found = [self._spelling(book, text) for text in spellings]
            if len(found) < 2:
                raise DeskError("name two or more spellings to merge")
            group, moved = book.merge(found, self.reviewer)
            crossref.reindex_spellings(self, moved)
        return group

    def split_name(self, spelling: str) -> str:
        """Take one spelling out of its name group into a group of its own."""
        from factdesk.corroborate import index as crossref

        with self.store.transaction():
            book = crossref.state(self).book
            found = self._spelling(book, spelling)
            _, group = book.split(found, self.reviewer)
            crossref.reindex_spellings(self, [found])
        return group

    @staticmethod
    def _spelling(book, text: str) -> str:
        found = book.find_spelling(text)
        if found is None:
            raise DeskError(f"no name spelled {text!r} in this desk (see: factdesk names)")
        return found

    def link(self, claim_id: int, other_id: int, *, via: str = "app") -> Change | None:
        """Link another claim to this one as evidence; recorded in the history (undoable)."""
        return self._set_link(claim_id, other_id, True, via)

    def unlink(self, claim_id: int, other_id: int, *, via: str = "app") -> Change | None:
        """Remove a link; recorded in the history (undoable). None if there was none."""
        return self._set_link(claim_id, other_id, False, via)

    def links(self, claim_id: int) -> list[Claim]:
        """The claims linked to this one as evidence, in the order they were linked.

        One query, not one per link: ``article_notes_text`` and every export ask this per claim.
        """
        sql = (
            ANY_CLAIM_SQL + " JOIN claim_links l ON l.linked_claim_id = c.id WHERE l.claim_id = ?"
            " ORDER BY l.created_at, l.linked_claim_id"
        )
        return [claim_from_row(row) for row in self.store.db.query(sql, [claim_id])]

    def _set_link(self, claim_id: int, other_id: int, on: bool, via: str) -> Change | None:
        if claim_id == other_id:
            raise DeskError("a claim cannot be linked to itself")
        self.claim(other_id)
        with self.store.transaction():
            state = self._current_state(claim_id)
            if not self._write_link(claim_id, other_id, on):
                return None
            detail = json.dumps({"linked_claim_id": other_id})
            return self._record(
                claim_id, state, state, action="link" if on else "unlink", via=via, detail=detail
            )

    def _write_link(self, claim_id: int, other_id: int, on: bool) -> bool:
        """Add or remove the link row; False when it was already so."""
        conn = self.store.conn
        if on:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO claim_links (claim_id, linked_claim_id, reviewer, "
                "created_at) VALUES (?, ?, ?, ?)",
                [claim_id, other_id, self.reviewer, now()],
            )
        else:
            cursor = conn.execute(
                "DELETE FROM claim_links WHERE claim_id = ? AND linked_claim_id = ?",
                [claim_id, other_id],
            )
        return cursor.rowcount > 0

    def _replay_link(self, target: Change, *, undoing: bool) -> None:
        """Undo/redo of a link or unlink: the link row follows the history."""
        if target.action not in ("link", "unlink"):
            return
        other = json.loads(target.detail or "{}").get("linked_claim_id")
        if other is not None:
            self._write_link(target.claim_id, other, (target.action == "link") != undoing)

    def suggestion(self, claim_id: int):
        """A suggested verdict with its reason (``suggest.Suggestion``); never applied."""
        from factdesk.corroborate import index as crossref
        from factdesk.corroborate.suggest import ClaimSide, suggest

        claim = self.claim(claim_id)
        related = crossref.related(self, claim_id)
        _, key = crossref.origin_of(self, claim_id)
        side = ClaimSide(
            claim.article_id, key, claim.sourcing, tuple(claim.flags),
            crossref.speaker_named_elsewhere(self, claim_id),
        )  # fmt: skip
        return suggest(side, related)

    def claim_time(self, claim_id: int) -> str:
        """The time the claim is about, in a few words ("20 Nov 2025", "time unknown")."""
        from factdesk.corroborate import index as crossref

        self.claim(claim_id)
        return crossref.claim_time(self, claim_id)
