"""``factdesk merge FILE.jsonl``: a colleague's verdicts, notes and evidence into this desk.

Prints what was applied and, one line each, every new conflict and every article this desk
does not have (those are reported, never invented). Exits 0 even with conflicts: they are
work for a reviewer (``factdesk claims --verdict merge-conflict``), not a failure.
"""

from __future__ import annotations

import argparse
import sys

from factdesk.cli.commands.output import open_desk, refuse_not_a_file
from factdesk.desk.merge import MergeReport, merge_file
from factdesk.desk.service import DeskError
from factdesk.text.sanitize import sanitize_line

SHOWN: int = 20
"""At most this many claims not found are listed one by one."""


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "merge",
        parents=[common],
        help="merge a colleague's `export --format jsonl` file into this desk",
        description="Apply a colleague's verdicts to claims this desk has not reviewed; where "
        "both reviewed a claim differently, keep ours and list the claim as a merge conflict.",
    )
    parser.add_argument(
        "file",
        metavar="FILE.jsonl",
        help="a `factdesk export --format jsonl` (- reads standard input)",
    )
    parser.set_defaults(func=run_merge)


def print_report(report: MergeReport) -> None:
    print(f"{sanitize_line(report.source)}: {report.summary()}")
    for conflict in report.conflicts:
        print(
            f"  conflict: claim {conflict.claim_id}: ours {conflict.ours or 'none'}, "
            f"{sanitize_line(conflict.reviewer)} says {conflict.theirs}"
        )
    for check in report.checks_differ:
        print(
            f"  attribution differs: claim {check.claim_id}: ours {check.ours}, "
            f"{sanitize_line(check.reviewer)} says {check.theirs} "
            f"(factdesk attribution {check.claim_id} {check.theirs} to take theirs)"
        )
    for title in report.missing_articles:
        print(f"  missing article (not imported here): {sanitize_line(title)}")
    for theirs in report.unmatched[:SHOWN]:
        text = sanitize_line(theirs.text)
        print(f"  claim not found (line {theirs.line}): {text[:80]}")
    if len(report.unmatched) > SHOWN:
        print(f"  … and {len(report.unmatched) - SHOWN} more claims not found")
    if report.conflicts:
        print("settle conflicts with: factdesk claims --verdict merge-conflict")


STDIN_NAME = "standard input"


def run_merge(args: argparse.Namespace) -> int:
    if args.file == "-":  # as import and score read "-": "-: cannot be read: No such file"
        if sys.stdin is None or sys.stdin.isatty():
            raise DeskError(
                "-: standard input is a terminal: pipe an export in, e.g. "
                "factdesk export --format jsonl --db theirs.db | factdesk merge -"
            )
        data = sys.stdin.buffer.read()
        print_report(merge_file(open_desk(args), STDIN_NAME, data))
        return 0
    refuse_not_a_file(args.file, "a JSON Lines export")
    print_report(merge_file(open_desk(args), args.file))
    return 0
