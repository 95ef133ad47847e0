"""Printing for the CLI: JSON arrays for machines, aligned tables for people.

Article text in a table passes through the sanitiser, so an article cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factdesk.desk.service import Desk, DeskError
from factdesk.settings.config import load_config
from factdesk.settings.locations import resolve_db_path
from factdesk.text.sanitize import sanitize_line


class NoDeskError(DeskError):
    """A command that reads or changes a desk was pointed at a path with none."""


CLAIM_ID_HELP = "a claim's number (ID in factdesk claims)"
ARTICLE_ID_HELP = "an article's number (ID in factdesk articles)"


def word_from(parse: Callable[[str], str]) -> Callable[[str], str]:
    """An argparse ``type`` from a parser of a fixed set's words that raises ``ValueError``
    naming the word and the allowed ones: a wrong word is then a usage error (exit 2, one line,
    before the desk is opened), as argparse's own ``choices`` are. ``export --verdict maybe``
    and ``claims --verdict maybe`` exited 1, as a desk's failure does."""

    def convert(word: str) -> str:
        try:
            return parse(word)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    convert.__name__ = parse.__name__  # argparse names the type in some messages
    return convert


def article_words_hint(command: str) -> Callable[[str], str | None]:
    """A ``word_hint`` for a command whose article numbers are its own words: ``--article``
    (as ``names`` and ``export`` take them) says so instead of "unrecognized arguments"."""

    def hint(word: str) -> str | None:
        if word.split("=")[0] == "--article":
            return f"no --article here: factdesk {command} ARTICLE_ID"
        return None

    return hint


CREATORS = "import, open and restore"
"""The commands that may create a desk; every other one needs an existing desk file."""


OPENED: list[Desk] = []
"""The desks this process's command opened (``open_desk``): ``close_opened`` closes them."""


def close_opened() -> None:
    """Close every desk the command opened. Closing the last connection copies the
    write-ahead log into the desk file: without it, after ``factdesk import`` the desk file was
    4 KB and everything was in ``desk.db-wal``, so a copy of ``desk.db`` alone (how people keep
    or send a file) was an empty desk."""
    while OPENED:
        OPENED.pop().close()


def refuse_not_a_file(name: str, wanted: str = "a file") -> None:
    """A folder or a device named as an input file is refused in one line before it is read.

    A device (``/dev/zero``, ``/dev/urandom``), read whole, never ends (``factdesk score
    /dev/zero`` grew until killed); a pipe (``merge <(curl …)``) ends, and is read. A folder
    is "is a folder", the words ``--db``, ``export -o`` and ``restore`` use for one: the read
    said "cannot be read: Is a directory" (merge) or "is a directory" (score). ``wanted``
    says what to name in it ("a JSON Lines export")."""
    try:
        mode = os.stat(name).st_mode
    except OSError:
        return  # the read names the file and the reason
    if stat.S_ISDIR(mode):
        raise DeskError(f"{name}: is a folder; name {wanted} in it")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise DeskError(f"{name}: is a device, not a file")


def open_desk(
    args: argparse.Namespace,
    *,
    fallback_readonly: bool = False,
    defer_daily: bool = False,
    create: bool = False,
    reading: bool = False,
    announce: bool = True,
) -> Desk:
    """The desk named by ``--db``/``$FACTDESK_DB``, as the reviewer named by the options.

    Only ``create`` (import and open) makes a new desk file, and says so on stderr: a mistyped
    ``--db`` for any other command is "no desk at PATH" and exit 1, not a new empty desk.
    ``announce=False``: the caller says it (import, once it knows the desk is kept).
    ``reading`` (commands that only read: articles, claims, stats, related, names, export):
    the light check on open (header, size, schema version; ``quick_check`` only on a small
    desk) and no daily backup, whose full check reads the whole file: the next command that
    writes, or the app, makes it. A desk to be migrated is always fully checked and backed up.
    A desk that cannot be written is read read-only (``fallback_readonly``): ``articles`` on a
    shared read-only desk said "desk is read-only" and listed nothing.
    """
    config = load_config(reviewer=args.reviewer)
    for warning in config.warnings:  # a typo such as [dsek] is named, never silently ignored
        print(f"factdesk: warning: {sanitize_line(warning)}", file=sys.stderr)
    path = resolve_db_path(args.db)
    if not path.exists():
        if not create:
            raise NoDeskError(f"no desk at {path} (only {CREATORS} create one)")
        if announce:
            print(f"factdesk: created a new desk at {sanitize_line(str(path))}", file=sys.stderr)
    elif is_empty_file(path):  # a copy that failed half-way, a touch: "0 articles" misled
        if not create:
            raise NoDeskError(f"no desk at {path}: the file is empty (only {CREATORS} create one)")
        if announce:
            print(
                f"factdesk: {sanitize_line(str(path))} is empty: a new desk is made in it",
                file=sys.stderr,
            )
    desk = Desk.open(
        path, config=config, fallback_readonly=fallback_readonly or reading,
        defer_daily=defer_daily or reading, on_wait=_say_wait,
    )  # fmt: skip
    for warning in desk.open_warnings:  # e.g. no daily backup from a desk failing its check
        print(f"factdesk: warning: {sanitize_line(warning)}", file=sys.stderr)
    OPENED.append(desk)
    return desk


