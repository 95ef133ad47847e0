"""The desk's name groups: every spelling seen, the group it belongs to, and reviewer overrides.

A new spelling joins a group when its key equals a known key, when it is a given name plus a
known surname whose group holds no full name yet, when it is the surname of the one person
the desk names in full with it (of two or more: no one's, ``EITHER_PREFIX``), or when
``names.find_same`` accepts it; otherwise it founds a group. That is the spelling's desk-wide
group (``name_spellings``). A mention is read in its own article first
(``NameBook.file_article``): a bare surname there is the person its article names in full,
stored per mention (``name_mentions.group_key``), which every reader of groups takes. A
reviewer's merge or split is stored by spelling in ``name_overrides`` and consulted first, so
it survives re-importing the articles and wins over an article's reading.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factdesk.domain.models import Mention
from factdesk.lexicon.cyrillic import CYRILLIC
from factdesk.lexicon.institutions import BODY_PREFIX, spelled_body
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
EITHER_PREFIX = "either:"
"""The group of a bare surname that may be either of two people: in an article that names
both, or (with no such person in its article) on a desk that names both. No one's: one
origin, apart from every person's."""


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

    def __init__(self, conn: sqlite3.Connection, *, load: bool = True) -> None:
        """``load``: read the stored spellings (False: an empty book that files them again,
        ``refiled``)."""
        self.conn = conn
        self.overrides = {
            row[0]: (row[1], row[2])
            for row in conn.execute("SELECT spelling, action, target FROM name_overrides")
        }
        self.group_of: dict[str, str] = {}
        self.key_group: dict[str, str] = {}
        self.founders: dict[tuple[str, int], dict[str, None]] = defaultdict(dict)
        """Group keys by ``shelf``, each shelf in the order its groups were founded: a new
        spelling is compared with one shelf, not with every group of the desk."""
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.sounds: dict[tuple[str, bool], str] = {}
        """(``sound_keys`` key, whether the spelling is Cyrillic) -> group: a full name meets
        its transliteration in the other script (``_across``)."""
        self.offered: dict[str, str] = {}
        """A key a Cyrillic spelling offers its Latin spelling (``declined_keys``: «Вену»
        offers Vienna's) -> the group of the first such spelling: a Latin spelling filed
        after it joins it, as it would have had it come first (``_assign``)."""
        self.cyrillic_keys: dict[str, bool] = {}
        """Whether each key's first spelling was Cyrillic: a declined key (``declined_keys``)
        only joins a group the other script founded, and ``find_same`` lets a transliteration
        gain a vowel a short name of one script may not ("Quedo" and «Кедо», not "West" and
        "VISIT"); a key not here is of an unknown script (None)."""
        self.full_texts: dict[str, list[str]] = defaultdict(list)
        """Group -> its spellings of two or three words: a full name joins the group of its
        bare surname only while that group holds none ("Tom Marsh" never joins the group
        "Marsh" founded and "Lena Marsh" joined); ``_learn``, ``_relearn``."""
        self.bare: dict[str, set[str]] = defaultdict(set)
        """Key -> the one-word spellings of that key (a surname alone: ``_unsure``)."""
        self.regrouped: list[str] = []
        """Spellings moved to another group since ``take_regrouped`` was last asked."""
        self.moves = 0
        """How many times a filed spelling changed group (``_set_group``): a reader that keeps
        something made from ``group_of`` knows when only new spellings were added since."""
        self._kinds: dict[str, Counter[str]] | None = None
        """The desk's type votes by group, read on first use (``_votes``) and kept."""
        rows = "SELECT spelling, key, group_key FROM name_spellings ORDER BY rowid"
        for spelling, key, group in conn.execute(rows) if load else ():
            self._remember(spelling, key, group)
        self._relearn()

    def _relearn(self) -> None:
        """The surnames articles taught (``_learn``), read back from the stored groups: a
        bare spelling in a group holding a full name that ends on it."""
        for key, spellings in self.bare.items():
            for spelling in spellings:
                group = self.group_of[spelling]
                if any(name_key(full.split()[-1]) == key for full in self.full_texts[group]):
                    self.surnames[key].add(group)

    def _remember(self, spelling: str, key: str, group: str, *, new: bool = False) -> None:
        """Index a filed spelling; ``new``: filed now (not read from the desk), so a second
        person of a surname makes its bare spellings no one's (``_unsure``)."""
        self.group_of[spelling] = group
        if " " not in spelling:
            self.bare[key].add(spelling)
        elif len(spelling.split()) <= 3:
            self.full_texts[group].append(spelling)
        if group.startswith((SPLIT_PREFIX, EITHER_PREFIX, BODY_PREFIX)):
            return  # (a body's spellings join it by their kind and country: ``spelled_body``)
        self.key_group.setdefault(key, group)
        self.cyrillic_keys.setdefault(key, _cyrillic(spelling))
        if _cyrillic(spelling):
            for other in declined_keys(spelling):
                self.offered.setdefault(other, group)
        for sound in sound_keys(spelling):
            self.sounds.setdefault((sound, _cyrillic(spelling)), group)
        self.founders[shelf(group)][group] = None
        surname = surname_key(spelling)
        if surname:
            people = self.surnames[surname]
            fresh = group not in people
            people.add(group)
            if new and fresh and len(people) > 1:
                self._unsure(surname)

    def _unsure(self, surname: str) -> None:
        """The desk now names two people with this surname: its bare spellings that went to
        the one person it named before (``_assign``) go to no one's group
        (``EITHER_PREFIX``), as they would have had the two come first. A group must not
        depend on the order articles were imported in. A reviewer's merge or split stays."""
        people = self.surnames[surname]
        for spelling in sorted(self.bare.get(surname, ())):
            if spelling not in self.overrides and self.group_of[spelling] in people:
                self._set_group(spelling, EITHER_PREFIX + surname)
                self.regrouped.append(spelling)
        if self.key_group.get(surname) in people:
            del self.key_group[surname]

    def _learn(self, surname: str, person: str) -> None:
        """An article names ``person`` in full and by this surname alone: the surname is
        theirs, whatever the lexicon knows of their given name (``surname_key`` knows a few
        hundred; "Lena" is not one). The desk's bare spellings of it that belonged to no
        person join them (as they would have had this article come first); a second person
        makes them no one's (``_unsure``)."""
        people = self.surnames[surname]
        if person in people:
            return
        people.add(person)
        if len(people) > 1:
            self._unsure(surname)
            return
        for spelling in sorted(self.bare.get(surname, ())):
            group = self.group_of[spelling]
            if spelling in self.overrides or group.startswith((SPLIT_PREFIX, EITHER_PREFIX)):
                continue
            if group != person and not self.full_texts.get(group):
                self._set_group(spelling, person)
                self.regrouped.append(spelling)
        current = self.key_group.get(surname)
        if current is None or not self.full_texts.get(current):
            self.key_group[surname] = person

    def take_regrouped(self) -> list[str]:
        """The spellings ``_unsure`` moved since last asked (their articles are re-read)."""
        moved, self.regrouped = self.regrouped, []
        return moved

    def _assign(self, spelling: str, key: str) -> str:
        override = self.overrides.get(spelling)
        if override and override[0] == "split":
            return SPLIT_PREFIX + spelling.casefold()
        if override and override[0] == "merge" and override[1]:
            return self.group(override[1])
        body = spelled_body(spelling)
        if body is not None:  # one body in any language: "Ministry of Defence of Russia"
            return body
        if key in self.key_group:
            return self.key_group[key]
        for other in declined_keys(spelling):
            if other in self.key_group and self.cyrillic_keys.get(other) != _cyrillic(spelling):
                return self.key_group[other]
        if key in self.offered and not _cyrillic(spelling):  # «Вену» filed before "Vienna"
            return self.offered[key]
        full = self.surnames.get(key, set())
        if len(full) == 1:
            return next(iter(full))
        if len(full) > 1 and " " not in spelling:
            return EITHER_PREFIX + key  # two people of the desk: neither (``_unsure``)
        surname = surname_key(spelling)
        if surname and surname in self.key_group and " " not in surname:
            bare = self.key_group[surname]
            if not self.full_texts.get(bare):  # (a group of another Marsh's full name: not his)
                return bare
        founders = self.founders.get(shelf(key), ())
        script_of = self.cyrillic_keys.get  # (a transliteration may gain a vowel: ``find_same``)
        same = find_same(key, founders, cyrillic=_cyrillic(spelling), script_of=script_of)
        return same or self._across(spelling) or key

    def _across(self, spelling: str) -> str | None:
        """The group of this full name's spelling in the other script, by how it sounds
        (``sound_keys``: first name and surname both): «Дана Уитбери» is "Dana Whitbury", one
        person and one origin, which no folding of the letters reaches."""
        other = not _cyrillic(spelling)
        return next((g for s in sound_keys(spelling) if (g := self.sounds.get((s, other)))), None)

    def group(self, spelling: str, kind: str = "name") -> str:
        """The desk-wide group key of a spelling, assigning (and storing) one for a new one.
        A mention is read in its article first (``file_article``)."""
        if spelling in self.group_of:
            return self.group_of[spelling]
        key = name_key(spelling)
        group = self._assign(spelling, key)
        self.conn.execute(
            "INSERT OR IGNORE INTO name_spellings (spelling, key, group_key, kind) "
            "VALUES (?, ?, ?, ?)",
            [spelling, key, group, kind],
        )
        self._remember(spelling, key, group, new=True)
        return group

    def file_article(self, mentions: Sequence[Mention]) -> list[str]:
        """The group of each of one article's mentions, in order, filing new spellings.

        A short form is read in its own article first (``_in_article``): a one-word person
        whose article names exactly one person in full with that surname (or given name)
        is that person ("Avidzba" beside "Ahra Avidzba"), whatever the desk filed the
        spelling under. The desk keeps one group per spelling, so a bare surname filed
        desk-wide went with whichever article filed it first: a later article's "Marsh"
        about Tom Marsh was counted as an earlier article's Lena Marsh (one origin, one
        names-view row for two people). Only a mention its article does not resolve takes
        the spelling's desk-wide group (``group``); a reviewer's merge or split of the
        spelling wins over both."""
        (full, shared), given = _full_names(mentions), _given_names(mentions)
        groups = []
        for mention in mentions:
            own = self.group(mention.text, mention.kind)
            groups.append(self._in_article(mention, own, full, given, shared))
        return groups

    def guess_article(self, mentions: Sequence[Mention]) -> list[str]:
        """The groups ``file_article`` would most likely give these mentions, read from the
        book as it is, filing nothing and changing nothing (no spelling stored, no surname
        learnt). Why: the import works out an article's claim facts before its write
        transaction from these (``corroborate.index.prepare``), and under the transaction
        uses them only where the filed groups turn out the same; a wrong guess (a spelling
        this article is the first to file beside another) costs that claim's work again,
        never a different answer."""
        (full, shared), given = _full_names(mentions), _given_names(mentions)
        guessed = []
        for mention in mentions:
            text, own = mention.text, self.peek(mention.text)
            read_here = mention.kind == "person" or (mention.kind == "name" and _cyrillic(text))
            if " " in text or text in self.overrides or not read_here:
                guessed.append(own)  # (as ``_in_article`` reads them, without learning)
            elif (key := name_key(text)) in full:
                guessed.append(self.peek(full[key].text))
            elif key in shared:
                guessed.append(EITHER_PREFIX + key)
            else:
                guessed.append(self.peek(given[key].text) if key in given else own)
        return guessed

    def peek(self, spelling: str) -> str:
        """``group`` of a spelling without filing it (``guess_article``)."""
        if spelling in self.group_of:
            return self.group_of[spelling]
        override = self.overrides.get(spelling)
        if override and override[0] == "merge" and override[1]:
            return self.group_of.get(override[1], name_key(override[1]))
        return self._assign(spelling, name_key(spelling))

    def guess_kinds(self, mentions: Sequence[Mention], groups: Sequence[str]) -> list[Mention]:
        """What ``settle_kinds`` will most likely answer for an article about to be stored,
        recording nothing and keeping nothing (``guess_article``'s companion): the desk's
        votes as kept, or, while the book has not read them yet, from a read it does not keep
        (``index_article`` settles the kinds before it stores the article's mentions, so the
        votes it reads hold none of them either)."""
        votes = self._kinds if self._kinds is not None else self._read_votes()
        return self._settled(votes, mentions, groups)

    def _in_article(
        self,
        mention: Mention,
        own: str,
        full: dict[str, Mention],
        given: dict[str, Mention],
        shared: set[str],
    ) -> str:
        """The group of a mention as its article reads it (``file_article``); ``own`` is the
        spelling's desk-wide group. An untyped Cyrillic word counts as a person's here: the
        Cyrillic reading (``capitals``) types no bare surname («Ковальчука»). What the
        article says of a surname the desk learns (``_learn``). A surname the article
        gives to two people ("Lena Marsh ... Tom Marsh ... Marsh said") names neither: its
        ``EITHER_PREFIX`` group, counted as no one's (not the desk's person of that name,
        who may be a third Marsh)."""
        text = mention.text
        if " " in text or text in self.overrides:
            return own
        if mention.kind != "person" and not (mention.kind == "name" and _cyrillic(text)):
            return own
        key = name_key(text)
        if key in full:
            person = self.group(full[key].text, full[key].kind)  # (filed first, if later)
            self._learn(key, person)
            return person
        if key in shared:
            return EITHER_PREFIX + key
        if key in given:
            return self.group(given[key].text, given[key].kind)
        return own

    def settle_kinds(
        self,
        mentions: Sequence[Mention],
        groups: Sequence[str],
        *,
        record: bool = True,
        replacing: Sequence[tuple[str, str]] = (),
    ) -> list[Mention]:
        """The mentions with one type per name group, voted over the whole desk.

        The recogniser types each mention from its sentence, and one short article may call
        a town a person; every mention the desk holds of the group votes (stored mentions
        keep their own sentence's type, so the vote is not fed its own answer). The votes are
        read on first use only: the names view and the Elsewhere panel never pay for them.
        ``record``: count these mentions in the votes from now on (they are being stored).
        ``replacing``: (spelling, type) of the mentions the desk holds of this article now
        (it is indexed again: a re-import, a speaker edit, a merge): they vote neither here
        nor, once the caller replaces them (``record``), from now on; before, an article
        indexed again voted with its old mentions beside its new ones, and the book kept both
        (mend35a's note, issue 15).
        """
        votes = self._votes()
        self._count(votes, replacing, -1)
        settled = self._settled(votes, mentions, groups)
        if record:
            self._count(votes, [(m.text, m.kind) for m in mentions], 1)
        else:  # (the stored mentions stay: they vote for every other article)
            self._count(votes, replacing, 1)
        return settled

    def _count(
        self, votes: dict[str, Counter[str]], spelled: Iterable[tuple[str, str]], sign: int
    ) -> None:
        """Each (spelling, type) counted into (or with ``sign`` -1 out of) the votes of the
        spelling's group, as the desk's votes count a stored mention (``_read_votes``: by the
        spelling's desk-wide group), so the votes a book keeps are the ones a fresh read
        gives, however the desk's articles were indexed."""
        for spelling, kind in spelled:
            group = self.group_of.get(spelling)
            if group is not None:
                votes.setdefault(group, Counter())[kind] += sign

    @staticmethod
    def _settled(
        votes: dict[str, Counter[str]], mentions: Sequence[Mention], groups: Sequence[str]
    ) -> list[Mention]:
        """The mentions typed by ``votes`` with their article's own added."""
        here = _counted(mentions, groups)
        settled = {group: majority(votes.get(group, Counter()) + counts)
                   for group, counts in here.items()}  # fmt: skip
        return [
            Mention(m.start, m.end, m.text, settled[g])
            for m, g in zip(mentions, groups, strict=True)
        ]

    def _votes(self) -> dict[str, Counter[str]]:
        if self._kinds is None:
            self._kinds = self._read_votes()
        return self._kinds

    def _read_votes(self) -> dict[str, Counter[str]]:
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        rows = self.conn.execute(
            """SELECT s.group_key, c.kind, SUM(c.mentions) FROM name_kind_counts c
               JOIN name_spellings s ON s.spelling = c.spelling GROUP BY 1, 2"""
        )  # kept by triggers on name_mentions (migration 19): a row per spelling and kind
        for group, kind, count in rows:
            kinds[group][kind] += count
        return kinds

    def spellings_of(self, group: str) -> list[str]:
        return [s for s, g in self.group_of.items() if g == group]

    def find_spelling(self, text: str) -> str | None:
        """A stored spelling matching ``text`` (case-insensitively), or None."""
        if text in self.group_of:
            return text
        folded = text.casefold().strip()
        return next((s for s in self.group_of if s.casefold() == folded), None)

    def _set_group(self, spelling: str, group: str) -> None:
        """Move a filed spelling to ``group``; the votes kept move its stored mentions with
        it, as a fresh read of the desk's votes (by the spellings' groups) would count them."""
        self.conn.execute(
            "UPDATE name_spellings SET group_key = ? WHERE spelling = ?", [group, spelling]
        )
        old = self.group_of.get(spelling)
        self.group_of[spelling] = group
        self.moves += 1
        if self._kinds is not None and old is not None and old != group:
            stored = self.conn.execute(
                "SELECT kind, mentions FROM name_kind_counts WHERE spelling = ?", [spelling]
            ).fetchall()
            for kind, count in stored:
                self._kinds.setdefault(old, Counter())[kind] -= count
                self._kinds.setdefault(group, Counter())[kind] += count

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


