"""Finding claims across the desk: what Ctrl+F, the palette's "go:" and ``claims --search``
ask of the full-text index (``store.search_index``).

A typed query becomes an FTS5 query that asks for more than is wanted: each word by its porter
stem, or as the start ``text.wordfind.start`` gives it ("бюджету" asks for words beginning
"бюджет"); the claims it returns are then kept if ``text.wordfind.finds`` finds the query in
their words or speaker, the ``/`` filter's own test, so the three searches of the desk agree
on what a word in another ending is ("reported" finds "reports", never "reporter", which
porter would give). Any run of words that names a known name group also matches that group's
token (a claim found so is kept whatever its words), so "Kupiansk" finds the
claims that spell it "Kupyansk" and "Gerasimov" those that say "Valery Gerasimov". A name is
recognised by its stored spelling, else by its spelling-independent key (``names.spelling``),
else as the surname of a stored full name: a spelling the desk has never seen still meets
the ones it has.

Results come ranked: the claims that hold the typed text as it was typed first, then those
that matched through a name group, then the rest by FTS5's bm25 rank.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from factdesk.names.spelling import name_key
from factdesk.store import search_index
from factdesk.text.markdown import prose
from factdesk.text.wordfind import finds, parts, start

MAX_NAME_WORDS = 4
"""The longest run of words looked up as one name ("Armed Forces of Ukraine")."""

EXACT, NAME, WORDS = "exact", "name", "words"
"""How a claim matched, best first: the typed text itself, a name group, word stems."""

_WORD = re.compile(r"\w", re.UNICODE)


FILTER_FIELDS = {"flag:": "flags", "kind:": "kind"}
"""The explicit words of the ``/`` filter and Ctrl+F: ``flag:name`` keeps the claims with a
flag containing "name", ``kind:quote`` those of that kind. Plain words search the text and
the speaker only: "names" listed every claim flagged single-source-name."""


@dataclass(frozen=True, slots=True)
class Wanted:
    """A typed filter, read: its plain words and what it asks of flags and kinds."""

    words: str
    flags: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


def read_filter(typed: str) -> Wanted:
    """``typed`` split into plain words and ``flag:``/``kind:`` filters (lower case)."""
    plain: list[str] = []
    asked: dict[str, list[str]] = {"flags": [], "kind": []}
    for token in typed.split():
        field = next((f for f in FILTER_FIELDS if token.casefold().startswith(f)), None)
        if field is None:
            plain.append(token)
        else:
            asked[FILTER_FIELDS[field]].append(token[len(field) :].casefold())
    return Wanted(" ".join(plain), tuple(asked["flags"]), tuple(asked["kind"]))


def fields_match(wanted: Wanted, flags: list[str], kind: str) -> bool:
    """Whether a claim has every flag and kind ``wanted`` asks for (a part of one is
    enough: ``flag:name`` is single-source-name)."""
    folded = [flag.casefold() for flag in flags]
    return all(any(want in flag for flag in folded) for want in wanted.flags) and all(
        want in kind.casefold() for want in wanted.kinds
    )


def matched_flags(wanted: Wanted, flags: list[str]) -> list[str]:
    """The claim's flags a ``flag:`` filter matched on, in the claim's order: ``claims
    --search flag:name`` listed its claims without a word of which flag each one had."""
    return [f for f in flags if any(want in f.casefold() for want in wanted.flags)]


def claim_matches(
    wanted: Wanted, text: str, speaker: str | None, flags: list[str], kind: str
) -> bool:
    """The one test of the ``/`` filter, Ctrl+F and ``claims --search``: every plain word in
    the claim's words or speaker in any ending (``text.wordfind``), and the flags and kind
    asked for."""
    return fields_match(wanted, flags, kind) and finds(wanted.words, claim_texts(text, speaker))


@dataclass(frozen=True, slots=True)
class Query:
    """A typed query, read: the FTS5 expression and the name groups it names."""

    match: str
    """The FTS5 MATCH expression ("" when nothing searchable was typed)."""
    groups: frozenset[str]
    """Tokens of the name groups the query names (``search_index.group_token``)."""
    wanted: Wanted
    """The plain words and the ``flag:``/``kind:`` filters of what was typed."""
    speakers: frozenset[str] = frozenset()
    """Every spelling of those name groups, case-folded: a claim whose speaker is one of them
    is found through the group too (``_group_spellings``)."""


def _phrase(words: list[str], prefix: bool = False) -> str:
    quoted = '"' + " ".join(words).replace('"', '""') + '"'
    return quoted + ("*" if prefix else "")


def name_groups(conn: sqlite3.Connection, words: list[str]) -> set[str]:
    """The group keys ``words`` (one name) may mean: a stored spelling, a spelling with the
    same key, or a full name whose surname this is."""
    text = " ".join(words)
    rows = conn.execute(
        "SELECT group_key FROM name_spellings WHERE spelling = ? COLLATE NOCASE", [text]
    ).fetchall()
    key = name_key(text)
    if not rows and key:
        rows = conn.execute("SELECT group_key FROM name_spellings WHERE key = ?", [key]).fetchall()
        if not rows and " " not in key:
            rows = conn.execute(
                "SELECT group_key FROM name_spellings WHERE key LIKE ? ESCAPE '\\'",
                ["% " + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")],
            ).fetchall()
    return {row[0] for row in rows}


def spellings(conn: sqlite3.Connection, text: str) -> set[str]:
    """Every spelling of the name groups ``text`` (as one name) may mean: how the palette
    finds "Kupiansk" in an article titled "… Kupyansk …". A mention's own group counts too
    (migration 22): "Lena Marsh" also means the bare "Marsh" of her articles."""
    return _group_spellings(conn, name_groups(conn, text.split()))


def _group_spellings(conn: sqlite3.Connection, group_keys: set[str]) -> set[str]:
    """Every spelling of the name groups ``group_keys`` (their stored spellings and the
    mentions grouped with them).

    Why: a claim's group tokens in the index come from the names its own words hold
    (``claims.names``), never from its speaker, so a quote whose speaker a pronoun gives ("…,"
    she told a press conference) was not found by another spelling of her name: "Ткачук" found
    the Russian and Ukrainian quotes of Оксана Ткачук and not the English one of Oksana Tkachuk,
    which "Tkachuk" found, and the other way round (review46 B5). Matched against the speaker
    as a whole, in any letter case."""
    if not group_keys:
        return set()
    marks = ",".join("?" * len(group_keys))
    rows = conn.execute(
        f"SELECT spelling FROM name_spellings WHERE group_key IN ({marks}) UNION"
        f" SELECT spelling FROM name_mentions WHERE group_key IN ({marks})",
        [*sorted(group_keys), *sorted(group_keys)],
    )
    return {row[0] for row in rows if row[0]}


def _starts(word: str) -> str:
    """Every word of ``word`` (one typed word: "1,200" is two) as the start of an indexed
    word: a superset of what ``finds`` finds, in the index's terms."""
    return " AND ".join(_phrase([start(part) or part], prefix=True) for part in parts(word))


