"""Derived tables checked against what they derive from (no checksums to keep up to date).

The bodies and the review rows carry checksums; the tables the desk computes from them (name
mentions, the cross-reference index, matches, origins, the search index) are rewritten by
many writers and can always be rebuilt, so instead of a checksum per row each is checked for
what must hold of it whatever the extractor or matcher of the day does:
- every reference points at a row that exists (``PRAGMA foreign_key_check``), and the index
  row of a claim names the claim's own article;
- a name mention is the span of its article version's text that it says it is, and its
  group one its article can give it (its spelling's, or a name's the article mentions);
- JSON columns parse to the shape their readers expect; numbers are in their range (a score
  and a similarity in their ranges, a span with start <= end), vectors all one length and
  still unit length;
- the full-text search index agrees with its content (FTS5's own integrity check, run on an
  in-memory copy of its tables: the desk may be open read-only, and no write lock is taken),
  and its content with the claims (a flipped case bit in its copy of a claim's text left
  every token as it was, so FTS5's check passed it);
- the counts kept by triggers (articles per name, mentions per spelling and kind) equal a
  recount.
The matcher's own rows (``claim_index``, ``claim_matches``) are each written in one place, so
they also carry a checksum (migration 20): a flipped bit in their free text or in a vector's
low bits, which the checks above pass, fails it. A flipped bit in a free-text column of the
other derived rows (an origin's name) still passes; re-indexing rewrites those.
"""

from __future__ import annotations

import json
import math
import sqlite3
import struct
from collections.abc import Callable, Iterator
from typing import Any

from factdesk.store import search_index
from factdesk.store.migrations import table_columns
from factdesk.store.rowsum import INDEX_COLUMNS, MATCH_COLUMNS, register

Problem = str
Findings = Iterator[tuple[int, Problem | None]]
"""What a check yields: (rows it checked, a problem or None)."""


