"""The app on a big desk: 2,000 articles / 60,000 claims.

Reports time to the first screen (the queue), time per ``j`` and per verdict key in the review
screen, each beside a bare Textual App measured in the same run (same Pilot, same terminal
size) as the baseline, so the figures say what factdesk adds over Textual itself.

    python -m bench app            # or: python -m bench.bench_app [ARTICLES CLAIMS_PER_ARTICLE]
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.domain.extractor import VERSION as EXTRACTOR
from factdesk.settings.config import Config
from factdesk.store.db import now
from factdesk.store.rowsum import body_sha
from factdesk.ui.app import make_app
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

SIZE = (160, 48)
PRESSES = 40

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


class BareApp(App):
    """The baseline: Textual with one Static, a Footer and a do-nothing binding."""

    BINDINGS = [Binding("j", "noop", "noop"), Binding("1", "noop", "noop")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        yield Static("bare")
        yield Footer()

    def action_noop(self) -> None:
        pass


async def measure(app: App, keys: list[str], opening: list[str]) -> dict[str, float]:
    """Seconds to the first screen, then mean seconds per press of each key."""
    figures: dict[str, float] = {}
    started = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        figures["first screen"] = time.perf_counter() - started
        if opening:
            began = time.perf_counter()
            await pilot.press(*opening)
            await pilot.pause()
            figures["open article"] = time.perf_counter() - began
        for key in keys:
            began = time.perf_counter()
            for _ in range(PRESSES):
                await pilot.press(key)
            await pilot.pause()
            figures[f"per {key!r}"] = (time.perf_counter() - began) / PRESSES
    return figures


def main(argv: list[str]) -> int:
    articles = int(argv[0]) if argv else 2000
    claims = int(argv[1]) if len(argv) > 1 else 30
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as folder:
        began = time.perf_counter()
        desk = build_desk(Path(folder) / "desk.db", articles, claims)
        built = time.perf_counter() - began
        total = desk.stats()["claims"]
        print(f"desk: {desk.article_count()} articles, {total} claims, built in {built:.1f} s")
        try:
            bare = asyncio.run(measure(BareApp(), ["j", "1"], []))
            ours = asyncio.run(measure(make_app(desk, clipboard=None), ["j", "1"], ["enter"]))
        finally:
            desk.close()
    baseline = {"first screen": bare["first screen"], "per 'j'": bare["per 'j'"],
                "per '1'": bare["per '1'"]}  # fmt: skip
    print(f"{'measure':<16}{'factdesk':>12}{'bare Textual':>14}{'ratio':>8}")
    for name, value in ours.items():
        base = baseline.get(name)
        ratio = f"{value / base:.1f}x" if base else "-"
        shown = f"{base * 1000:.1f} ms" if base else "-"
        print(f"{name:<16}{value * 1000:>9.1f} ms{shown:>14}{ratio:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