def read_query(conn: sqlite3.Connection, text: str) -> Query:
    """The FTS5 expression for what was typed (see the module docstring)."""
    wanted = read_filter(text)
    words = [w for w in wanted.words.split() if _WORD.search(w)]
    terms: list[str] = []
    tokens: set[str] = set()
    speakers: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            keys = name_groups(conn, run)
            if keys or size == 1:
                break
        groups = {search_index.group_token(g) for g in keys}
        spoken = _group_spellings(conn, keys)
        options = [_phrase(run)] + ([_starts(run[0])] if size == 1 else [])
        options += [f"groups : {_phrase([token])}" for token in sorted(groups)]
        options += [f"speaker : {_phrase(name.split())}" for name in sorted(spoken)]
        terms.append("(" + " OR ".join(options) + ")")
        tokens |= groups
        speakers |= {name.casefold() for name in spoken}
        i += size
    return Query(" AND ".join(terms), frozenset(tokens), wanted, frozenset(speakers))


def search_ids(conn: sqlite3.Connection, query: Query, limit: int) -> list[tuple[int, str]]:
    """(claim id, how it matched) of current, shown claims, best first."""
    wanted = query.wanted
    if not query.match and not (wanted.flags or wanted.kinds):
        return []
    shown = """JOIN claims c ON c.id = s.rowid AND c.hidden = 0
            JOIN articles a ON a.id = c.article_id AND a.version = c.version"""
    columns = "c.id, c.text, COALESCE(c.speaker, ''), s.groups, c.flags, c.kind"
    if query.match:
        rows = conn.execute(
            f"""SELECT {columns} FROM {search_index.TABLE} s {shown}
                WHERE {search_index.TABLE} MATCH ? ORDER BY s.rank, c.article_id, c.start""",
            [query.match],
        )
    else:  # only flag: or kind: typed: every claim is a candidate
        rows = conn.execute(
            f"SELECT {columns} FROM {search_index.TABLE} s {shown} ORDER BY c.article_id, c.start"
        )
    typed = wanted.words.strip().casefold()
    found: list[tuple[int, str]] = []
    for row in rows:  # best first: stop at the limit
        flags, kind = json.loads(row[4]), row[5]
        named = bool(query.groups & set(row[3].split(","))) or (row[2].casefold() in query.speakers)
        if (named and fields_match(wanted, flags, kind)) or claim_matches(
            wanted, row[1], row[2], flags, kind
        ):
            found.append((row[0], _how(typed, row, named)))
            if len(found) >= limit:
                break
    order = {EXACT: 0, NAME: 1, WORDS: 2}
    return sorted(found, key=lambda hit: order[hit[1]])  # stable: bm25 within each


def claim_texts(text: str, speaker: str | None) -> list[str]:
    """What a typed query's plain words are looked for in: the claim's words (as written and
    as prose, without Markdown) and its speaker. Not its flags (``FILTER_FIELDS``)."""
    return [text, prose(text), speaker or ""]


def _how(typed: str, row: tuple, named: bool) -> str:
    """How a found claim matched: the words as typed, a name group the query names, or words
    in other endings."""
    if typed and (typed in row[1].casefold() or typed in row[2].casefold()):
        return EXACT
    return NAME if named else WORDS
