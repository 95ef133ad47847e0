"""``factdesk import`` killed with SIGKILL midway leaves whole articles, and the next import
finishes the job: all imported, none twice.

The reference for "whole" is the same folder imported without interruption: after each kill,
every article in the desk must have exactly the claims (and version row) it has there.
This is the one kill-the-import test (``test_import`` had a smaller copy of it).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config

pytestmark = pytest.mark.serial  # a real import process killed midway: one at a time

ARTICLES = 24
KILL_AT = (6, 13)
"""Article counts at which the importing process is killed: the first before the import has
done a quarter, the second after resuming past the first's articles; each leaves ten or more
articles to go, far more than the import does between two polls of the killer (10 ms; an
article takes ~30 ms of CPU). Each article is imported three times over: the reference, the
killed imports and the one that finishes, and each import is a process (~1 s of CPU)."""

TOWNS = ("Northfield", "Easton", "Marlow", "Kestrel Bay", "Ashby")


def write_articles(folder: Path, count: int) -> None:
    """Small distinct articles, each with a few checkable (numeric, quoted) sentences."""
    folder.mkdir()
    for i in range(count):
        town = random.Random(i).choice(TOWNS)
        (folder / f"article-{i:03}.txt").write_text(
            f"Council report {i} on housing in {town}\n\nBy Staff Reporter\n\n"
            f"The council said {i % 90 + 5} per cent of the {1000 + i * 7:,} homes in {town} "
            f"were empty in {2000 + i % 24}, according to a report by the Housing Office.\n\n"
            f'"We have built {i * 3 + 20} new homes since March," said Mayor Jane Doe{i}, '
            f"adding that rents rose by {i % 15 + 2}% last year.\n\n"
            f"Unemployment in {town} fell to {i % 9 + 1}.{i % 10} per cent in the second "
            "quarter, official figures show.\n",
            encoding="utf-8",
        )


def claim_counts(path: Path) -> dict[str, int]:
    """source file name -> claims of its current version; also checks the desk's health."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            """SELECT a.source_path, a.version,
                      (SELECT COUNT(*) FROM claims c
                       WHERE c.article_id = a.id AND c.version = a.version),
                      (SELECT COUNT(*) FROM article_versions v
                       WHERE v.article_id = a.id AND v.version = a.version)
               FROM articles a"""
        ).fetchall()
    finally:
        conn.close()
    names = [Path(source).name for source, *_ in rows]
    assert len(names) == len(set(names)), "an article was imported twice"
    assert all(has_version == 1 for *_, has_version in rows), "article without its version row"
    return {Path(source).name: claims for source, _, claims, _ in rows}


def article_count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created or migrated yet


def start_import(folder: Path, desk: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "factdesk", "import", str(folder), "--db", str(desk)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "FACTDESK_REVIEWER": "importer"},
    )


def kill_when(proc: subprocess.Popen, desk: Path, articles: int) -> int:
    """SIGKILL the import once the desk holds ``articles``; return how many it held.

    The watchdog only catches an import that stopped: it allows 60 s without a new article
    (and 300 s for the process to start), so a loaded machine does not fail a working import.
    """
    seen, deadline = -1, time.monotonic() + 300
    while (count := article_count(desk)) < articles:
        assert proc.poll() is None, "the import finished before it could be killed"
        if count > seen:
            seen, deadline = count, max(deadline, time.monotonic() + 60)
        assert time.monotonic() < deadline, f"the import made no progress past {count} articles"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return article_count(desk)


def test_import_killed_midway_leaves_whole_articles_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    reference_path = tmp_path / "reference.db"
    reference = Desk.open(reference_path, config=load_config())
    assert not reference.import_paths([folder]).failed
    reference.close()
    expected = claim_counts(reference_path)
    assert len(expected) == ARTICLES and all(expected.values()), "every article has claims"

    desk = tmp_path / "desk.db"
    for target in KILL_AT:
        held = kill_when(start_import(folder, desk), desk, target)
        counts = claim_counts(desk)
        assert target <= len(counts) == held < ARTICLES
        for name, claims in counts.items():
            assert claims == expected[name], f"{name}: half imported ({claims} claims)"

    finish = start_import(folder, desk)
    _, err = finish.communicate(timeout=600)  # returns when done; long only for a loaded machine
    assert finish.returncode == 0, err
    assert claim_counts(desk) == expected
    assert claims_without_index(desk) == 0, "every claim is in the cross-reference index"


def claims_without_index(path: Path) -> int:
    """Claims the corroboration index (a derived table, when there is one) does not know."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'claim_index'").fetchone():
            return 0
        return conn.execute(
            "SELECT COUNT(*) FROM claims c "
            "WHERE NOT EXISTS (SELECT 1 FROM claim_index i WHERE i.claim_id = c.id)"
        ).fetchone()[0]
    finally:
        conn.close()