def check_derived(conn: sqlite3.Connection) -> tuple[list[Problem], int]:
    """(problems, rows checked) over the derived tables that exist on this desk."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    register(conn)  # the matcher's row sums, which ``_claim_index`` and ``_matches`` compare
    problems: list[Problem] = []
    count = 0
    for table, check in CHECKS:
        if table in tables:
            for checked, problem in check(conn, tables):
                count += checked
                if problem:
                    problems.append(problem)
    problems += _fts_problems(conn)
    return problems, count


def _references(conn: sqlite3.Connection, _tables: set[str]) -> Findings:
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        yield 0, f"{table}: row {rowid} points at a missing {parent} row"


def _json_of(text: Any, shape: type) -> bool:
    try:
        return isinstance(json.loads(text), shape)
    except (TypeError, ValueError):
        return False


def _claims(conn: sqlite3.Connection, _tables: set[str]) -> Findings:
    query = """SELECT id, score, score_reasons, flags, names, paragraph FROM claims"""
    for claim_id, score, reasons, flags, names, paragraph in conn.execute(query):
        ok = (
            isinstance(score, int | float) and 0 <= score <= 1
            and _json_of(reasons, list) and _json_of(flags, list) and _json_of(names, list)
            and isinstance(paragraph, int) and paragraph >= 1
        )  # fmt: skip
        yield 1, None if ok else f"claims: the extracted values of claim {claim_id} are damaged"


def _summed(table: str, columns: tuple[str, ...], alias: str) -> str:
    """SQL: 1 where a row of ``table`` matches its checksum or has none (``rowsum``)."""
    return (
        f"({alias}.checksum IS NULL OR {alias}.checksum = factdesk_{table}_sum("
        + ", ".join(f'{alias}."{c}"' for c in columns)
        + "))"
    )


def _claim_index(conn: sqlite3.Connection, _tables: set[str]) -> Findings:
    summed = _summed("index", INDEX_COLUMNS, "i") if _has_checksum(conn, "claim_index") else "1"
    query = f"""SELECT i.claim_id, i.article_id, c.article_id, i.anchors, i.facts, {summed},
                      length(i.vector) FROM claim_index i LEFT JOIN claims c ON c.id = i.claim_id"""
    lengths: dict[int, int] = {}
    rows = conn.execute(query).fetchall()
    for *_, length in rows:
        if length is not None:
            lengths[length] = lengths.get(length, 0) + 1
    usual = max(lengths, key=lambda n: lengths[n]) if lengths else None
    unit = _unit_vectors(conn)
    for claim_id, article_id, claims_article, anchors, facts, summed_ok, length in rows:
        ok = (
            article_id == claims_article and _json_of(anchors, list) and _json_of(facts, dict)
            and summed_ok == 1
            and (length is None or (length == usual and unit.get(claim_id, True)))
        )  # fmt: skip
        yield (
            1,
            None
            if ok
            else (
                f"claim_index: the index entry of claim {claim_id} is damaged"
                + _rebuilt_by(claims_article)
            ),
        )


def _has_checksum(conn: sqlite3.Connection, table: str) -> bool:
    """Whether ``table`` has its checksum column (migration 20; an older backup may not)."""
    return "checksum" in table_columns(conn, table)


UNIT_TOLERANCE = 0.002
"""How far a stored vector's length may be from 1: float16 rounding moves it by < 0.0005; a
flipped exponent or high mantissa bit moves it much further."""


def _unit_vectors(conn: sqlite3.Connection) -> dict[int, bool]:
    """Claim id -> whether its vector is still unit length (vectors are stored normalised as
    float16, ``corroborate.semantic``). Plain ``struct``, no numpy: the background check runs
    beside the first screen, which loads no numpy."""
    found: dict[int, bool] = {}
    query = "SELECT claim_id, vector FROM claim_index WHERE vector IS NOT NULL"
    for claim_id, blob in conn.execute(query):
        if not isinstance(blob, bytes) or len(blob) % 2:
            found[claim_id] = False
            continue
        values = struct.unpack(f"<{len(blob) // 2}e", blob)
        length = math.sqrt(math.fsum(v * v for v in values))
        found[claim_id] = math.isfinite(length) and abs(length - 1) <= UNIT_TOLERANCE
    return found


def _matches(conn: sqlite3.Connection, _tables: set[str]) -> Findings:
    summed = _summed("match", MATCH_COLUMNS, "m") if _has_checksum(conn, "claim_matches") else "1"
    query = f"""SELECT m.claim_id, m.other_claim_id, m.similarity, {summed}, c.article_id
                FROM claim_matches m LEFT JOIN claims c ON c.id = m.claim_id"""
    for claim_id, other, similarity, summed_ok, article_id in conn.execute(query):
        ok = (
            claim_id != other and isinstance(similarity, int | float) and 0 <= similarity <= 100
            and summed_ok == 1
        )  # fmt: skip
        yield (
            1,
            None
            if ok
            else (
                f"claim_matches: the match {claim_id}-{other} is damaged" + _rebuilt_by(article_id)
            ),
        )


def _rebuilt_by(article_id: object) -> str:
    """How a damaged derived row of a claim is made again: re-extracting its article rewrites
    its index rows, its matches, its search entry and its listed names (the reviewer's work
    on its claims is kept). None for a row whose claim is gone (no article to name)."""
    if not isinstance(article_id, int):
        return ""
    return f" (derived: rebuilt by factdesk reextract {article_id})"


def _mentions(conn: sqlite3.Connection, _tables: set[str]) -> Findings:
    """Each mention is its span of its version's text: one body read per version."""
    query = """SELECT m.id, m.article_id, m.version, m.start, m."end", m.spelling
               FROM name_mentions m ORDER BY m.article_id, m.version"""
    bodies: dict[tuple[int, int], str | None] = {}
    for mention_id, article_id, version, start, end, spelling in conn.execute(query):
        key = (article_id, version)
        if key not in bodies:
            bodies.clear()  # ordered by version: one body in memory at a time
            row = conn.execute(
                "SELECT body FROM article_versions WHERE article_id = ? AND version = ?", key
            ).fetchone()
            bodies[key] = row[0] if row else None
        body = bodies[key]
        ok = isinstance(body, str) and isinstance(start, int) and body[start:end] == spelling
        yield 1, None if ok else f"name_mentions: mention {mention_id} no longer matches its text"


