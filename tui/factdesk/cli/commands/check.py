"""``factdesk check``: is the desk whole? ``PRAGMA integrity_check`` and every checksum.

Read-only: it never writes to the desk, so it is safe on a desk that may be damaged, and it
is what the refusal messages and the app's background check point to.
"""

from __future__ import annotations

import argparse
import sqlite3

from factdesk.settings.locations import resolve_db_path
from factdesk.store.checksums import full_check
from factdesk.store.deskfile import StoreError, preflight
from factdesk.text.sanitize import sanitize_line


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="check the desk: integrity check and the checksums of texts and reviews",
        description="Read the whole desk and verify it: SQLite's integrity_check, each "
        "article text against its SHA-256, each verdict and history entry against its "
        "checksum, each claim against its article text. Exit status 1 when anything fails.",
    )
    parser.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    _version, conn = preflight(path)  # refuses a foreign or unreadable file in one line
    if conn is None:
        raise StoreError(f"{path}: no desk here to check")
    try:
        report = full_check(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot be read: {error}") from None
    finally:
        conn.close()
    name = sanitize_line(str(path))
    for problem in report.problems:
        print(f"{name}: {sanitize_line(problem)}")
    print(f"{name}: {report.summary()}")
    return 0 if report.ok else 1
