"""The desk's name groups: every spelling seen, the group it belongs to, and reviewer overrides.

A new spelling joins a group when its key equals a known key, when it is a given name plus a
known surname (or the surname of a known full name), or when ``names.find_same`` accepts it;
otherwise it founds a group. A reviewer's merge or split is stored by spelling in
``name_overrides`` and consulted first, so it survives re-importing the articles.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factdesk.domain.models import Mention
from factdesk.lexicon.cyrillic import CYRILLIC
from factdesk.names.spelling import (
    case_ranks,
    declined_keys,
    find_same,
    name_key,
    shelf,
    sound_keys,
    surname_key,
)
from factdesk.store.db import now
from factdesk.store.rowsum import row_sum

SPLIT_PREFIX = "split:"


@dataclass(slots=True)
class NameGroup:
    """One name across the desk, as ``factdesk names`` and the names view show it."""

    key: str
    name: str
    """The spelling used most often (in the article, for an article's names)."""
    kind: str
    variants: list[str] = field(default_factory=list)
    articles: int = 0
    mentions: int = 0

    @property
    def single_source(self) -> bool:
        return self.articles == 1


class NameBook:
    """Spelling -> group, loaded once per desk and written through to ``name_spellings``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.group_of: dict[str, str] = {}
        self.key_group: dict[str, str] = {}
        self.founders: dict[tuple[str, int], dict[str, None]] = defaultdict(dict)
        """Group keys by ``shelf``, each shelf in the order its groups were founded: a new
        spelling is compared with one shelf, not with every group of the desk."""
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.sounds: dict[tuple[str, bool], str] = {}
        """(``sound_keys`` key, whether the spelling is Cyrillic) -> group: a full name meets
        its transliteration in the other script (``_across``)."""
        self.cyrillic_keys: dict[str, bool] = {}
        """Whether each key's first spelling was Cyrillic: a declined key (``declined_keys``)
        only joins a group the other script founded."""
        for spelling, key, group in conn.execute(
            "SELECT spelling, key, group_key FROM name_spellings ORDER BY rowid"
        ):
            self._remember(spelling, key, group)
        self.overrides = {
            row[0]: (row[1], row[2])
            for row in conn.execute("SELECT spelling, action, target FROM name_overrides")
        }
        self._kinds: dict[str, Counter[str]] | None = None

    def _remember(self, spelling: str, key: str, group: str) -> None:
        self.group_of[spelling] = group
        if group.startswith(SPLIT_PREFIX):
            return
        self.key_group.setdefault(key, group)
        self.cyrillic_keys.setdefault(key, _cyrillic(spelling))
        for sound in sound_keys(spelling):
            self.sounds.setdefault((sound, _cyrillic(spelling)), group)
        self.founders[shelf(group)][group] = None
        surname = surname_key(spelling)
        if surname:
            self.surnames[surname].add(group)

    def _assign(self, spelling: str, key: str) -> str:
        override = self.overrides.get(spelling)
        if override and override[0] == "split":
            return SPLIT_PREFIX + spelling.casefold()
        if override and override[0] == "merge" and override[1]:
            return self.group(override[1])
        if key in self.key_group:
            return self.key_group[key]
        for other in declined_keys(spelling):
            if other in self.key_group and self.cyrillic_keys.get(other) != _cyrillic(spelling):
                return self.key_group[other]
        full = self.surnames.get(key, set())
        if len(full) == 1:
            return next(iter(full))
        surname = surname_key(spelling)
        if surname and surname in self.key_group and " " not in surname:
            return self.key_group[surname]
        return find_same(key, self.founders.get(shelf(key), ())) or self._across(spelling) or key

    def _across(self, spelling: str) -> str | None:
        """The group of this full name's spelling in the other script, by how it sounds
        (``sound_keys``: first name and surname both): «Дана Уитбери» is "Dana Whitbury", one
        person and one origin, which no folding of the letters reaches."""
        other = not _cyrillic(spelling)
        return next((g for s in sound_keys(spelling) if (g := self.sounds.get((s, other)))), None)

    def group(self, spelling: str, kind: str = "name", *, alias_of: str | None = None) -> str:
        """The group key of a spelling, assigning (and storing) a group for a new one.
        ``alias_of``: the group a new spelling joins when no override, no group of its own
        key and no spelling of another script says otherwise (a bare surname beside the full
        name of the one person of that surname in its article: ``file_article``)."""
        if spelling in self.group_of:
            return self.group_of[spelling]
        key = name_key(spelling)
        if alias_of is not None and spelling not in self.overrides and key not in self.key_group:
            group = alias_of
        else:
            group = self._assign(spelling, key)
        self.conn.execute(
            "INSERT OR IGNORE INTO name_spellings (spelling, key, group_key, kind) "
            "VALUES (?, ?, ?, ?)",
            [spelling, key, group, kind],
        )
        self._remember(spelling, key, group)
        return group

    def file_article(self, mentions: Sequence[Mention]) -> list[str]:
        """The group of each of one article's mentions, in order, filing new spellings.

        A one-word person whose article names exactly one person in full with that last word
        ("Avidzba" beside "Ahra Avidzba") joins the full name's group, as the article itself
        says: the desk-wide rule (``_assign``) joins a surname only to a full name opening on
        a given name it knows, and the names view listed the two apart."""
        full = _full_names(mentions)
        groups = []
        for mention in mentions:
            whole = full.get(name_key(mention.text)) if " " not in mention.text else None
            alias = None
            if whole is not None and mention.kind == "person":
                alias = self.group(whole.text, whole.kind)  # (filed first, if it comes later)
            groups.append(self.group(mention.text, mention.kind, alias_of=alias))
        return groups

    def settle_kinds(
        self, mentions: Sequence[Mention], groups: Sequence[str], *, record: bool = True
    ) -> list[Mention]:
        """The mentions with one type per name group, voted over the whole desk.

        The recogniser types each mention from its sentence, and one short article may call
        a town a person; every mention the desk holds of the group votes (stored mentions
        keep their own sentence's type, so the vote is not fed its own answer). The votes are
        read on first use only: the names view and the Elsewhere panel never pay for them.
        ``record``: count these mentions in the votes from now on (they are being stored).
        """
        votes = self._votes()
        here: dict[str, Counter[str]] = defaultdict(Counter)
        for mention, group in zip(mentions, groups, strict=True):
            here[group][mention.kind] += 1
        settled = {group: majority(votes.get(group, Counter()) + counts)
                   for group, counts in here.items()}  # fmt: skip
        for group, counts in here.items() if record else ():
            votes.setdefault(group, Counter()).update(counts)
        return [
            Mention(m.start, m.end, m.text, settled[g])
            for m, g in zip(mentions, groups, strict=True)
        ]

    def _votes(self) -> dict[str, Counter[str]]:
        if self._kinds is None:
            self._kinds = defaultdict(Counter)
            rows = self.conn.execute(
                """SELECT s.group_key, c.kind, SUM(c.mentions) FROM name_kind_counts c
                   JOIN name_spellings s ON s.spelling = c.spelling GROUP BY 1, 2"""
            )  # kept by triggers on name_mentions (migration 19): a row per spelling and kind
            for group, kind, count in rows:
                self._kinds[group][kind] += count
        return self._kinds

    def spellings_of(self, group: str) -> list[str]:
        return [s for s, g in self.group_of.items() if g == group]

    def find_spelling(self, text: str) -> str | None:
        """A stored spelling matching ``text`` (case-insensitively), or None."""
        if text in self.group_of:
            return text
        folded = text.casefold().strip()
        return next((s for s in self.group_of if s.casefold() == folded), None)

    def _set_group(self, spelling: str, group: str) -> None:
        self.conn.execute(
            "UPDATE name_spellings SET group_key = ? WHERE spelling = ?", [group, spelling]
        )
        self.group_of[spelling] = group

    def merge(self, spellings: Iterable[str], reviewer: str) -> tuple[str, list[str]]:
        """Put the groups of ``spellings`` into the first one's; returns (group, moved)."""
        first, *rest = list(spellings)
        target = self.group_of[first]
        moved = []
        for spelling in rest:
            for member in self.spellings_of(self.group_of[spelling]):
                if self.group_of[member] != target:
                    self._set_group(member, target)
                    self._override(member, "merge", first, reviewer)
                    moved.append(member)
        return target, moved

    def split(self, spelling: str, reviewer: str) -> tuple[str, str]:
        """Take one spelling out of its group; returns (old group, new group)."""
        old = self.group_of[spelling]
        new = SPLIT_PREFIX + spelling.casefold()
        self._set_group(spelling, new)
        self._override(spelling, "split", None, reviewer)
        return old, new

    def _override(self, spelling: str, action: str, target: str | None, reviewer: str) -> None:
        row = [spelling, action, target, reviewer, now()]  # rowsum.OVERRIDE_COLUMNS
        self.conn.execute(
            "INSERT INTO name_overrides (spelling, action, target, reviewer, created_at, "
            "checksum) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(spelling) DO UPDATE SET "
            "action = excluded.action, target = excluded.target, reviewer = excluded.reviewer,"
            " created_at = excluded.created_at, checksum = excluded.checksum",
            [*row, row_sum(*row)],
        )
        self.overrides[spelling] = (action, target)


KIND_ORDER = ("place", "person", "organisation", "group", "name")
"""Ties between types go to the first: a town the recogniser also calls a person is a town."""


def _full_names(mentions: Sequence[Mention]) -> dict[str, Mention]:
    """{key of a last word: the one full personal name of the mentions ending on it}; a last
    word two people of the article share ("Anna Vesk", "Boris Vesk") says nobody. A name of
    two or three capitalised words the recogniser left untyped ("name") counts: its bare
    surname, typed a person, says what it is."""
    found: dict[str, dict[str, Mention]] = defaultdict(dict)
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.kind in ("person", "name")
            and 2 <= len(words) <= 3
            and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        ):
            found[name_key(words[-1])].setdefault(mention.text, mention)
    return {last: next(iter(names.values())) for last, names in found.items() if len(names) == 1}


def _cyrillic(spelling: str) -> bool:
    return CYRILLIC.search(spelling) is not None


def majority(kinds: Counter[str]) -> str:
    """The most frequent type; "name" (untyped) only when nothing else was said."""
    typed = Counter({k: n for k, n in kinds.items() if k != "name" and n > 0})
    if not typed:
        return "name"
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return min(typed, key=lambda k: (-typed[k], order.get(k, len(order))))


def group_name(spellings: list[tuple[str, int]]) -> str:
    """The name a group goes by: its most used spelling, unless that is an abbreviation
    ("AFU") and the group holds a fuller name ("Armed Forces of Ukraine"): then the fullest.

    ``spellings``: (spelling, mentions), most mentioned first.
    """
    top = spellings[0][0]
    if not _is_abbreviation(top):
        return top
    fuller = [s for s, _ in spellings if len(s.split()) > 1]
    return max(fuller, key=lambda s: len(s.split())) if fuller else top


def _is_abbreviation(spelling: str) -> bool:
    """One word of capitals (dots and digits allowed), as "AFU", "U.S." or "G7"."""
    letters = [c for c in spelling if c.isalpha()]
    return " " not in spelling.strip() and len(letters) <= 6 and all(c.isupper() for c in letters)


_GROUPS_SQL = """
SELECT s.group_key, s.spelling, s.kind, COUNT(m.id) AS mentions,
       COUNT(DISTINCT m.article_id) AS articles
FROM name_spellings s
JOIN name_mentions m ON m.spelling = s.spelling
JOIN articles a ON a.id = m.article_id AND a.version = m.version
{where}
GROUP BY s.group_key, s.spelling
"""


def name_groups(conn: sqlite3.Connection, article_id: int | None = None) -> list[NameGroup]:
    """Name groups of the desk (or those an article mentions), most widely carried first."""
    where = ""
    params: list = []
    if article_id is not None:
        where = (
            "WHERE s.group_key IN (SELECT s2.group_key FROM name_mentions m2 JOIN name_spellings"
            " s2 ON s2.spelling = m2.spelling WHERE m2.article_id = ?)"
        )
        params = [article_id]
    by_group: dict[str, list[tuple]] = defaultdict(list)
    for row in conn.execute(_GROUPS_SQL.format(where=where), params):
        by_group[row[0]].append(row[1:])
    articles = _articles_per_group(conn, list(by_group))
    kinds = _kinds_per_group(conn, article_id)
    here = _mentions_in(conn, article_id) if article_id is not None else {}
    groups = []
    for key, rows in by_group.items():
        ranks = case_ranks(r[0] for r in rows)
        rows.sort(key=lambda r: (r[0] not in here, ranks[r[0]], -here.get(r[0], 0), -r[2], r[0]))
        groups.append(
            NameGroup(
                key=key,
                name=group_name([(r[0], r[2]) for r in rows]),
                kind=majority(kinds.get(key, Counter())) if key in kinds else rows[0][1],
                variants=[r[0] for r in rows],
                articles=articles.get(key, 0),
                mentions=sum(r[2] for r in rows),
            )
        )
    groups.sort(key=lambda g: (-g.articles, -g.mentions, g.name.casefold()))
    return groups


def _mentions_in(conn: sqlite3.Connection, article_id: int) -> dict[str, int]:
    """{spelling: mentions} in one article's current version: an article's names go by its
    own spellings first. An English article's view named Velmora by a Ukrainian article's
    locative ("Вельморі"), the spelling the desk used most, one the article never wrote."""
    return dict(
        conn.execute(
            "SELECT m.spelling, COUNT(*) FROM name_mentions m JOIN articles a"
            " ON a.id = m.article_id AND a.version = m.version WHERE m.article_id = ?"
            " GROUP BY m.spelling",
            [article_id],
        ).fetchall()
    )


def _kinds_per_group(conn: sqlite3.Connection, article_id: int | None) -> dict[str, Counter]:
    """Each group's types as its current mentions give them (the recogniser's, per sentence)."""
    where = (
        ""
        if article_id is None
        else (
            "WHERE s.group_key IN (SELECT s2.group_key FROM name_mentions m2 JOIN name_spellings"
            " s2 ON s2.spelling = m2.spelling WHERE m2.article_id = ?)"
        )
    )
    rows = conn.execute(
        f"""SELECT s.group_key, m.kind, COUNT(*) FROM name_spellings s
            JOIN name_mentions m ON m.spelling = s.spelling
            JOIN articles a ON a.id = m.article_id AND a.version = m.version
            {where} GROUP BY 1, 2""",
        [] if article_id is None else [article_id],
    )
    found: dict[str, Counter] = defaultdict(Counter)
    for group, kind, count in rows:
        found[group][kind] += count
    return found


def _articles_per_group(conn: sqlite3.Connection, keys: list[str]) -> dict[str, int]:
    rows = conn.execute(
        """SELECT s.group_key, COUNT(DISTINCT m.article_id) FROM name_spellings s
           JOIN name_mentions m ON m.spelling = s.spelling
           JOIN articles a ON a.id = m.article_id AND a.version = m.version
           GROUP BY s.group_key"""
    )
    wanted = set(keys)
    return {key: count for key, count in rows if key in wanted}