def _counted(mentions: Sequence[Mention], groups: Sequence[str]) -> dict[str, Counter[str]]:
    """Group -> how many of these mentions are of each type."""
    here: dict[str, Counter[str]] = defaultdict(Counter)
    for mention, group in zip(mentions, groups, strict=True):
        here[group][mention.kind] += 1
    return here


KIND_ORDER = ("place", "person", "organisation", "group", "name")
"""Ties between types go to the first: a town the recogniser also calls a person is a town."""


def _people(mentions: Sequence[Mention], word: int) -> dict[str, dict[str, Mention]]:
    """{key of one word (-1: the last, 0: the first) of the article's full personal names:
    those names}. A name of two or three capitalised words the recogniser left untyped
    ("name") counts: its bare surname, typed a person, says what it is."""
    found: dict[str, dict[str, Mention]] = defaultdict(dict)
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.kind in ("person", "name")
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        ):
            found[name_key(words[word])].setdefault(mention.text, mention)
    return found


def _full_names(mentions: Sequence[Mention]) -> tuple[dict[str, Mention], set[str]]:
    """({key of a last word: the one full personal name of the mentions ending on it}, keys
    of last words two or more full names of the article share): a shared last word ("Anna
    Vesk", "Boris Vesk") says nobody. Both from one pass over the mentions (``_people``).
    Cyrillic case forms key alike (``name_key`` keeps the stem): «Ковальчука» is «Тарас
    Ковальчук»."""
    found = _people(mentions, -1)
    one = {last: next(iter(names.values())) for last, names in found.items() if len(names) == 1}
    return one, {last for last, names in found.items() if len(names) > 1}