# 'either:' below is ``names.groups.EITHER_PREFIX`` written out: the store sits below names
# (layers point down) and cannot import it; change both together.
_STRAY_GROUPS = """
SELECT m.id FROM name_mentions m LEFT JOIN name_spellings s ON s.spelling = m.spelling
WHERE m.group_key IS NULL OR s.spelling IS NULL OR (
    m.group_key != s.group_key AND m.group_key != 'either:' || s.key
    AND NOT EXISTS (SELECT 1 FROM name_mentions o JOIN name_spellings g ON g.spelling = o.spelling
                    WHERE o.article_id = m.article_id AND o.version = m.version
                    AND g.group_key = m.group_key))
"""
"""Mentions whose group (migration 22) is none of those ``names.groups.NameBook.file_article``
can give: the spelling's own group, the group of another name its article version mentions
(a bare surname's full name), or the spelling's ``EITHER_PREFIX`` group (a surname the
article gives to two people)."""


def _mention_groups(conn: sqlite3.Connection, _tables: set[str]) -> Findings:
    """Each mention's group is one its article can give it (``_STRAY_GROUPS``)."""
    if "group_key" not in table_columns(conn, "name_mentions"):
        return
    yield conn.execute("SELECT COUNT(*) FROM name_mentions").fetchone()[0], None
    for (mention_id,) in conn.execute(_STRAY_GROUPS):
        problem = f"name_mentions: mention {mention_id} is under a group its article cannot give"
        yield 0, problem


COUNTS: list[tuple[str, tuple[str, ...], str, str]] = [
    ("name_counts", ("key",), "articles", "article_names"),
    ("name_kind_counts", ("spelling", "kind"), "mentions", "name_mentions"),
]
"""(table of counts, its key, its count column, the table it counts rows of): counts kept by
triggers (migrations 14 and 19), each equal to a recount of what it counts. A flipped kind in
a name mention, or a flipped letter of a counted spelling, leaves them disagreeing."""


def _counts(conn: sqlite3.Connection, tables: set[str]) -> Findings:
    for table, keys, count, source in COUNTS:
        if table not in tables or source not in tables:
            continue
        names = ", ".join(keys)
        query = f"""SELECT {names}, SUM(have), SUM(want) FROM (
                        SELECT {names}, {count} AS have, 0 AS want FROM {table}
                        UNION ALL SELECT {names}, 0, 1 FROM {source})
                    GROUP BY {names} HAVING SUM(have) IS NOT SUM(want)"""
        for *key, have, want in conn.execute(query):
            shown = " ".join(repr(part) for part in key)
            yield (
                0,
                (f"{table}: the count of {shown} is {have}, but {source} holds {want} (damaged)"),
            )


_UNLISTED = f"""
SELECT u.claim_id, c.article_id FROM (SELECT DISTINCT claim_id FROM (
    SELECT spelling, claim_id, 1 AS have, 0 AS want FROM {search_index.NAMES}
    UNION ALL SELECT DISTINCT j.value, c.id, 0, 1
    FROM claims c, {search_index.NAME_VALUES.format(names="c.names")} j WHERE j.value IS NOT NULL)
GROUP BY spelling, claim_id HAVING SUM(have) != SUM(want)) u
LEFT JOIN claims c ON c.id = u.claim_id ORDER BY u.claim_id
"""
"""Claims whose listed names (``search_index.NAMES``) are not the values of their ``names``,
with their article (NULL for a listed claim that is gone)."""


