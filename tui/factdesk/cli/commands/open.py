"""``factdesk`` with no command: open the desk (importing the bundled seeds into an empty one)."""

from __future__ import annotations

import argparse
import sys

from factdesk.cli.commands.output import open_desk
from factdesk.text.sanitize import sanitize_line


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "open",
        parents=[common],
        help="open the desk in the terminal (the default command)",
        description="Open the review app on the desk. It needs a terminal: without one (a pipe, "
        "a cron job) it says so in one line and exits 2.",
    )
    parser.add_argument(
        "--seeds",
        metavar="FOLDER",
        help="import this folder first when the desk has no articles yet",
    )
    parser.set_defaults(func=run_open)


def has_terminal() -> bool:
    """True when both standard input and output are a terminal: a full-screen app started
    into a pipe would wait for keys that never come."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


NO_TERMINAL = (
    "factdesk: the desk app needs a terminal (standard input and output are not one); "
    "use a command such as `factdesk articles`, or see factdesk --help"
)


def _desk_exists(args: argparse.Namespace) -> bool:
    from factdesk.settings.locations import resolve_db_path

    return resolve_db_path(args.db).exists()


def run_open(args: argparse.Namespace) -> int:
    if not has_terminal() and not getattr(args, "seeds", None) and not _desk_exists(args):
        print(NO_TERMINAL, file=sys.stderr)  # before any desk is made: nothing to open it in
        return 2
    # A desk that cannot be written still opens, read-only: reading must not be blocked.
    desk = open_desk(args, fallback_readonly=True, defer_daily=True, create=True)
    if desk.readonly:
        print(
            f"factdesk: {desk.path}: desk is read-only ({desk.readonly_reason}); "
            "changes cannot be saved",
            file=sys.stderr,
        )
    if getattr(args, "seeds", None) and not desk.readonly and desk.article_count() == 0:
        from factdesk.cli.commands.importing import import_with_progress

        report = import_with_progress(desk, [args.seeds])
        for outcome in report.outcomes:
            if outcome.status == "failed":
                where, why = sanitize_line(outcome.path), sanitize_line(outcome.message)
                print(f"factdesk: {where}: {why}", file=sys.stderr)
        print(report.summary(), file=sys.stderr)
        if desk.article_count() == 0:
            return 1  # nothing to open: the line above says why
    if not has_terminal():
        print(NO_TERMINAL, file=sys.stderr)
        return 2
    from factdesk.ui.app import run_app  # local: the CLI's other commands never load Textual

    return run_app(desk)