def _given_names(mentions: Sequence[Mention]) -> dict[str, Mention]:
    """{key of a first word: the one full personal name of the mentions opening on it}: a
    given name alone ("Lena said") is the one person of the article so called."""
    found = _people(mentions, 0)
    return {first: next(iter(names.values())) for first, names in found.items() if len(names) == 1}


def _cyrillic(spelling: str) -> bool:
    return CYRILLIC.search(spelling) is not None


def majority(kinds: Counter[str]) -> str:
    """The most frequent type; "name" (untyped) only when nothing else was said."""
    typed = Counter({k: n for k, n in kinds.items() if k != "name" and n > 0})
    if not typed:
        return "name"
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return min(typed, key=lambda k: (-typed[k], order.get(k, len(order))))


def group_name(spellings: list[tuple[str, int]], *, person: bool = False) -> str:
    """The name a group goes by: its most used spelling, unless that is an abbreviation
    ("AFU") and the group holds a fuller name ("Armed Forces of Ukraine"): then the fullest;
    or, for a ``person``'s group, a bare surname ("Holt") and the group holds the full name it
    ends ("Mara Holt"): then the first such full name. An article names a person in full once
    and by the surname after, so the surname was the most used spelling and the names view
    listed a person as "Holt". Only a person's: a place or a body merged with a longer name
    ending on it ("Korea" and "South Korea", "York" and "New York") goes by the one most used
    (review37 item 5).

    ``spellings``: (spelling, mentions), in the order the group prefers them.
    """
    top = spellings[0][0]
    if person and " " not in top.strip() and not _is_abbreviation(top):
        key = name_key(top)
        full = (s for s, _ in spellings if 2 <= len(s.split()) <= 3 and _ends_on(s, key))
        return next(full, top)
    if not _is_abbreviation(top):
        return top
    fuller = [s for s, _ in spellings if len(s.split()) > 1]
    return max(fuller, key=lambda s: len(s.split())) if fuller else top


