"""Checksums of what a reviewer cannot get back: article bodies and every review row.

Why: SQLite's ``quick_check`` verifies the b-trees, not the values in them; a single flipped
bit inside a record (a verdict's letter, a digit of a claim id, a byte of a note) passes it,
is opened, and is backed up daily until the good backups have been rotated out. So each
stored body is checked against its ``body_sha256`` and each ``verdicts`` and ``history`` row
carries a checksum of its own values (``checksum`` column, migration 10), verified whenever
the row is read; ``full_check`` (``factdesk check``, the app's background check and the
daily backup) verifies all of them plus ``PRAGMA integrity_check``.

Every row has a checksum once the migration ran (an older factdesk refuses a newer desk, so
nothing writes rows without one); a row without one is therefore damage too (a flipped bit
can turn the checksum's type to NULL), refused on read and by ``full_check``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from factdesk.store.cells import check_cells
from factdesk.store.derived import check_derived
from factdesk.store.deskfile import StoreError
from factdesk.store.rowsum import HISTORY_COLUMNS, OWN_WORK, REVIEW_COLUMNS, body_sha, row_sum


class CorruptDeskError(StoreError):
    """Stored data does not match its checksum: the desk file was damaged."""


def _damaged(what: str) -> CorruptDeskError:
    return CorruptDeskError(
        f"desk is damaged: {what} does not match its checksum; nothing was changed; "
        "run: factdesk check, then restore a backup (factdesk backup --list)"
    )


def verify_review(row: Mapping[str, Any]) -> None:
    """Raise ``CorruptDeskError`` when a verdicts row (as read) is not what was written."""
    stored = row.get("checksum")
    if row_sum(*(row[name] for name in REVIEW_COLUMNS)) != stored:
        raise _damaged(f"the review of claim {row['claim_id']}")


def verify_history(row: Mapping[str, Any]) -> None:
    stored = row.get("checksum")
    if row_sum(*(row[name] for name in HISTORY_COLUMNS)) != stored:
        raise _damaged(f"history entry {row['id']} (claim {row['claim_id']})")


def verify_body(article_id: int, body: str, sha: str) -> None:
    if body_sha(body) != sha:
        raise _damaged(f"the text of article {article_id}")


@dataclass(slots=True)
class CheckReport:
    """What ``full_check`` looked at and what it found (one line per problem)."""

    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counts = ", ".join(f"{n} {what}" for what, n in self.checked.items())
        if self.ok:
            return f"ok: integrity check passed; checksums verified: {counts}"
        return f"{len(self.problems)} problems ({counts} checked)"


OWN_WORK_LABELS: Final = {
    "publication": "the ClaimReview of claim",
    "claim_links": "an evidence link of claim",
    "name_overrides": "the merge or split of the name",
}
"""How a problem line names a damaged row of ``rowsum.OWN_WORK``, before its key."""

PROBLEM_LIMIT: Final = 50
"""``full_check`` stops listing after this many problems (the count still says damaged)."""


def full_check(conn: sqlite3.Connection) -> CheckReport:
    """``PRAGMA integrity_check`` and every checksum; read-only, any connection."""
    report = CheckReport()
    factory = conn.text_factory
    # A flipped bit can leave a text that is not UTF-8: read it anyway, so it fails its sum.
    conn.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA integrity_check({PROBLEM_LIMIT})")]
        if rows != ["ok"]:
            report.problems += [f"integrity check: {row}" for row in rows]
        _check_bodies(conn, report)
        _check_rows(conn, report, "verdicts", REVIEW_COLUMNS, "review of claim", "claim_id")
        _check_rows(conn, report, "history", HISTORY_COLUMNS, "history entry", "id")
        for table, columns in OWN_WORK.items():
            label = OWN_WORK_LABELS[table]
            _check_rows(conn, report, table, columns, label, columns[0], nullable=True)
        _check_claim_texts(conn, report)
        # Just before the derived checks (not first: the checks above run before it): it names
        # a row their reads may fail on.
        cells, tables = check_cells(conn)
        report.problems += cells
        report.checked["tables"] = tables
        derived, count = check_derived(conn)
        report.problems += derived
        report.checked["derived rows"] = count
    except (sqlite3.DatabaseError, UnicodeError) as error:
        report.problems.append(f"cannot be read: {error}")
    finally:
        conn.text_factory = factory
    return report


def _check_bodies(conn: sqlite3.Connection, report: CheckReport) -> None:
    count = 0
    for table, key in (("articles", "id"), ("article_versions", "article_id")):
        query = f"SELECT {key}, body, body_sha256 FROM {table}"
        for article_id, body, sha in conn.execute(query):
            count += 1
            if not isinstance(body, str) or body_sha(body) != sha:
                report.problems.append(f"{table}: the text of article {article_id} is damaged")
    report.checked["bodies"] = count


def _check_rows(
    conn: sqlite3.Connection,
    report: CheckReport,
    table: str,
    columns: Sequence[str],
    label: str,
    key: str,
    *,
    nullable: bool = False,
) -> None:
    """Each row of ``table`` against its checksum. ``nullable``: a row without one is not
    checked (written by a test or a tool; the table's own writer always sums its rows)."""
    count = 0
    names = ", ".join(f'"{name}"' for name in columns)
    try:
        rows = conn.execute(f"SELECT {names}, checksum FROM {table}")
    except sqlite3.OperationalError:
        if nullable:
            return  # a desk (a backup) from before the table or its checksum
        raise
    for *values, stored in rows:
        count += 1
        if nullable and stored is None:
            continue
        if row_sum(*values) != stored:
            report.problems.append(f"{table}: {label} {values[columns.index(key)]} is damaged")
    report.checked[f"{table} rows"] = count


def _check_claim_texts(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Each claim's text is the span of its version's body it says it is."""
    count = 0
    query = """SELECT c.id, c.start, c."end", c.text, v.body FROM claims c
               JOIN article_versions v ON v.article_id = c.article_id AND v.version = c.version"""
    for claim_id, start, end, text, body in conn.execute(query):
        count += 1
        if not isinstance(body, str) or body[start:end] != text:
            report.problems.append(f"claims: claim {claim_id} no longer matches its article text")
    report.checked["claims"] = count
