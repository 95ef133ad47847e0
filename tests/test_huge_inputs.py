"""Huge inputs import whole, with exact offsets, in bounded memory and linear time.

A big article, a 50,000-character single line and a folder of many tiny files, each through the
real import path. The full-scale figures (5 MB, 10,000 files, the article pane's drawing cost)
are in ``bench/bench_huge.py``; here the sizes are cut so ``make test`` stays fast, and a
linear-time check (four times the text must not cost much more than four times the time)
catches the quadratic slips that only show at full size.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.ingest.importer import MAX_BYTES

SENTENCES = (
    "The ministry said on Tuesday that {n} soldiers had been moved to the border region.",
    "Officials confirmed that the bridge at Kupyansk was destroyed in the night.",
    "According to a local resident, the shelling started at about {n} o'clock.",
    "'We will not retreat,' the commander told reporters in the town square.",
    "Prices for bread rose by {n} percent over the month, the statistics office said.",
)


def news_text(size: int, paragraph: int = 4) -> str:
    """About ``size`` characters of claim-dense news prose, ``paragraph`` sentences a line."""
    lines, line, total, n = [], [], 0, 0
    while total < size:
        sentence = SENTENCES[n % len(SENTENCES)].format(n=n)
        line.append(sentence)
        total += len(sentence) + 1
        n += 1
        if len(line) == paragraph:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n\n".join(lines)[:size].rstrip() + "\n"


def timed_import(desk: Desk, path: Path) -> tuple[float, float, object]:
    """Seconds, peak traced megabytes and the report of one import."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        report = desk.import_paths([path])
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return time.perf_counter() - started, peak, report


def assert_offsets_exact(desk: Desk) -> int:
    """Every stored claim is its article's ``body[start:end]``; returns the claim count."""
    count = 0
    for summary in desk.articles():
        body = desk.article(summary.id).body
        for claim in desk.claims(summary.id):
            assert body[claim.start : claim.end] == claim.text, claim.id
            count += 1
    return count


def test_big_article_imports_whole_in_bounded_memory(desk: Desk, tmp_path: Path) -> None:
    text = news_text(250_000)  # tracemalloc triples the time: the 5 MB run is in bench
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    seconds, peak, report = timed_import(desk, path)
    assert not report.failed, report.summary()
    assert desk.article(desk.articles()[0].id).body == text
    assert assert_offsets_exact(desk) > 1000
    assert peak < 200, f"peak {peak:.0f} MB for a 250 KB article"
    assert seconds < 15, f"{seconds:.1f} s for a 250 KB article"


def test_import_time_grows_linearly(tmp_path: Path) -> None:
    """Quadratic work (a scan of the body or of all mentions per line or per claim) shows
    as a ratio far above 4 between these two; linear work stays near 4."""
    times = []
    for size in (100_000, 400_000):
        path = tmp_path / f"a{size}.txt"
        path.write_text(news_text(size), encoding="utf-8")
        desk = Desk.open(tmp_path / f"d{size}.db")
        try:
            started = time.perf_counter()
            report = desk.import_paths([path])
            times.append(time.perf_counter() - started)
            assert not report.failed, report.summary()
        finally:
            desk.close()
    assert times[1] < times[0] * 8, f"4x the text took {times[1] / times[0]:.1f}x the time"


def test_file_over_the_limit_is_refused_without_reading(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: refused by size before any read
    report = desk.import_paths([path])
    assert [o.status for o in report.outcomes] == ["failed"]
    assert "over 5 MB" in report.outcomes[0].message
    assert desk.article_count() == 0


def test_fifty_thousand_character_line(desk: Desk, tmp_path: Path) -> None:
    line = news_text(60_000).replace("\n", " ")
    line = " ".join(line.split())[:50_000]
    path = tmp_path / "line.txt"
    path.write_text(line + "\n", encoding="utf-8")
    seconds, peak, report = timed_import(desk, path)
    assert not report.failed, report.summary()
    body = desk.article(desk.articles()[0].id).body
    assert body.count("\n") == 1 and len(body) == 50_001
    assert assert_offsets_exact(desk) > 100
    assert peak < 200, f"peak {peak:.0f} MB for a 50,000-character line"
    assert seconds < 10, f"{seconds:.1f} s for a 50,000-character line"


def test_folder_of_many_tiny_files(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    count = 1000
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(
            f"Note {i}\n\nThe mayor said {i} houses were hit on Monday.\n", encoding="utf-8"
        )
    seconds, peak, report = timed_import(desk, folder)
    assert not report.failed, report.summary()
    assert [o.status for o in report.outcomes].count("imported") == count
    assert desk.article_count() == count
    assert assert_offsets_exact(desk) >= count
    assert peak < 200, f"peak {peak:.0f} MB for {count} tiny files"
    assert seconds < 15, f"{seconds:.1f} s for {count} tiny files"