def _ends_on(spelling: str, key: str) -> bool:
    """The spelling's last word keys as ``key`` (any case of a Cyrillic surname)."""
    return name_key(spelling.split()[-1]) == key


def _is_abbreviation(spelling: str) -> bool:
    """One word of capitals (dots and digits allowed), as "AFU", "U.S." or "G7"."""
    letters = [c for c in spelling if c.isalpha()]
    return " " not in spelling.strip() and len(letters) <= 6 and all(c.isupper() for c in letters)


_GROUPS_SQL = """
SELECT m.group_key, s.spelling, s.kind, COUNT(m.id) AS mentions,
       COUNT(DISTINCT m.article_id) AS articles
FROM name_spellings s
JOIN name_mentions m ON m.spelling = s.spelling
JOIN articles a ON a.id = m.article_id AND a.version = m.version
{where}
GROUP BY m.group_key, s.spelling
"""
"""Groups are read from the mentions (``name_mentions.group_key``, migration 22): a bare
surname belongs to the group its own article gives it, so "Marsh" may be a variant of two
groups, each counting its own articles' mentions."""

_OF_ARTICLE = "WHERE m.group_key IN (SELECT group_key FROM name_mentions WHERE article_id = ?)"


def name_groups(conn: sqlite3.Connection, article_id: int | None = None) -> list[NameGroup]:
    """Name groups of the desk (or those an article mentions), most widely carried first."""
    where, params = ("", []) if article_id is None else (_OF_ARTICLE, [article_id])
    groups = _read_groups(conn, where, params, article_id)
    groups.sort(key=lambda g: (-g.articles, -g.mentions, g.name.casefold()))
    return groups