def _listed_names(conn: sqlite3.Connection, tables: set[str]) -> Findings:
    """The names listed for each claim (migration 23) are its own ``names``: the search
    index's re-grouping finds a claim by the list, so a lost row would leave it in the group
    its name had before a merge or split."""
    if search_index.NAMES not in tables:
        return
    yield conn.execute(f"SELECT COUNT(*) FROM {search_index.NAMES}").fetchone()[0], None
    for claim_id, article_id in conn.execute(_UNLISTED):
        problem = f"{search_index.NAMES}: the names listed for claim {claim_id} are not its names"
        yield 0, problem + _rebuilt_by(article_id)


def _search_rows(conn: sqlite3.Connection, tables: set[str]) -> Findings:
    """Each claim's row in the search index's content holds the claim's text, speaker and
    flags as its triggers wrote them (``search_index``). Skipped while a trigger is missing
    (an SQLite without FTS5 wrote claims; the next open with FTS5 rebuilds the index)."""
    content = f"{search_index.TABLE}_content"
    if content not in tables or not set(search_index.TRIGGERS) <= search_index.present(conn):
        return
    query = f"""SELECT c.id, c.article_id FROM claims c LEFT JOIN "{content}" s ON s.id = c.id
                WHERE s.id IS NULL OR s.c0 IS NOT c.text
                   OR s.c1 IS NOT COALESCE(c.speaker, '') OR s.c2 IS NOT c.flags
                UNION SELECT s.id, NULL FROM "{content}" s LEFT JOIN claims c ON c.id = s.id
                WHERE c.id IS NULL"""
    for claim_id, article_id in conn.execute(query):
        yield (
            0,
            (
                f"{search_index.TABLE}: the search entry of claim {claim_id} is not the claim's"
                + _rebuilt_by(article_id)
            ),
        )


def _fts_problems(conn: sqlite3.Connection) -> list[Problem]:
    """FTS5's own integrity check of every full-text table. It is spelled as an INSERT, so it
    runs on a copy of the table's shadow tables in memory: the desk's connection may be
    read-only (``factdesk check``, the background check) and takes no write lock."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
    ).fetchall()
    problems: list[Problem] = []
    if not search_index.fts5_available():
        return problems  # this SQLite cannot read the index: not damage (``search_index``)
    for name, sql in rows:
        if "content=" in sql.replace(" ", "").lower():
            continue  # external content: its rows live in another table, not copied here
        try:
            _fts_copy_check(conn, name, sql)
        except (sqlite3.DatabaseError, UnicodeError) as error:  # text no longer UTF-8: damaged
            problems.append(f"{name}: the search index is damaged ({type(error).__name__})")
    return problems


FTS_SHADOWS = ("data", "idx", "content", "docsize", "config")


def _fts_copy_check(conn: sqlite3.Connection, name: str, sql: str) -> None:
    """Rebuild ``name``'s shadow tables in memory from the desk's, then check them."""
    memory = sqlite3.connect(":memory:")
    try:
        memory.execute(sql)
        for shadow in FTS_SHADOWS:
            table = f'"{name}_{shadow}"'
            try:
                source = conn.execute(f"SELECT * FROM {table}")
            except sqlite3.OperationalError:
                continue  # an option left this shadow table out (contentless, no docsize)
            memory.execute(f"DELETE FROM {table}")
            marks = ", ".join("?" * len(source.description))
            memory.executemany(f"INSERT INTO {table} VALUES ({marks})", source)
        quoted = '"' + name.replace('"', '""') + '"'
        memory.execute(f"INSERT INTO {quoted}({quoted}) VALUES ('integrity-check')")
    finally:
        memory.close()


CHECKS: list[tuple[str, Callable[[sqlite3.Connection, set[str]], Findings]]] = [
    ("claims", _references),
    ("claims", _claims),
    ("claim_index", _claim_index),
    ("claim_matches", _matches),
    ("name_mentions", _mentions),
    ("name_mentions", _counts),
    ("name_mentions", _mention_groups),
    ("claims", _search_rows),
    ("claims", _listed_names),
]
"""(table that must exist, check): in this order, each given the desk's tables."""
