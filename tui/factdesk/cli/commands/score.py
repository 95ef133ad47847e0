"""``factdesk score [FILE|-]``: rank sentences by check-worthiness, no desk needed.

Plain text: one sentence per line; prints ``score<TAB>text`` per non-blank line, in input order
(sort it with ``sort -rn`` to see what to check first). CLEF CheckThat! Task 1 input
(``line_number<TAB>speaker<TAB>text[<TAB>label]`` on every line) is detected and answered in
CLEF's results format, ``line_number<TAB>score``, which the official scorer reads as it is.
The score is the model's alone (``factdesk.score.model``): a bare sentence has no source or
desk around it for the desk's own signals.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from factdesk.text.sanitize import sanitize_line


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "score",
        parents=[common],
        help="score sentences (one per line, or a CLEF debate file) for check-worthiness",
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="text file, or - for standard input (the default)",
    )
    parser.set_defaults(func=run_score)


def is_clef(lines: list[str]) -> bool:
    """Every non-blank line is ``number<TAB>speaker<TAB>text`` (optionally ``<TAB>label``)."""
    rows = [line.split("\t") for line in lines if line.strip()]
    return bool(rows) and all(len(r) in (3, 4) and r[0].strip().isdigit() for r in rows)


def read_lines(name: str) -> list[str]:
    """The lines of ``name`` (``-``: standard input), decoded as an imported article is: any
    common encoding, and a binary file refused in one line. Read as UTF-8 with replacement,
    a PNG was scored line by line and a cp1251 file came out as U+FFFD."""
    from factdesk.cli.commands.output import refuse_not_a_file
    from factdesk.desk.service import DeskError
    from factdesk.ingest.decoding import DecodeError, decode_bytes

    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream put in its place (tests, embedding)
            return sys.stdin.read().splitlines()
        data, where = stream.read(), "standard input"
    else:
        refuse_not_a_file(name)
        with open(name, "rb") as handle:
            data, where = handle.read(), name
    try:
        return decode_bytes(data).splitlines()
    except DecodeError as error:
        raise DeskError(f"{where}: {error}") from None


def clef_results(lines: Iterable[str]) -> Iterable[str]:
    from factdesk.score.model import score

    for line in lines:
        if line.strip():
            number, _, text = line.split("\t")[:3]
            yield f"{int(number)}\t{score(text):.8f}"


def plain_results(lines: Iterable[str]) -> Iterable[str]:
    from factdesk.score.model import score

    for line in lines:
        text = line.strip()
        if text:
            yield f"{score(text):.3f}\t{sanitize_line(text)}"


def run_score(args: argparse.Namespace) -> int:
    lines = read_lines(args.file)
    results = clef_results(lines) if is_clef(lines) else plain_results(lines)
    for row in results:
        sys.stdout.write(row + "\n")
    return 0