def groups_of(
    conn: sqlite3.Connection, keys: Iterable[str], article_id: int | None = None
) -> dict[str, NameGroup]:
    """{key: its group's name and type} for those of ``keys`` the desk's spellings hold,
    named and typed by the names view's rules (``group_name``, ``majority``, the spellings
    of ``article_id`` first): one home for what a name is called and what it is. The claim
    detail typed a speaker by its claim's reading ("organisation") where the names view said
    "person", and the Elsewhere panel named an origin by the claim's spelling ("Holt") where
    the names view said "Mara Holt".

    Read from the spellings' kept counts (``name_kind_counts``), not from every mention:
    the detail asks on every move, and a group's mentions grow with the desk (a place's
    2,400 mentions took 0.3 s to read at 2,000 articles; its spellings take a fraction of a
    millisecond). So ``articles`` and ``mentions`` are left 0, and a spelling counts for its
    desk-wide group only (a bare surname an article gives to one of two people of that name
    counts for neither here, as the desk's type votes count it, ``NameBook._read_votes``)."""
    wanted = sorted(set(keys))
    by_group: dict[str, dict[str, Counter[str]]] = defaultdict(dict)
    for first in range(0, len(wanted), _FEW_KEYS):
        part = wanted[first : first + _FEW_KEYS]
        rows = conn.execute(
            "SELECT s.group_key, s.spelling, c.kind, c.mentions FROM name_spellings s"
            " JOIN name_kind_counts c ON c.spelling = s.spelling"
            f" WHERE s.group_key IN ({','.join('?' * len(part))}) AND c.mentions > 0",
            part,
        )
        for group, spelling, kind, count in rows:
            by_group[group].setdefault(spelling, Counter())[kind] += count
    here = _mentions_in(conn, article_id) if article_id is not None and by_group else {}
    return {key: _labelled(key, spellings, here) for key, spellings in by_group.items()}


