"""The Desk's corroboration side: names, the same claim elsewhere, links and suggestions.

A mixin of ``Desk`` (so callers still see one service object) kept in its own module because
it is one idea apart from reviewing: everything here answers "who else says this?" through
``corroborate.index``, and a link is the one review change that is not a verdict. Links are
still written through ``store.history`` so they sit in the history and undo like any other
change.

Corroboration and the name book are imported inside the methods that use them: the queue, the
CLI listings and the claim list never need them, and they pull in the extraction vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factdesk.domain.models import Change, Claim
from factdesk.store.converters import ANY_CLAIM_SQL, claim_from_row
from factdesk.store.db import Store
from factdesk.store.deskfile import DeskError
from factdesk.store.history import record_link

if TYPE_CHECKING:
    from factdesk.corroborate.index import Related
    from factdesk.corroborate.suggest import Suggestion
    from factdesk.domain.models import ArticleSummary
    from factdesk.extract.origins import Origin
    from factdesk.names.groups import NameBook, NameGroup


_FEW_IDS = 500
"""Claims named in one query of their origins (SQLite takes 999 parameters at least)."""

ELSEWHERE_CAP = 20
"""Matches the Elsewhere panel loads at first; the rest on request ("N more")."""

WEAK_RELATED = 10.0
"""Word similarity (percent) under which a ``related`` match is weak: one name, a country or a
figure in common, or closeness in meaning alone (``neighbours``: no wording shared, stored as
0%). A reviewer saw a reservoir article listed "~ related 0%" beside a town's battle; the
panel folds such matches into one "N weakly related" line (the tally still counts them)."""


def named_origin(origin: Origin, group: NameGroup | None) -> str:
    """The origin as the panel says it, its person or body (else its outlet) by the name
    group's name: one person, one name on every screen."""
    if group is None:
        return origin.describe()
    if origin.who:
        return f"{group.name} via {origin.via}" if origin.via else group.name
    return group.name if origin.via else origin.describe()


def named_matches(matches: list[Related], groups: dict[str, NameGroup]) -> list[Related]:
    """Each match's origin by its name group's name as the claim's own article names the
    group: one person is one name in the panel ("Mara Holt" in its head and "Мара Холт"
    under a Russian article's match read as two people; an English claim's panel says "Mara
    Holt" for both, a Russian claim's «Мара Холт»), as the names view of that article does."""
    return [
        replace(match, origin=groups[match.origin_key].name)
        if match.origin_key in groups else match
        for match in matches
    ]  # fmt: skip


def weakly_related(match: Related) -> bool:
    """Whether the panel folds this match away until asked: ``related``, little wording in
    common, and not linked (a reviewer's link is always in sight)."""
    return match.label == "related" and match.similarity < WEAK_RELATED and not match.linked


@dataclass(frozen=True)
class ElsewhereView:
    """One claim's Elsewhere panel: the top matches, the totals, the suggestion."""

    claim_id: int
    matches: list[Related]
    """The top matches (same, conflicts, related; most similar first), at most the cap."""
    tally: dict[str, int]
    """{label: number} over every match, not only the loaded ones."""
    linked: int
    suggestion: Suggestion
    origin: str
    when: str

    @property
    def total(self) -> int:
        return sum(self.tally.values())

    @property
    def more(self) -> int:
        """Matches not loaded."""
        return max(0, self.total - len(self.matches))


