"""The app on a 2,000-article desk, per key, in a real terminal, beside a bare DataTable app.

Each key (``j``, ``k``, the verdict key ``1``) is typed into the app running in tmux, one a
second, with the Elsewhere panel loading after each as in real use (the desk's claims are
matched across copies: ``bench.desks``); the figures are the key to the first frame (goal
<= 3x the bare app's) and the key to the last frame within 0.5 s (the panel loaded), against
a bare Textual app with a DataTable of the same claims doing the same move in the same run
(``bench.terminal``). Then the first screen against a bare DataTable of the same articles.
Pilot cannot measure this: it waits for idle after every key and never writes a frame.

    python -m bench app            # or: python -m bench.bench_app [ARTICLES]

``build_desk`` (generated articles written straight through the Store) stays for the tests
that need a big desk in seconds.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.domain.extractor import VERSION as EXTRACTOR
from factdesk.settings.config import Config
from factdesk.store.db import now
from factdesk.store.rowsum import body_sha

from bench import asked_for_help, bench_keys, desks
from bench.terminal import load_average, median_ms

SENTENCES = [
    "The ministry said on Tuesday that {n} soldiers had been moved to the border region.",
    "Officials confirmed that the bridge at Kupyansk was destroyed in the night.",
    "According to a local resident, the shelling started at about {n} o'clock.",
    "'We will not retreat,' the commander told reporters in the town square.",
    "Prices for bread rose by {n} percent over the month, the statistics office said.",
]


def article_body(index: int, claims: int) -> tuple[str, list[tuple[int, int, int]]]:
    """A body of ``claims`` sentences in paragraphs of three; spans with paragraph numbers."""
    parts, spans, offset = [f"Article number {index}: a generated report", ""], [], 0
    offset = len(parts[0]) + 2
    for number in range(claims):
        sentence = SENTENCES[number % len(SENTENCES)].format(n=index + number)
        paragraph = number // 3 + 2
        spans.append((offset, offset + len(sentence), paragraph))
        parts.append(sentence)
        offset += len(sentence) + 1
        if number % 3 == 2:
            parts.append("")
            offset += 1
    body = parts[0] + "\n\n" + "".join(part + "\n" for part in parts[2:])
    return body, spans


def build_desk(path: Path, articles: int, claims: int) -> Desk:
    """Direct inserts through the Store in one transaction: seconds, not an import run."""
    desk = Desk.open(path, config=Config(reviewer="bench"))
    stamp = now()
    with desk.store.transaction() as conn:
        for index in range(articles):
            body, spans = article_body(index, claims)
            cursor = conn.execute(
                """INSERT INTO articles (title, outlet, date_iso, body, body_sha256,
                     imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [f"Report {index:05d} from the front", "Bench Wire",
                 f"2025-{index % 12 + 1:02d}-{index % 28 + 1:02d}", body, body_sha(body),
                 stamp, stamp],
            )  # fmt: skip
            article_id = cursor.lastrowid
            conn.executemany(
                """INSERT INTO claims (article_id, version, start, "end", text, kind, speaker,
                     sourcing, score, score_reasons, flags, paragraph, created_at, extractor)
                   VALUES (?, 1, ?, ?, ?, 'statement', ?, 'named', ?, '[]', ?, ?, ?, ?)""",
                [
                    (article_id, start, end, body[start:end], "A. Speaker" if n % 2 else None,
                     (n * 37 % 100) / 100, json.dumps([] if n % 4 else ["hedged"]), para, stamp,
                     EXTRACTOR)
                    for n, (start, end, para) in enumerate(spans)
                ],
            )  # fmt: skip
    return desk


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    articles = int(argv[0]) if argv else 2000
    rounds = int(os.environ.get("BENCH_ROUNDS", "2"))
    print(f"load average at start: {load_average()}  ({os.cpu_count()} cores)")
    missed = False
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-app-") as name:
        folder = Path(name)
        desk = bench_keys.prepare(articles, folder)
        article_id = desks.normal_article_id(desk)
        pairs = [bench_keys.key_runs(desk, article_id, folder) for _ in range(rounds)]
        print(f"{articles:,}-article desk, article {article_id}, {rounds} rounds")
        print(f"{'key':<5}{'first frame':>12}{'bare':>8}{'ratio':>7}{'settled':>10}{'bare':>8}")
        for key, (ours, bare, ratio) in bench_keys.key_ratios(pairs).items():
            settled = median_ms([x for p in pairs for x in p.ours.settled.get(key, [])])
            base = median_ms([x for p in pairs for x in p.bare.settled.get(key, [])])
            ok = ratio <= bench_keys.KEY_GOAL
            missed |= not ok
            print(f"{key!r:<5}{ours:>9.1f} ms{bare:>5.1f} ms{ratio:>6.2f}x{settled:>7.1f} ms"
                  f"{base:>5.1f} ms  (goal first frame <= {bench_keys.KEY_GOAL}x)"
                  f"{'' if ok else '  MISSED'}")  # fmt: skip
        shown = [bench_keys.first_screen_runs(desk, folder) for _ in range(rounds)]
        ours_s = [p.ours.first_screen for p in shown if p.ours.first_screen]
        bare_s = [p.bare.first_screen for p in shown if p.bare.first_screen]
        ratio = statistics.median(o / b for o, b in zip(ours_s, bare_s, strict=False))
        ok = ratio <= bench_keys.FIRST_SCREEN_GOAL
        missed |= not ok
        print(f"first screen {median_ms(ours_s):.0f} ms, bare DataTable {median_ms(bare_s):.0f} ms,"
              f" ratio {ratio:.2f} (goal <= {bench_keys.FIRST_SCREEN_GOAL})"
              f"{'' if ok else '  MISSED'}")  # fmt: skip
    print(f"load average at end: {load_average()}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