def _labelled(key: str, spellings: dict[str, Counter[str]], here: dict[str, int]) -> NameGroup:
    """One group named and typed from its spellings' counts, as ``_read_groups`` orders them."""
    counts = {spelling: sum(kinds.values()) for spelling, kinds in spellings.items()}
    order = _ordered(counts, here)
    kind = majority(sum(spellings.values(), Counter()))
    return NameGroup(
        key=key,
        name=group_name([(s, counts[s]) for s in order], person=kind == "person"),
        kind=kind,
        variants=order,
    )


def _ordered(counts: dict[str, int], here: dict[str, int]) -> list[str]:
    """A group's spellings ({spelling: mentions}) in the order the names view prefers them,
    the first being its name's candidate: the article's own spellings (``here``) first, then
    the nominative before the oblique cases (``case_ranks``), then the most used; one home
    for the names view (``_read_groups``) and every screen's name (``groups_of``)."""
    ranks = case_ranks(counts)
    return sorted(counts, key=lambda s: (s not in here, ranks[s], -here.get(s, 0), -counts[s], s))


def _read_groups(
    conn: sqlite3.Connection, where: str, params: list, article_id: int | None
) -> list[NameGroup]:
    """The groups ``where`` selects of the mentions (``_GROUPS_SQL``), each named by the
    spellings of ``article_id`` first (None: the desk's), typed by all its mentions."""
    by_group: dict[str, list[tuple]] = defaultdict(list)
    for row in conn.execute(_GROUPS_SQL.format(where=where), params):
        by_group[row[0]].append(row[1:])
    if not by_group:
        return []
    articles = _articles_per_group(conn, list(by_group))
    kinds = _kinds_per_group(conn, where, params)
    here = _mentions_in(conn, article_id) if article_id is not None else {}
    groups = []
    for key, rows in by_group.items():
        place = {s: n for n, s in enumerate(_ordered({r[0]: r[2] for r in rows}, here))}
        rows.sort(key=lambda r: place[r[0]])
        kind = majority(kinds.get(key, Counter())) if key in kinds else rows[0][1]
        groups.append(
            NameGroup(
                key=key,
                name=group_name([(r[0], r[2]) for r in rows], person=kind == "person"),
                kind=kind,
                variants=[r[0] for r in rows],
                articles=articles.get(key, 0),
                mentions=sum(r[2] for r in rows),
            )
        )
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


