"""``factdesk publish``: the fields a ClaimReview needs beyond the verdict, per claim.

With no option it shows what is set and what the export would derive; each option sets one
field, and an empty value (``--headline ''``) clears it. ``--claimant-type none`` publishes
no claimant at all, for an anonymous source.
"""

from __future__ import annotations

import argparse
import sys

from factdesk.cli.commands.output import CLAIM_ID_HELP, open_desk, print_json
from factdesk.desk.language import review_language
from factdesk.desk.publication import normalise_field
from factdesk.desk.service import Desk
from factdesk.domain.models import Claim
from factdesk.domain.publication import CLAIMANT_TYPES, Publication, PublicationError
from factdesk.text.sanitize import sanitize_line

OPTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "summary",
        "TEXT",
        'short claimReviewed (default: the content Z of "X said that Z", else '
        "the claim, trimmed to 75 characters)",
    ),
    ("claimant", "NAME", "who made the claim (default: the extracted speaker)"),
    (
        "claimant_type",
        "|".join(CLAIMANT_TYPES),
        "person, organisation, or none: publish no claimant (an anonymous source)",
    ),
    ("claim_date", "YYYY-MM-DD", "when the claim was made (default: the article's date)"),
    ("appearance_url", "URL", "where the claim appeared (default: the article's URL)"),
    ("first_appearance_url", "URL", "where the claim first appeared"),
    ("headline", "TEXT", "the review's headline"),
    (
        "language",
        "TAG",
        "the review's language, e.g. en, uk, pt-BR (default: the claim's, en, ru or uk by its "
        "letters; [desk] language where they do not tell)",
    ),
)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "publish",
        parents=[common],
        help="set a claim's ClaimReview fields (summary, claimant, dates, URLs, headline)",
        description="Set or show the fields a published ClaimReview needs beyond the verdict. "
        "With no option, shows them. An empty value clears a field.",
    )
    parser.add_argument("claim_id", type=int, metavar="CLAIM_ID", help=CLAIM_ID_HELP)
    for name, metavar, text in OPTIONS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar=metavar, help=text)
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="how to show the fields"
    )
    parser.set_defaults(func=run_publish, parser=parser)


def run_publish(args: argparse.Namespace) -> int:
    from factdesk.domain.verdicts import MISATTRIBUTED
    from factdesk.export.claimreview import (  # the export, when used
        SUMMARY_LIMIT,
        default_summary,
        too_long,
    )

    changes = {name: getattr(args, name) for name in Publication.names()}
    for name, value in changes.items():  # a wrong value is a usage error (exit 2), as for
        try:  # verdict, checked before the desk is opened: --claimant-type robot exited 1
            normalise_field(name, value)
        except PublicationError as error:
            args.parser.error(str(error))
    setting = any(value is not None for value in changes.values())
    desk = open_desk(args, reading=not setting)  # showing them works on a read-only desk too
    if setting:
        fields = desk.set_publication(args.claim_id, **changes)
        if args.summary and too_long(fields.summary):  # said where it is typed, and on export
            print(
                f"factdesk: warning: the summary is {len(fields.summary or '')} characters; "
                f"Google recommends a claimReviewed under {SUMMARY_LIMIT}",
                file=sys.stderr,
            )
        claim = desk.claim(args.claim_id)
        if args.claimant and fields.claimant and claim.attribution == MISATTRIBUTED:
            print(  # said where it is typed, as the export says it
                f"factdesk: warning: claim {args.claim_id} is misattributed: ClaimReview names "
                "no claimant for it, so this one is not published",
                file=sys.stderr,
            )
    else:
        fields = desk.publication(args.claim_id)
    if args.format == "json":
        print_json([{"claim_id": args.claim_id, **_as_dict(fields)}])
        return 0
    print(f"claim {args.claim_id}:")
    for name in Publication.names():
        value = getattr(fields, name)
        shown = "(not set)" if value is None else sanitize_line(value)
        if name == "summary" and value is None:  # what claimReviewed will be, not a blank
            shown = f"(not set; claimReviewed is “{default_summary(desk.claim(args.claim_id))}”)"
        if name == "language" and value is None:  # the claim's, as the export gives it
            shown = f"(not set; {published_language(desk, desk.claim(args.claim_id))})"
        print(f"  {name.replace('_', ' ')}: {shown}")
    return 0


def published_language(desk: Desk, claim: Claim) -> str:
    """What an unset language publishes, in words (``ExportRecord.language``)."""
    body = desk.article(claim.article_id).body
    language = review_language(claim.text, body, desk.config.language)
    return f"inLanguage is {language}" if language else "no inLanguage: set [desk] language"


def _as_dict(fields: Publication) -> dict[str, str | None]:
    return {name: getattr(fields, name) for name in Publication.names()}