def is_empty_file(path: Path) -> bool:
    """A file of 0 bytes with no write-ahead log beside it holding pages (never judged empty
    while a ``-wal`` has content: those pages are the desk's until a checkpoint)."""
    try:
        if not path.is_file() or path.stat().st_size:
            return False
        wal = path.with_name(path.name + "-wal")
        return not (wal.exists() and wal.stat().st_size)
    except OSError:
        return False  # Desk.open names the file and the reason


def _say_wait(message: str) -> None:
    """A one-time job holds the open (``Desk.open``'s ``on_wait``): say so on stderr, where it
    shows before the app takes the screen."""
    print(f"factdesk: {message}", file=sys.stderr, flush=True)


def whole_unicode(encoding: str | None) -> bool:
    """Whether a stream's encoding writes every character (UTF-8, UTF-16...), not a code page."""
    try:
        "\u0416\U0001f469".encode(encoding or "ascii")
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def prepare_streams() -> None:
    """Standard output and error that cannot encode every character (``PYTHONIOENCODING=ascii``,
    a Latin-1 terminal) show what they lack as ``\\uXXXX`` instead of failing: every command
    that printed a Cyrillic title or a curly quote there ended in "internal error:
    UnicodeEncodeError", after printing half its table. Data (``write_data``) is UTF-8 still.
    A closed standard error (``2>&-``) takes the warnings away: Python prints them to standard
    output then, and they ended a ClaimReview export's JSON. A closed standard output
    (``>&-``) takes the lines away, as ``print`` does; an export refuses (``write_data``)."""
    if sys.stderr is None:  # "2>&-": print(file=None) writes to stdout, into the export
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stdout is None:  # ">&-": lines go nowhere, as print() does; data is refused
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not whole_unicode(stream.encoding):
            stream.reconfigure(errors="backslashreplace")


def write_data(text: str) -> None:
    """Write an export or a JSON answer to standard output as UTF-8, the encoding every format
    names (CSV, JSON Lines, Markdown, JSON-LD), whatever the terminal's: ``export > file.csv``
    under ``PYTHONIOENCODING=ascii`` gives the same bytes as ``-o file.csv``."""
    out = sys.stdout
    if out is None or getattr(out, "name", None) == os.devnull:  # closed (prepare_streams)
        raise OSError(errno.EBADF, "it is closed")  # an export with nowhere to go: not silence
    buffer = getattr(out, "buffer", None)
    if buffer is None or whole_unicode(getattr(out, "encoding", None)):
        out.write(text)
        out.flush()
        return
    out.flush()
    buffer.write(text.encode("utf-8", "surrogateescape"))
    buffer.flush()


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table for people (default), json for scripts: one JSON array",
    )


def print_json(items: list | dict) -> None:
    """Readable non-ASCII, but controls, bidi and invisibles as ``\\uXXXX`` escapes: the JSON
    decodes to the exact text, yet printing it cannot drive the terminal (``json`` itself
    leaves C1 controls and U+202E raw)."""
    from factdesk.export.jsonl_format import safe_json

    write_data(safe_json(items, indent=2) + "\n")


def print_table(
    rows: Iterable[Sequence[object]], headers: Sequence[str], widths: dict[int, int]
) -> None:
    """Columns sized to their content; ``widths`` caps chosen columns (index -> characters).

    Into a pipe or a file (standard output not a terminal) the table is TSV instead: one row a
    line, cells separated by tabs, nothing cut, so ``cut -f`` and spreadsheets get every word.
    """
    if not sys.stdout.isatty():
        print_tsv(rows, headers)
        return
    cells = [[_cell(value, widths.get(i)) for i, value in enumerate(row)] for row in rows]
    table = [list(headers), *cells]
    sizes = [max(len(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        print("  ".join(cell.ljust(size) for cell, size in zip(row, sizes, strict=True)).rstrip())


def print_tsv(rows: Iterable[Sequence[object]], headers: Sequence[str]) -> None:
    """Tab-separated rows, untruncated; a tab or line break inside a cell becomes a space."""
    for row in [headers, *rows]:
        print("\t".join(_cell(value, None) for value in row))


def _cell(value: object, width: int | None) -> str:
    text = "" if value is None else sanitize_line(str(value))
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text
