"""The start path loads only what it shows: no language work for ``stats`` or the queue.

Each path runs in a fresh interpreter (``start_path_driver.py``) that prints the heavy modules
it loaded: spaCy, numpy, pandas, sqlite-utils (which imports numpy and pandas when they are
installed), rapidfuzz, and factdesk's extraction and corroboration. The work is bounded (one
command, one screen on the five seed articles); no time is measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import start_path_driver
from factdesk.desk.service import Desk

TESTS = Path(__file__).resolve().parent
DRIVER = TESTS / "start_path_driver.py"


def run_driver(*args: str) -> tuple[list[str], str]:
    """(heavy modules loaded, the driver's other output) of one start path."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS.parent / "tui"), str(TESTS)]))
    done = subprocess.run(
        [sys.executable, str(DRIVER), *args],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    *lines, last = done.stdout.strip().splitlines()
    return json.loads(last), "\n".join(lines)


def test_the_driver_sees_heavy_modules() -> None:
    import factdesk.extract.claims  # noqa: F401  (loaded here on purpose)

    loaded = start_path_driver.heavy_loaded()
    assert "factdesk.extract.claims" in loaded
    assert "factdesk.desk.service" not in loaded


def test_stats_imports_no_language_work(seeded_desk: Desk) -> None:
    path = seeded_desk.store.path
    articles = len(seeded_desk.articles())
    seeded_desk.close()
    loaded, output = run_driver("cli", "--db", str(path), "stats")
    assert "exit status: 0" in output
    assert str(articles) in output
    assert loaded == []


def test_articles_listing_imports_no_language_work(seeded_desk: Desk) -> None:
    path = seeded_desk.store.path
    titles = [a.title for a in seeded_desk.articles()]
    seeded_desk.close()
    loaded, output = run_driver("cli", "--db", str(path), "articles")
    assert "exit status: 0" in output
    assert titles[0] in output
    assert loaded == []


def test_first_screen_imports_no_language_work(seeded_desk: Desk) -> None:
    path = seeded_desk.store.path
    articles = len(seeded_desk.articles())
    seeded_desk.close()
    loaded, output = run_driver("queue", str(path))
    assert f"queue rows: {articles}" in output
    assert loaded == []
