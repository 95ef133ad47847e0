"""The desk-wide ``single-source-name`` flag: a claim names someone no other article mentions.

Such a name (a unit, a person, a place) cannot be cross-checked inside the desk, so the reviewer
should look. Whether a name is "single-source" depends on the whole desk, so the flag is kept
up to date here after each import rather than by the extractor.

The ``article_names`` table (migration 4) holds, for each article's current body, the keys of the
names it mentions. Keeping the flag current is incremental: when article A gains or loses key K,
a claim in another article B changes only if A and B are the only articles that name K; so only
those articles are recomputed, never the whole desk. How many articles name each key is kept in
``name_counts`` by triggers on ``article_names`` (migration 14), so neither question ("who else
names K?", "does anyone else name K?") reads every article holding a common name: the cost
of an import stays the same on a desk of ten articles and of ten thousand.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from factdesk.domain.flags import SINGLE_SOURCE_NAME
from factdesk.names.mentions import find_mentions
from factdesk.names.spelling import name_key
from factdesk.store.db import read_state, write_state

FLAG = SINGLE_SOURCE_NAME
STATE_KEY = "names:key-function"
"""The ``state`` row naming the key function the index was built with (rebuilt when it changes)."""

KeyFunction = Callable[[str], str]


def key_function() -> tuple[str, KeyFunction]:
    """How names are compared across articles, and an id for it.

    ``factdesk.names.spelling.name_key`` groups spelling variants of one name. The id is stored with
    the index (``STATE_KEY``): a desk indexed with another key function is rebuilt on import.
    """
    return "names.name_key", name_key


def mention_keys(text: str, key: KeyFunction) -> set[str]:
    return {k for k in (key(m.text) for m in find_mentions(text)) if k}


def ensure_index(conn: sqlite3.Connection, key: KeyFunction, key_id: str) -> None:
    """Rebuild the whole index (in the caller's transaction) if it was built another way."""
    if read_state(conn, STATE_KEY) == key_id:
        return
    conn.execute("DELETE FROM article_names")
    rows = conn.execute("SELECT id, body FROM articles").fetchall()
    for article_id, body in rows:
        _write_keys(conn, article_id, mention_keys(body, key))
    write_state(conn, STATE_KEY, key_id)
    ids = [article_id for article_id, _ in rows]
    refresh_flags(conn, ids, key)


def _write_keys(conn: sqlite3.Connection, article_id: int, keys: set[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO article_names (article_id, key) VALUES (?, ?)",
        [(article_id, k) for k in sorted(keys)],
    )


def reindex_article(
    conn: sqlite3.Connection, article_id: int, body: str, key: KeyFunction
) -> set[int]:
    """Index the article's current body; return every article whose flags may have changed."""
    old = _keys_of(conn, article_id)
    new = mention_keys(body, key)
    gone, added = sorted(old - new), sorted(new - old)
    conn.executemany(
        "DELETE FROM article_names WHERE article_id = ? AND key = ?",
        [(article_id, k) for k in gone],
    )
    _write_keys(conn, article_id, set(added))
    affected = {article_id}
    # A key this article gained or lost changes another article's flag only when that article
    # is the one other holder of the key: the counts say which keys, the index finds it.
    lone = [k for k, count in _counts(conn, gone + added).items() if count - (k in new) == 1]
    for k in lone:
        row = conn.execute(
            "SELECT article_id FROM article_names WHERE key = ? AND article_id != ? LIMIT 1",
            [k, article_id],
        ).fetchone()
        if row:
            affected.add(row[0])
    return affected


def refresh_flags(conn: sqlite3.Connection, article_ids: Iterable[int], key: KeyFunction) -> int:
    """Set or clear the flag on the current claims of these articles; return how many changed."""
    changed = 0
    for article_id in sorted(set(article_ids)):
        claims = conn.execute(
            """SELECT c.id, c.text, c.names, c.flags FROM claims c
               JOIN articles a ON a.id = c.article_id AND a.version = c.version
               WHERE c.article_id = ?""",
            [article_id],
        ).fetchall()
        lone = single_sourced(conn, article_id, [json.loads(c[2]) for c in claims], key)
        for (cid, _, _, flags_json), single in zip(claims, lone, strict=True):
            flags = json.loads(flags_json)
            if single == (FLAG in flags):
                continue
            flags = [*flags, FLAG] if single else [f for f in flags if f != FLAG]
            conn.execute("UPDATE claims SET flags = ? WHERE id = ?", [json.dumps(flags), cid])
            changed += 1
    return changed


def single_sourced(
    conn: sqlite3.Connection, article_id: int, names: Sequence[Sequence[str]], key: KeyFunction
) -> list[bool]:
    """For each claim of ``article_id`` naming ``names``: whether one of its names is named by
    no other article (the flag). The claim writer asks before it inserts the claims, so a
    claim is written with its flag once rather than written and then updated (each write of
    a claim's flags re-indexes it for search: issue 15); ``refresh_flags`` asks after."""
    keys_of = [{key(n) for n in found} - {""} for found in names]
    elsewhere = _named_elsewhere(conn, set().union(*keys_of), article_id)
    return [any(k not in elsewhere for k in keys) for keys in keys_of]


def _keys_of(conn: sqlite3.Connection, article_id: int) -> set[str]:
    rows = conn.execute("SELECT key FROM article_names WHERE article_id = ?", [article_id])
    return {row[0] for row in rows}


def _counts(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, int]:
    """How many articles name each of ``keys`` (keys no article names are left out)."""
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(set(keys)), 500):
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(
                f"SELECT key, articles FROM name_counts WHERE key IN ({marks})", chunk
            ).fetchall()
        )
    return found


def _named_elsewhere(conn: sqlite3.Connection, keys: set[str], article_id: int) -> set[str]:
    """The keys among ``keys`` that an article other than ``article_id`` names."""
    own = _keys_of(conn, article_id)
    return {k for k, count in _counts(conn, keys).items() if count - (k in own) >= 1}


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