class ElsewhereMixin:
    """``Desk`` methods about other articles.

    They use the Desk's ``store``, ``reviewer``, ``claim`` and ``article_summary``, so the mixin
    means nothing on its own.
    """

    store: Store

    if TYPE_CHECKING:  # what Desk provides; declared so the type checker sees the contract

        @property
        def reviewer(self) -> str: ...

        def claim(self, claim_id: int) -> Claim: ...

        def article_summary(self, article_id: int) -> ArticleSummary: ...

    def related(self, claim_id: int, limit: int | None = None) -> list[Related]:
        """Claims of other articles that say the same, the opposite, or something related,
        same first, then conflicts, then related (only the top ``limit`` if given)."""
        from factdesk.corroborate import index as crossref

        self.claim(claim_id)  # a clear error for an unknown id
        return crossref.related(self.store, claim_id, limit)

    def elsewhere(self, claim_id: int, limit: int | None = ELSEWHERE_CAP) -> ElsewhereView:
        """Everything the Elsewhere panel shows for a claim, each part read once.

        Only the top ``limit`` matches are loaded with their texts and times; the tally counts
        every match in SQLite, and the suggestion weighs every same/conflicts match without
        its text, so the panel's cost does not grow with how often a claim was reported.
        """
        from factdesk.corroborate import index as crossref

        claim = self.claim(claim_id)
        matches = crossref.related(self.store, claim_id, limit)
        tally, linked = crossref.match_tally(self.store, claim_id)
        origin = crossref.origin_parts(self.store, claim_id)
        groups = self._groups({origin.key, *(m.origin_key for m in matches)}, claim.article_id)
        return ElsewhereView(
            claim_id, named_matches(matches, groups), tally, linked, self._suggest(claim),
            named_origin(origin, groups.get(origin.key)),
            crossref.claim_time(self.store, claim_id),
        )  # fmt: skip

    def origin(self, claim_id: int) -> tuple[str, str]:
        """(who the claim is attributed to, the key independence is judged by)."""
        from factdesk.corroborate import index as crossref

        return crossref.origin_of(self.store, claim_id)

    def speaker_group(self, claim: Claim) -> NameGroup | None:
        """The name group of the claim's speaker, named and typed as the names view of its
        article shows it; None when the claim names nobody, when its origin is not its
        speaker (an outlet's citing of someone, a body qualified by its country), or when
        no mention of the desk carries the group (a reviewer's speaker the text never names).

        Read from the stored origin alone, never indexing a claim the index has not seen
        (the detail asks on every move; the cross-reference index stays unloaded for it)."""
        return self.speaker_groups([claim]).get(claim.id)

    def speaker_groups(self, claims: Iterable[Claim]) -> dict[int, NameGroup]:
        """{claim id: its speaker's name group} (``speaker_group``), read at once: the
        exports name every claim's speaker as the claim detail does ("Mara Holt", a person),
        asking once per article (its names view's names), not once per claim."""
        speakers = {claim.id: claim for claim in claims if claim.speaker is not None}
        if not speakers:
            return {}
        keys: dict[int, str] = {}
        ids = list(speakers)
        for first in range(0, len(ids), _FEW_IDS):
            part = ids[first : first + _FEW_IDS]
            rows = self.store.conn.execute(
                "SELECT claim_id, origin, origin_key, cue FROM claim_origins"
                f" WHERE claim_id IN ({','.join('?' * len(part))})",
                part,
            )
            keys.update(
                (claim_id, key) for claim_id, origin, key, cue in rows
                if cue == "speaker" and origin == speakers[claim_id].speaker
            )  # fmt: skip
        found: dict[int, NameGroup] = {}
        for article_id in {speakers[claim_id].article_id for claim_id in keys}:
            mine = {c: key for c, key in keys.items() if speakers[c].article_id == article_id}
            groups = self._groups(mine.values(), article_id)  # named as its article names it
            found.update((c, groups[key]) for c, key in mine.items() if key in groups)
        return found

    def _groups(self, keys: Iterable[str], article_id: int) -> dict[str, NameGroup]:
        from factdesk.names.groups import groups_of

        return groups_of(self.store.conn, keys, article_id)

    def names(self, article_id: int | None = None) -> list[NameGroup]:
        """Name groups of the desk, or those an article mentions."""
        if article_id is not None:
            self.article_summary(article_id)
        from factdesk.names.groups import name_groups

        return name_groups(self.store.conn, article_id)

    def merge_names(self, spellings: Iterable[str]) -> str:
        """Merge the names of ``spellings`` into the first one's; stored by spelling."""
        from factdesk.corroborate import index as crossref

        with self.store.transaction():
            book = crossref.state(self.store).book
            found = [self._spelling(book, text) for text in spellings]
            if len(found) < 2:
                raise DeskError("name two or more spellings to merge")
            group, moved = book.merge(found, self.reviewer)
            crossref.reindex_spellings(self.store, moved)
        return group

    def split_name(self, spelling: str) -> str:
        """Take one spelling out of its name group into a group of its own."""
        from factdesk.corroborate import index as crossref

        with self.store.transaction():
            book = crossref.state(self.store).book
            found = self._spelling(book, spelling)
            _, group = book.split(found, self.reviewer)
            crossref.reindex_spellings(self.store, [found])
        return group

    @staticmethod
    def _spelling(book: NameBook, text: str) -> str:
        found = book.find_spelling(text)
        if found is None:
            raise DeskError(f"no name spelled {text!r} in this desk (see: factdesk names)")
        return found

    def link(self, claim_id: int, other_id: int, *, channel: str = "app") -> Change | None:
        """Link another claim to this one as evidence; recorded in the history (undoable)."""
        return self._set_link(claim_id, other_id, True, channel)

    def unlink(self, claim_id: int, other_id: int, *, channel: str = "app") -> Change | None:
        """Remove a link; recorded in the history (undoable). None if there was none."""
        return self._set_link(claim_id, other_id, False, channel)

    def links(self, claim_id: int) -> list[Claim]:
        """The claims linked to this one as evidence, in the order they were linked.

        One query, not one per link: ``article_notes`` and every export ask this per claim.
        """
        sql = (
            ANY_CLAIM_SQL + " JOIN claim_links l ON l.linked_claim_id = c.id WHERE l.claim_id = ?"
            " ORDER BY l.created_at, l.linked_claim_id"
        )
        return [claim_from_row(row) for row in self.store.query(sql, [claim_id])]

    def linked_evidence(self, claim_id: int) -> list[tuple[Claim, ArticleSummary, str | None]]:
        """The linked claims with their articles and how the desk matched each to this claim
        (same, conflicts, related; None: linked without a match): what the note, every export
        and ClaimReview cite a linked claim by, instead of the desk's ids. The matches are read
        only when there is a link: ``Y`` and the exports ask this of every claim."""
        linked = self.links(claim_id)
        labels = {m.other_claim_id: m.label for m in self.related(claim_id)} if linked else {}
        return [
            (other, self.article_summary(other.article_id), labels.get(other.id))
            for other in linked
        ]

    def _set_link(self, claim_id: int, other_id: int, on: bool, channel: str) -> Change | None:
        if claim_id == other_id:
            raise DeskError("a claim cannot be linked to itself")
        self.claim(other_id)
        with self.store.transaction() as conn:
            return record_link(
                conn, claim_id, other_id, on, channel=channel, reviewer=self.reviewer
            )

    def suggestion(self, claim_id: int) -> Suggestion:
        """A suggested verdict with its reason; shown, never applied."""
        return self._suggest(self.claim(claim_id))

    def _suggest(self, claim: Claim) -> Suggestion:
        """The suggestion of a known claim, from the matches it weighs (``crossref.weighed``)."""
        from factdesk.corroborate import index as crossref
        from factdesk.corroborate.suggest import ClaimSide, suggest

        claim_id = claim.id
        related = crossref.weighed(self.store, claim_id)
        _, key = crossref.origin_of(self.store, claim_id)
        side = ClaimSide(
            claim.article_id, key, claim.sourcing, tuple(claim.flags),
            crossref.speaker_named_elsewhere(self.store, claim_id),
        )  # fmt: skip
        return suggest(side, related)

    def claim_time(self, claim_id: int) -> str:
        """The time the claim is about, in a few words ("20 Nov 2025", "time unknown")."""
        from factdesk.corroborate import index as crossref

        self.claim(claim_id)
        return crossref.claim_time(self.store, claim_id)
