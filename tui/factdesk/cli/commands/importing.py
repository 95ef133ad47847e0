"""``factdesk import PATH…``: files and folders into the queue, with a progress bar.

The bar (Rich's) is drawn only when stderr is a terminal; a script or a log gets the failure
lines and the one-line summary, and, while one file takes longer than ``EVERY`` seconds, a
line that often naming it ("factdesk: still importing 2/5: big.txt (1 min so far)"), so a
2 MB article's minutes of parsing are not minutes of silence, and a quick import says no
more than before. File names are sanitised before they are printed: a name is data too, and may hold
control characters or Rich markup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.cli.commands.output import open_desk
from factdesk.desk.service import Desk
from factdesk.domain.models import ImportReport
from factdesk.ingest.sources import FORMATS, PRESETS, Skip, parse_map
from factdesk.settings.locations import resolve_db_path
from factdesk.text.counts import duration
from factdesk.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from factdesk.ingest.importer import ImportOptions


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import articles: text, Markdown, HTML, URLs, RSS/Atom feeds, claims tables, "
        "standard input",
        description="Import articles into the desk: files, folders recursively, URLs and - "
        "(standard input). Text (.txt), Markdown (.md .markdown, with YAML --- or TOML +++ "
        "front matter), HTML pages (.html .htm) and URLs (main text, title, author, date, site "
        "through trafilatura), RSS/Atom feeds (.rss .atom .xml: one article per entry, its "
        "full content or else its summary, said so), claims tables (.csv .tsv with --map or "
        "--preset liar: each row a claim, ratings become verdicts). Other types are refused. "
        "Re-importing an unchanged file does nothing; a changed file becomes a new version "
        "and its verdicts move to the claims that are still there. Files that cannot be "
        "imported (empty, binary, undecodable, over 5 MB, missing) are named on stderr and "
        "the rest still import. Exit status 1 when any file failed.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, URLs, or - for standard input"
    )
    parser.add_argument(
        "--map", metavar="KEY=COLUMN,…",
        help="claims table columns by header name or number: text=…,speaker=…,verdict=…",
    )  # fmt: skip
    parser.add_argument(
        "--preset", choices=tuple(PRESETS),
        help="a known claims-table layout (liar: the LIAR TSV, no header row)",
    )  # fmt: skip
    parser.add_argument(
        "--no-header", action="store_false", dest="header", default=None,
        help="the claims table's first row is data, not column names",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=FORMATS, dest="stdin_format",
        help="what standard input (-) holds (default: sniffed from its start)",
    )  # fmt: skip
    parser.set_defaults(func=run_import, parser=parser)


def run_import(args: argparse.Namespace) -> int:
    from factdesk.ingest.importer import ImportOptions  # extraction: only when importing
    from factdesk.language import model

    try:  # a wrong KEY is a usage error (exit 2) before anything is read: each file failed
        parse_map(args.map, args.preset)  # on it, one line each, and the import exited 1
    except Skip as error:
        args.parser.error(str(error))
    model.settle()  # a batch process: the pipeline, once loaded, leaves the full collections
    path = resolve_db_path(args.db)
    new = not path.exists()
    desk = open_desk(args, create=True, announce=False)
    options = ImportOptions(args.map, args.preset, args.stdin_format, args.header)
    report = import_with_progress(desk, args.paths, options)
    for outcome in report.outcomes:
        where = sanitize_line(outcome.path)
        if outcome.status == "failed" or outcome.message:
            print(f"factdesk: {where}: {sanitize_line(outcome.message)}", file=sys.stderr)
        if outcome.status != "failed" and outcome.rereview:  # beside a message too
            print(
                f"factdesk: {where}: {outcome.rereview_words} "
                f"(claims {', '.join(map(str, outcome.rereview))} of the previous version)",
                file=sys.stderr,
            )
    if new:
        say_new_desk(desk)
    print(report.summary())
    return 1 if report.failed else 0


def say_new_desk(desk: Desk) -> None:
    """The desk this import created, named; or removed, when nothing was imported into it:
    a failed import (a wrong file, a bad encoding) made an empty desk file."""
    where = sanitize_line(str(desk.path))
    if desk.close_and_remove_if_empty():  # closed now; close_opened's close does nothing
        print(f"factdesk: nothing imported: no desk created at {where}", file=sys.stderr)
    else:
        print(f"factdesk: created a new desk at {where}", file=sys.stderr)


def import_with_progress(
    desk: Desk, paths: list[str], options: ImportOptions | None = None
) -> ImportReport:
    """Import ``paths`` with a progress bar on standard error when it is a terminal (a
    folder with a long file takes minutes), else a line there as each file begins (a log
    or a script watching it sees which file it is on): ``import`` and ``open --seeds`` both
    (the latter showed nothing until the app opened)."""
    if stderr_is_terminal():
        return _with_bar(desk, paths, options)
    with _StillImporting() as still:
        return desk.import_paths(paths, options=options, started=still.started)


EVERY = 15.0
"""Seconds between two "still importing" lines while one file's import runs (none sooner)."""


class _StillImporting:
    """A thread that says, every ``EVERY`` seconds, which file an import without a terminal
    is still on; told each file as it begins (``importer.Started``), stopped on exit."""

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._file: tuple[int, int, str, float] | None = None
        self._thread = threading.Thread(target=self._run, name="still-importing", daemon=True)

    def started(self, number: int, total: int, path: str) -> None:
        import time

        with self._lock:
            self._file = (number, total, path, time.monotonic())

    def _run(self) -> None:
        import time

        while not self._stop.wait(EVERY):
            with self._lock:
                current = self._file
            if current is None:
                continue
            number, total, path, since = current
            if time.monotonic() - since < EVERY:
                continue  # begun since the last look: quick files say nothing
            took = duration(time.monotonic() - since)
            say(f"factdesk: still importing {number}/{total}: {sanitize_line(path)} "
                f"({took} so far)")  # fmt: skip

    def __enter__(self) -> _StillImporting:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def say(line: str) -> None:
    """A line on standard error, flushed at once (a pipe or a log file buffers)."""
    print(line, file=sys.stderr, flush=True)


def stderr_is_terminal() -> bool:
    """Whether a progress bar on standard error would be seen (not a pipe, a log, a test)."""
    return sys.stderr.isatty()


def _with_bar(desk: Desk, paths: list[str], options: ImportOptions | None) -> ImportReport:
    from rich.markup import escape
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("importing", total=None)

        def progress(done: int, total: int, path: str) -> None:
            name = escape(sanitize_line(Path(path).name)[-40:])
            bar.update(task, completed=done, total=total, description=name)

        return desk.import_paths(paths, progress=progress, options=options)