def _kinds_per_group(conn: sqlite3.Connection, where: str, params: list) -> dict[str, Counter]:
    """Each group's types as its current mentions give them (the recogniser's, per sentence)."""
    rows = conn.execute(
        f"""SELECT m.group_key, m.kind, COUNT(*) FROM name_mentions m
            JOIN articles a ON a.id = m.article_id AND a.version = m.version
            {where} GROUP BY 1, 2""",
        params,
    )
    found: dict[str, Counter] = defaultdict(Counter)
    for group, kind, count in rows:
        found[group][kind] += count
    return found


def _articles_per_group(conn: sqlite3.Connection, keys: list[str]) -> dict[str, int]:
    """{key: articles carrying it}; a few keys are counted through the group index alone
    (the claim detail and the Elsewhere panel ask of one or twenty, not of the whole desk)."""
    few = len(keys) <= _FEW_KEYS
    where = f"WHERE m.group_key IN ({','.join('?' * len(keys))})" if few else ""
    rows = conn.execute(
        f"""SELECT m.group_key, COUNT(DISTINCT m.article_id) FROM name_mentions m
            JOIN articles a ON a.id = m.article_id AND a.version = m.version
            {where} GROUP BY m.group_key""",
        keys if few else [],
    )
    wanted = set(keys)
    return {key: count for key, count in rows if key in wanted}


_FEW_KEYS = 200
"""Up to this many keys are named in the query (SQLite takes 999 parameters at least)."""
