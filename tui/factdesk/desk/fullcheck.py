"""The full check of a desk file, as the background runs it after the app's first screen.

One function, shared by ``Desk.background_check`` (in this process) and the worker process
(``desk.worker``), so both say the same thing about the same desk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def check_line(path: Path, daily: bool) -> str | None:
    """The full check (and with ``daily`` the day's backup, from a desk that passes it) on
    connections of its own; one line for the reviewer when something is wrong, else None."""
    from factdesk.store.backup import checked_daily_backup
    from factdesk.store.checksums import full_check
    from factdesk.store.db import daily_refused
    from factdesk.store.deskfile import connect_readonly

    try:
        if daily:
            report, _made = checked_daily_backup(path)
            return None if report.ok else daily_refused(path, report)
        conn = connect_readonly(path)
        try:
            report = full_check(conn)
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as error:
        return f"{path}: the background check could not run: {error}"
    if report.ok:
        return None
    return f"{path}: desk fails its check ({report.summary()}; first: {report.problems[0]})"
