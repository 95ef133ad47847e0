"""Soak: the real app SIGKILLed many times (default 100), and the cost of the safe open.

python -m bench soak                       # via the runner
python -m bench.bench_soak --kills 300     # directly, with options

Part 1 runs ``tests/crash_driver.py``'s cycle (start the app in a pty, review with keys,
SIGKILL at a random moment, check the desk holds every change the screen confirmed) and
reports kills, confirmed changes, in-flight keys and anything lost.

Part 2 times opening a desk of about 10 MB the safe way (``Store``: read-only
preflight with ``PRAGMA quick_check``, then the writable open) against a bare
``sqlite3.connect`` + one query, and ``quick_check`` against ``integrity_check``: the price of
refusing damaged desks on every open.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))


def soak_part(kills: int, seed: int, folder: Path) -> int:
    from crash_driver import soak, write_article
    from factdesk.desk.service import Desk
    from factdesk.settings.config import load_config

    source = folder / "audit.txt"
    write_article(source, paragraphs=100)
    db = folder / "soak.db"
    desk = Desk.open(db, config=load_config(reviewer="soak"))
    desk.import_paths([source])
    desk.close()
    started = time.monotonic()
    tally = soak(db, kills, seed)
    took = time.monotonic() - started
    print(
        f"soak: {tally.kills} kills ({tally.startup_kills} during start-up), "
        f"{tally.confirmed} confirmed changes, {tally.in_flight} keys in flight at the kill, "
        f"{len(tally.problems)} problems (goal 0), {took:.1f} s (seed {seed})"
    )
    for problem in tally.problems[:20]:
        print(f"  LOST: {problem}")
    return 1 if tally.problems else 0


def build_large_desk(db: Path, articles: int = 400) -> None:
    from factdesk.store.db import Store, now

    store = Store(db)
    body = "The audit said 40 per cent of homes were never built. " * 360  # ~20 KB
    with store.transaction() as conn:
        for i in range(articles):
            text = f"Article {i}\n\n{body}"
            article = conn.execute(
                "INSERT INTO articles (title, body, body_sha256, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [f"Article {i}", text, f"{i:064x}", now(), now()],
            ).lastrowid
            conn.execute(
                "INSERT INTO article_versions (article_id, version, body, body_sha256, "
                "imported_at) VALUES (?, 1, ?, ?, ?)",
                [article, text, f"{i:064x}", now()],
            )
            for c in range(20):
                conn.execute(
                    'INSERT INTO claims (article_id, version, start, "end", text, kind, '
                    "sourcing, created_at) VALUES (?, 1, ?, ?, ?, 'statistic', 'named', ?)",
                    [article, c * 50, c * 50 + 49, body[:49], now()],
                )
    store.close()


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def open_cost_part(folder: Path) -> None:
    from factdesk.store.db import Store

    db = folder / "large.db"
    build_large_desk(db)
    size = db.stat().st_size / 1e6

    def bare() -> None:
        conn = sqlite3.connect(db)
        conn.execute("SELECT COUNT(*) FROM articles").fetchone()
        conn.close()

    def safe() -> None:
        Store(db).close()

    def check(pragma: str) -> None:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        conn.execute(f"PRAGMA {pragma}").fetchall()
        conn.close()

    safe()  # the first open of the day makes the daily backup; time the usual opens
    base, guarded = best_of(5, bare), best_of(5, safe)
    quick, full = (
        best_of(3, lambda: check("quick_check")),
        best_of(3, lambda: check("integrity_check")),
    )
    print(
        f"open of a {size:.1f} MB desk: bare {base * 1e3:.1f} ms, safe {guarded * 1e3:.1f} ms "
        f"(x{guarded / base:.0f}); quick_check {quick * 1e3:.1f} ms, "
        f"integrity_check {full * 1e3:.1f} ms (x{full / quick:.1f})"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_soak")
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=random.randrange(1 << 30))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FACTDESK_CONFIG"] = str(folder / "config.toml")
        os.environ["FACTDESK_REVIEWER"] = "soak"
        open_cost_part(folder)
        return soak_part(args.kills, args.seed, folder)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
