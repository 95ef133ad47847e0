"""``factdesk verdict``: scriptable review, recorded in the history like a change in the app."""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import open_desk
from factdesk.domain.verdicts import VERDICTS


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "verdict",
        parents=[common],
        help="set or clear a claim's verdict, and its note",
        description=f"Set a claim's verdict ({', '.join(VERDICTS)}), clear it with --clear "
        "(the note is kept), and/or replace its note with --note.",
    )
    parser.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    parser.add_argument("verdict", nargs="?", metavar="VERDICT", help=" | ".join(VERDICTS))
    parser.add_argument("--note", metavar="TEXT", help="replace the claim's note")
    parser.add_argument("--clear", action="store_true", help="clear the verdict, keep the note")
    parser.set_defaults(func=run_verdict, parser=parser)


def run_verdict(args: argparse.Namespace) -> int:
    if args.clear and args.verdict:
        args.parser.error("give a VERDICT or --clear, not both")
    if not (args.clear or args.verdict or args.note is not None):
        args.parser.error("give a VERDICT, --clear or --note")
    desk = open_desk(args)
    desk.claim(args.claim_id)  # a clear error for an unknown claim before anything changes
    with desk.store.transaction():
        if args.clear or args.verdict:
            desk.set_verdict(args.claim_id, None if args.clear else args.verdict, via="cli")
        if args.note is not None:
            desk.set_note(args.claim_id, args.note, via="cli")
    claim = desk.claim(args.claim_id)
    note = f" (note: {len(claim.note)} characters)" if claim.note else ""
    print(f"claim {claim.id}: {claim.verdict or 'unreviewed'}{note}")
    return 0
