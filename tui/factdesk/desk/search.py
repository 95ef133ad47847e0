"""Finding claims across the desk: what Ctrl+F, the palette's "go:" and ``claims --search``
ask of the full-text index (``store.search_index``).

A typed query becomes an FTS5 query: each word is matched by its stem (porter: "denied" finds
"denies"), the last one also as a prefix (the reviewer is still typing it), and any run of
words that names a known name group also matches that group's token, so "Kupiansk" finds the
claims that spell it "Kupyansk" and "Gerasimov" those that say "Valery Gerasimov". A name is
recognised by its stored spelling, else by its spelling-independent key (``names.spelling``),
else as the surname of a stored full name: a spelling the desk has never seen still meets
the ones it has.

Results come ranked: the claims that hold the typed text as it was typed first, then those
that matched through a name group, then the rest by FTS5's bm25 rank.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from factdesk.names.spelling import name_key
from factdesk.store import search_index

MAX_NAME_WORDS = 4
"""The longest run of words looked up as one name ("Armed Forces of Ukraine")."""

EXACT, NAME, WORDS = "exact", "name", "words"
"""How a claim matched, best first: the typed text itself, a name group, word stems."""

_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Query:
    """A typed query, read: the FTS5 expression and the name groups it names."""

    text: str
    match: str
    """The FTS5 MATCH expression ("" when nothing searchable was typed)."""
    groups: frozenset[str]
    """Tokens of the name groups the query names (``search_index.group_token``)."""


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
    finds "Kupiansk" in an article titled "… Kupyansk …"."""
    groups = name_groups(conn, text.split())
    if not groups:
        return set()
    marks = ",".join("?" * len(groups))
    rows = conn.execute(
        f"SELECT spelling FROM name_spellings WHERE group_key IN ({marks})", sorted(groups)
    )
    return {row[0] for row in rows}


def read_query(conn: sqlite3.Connection, text: str) -> Query:
    """The FTS5 expression for what was typed (see the module docstring)."""
    words = [w for w in text.split() if _WORD.search(w)]
    terms: list[str] = []
    tokens: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            last = i + size == len(words)
            groups = {search_index.group_token(g) for g in name_groups(conn, run)}
            if groups or size == 1:
                break
        options = [_phrase(run)] + ([_phrase(run, prefix=True)] if last else [])
        options += [f"groups : {_phrase([token])}" for token in sorted(groups)]
        terms.append("(" + " OR ".join(options) + ")")
        tokens |= groups
        i += size
    return Query(text, " AND ".join(terms), frozenset(tokens))


def search_ids(conn: sqlite3.Connection, query: Query, limit: int) -> list[tuple[int, str]]:
    """(claim id, how it matched) of current, shown claims, best first."""
    if not query.match:
        return []
    rows = conn.execute(
        f"""SELECT c.id, c.text, COALESCE(c.speaker, ''), s.groups
            FROM {search_index.TABLE} s
            JOIN claims c ON c.id = s.rowid AND c.hidden = 0
            JOIN articles a ON a.id = c.article_id AND a.version = c.version
            WHERE {search_index.TABLE} MATCH ?
            ORDER BY s.rank, c.article_id, c.start LIMIT ?""",
        [query.match, int(limit)],
    ).fetchall()
    typed = query.text.strip().casefold()
    found = [(row[0], _how(typed, row, query.groups)) for row in rows]
    order = {EXACT: 0, NAME: 1, WORDS: 2}
    return sorted(found, key=lambda hit: order[hit[1]])  # stable: bm25 within each


def _how(typed: str, row: tuple, groups: frozenset[str]) -> str:
    if typed and (typed in row[1].casefold() or typed in row[2].casefold()):
        return EXACT
    if groups and groups & set(row[3].split(",")):
        return NAME
    return WORDS
