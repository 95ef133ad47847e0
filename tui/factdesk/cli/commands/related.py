"""``factdesk related CLAIM_ID``: who else says this, who says the opposite, and the suggestion."""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import (
    CLAIM_ID_HELP,
    add_format_option,
    open_desk,
    print_json,
    print_table,
)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "related",
        parents=[common],
        help="list claims of other articles that say the same, the opposite, or something related",
    )
    parser.add_argument("claim_id", type=int, metavar="CLAIM_ID", help=CLAIM_ID_HELP)
    add_format_option(parser)
    parser.set_defaults(func=run_related)


def run_related(args: argparse.Namespace) -> int:
    desk = open_desk(args, reading=True)
    matches = desk.related(args.claim_id)
    suggestion = desk.suggestion(args.claim_id)
    origin, _ = desk.origin(args.claim_id)
    if args.format == "json":
        matches_json = [
            {
                "claim_id": r.other_claim_id,
                "article_id": r.article_id,
                "article_title": r.article_title,
                "outlet": r.outlet,
                "label": r.label,
                "similarity": r.similarity,
                "reason": r.reason,
                "origin": r.origin,
                "linked": r.linked,
                "when": r.when,
                "text": r.text,
            }
            for r in matches
        ]
        print_json(
            {
                "claim_id": args.claim_id,
                "origin": origin,
                "about": desk.claim_time(args.claim_id),
                "suggestion": {
                    "verdict": suggestion.verdict,
                    "reason": suggestion.reason,
                    "articles": suggestion.articles,
                    "origins": suggestion.origins,
                },
                "related": matches_json,
            }
        )
        return 0
    print(f"origin: {origin}")
    print(f"about: {desk.claim_time(args.claim_id)}")
    print(f"suggested: {suggestion.verdict or 'none'} ({suggestion.reason})")
    if not matches:
        print("no claim elsewhere says the same or the opposite")
        return 0
    rows = [
        (r.other_claim_id, r.article_id, r.label, f"{r.similarity:.0f}", r.origin, r.when,
         "*" if r.linked else "", r.reason, r.text)
        for r in matches
    ]  # fmt: skip
    print_table(
        rows,
        ("CLAIM", "ART", "LABEL", "SIM", "ORIGIN", "WHEN", "LINK", "REASON", "TEXT"),
        {4: 24, 5: 24, 7: 40, 8: 60},
    )
    return 0
