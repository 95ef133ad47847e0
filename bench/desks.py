"""Desks for the terminal benchmarks: real claims, any number of articles, built in seconds.

Why not import 10,000 articles: that is an import benchmark (minutes of spaCy). Here a template
desk is imported for real once (the five seeds and one ~300 KB article, through the whole
pipeline: claims, scores, names, the cross-reference index and its matches), then the seeds'
rows are copied in SQL as many times as needed, each copy with new ids and a numbered title.
Each claim of a copy is matched ("same") with the same claim in the neighbouring copies, and
the first copy's claims with up to ``HEAVY`` copies, so the Elsewhere panel has work as on a
real desk where a story is reported again and again (the issue saw 1,038 matches for one claim).

Desks are cached under the system's temp folder (``CACHE``); a bench run copies the cached
file, so the runs never change the cache.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.domain.extractor import VERSION as EXTRACTOR
from factdesk.domain.matcher import VERSION as MATCHER
from factdesk.domain.origins import VERSION as ORIGINS
from factdesk.settings.config import Config
from factdesk.store.migrations import LATEST

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CACHE = Path(
    os.environ.get("BENCH_DESKS")
    or Path(tempfile.gettempdir())
    / f"factdesk-bench-desks-s{LATEST}-x{EXTRACTOR}-m{MATCHER}-o{ORIGINS}"
)
"""Named by schema, extractor, matcher and origins version: a desk built by an older factdesk
would be migrated, re-extracted, judged again (``corroborate.index.rejudge``, which would also
replace the copies' made-up pairs) or have its origins counted again
(``corroborate.index.rekey_origins``) by the app under test, which is not what a key press
costs.
``$BENCH_DESKS`` names another folder (desks an older checkout can open, to time it before a
change)."""
BIG_BYTES = 300_000
"""The big article's size: the issue's 300 KB case (~2,300 claims)."""
NEIGHBOURS = 3
"""Each copied claim is matched with the same claim in this many copies on each side."""
HEAVY = 1_000
"""The first copy's claims are matched with up to this many other copies."""

COPIED = {
    # table: {column: what its value is offset by} (every other column is copied as is)
    "articles": {"id": "article"},
    "article_versions": {"id": "version_row", "article_id": "article"},
    "claims": {"id": "claim", "article_id": "article"},
    "claim_index": {"claim_id": "claim", "article_id": "article"},
    "claim_origins": {"claim_id": "claim"},
    "claim_anchors": {"claim_id": "claim"},
    "name_mentions": {"id": "mention", "article_id": "article"},
    "article_names": {"article_id": "article"},
    "claim_matches": {"claim_id": "claim", "other_claim_id": "claim"},
}


def big_article_text(size: int = BIG_BYTES) -> str:
    """About ``size`` characters of claim-dense news prose (the huge-input tests' generator)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_huge_inputs import news_text

    return news_text(size)


def template() -> Path:
    """The seeds and the big article imported for real; built once per session."""
    path = CACHE / "template.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / "template.partial.db"
    partial.unlink(missing_ok=True)
    desk = Desk.open(partial, config=Config(reviewer="bench"))
    try:
        report = desk.import_paths([SEEDS])
        assert not report.failed, report.summary()
        big = CACHE / "big-article.txt"
        big.write_text("A long report from the front\n\n" + big_article_text(), encoding="utf-8")
        report = desk.import_paths([big])
        assert not report.failed, report.summary()
    finally:
        desk.close()
    partial.rename(path)
    return path


def _ids(conn: sqlite3.Connection) -> dict[str, int]:
    """The id offset of one copy, per kind of id: the largest id in the template."""
    one = lambda sql: conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    return {
        "article": one("SELECT MAX(id) FROM articles"),
        "version_row": one("SELECT MAX(id) FROM article_versions"),
        "claim": one("SELECT MAX(id) FROM claims"),
        "mention": one("SELECT MAX(id) FROM name_mentions"),
    }


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"SELECT * FROM pragma_table_info('{table}')")]


def _copy_sql(conn: sqlite3.Connection, table: str, seed_articles: str) -> str:
    """INSERT … SELECT of the seed rows of ``table`` for every copy number in ``copies``."""
    shifted = COPIED[table]
    article_column = "id" if table == "articles" else "article_id"
    select = []
    for column in _columns(conn, table):
        kind = shifted.get(column)
        if kind:
            select.append(f't."{column}" + k.n * :{kind}')
        elif table == "articles" and column == "title":
            select.append("t.title || ' (copy ' || k.n || ')'")
        else:
            select.append(f't."{column}"')
    source, where = f"{table} t", f"t.{article_column} IN ({seed_articles})"
    if table in ("claim_origins", "claim_anchors"):
        source = f"{table} t JOIN claims c ON c.id = t.claim_id"
        where = f"c.article_id IN ({seed_articles})"
    elif table == "claim_matches":  # both ends among the seeds, so both exist in the copy
        source = (
            f"{table} t JOIN claims c ON c.id = t.claim_id JOIN claims o ON o.id = t.other_claim_id"
        )
        where = f"c.article_id IN ({seed_articles}) AND o.article_id IN ({seed_articles})"
    names = ", ".join(f'"{c}"' for c in _columns(conn, table))
    return (
        f"INSERT INTO {table} ({names}) SELECT {', '.join(select)} FROM {source}, copies k "
        f"WHERE {where}"
    )


def scaled(articles: int) -> Path:
    """A desk of the big article plus ``articles`` seed articles (copies of the five)."""
    path = CACHE / f"desk-{articles}.db"
    if path.exists():
        return path
    source = template()
    partial = CACHE / f"desk-{articles}.partial.db"
    shutil.copyfile(source, partial)
    desk = Desk.open(partial, config=Config(reviewer="bench"))
    try:
        _grow(desk, articles)
    finally:
        desk.close()
    partial.rename(path)
    return path


def _grow(desk: Desk, articles: int) -> None:
    conn = desk.store.conn
    seeds = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")][:-1]
    copies = max(0, -(-articles // len(seeds)) - 1)
    offsets = _ids(conn)
    marks = ", ".join(str(i) for i in seeds)
    with desk.store.transaction():
        conn.execute("CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO copies VALUES (?)", [(n,) for n in range(1, copies + 1)])
        for table in COPIED:
            conn.execute(_copy_sql(conn, table, marks), offsets)
        _match(conn, seeds, copies, offsets["claim"])
        conn.execute("DROP TABLE temp.copies")


def _match(conn: sqlite3.Connection, seeds: list[int], copies: int, step: int) -> None:
    """The same claim in nearby copies is "same"; copy 0 also matches up to HEAVY copies."""
    marks = ", ".join(str(i) for i in seeds)
    base = [row[0] for row in conn.execute(f"SELECT id FROM claims WHERE article_id IN ({marks})")]
    rows = (
        (claim + n * step, claim + m * step, "same", 0.95 - abs(n - m) / 10_000, "copy")
        for claim in base
        for n in range(copies + 1)
        for m in (
            range(1, min(copies, HEAVY) + 1)
            if n == 0
            else range(n + 1, min(copies, n + NEIGHBOURS) + 1)
        )
    )  # each pair once: the desk reads a match from either end
    conn.executemany(
        "INSERT OR IGNORE INTO claim_matches (claim_id, other_claim_id, label, similarity, reason)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of a cached desk for one run (the app writes verdicts and the position)."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def big_article_id(path: Path) -> int:
    """The article with the most claims (the ~300 KB one)."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT article_id FROM claims GROUP BY article_id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()[0]


def normal_article_id(path: Path) -> int:
    """The first seed article: the one with the most matches on a grown desk."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT MIN(id) FROM articles").fetchone()[0]
