"""``python -m factdesk.desk.worker JOB --db PATH``: one background job, in a process of its own.

Started by ``factdesk.desk.background.WorkerProcess`` for the app, never by a reviewer. Jobs:

- ``check [--daily]``: the full check of the desk (``integrity_check``, every checksum, the
  derived tables), or with ``--daily`` the day's backup, made only from a desk that passes it;
  reports ``{"problem": LINE or null}``.
- ``reextract [--articles ID…]``: older claims brought up to the current extractor (every stale
  article, or those named), one transaction per article on this process's own connection;
  reports ``{"progress": RUN}`` after each article and ``{"done": RUN}`` at the end.

Reports are JSON lines on standard output. The process runs niced (the reviewer's app comes
first on a busy machine) and exits at once when its standard input closes: the app stopped it,
or the app is gone.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from factdesk.desk.fullcheck import check_line
from factdesk.store.deskfile import DeskError

NICENESS = 10


def emit(message: dict[str, object]) -> None:
    """One JSON line to the app; the app gone (a closed pipe) ends this process."""
    try:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        os._exit(0)


def _exit_when_stdin_closes() -> None:
    """Exit at once when the app closes our standard input or dies (the kernel closes it).

    An article being re-extracted is one transaction: SQLite rolls it back."""

    def watch() -> None:
        try:  # os.read, not sys.stdin: a buffered reader's lock held at shutdown is fatal
            while os.read(0, 4096):
                pass
        finally:
            os._exit(0)

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


def _lower_priority() -> None:
    """Best effort: the reviewer's keys get the CPU first."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(NICENESS)


def _reextract(path: Path, reviewer: str, articles: list[int]) -> None:
    from factdesk.desk.service import Desk
    from factdesk.language import model
    from factdesk.settings.config import Config

    model.settle()  # this process only re-extracts, then exits: the pipeline can be frozen
    desk = Desk.open(path, config=Config(reviewer=reviewer), defer_daily=True)
    try:
        run = desk.reextract_stale(
            articles or None, progress=lambda snap: emit({"progress": asdict(snap)})
        )
    finally:
        desk.close()
    emit({"done": asdict(run)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factdesk.desk.worker")
    parser.add_argument("job", choices=("check", "reextract"))
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--daily", action="store_true", help="check: make the day's backup")
    parser.add_argument("--reviewer", default="factdesk", help="reextract: who the desk records")
    parser.add_argument("--articles", nargs="+", type=int, default=[], help="reextract: these")
    args = parser.parse_args(argv)
    _exit_when_stdin_closes()
    _lower_priority()
    try:
        if args.job == "check":
            emit({"problem": check_line(args.db, args.daily)})
        else:
            _reextract(args.db, args.reviewer, args.articles)
    except DeskError as error:  # one line for the app (it shows it), no traceback
        print(str(error), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
