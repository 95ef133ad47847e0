"""``factdesk export``: verdicts out of the desk as CSV, JSON Lines, Markdown or ClaimReview.

Standard output when there is no ``-o``; with ``-o`` the file is written atomically. Warnings
(an unset desk name for ClaimReview, say) go to standard error, so a redirected stdout stays a
clean file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.cli.commands.output import open_desk, word_from, write_data
from factdesk.domain.verdicts import UNREVIEWED
from factdesk.export import (
    FORMATS,
    NOTHING_TO_PUBLISH,
    ExportError,
    ExportScope,
    desk_identity,
    export_options,
    export_per_claim,
    export_text,
    publishes_nothing,
    refuse_desk_target,
)
from factdesk.export.atomic import write_atomic
from factdesk.export.csv_format import parse_delimiter
from factdesk.export.records import SCOPE_VERDICTS, parse_scope_verdict
from factdesk.text.counts import counted
from factdesk.text.sanitize import sanitize_line

SUFFIX_FORMATS = {f".{kind.extension}": name for name, kind in FORMATS.items()}
"""What ``-o`` implies when ``--format`` is not given: .csv .jsonl .md .json."""


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help="export claims and verdicts (csv, jsonl, markdown, claimreview)",
        description="Write the desk's claims and verdicts out. Standard output unless -o names "
        "a file. Without --format the -o suffix decides (.csv .jsonl .md .json); another "
        "suffix, or none (-o /dev/stdout), needs --format.",
    )
    parser.add_argument("--format", choices=tuple(FORMATS), help="output format")
    parser.add_argument(
        "--article", type=int, nargs="+", action="extend", default=[], metavar="ID",
        help="only these articles (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--verdict", nargs="+", action="extend", default=[], metavar="VERDICT",
        type=word_from(parse_scope_verdict),
        help=f"only claims with these verdicts ({', '.join(SCOPE_VERDICTS)})",
    )  # fmt: skip
    parser.add_argument("--reviewed-only", action="store_true", help="only reviewed claims")
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write here instead of standard output (- is standard output)",
    )  # fmt: skip
    parser.add_argument("--desk-name", metavar="NAME", help="ClaimReview author name")
    parser.add_argument("--desk-url", metavar="URL", help="ClaimReview author URL")
    parser.add_argument(
        "--claim-base-url", metavar="URL", help="prefix of each claim's public URL (ClaimReview)"
    )
    parser.add_argument(
        "--strict", action=argparse.BooleanOptionalAction, default=None,
        help="refuse to write ClaimReview when a required field is missing, naming the claims "
        "(default: on with -o or --one-per-claim, off on standard output)",
    )  # fmt: skip
    parser.add_argument(
        "--one-per-claim", metavar="DIR",
        help="ClaimReview: write one claim-ID.json per reviewed claim into DIR",
    )  # fmt: skip
    parser.add_argument(
        "--excel", action="store_true",
        help="CSV for spreadsheet programs: UTF-8 with a byte-order mark",
    )  # fmt: skip
    parser.add_argument(
        "--delimiter", metavar="CHAR", default=",", type=word_from(parse_delimiter),
        help="CSV field separator: , (default) ; \\t or |",
    )  # fmt: skip
    parser.add_argument(
        "--anonymise-reviewers", "--anonymize-reviewers", action="store_true",
        dest="anonymise_reviewers",
        help="CSV and the Markdown report: reviewers as Reviewer 1, Reviewer 2… instead of by "
        "name (a JSON Lines export, a merge file, keeps them: refused there)",
    )  # fmt: skip
    parser.word_hint = stray_word_hint  # "factdesk export 6": use --article 6
    parser.set_defaults(func=run_export, parser=parser)


def stray_word_hint(word: str) -> str | None:
    """The option a bare word was meant for: export takes options only."""
    if word.isdigit():
        return f"use --article {word}"
    if word.lower() in FORMATS:
        return f"use --format {word.lower()}"
    path = Path(word)
    if path.suffix.lower() in SUFFIX_FORMATS or len(path.parts) > 1:
        return f"use -o {word}"
    return None


def chosen_format(args: argparse.Namespace) -> str:
    """The format asked for, else the one ``-o``'s suffix names, else CSV on standard output.

    A file name whose suffix names no format is refused in one line: ``-o x.pdf`` wrote CSV
    into a file every program then opened as a broken PDF, and said nothing."""
    if args.format:
        return args.format
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            said = f"{suffix} is no export format" if suffix else "no suffix to tell the format"
            raise ExportError(
                f"{args.output}: {said}: name it {' '.join(SUFFIX_FORMATS)}, "
                f"or give --format {'|'.join(FORMATS)}"
            )
        return SUFFIX_FORMATS[suffix]
    return "csv"


def run_export(args: argparse.Namespace) -> int:
    if args.output == "-":  # as import reads "-": a file named "-" was written (./- is one)
        args.output = None
    fmt = chosen_format(args)  # before the desk is opened: a bad name costs nothing
    if args.anonymise_reviewers and fmt == "jsonl":  # it was ignored: every login went out
        raise ExportError(
            "--anonymise-reviewers: a JSON Lines export is a merge file and keeps who reviewed "
            "each claim; anonymise a csv or markdown export instead"
        )
    scope = ExportScope(tuple(args.article), tuple(args.verdict), args.reviewed_only)
    if scope.reviewed_only and UNREVIEWED in scope.verdicts:  # it wrote a header, said nothing
        args.parser.error(
            f"--verdict {UNREVIEWED} and --reviewed-only exclude each other: give one of them"
        )
    desk = open_desk(args, fallback_readonly=True, reading=True)  # read-only desks export too
    for article_id in scope.article_ids:
        desk.article_summary(article_id)  # one clear line for an unknown id, before writing
    identity = desk_identity(
        desk, args.desk_name, args.desk_url, args.claim_base_url, command_line=True
    )
    options = export_options(
        desk,
        delimiter=args.delimiter,
        excel=args.excel,
        anonymise_reviewers=args.anonymise_reviewers,
    )
    strict = args.strict if args.strict is not None else bool(args.output or args.one_per_claim)
    if args.one_per_claim:
        if args.output or (args.format and fmt != "claimreview"):
            raise ExportError("--one-per-claim writes ClaimReview files: leave out -o and --format")
        fmt = "claimreview"
        result = export_per_claim(
            desk, args.one_per_claim, scope, identity, strict=strict, options=options
        )
    else:
        if args.output:
            refuse_desk_target(desk, args.output)
        result = export_text(desk, fmt, scope, identity, strict=strict, options=options)
        refuse_empty_publication(fmt, result.claims)
        if args.output:
            result.path = write_atomic(args.output, result.text)
        else:
            write_data(result.text)
    for warning in result.warnings:
        print(f"factdesk: warning: {warning}", file=sys.stderr)
    if result.path is not None:
        name = sanitize_line(str(result.path))
        print(f"wrote {counted(result.claims, 'claim')} as {fmt} to {name}", file=sys.stderr)
    return 0


def refuse_empty_publication(fmt: str, claims: int) -> None:
    """Refuse a ClaimReview export with no reviewed claim in scope, as the app's dialog does:
    it wrote ``[]`` alone and exited 0, which a script reads as a published, empty file."""
    if publishes_nothing(fmt, claims):
        raise ExportError(NOTHING_TO_PUBLISH)
