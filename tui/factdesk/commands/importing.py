"""``factdesk import PATH…``: files and folders into the queue, with a progress bar."""

from __future__ import annotations

import argparse
import sys

from factdesk.commands.output import open_desk


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import articles (.txt, .md, .markdown; folders recursively)",
        description="Import articles into the desk. Re-importing an unchanged file does "
        "nothing; a changed file becomes a new version and its verdicts move with the claims.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    if sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("importing", total=None)

            def progress(done: int, total: int, path: str) -> None:
                bar.update(task, completed=done, total=total, description=path[-40:])

            report = desk.import_paths(args.paths, progress=progress)
    else:
        report = desk.import_paths(args.paths)
    for outcome in report.outcomes:
        if outcome.status == "failed":
            print(f"factdesk: {outcome.path}: {outcome.message}", file=sys.stderr)
        elif outcome.rereview:
            print(
                f"factdesk: {outcome.path}: {len(outcome.rereview)} earlier verdicts need "
                f"re-review (claims {', '.join(map(str, outcome.rereview))})",
                file=sys.stderr,
            )
    print(report.summary())
    return 1 if report.failed else 0
