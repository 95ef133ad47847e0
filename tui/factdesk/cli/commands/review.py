"""``factdesk verdict`` and ``factdesk attribution``: scriptable review, in the history
like a change in the app."""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import CLAIM_ID_HELP, open_desk
from factdesk.desk.conflicts import MergeConflict
from factdesk.desk.service import Desk
from factdesk.domain.models import Claim
from factdesk.domain.verdicts import (
    ATTRIBUTION_CHECKS,
    VERDICTS,
    VerdictError,
    parse_attribution,
    parse_verdict,
)
from factdesk.text.counts import counted


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "verdict",
        parents=[common],
        help="set or clear a claim's verdict, and its note",
        description=f"Set a claim's verdict ({', '.join(VERDICTS)}), clear it with --clear "
        "(the note is kept), and/or replace its note with --note.",
    )
    parser.add_argument("claim_id", type=int, metavar="CLAIM_ID", help=CLAIM_ID_HELP)
    parser.add_argument("verdict", nargs="?", metavar="VERDICT", help=" | ".join(VERDICTS))
    parser.add_argument("--note", metavar="TEXT", help="replace the claim's note")
    parser.add_argument("--clear", action="store_true", help="clear the verdict, keep the note")
    parser.set_defaults(func=run_verdict, parser=parser)
    register_attribution(subparsers, common)


def run_verdict(args: argparse.Namespace) -> int:
    if args.clear and args.verdict:
        args.parser.error("give a VERDICT or --clear, not both")
    if not (args.clear or args.verdict or args.note is not None):
        args.parser.error("give a VERDICT, --clear or --note")
    if args.verdict:  # a wrong word is a usage error (exit 2), as argparse's own are
        try:
            parse_verdict(args.verdict)
        except VerdictError as error:
            args.parser.error(str(error))
    desk = open_desk(args)
    desk.claim(args.claim_id)  # a clear error for an unknown claim before anything changes
    conflicts = [c for c in desk.merge_conflicts() if c.claim_id == args.claim_id]
    with desk.batch():
        if args.clear or args.verdict:
            desk.set_verdict(args.claim_id, None if args.clear else args.verdict, channel="cli")
        if args.note is not None:
            desk.set_note(args.claim_id, args.note, channel="cli")
    claim = desk.claim(args.claim_id)
    note = f" (note: {counted(len(claim.note), 'character')})" if claim.note else ""
    print(
        f"claim {claim.id}: {claim.verdict or 'unreviewed'}{note}{_settled(desk, claim, conflicts)}"
    )
    return 0


def _settled(desk: Desk, claim: Claim, conflicts: list[MergeConflict]) -> str:
    """What became of the claim's merge conflict. The conflict list says to settle one with
    this command, and its line said nothing of it: a kept verdict read as nothing done."""
    if not conflicts or desk.has_open_conflict(claim.id):
        return ""
    if claim.verdict == conflicts[0].ours:
        return "; merge conflict settled: this desk's verdict kept"
    theirs = [c.reviewer for c in conflicts if c.theirs == claim.verdict]
    return (
        f"; merge conflict settled: {theirs[0]}'s verdict taken"
        if theirs
        else ("; merge conflict settled")
    )


def register_attribution(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "attribution",
        parents=[common],
        help="record whether the speaker did say it (apart from the verdict on the content)",
        description="Record the attribution check of a claim: confirmed (they did say it) or "
        "misattributed (they did not); --clear makes it unchecked. The verdict judges the "
        "content and is not touched.",
    )
    parser.add_argument("claim_id", type=int, metavar="CLAIM_ID", help=CLAIM_ID_HELP)
    parser.add_argument("check", nargs="?", metavar="CHECK", help=" | ".join(ATTRIBUTION_CHECKS))
    parser.add_argument("--clear", action="store_true", help="back to unchecked")
    parser.set_defaults(func=run_attribution, parser=parser)


def run_attribution(args: argparse.Namespace) -> int:
    if args.clear == bool(args.check):
        args.parser.error("give confirmed, misattributed or --clear (one of them)")
    if args.check:  # a wrong word is a usage error (exit 2), as for verdict
        try:
            parse_attribution(args.check)
        except VerdictError as error:
            args.parser.error(str(error))
    desk = open_desk(args)
    desk.claim(args.claim_id)
    desk.set_attribution(args.claim_id, None if args.clear else args.check, channel="cli")
    claim = desk.claim(args.claim_id)
    print(f"claim {claim.id}: attribution {claim.attribution or 'unchecked'}")
    return 0
