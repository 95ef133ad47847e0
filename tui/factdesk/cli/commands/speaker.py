"""``factdesk speaker``: the reviewer sets who makes a claim (or gives it back to the engine)."""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import CLAIM_ID_HELP, open_desk
from factdesk.store.attribution import SOURCINGS, SPEAKER_TYPES


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "speaker",
        parents=[common],
        help="set who makes a claim: name, type, sourcing, affiliation (or --clear)",
        description="Set a claim's speaker by hand. The correction is the reviewer's: it is in "
        "the history (undoable), survives re-extraction and re-import, and feeds origins and "
        "exports. --clear gives the claim back to the engine.",
    )
    parser.add_argument("claim_id", type=int, metavar="CLAIM_ID", help=CLAIM_ID_HELP)
    parser.add_argument("--name", metavar="NAME", help="the speaker as the text names them")
    parser.add_argument(
        "--type", choices=SPEAKER_TYPES, dest="speaker_type", help="what the speaker is"
    )
    parser.add_argument(
        "--sourcing",
        choices=SOURCINGS,
        help="named; anonymous (an unnamed source); unattributed (a vague group, a document "
        "with no author); none (the writer's own assertion)",
    )
    parser.add_argument("--affiliation", metavar="NAME", help="whom an unnamed source is tied to")
    parser.add_argument("--clear", action="store_true", help="back to the engine's attribution")
    parser.set_defaults(func=run_speaker, parser=parser)


def run_speaker(args: argparse.Namespace) -> int:
    given = [args.name, args.speaker_type, args.sourcing, args.affiliation]
    if args.clear and any(v is not None for v in given):
        args.parser.error("give --clear alone")
    if not args.clear and all(v is None for v in given):
        args.parser.error("give --name, --type, --sourcing, --affiliation or --clear")
    desk = open_desk(args)
    claim = desk.claim(args.claim_id)
    if args.clear:
        change = desk.clear_speaker(claim.id, channel="cli")
    else:
        sourcing = args.sourcing or ("named" if args.name else claim.sourcing)
        name = args.name if args.name is not None else claim.speaker
        kind = args.speaker_type if args.speaker_type is not None else claim.speaker_type
        if sourcing in ("anonymous", "unattributed", "none") and args.name is None:
            name = None if sourcing == "none" else name
        affiliation = args.affiliation if args.affiliation is not None else claim.affiliation
        if sourcing == "none":
            affiliation = None
        change = desk.set_speaker(
            claim.id, speaker=name, speaker_type=kind if name else None, sourcing=sourcing,
            affiliation=affiliation, channel="cli",
        )  # fmt: skip
    claim = desk.claim(args.claim_id)
    by = f"set by {claim.speaker_by}" if claim.speaker_by else "the engine's"
    what = "unchanged" if change is None else by
    affiliation = f", affiliation {claim.affiliation}" if claim.affiliation else ""
    print(
        f"claim {claim.id}: {claim.speaker or 'no speaker'} ({claim.sourcing}"
        f"{', ' + claim.speaker_type if claim.speaker_type else ''}{affiliation}); {what}"
    )
    return 0
