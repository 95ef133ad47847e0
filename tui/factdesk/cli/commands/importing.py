"""``factdesk import PATH…``: files and folders into the queue, with a progress bar.

The bar (Rich's) is drawn only when stderr is a terminal, so scripts and logs get just the
failure lines and the one-line summary. File names are sanitised before they are printed: a
name is data too, and may hold control characters or Rich markup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.cli.commands.output import open_desk
from factdesk.desk.service import Desk
from factdesk.domain.models import ImportReport
from factdesk.text.sanitize import sanitize_line


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import articles (.txt, .md, .markdown; folders recursively)",
        description="Import articles into the desk: files, and folders recursively (.txt, "
        ".md, .markdown; .md front matter title/outlet/author/date/url is read). "
        "Re-importing an unchanged file does nothing; a changed file becomes a new version "
        "and its verdicts move to the claims that are still there. Files that cannot be "
        "imported (empty, binary, undecodable, over 5 MB, missing) are named on stderr and "
        "the rest still import. Exit status 1 when any file failed.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    report = _with_bar(desk, args.paths) if sys.stderr.isatty() else desk.import_paths(args.paths)
    for outcome in report.outcomes:
        where = sanitize_line(outcome.path)
        if outcome.status == "failed" or outcome.message:
            print(f"factdesk: {where}: {sanitize_line(outcome.message)}", file=sys.stderr)
        elif outcome.rereview:
            print(
                f"factdesk: {where}: {len(outcome.rereview)} earlier verdicts need re-review "
                f"(claims {', '.join(map(str, outcome.rereview))} of the previous version)",
                file=sys.stderr,
            )
    print(report.summary())
    return 1 if report.failed else 0


def _with_bar(desk: Desk, paths: list[str]) -> ImportReport:
    from rich.markup import escape
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("importing", total=None)

        def progress(done: int, total: int, path: str) -> None:
            name = escape(sanitize_line(Path(path).name)[-40:])
            bar.update(task, completed=done, total=total, description=name)

        return desk.import_paths(paths, progress=progress)
