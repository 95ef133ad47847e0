"""The ``factdesk`` command line: one argparse tree, each subcommand in ``factdesk.cli.commands``;
``main`` here is the console script (re-exported as ``factdesk.cli.main``).

Global options (``--db``, ``--reviewer``) are accepted before or after the subcommand.
Errors are one line on stderr and a non-zero exit; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import NoReturn

from factdesk.cli.commands.output import close_opened, prepare_streams
from factdesk.cli.examples import HelpFormatter, document
from factdesk.desk.service import DeskError
from factdesk.domain.publication import PublicationError
from factdesk.domain.verdicts import VerdictError
from factdesk.language.model import ModelError
from factdesk.settings.config import ConfigError
from factdesk.store.db import StoreError
from factdesk.text.sanitize import sanitize_line

COMMAND_MODULES: dict[str, str] = {
    "open": "factdesk.cli.commands.open",
    "import": "factdesk.cli.commands.importing",
    "articles": "factdesk.cli.commands.listing",
    "claims": "factdesk.cli.commands.listing",
    "stats": "factdesk.cli.commands.listing",
    "verdict": "factdesk.cli.commands.review",
    "attribution": "factdesk.cli.commands.review",
    "speaker": "factdesk.cli.commands.speaker",
    "reextract": "factdesk.cli.commands.reextract",
    "export": "factdesk.cli.commands.export",
    "merge": "factdesk.cli.commands.merge",
    "backup": "factdesk.cli.commands.backup",
    "restore": "factdesk.cli.commands.backup",
    "check": "factdesk.cli.commands.check",
    "score": "factdesk.cli.commands.score",
    "related": "factdesk.cli.commands.related",
    "names": "factdesk.cli.commands.names",
    "publish": "factdesk.cli.commands.publish",
    "paths": "factdesk.cli.commands.paths",
    "completion": "factdesk.cli.commands.completion",
}
"""Command name -> the module that registers it. Each module has ``register(subparsers,
common)``, which adds its subcommand(s) and sets ``func(args) -> int`` on them; the help lists
them in this order. A new command is a new module named here (a test checks this table
against the parser). Kept as names so that a command line imports only its own module."""

GETTING_STARTED = """getting started:
  factdesk import ~/articles/      import a folder of articles (factdesk import --help)
  factdesk                         review them in the app (? lists the keys)
  factdesk paths                   where the desk file and config.toml are
  factdesk COMMAND --help          each command, with an example"""
"""The top-level help's epilog: the first three things a new user does."""

VALUE_OPTIONS = ("--db", "--reviewer")
"""The global options that take a value (the word after them is never the command)."""


OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})
"""An ``OSError`` with no file name and one of these is a print that could not be written
(``factdesk export > file`` on a full disk): named as standard output, not "[Errno 28] …". The
desk's own write errors come from SQLite, and every file the CLI opens carries its name."""


USER_ERRORS = (
    ConfigError,
    DeskError,
    StoreError,
    VerdictError,
    PublicationError,
    ModelError,
    OSError,
)


INVALID_NUMBER = re.compile(r"invalid choice: '(\d+)'")
"""argparse's refusal of a bare number where a word is expected (``factdesk names 6``)."""


class Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line (``factdesk claims: error: …; see --help``).

    Subparsers are made with the parent's class, so every subcommand gets this too.
    """

    word_hint: Callable[[str], str | None] | None = None
    """What a bare word the command does not take stands for ("use --article 6" for a number
    to ``names`` or ``export``): said after argparse's refusal, on the same line."""

    commands: Mapping[str, argparse.ArgumentParser] = {}
    """The top parser's subcommands by name: a stray word is refused by its command's parser,
    whose prog and hint it gets."""

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        number = INVALID_NUMBER.search(text)
        hint = self.word_hint(number.group(1)) if number and self.word_hint else None
        if number and hint:  # "6 is not one of merge, split: use --article 6"
            listed = text.partition("(choose from ")[2].rstrip(")").replace("'", "")
            refusal = f"{number.group(1)} is not one of {listed}" if listed else text
            text = f"{refusal}: {hint}"
        self.exit(2, f"{self.prog}: error: {text} (see {self.prog} --help)\n")

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """argparse's, with the command's hint for a word it does not take."""
        parsed, strays = self.parse_known_args(args, namespace)
        if strays:
            command = self.commands.get(getattr(parsed, "command", None) or "", self)
            hint = getattr(command, "word_hint", None)
            if command.get_default("func") is not getattr(parsed, "func", None):
                hint = None  # a sub-action ran (names split): not the command's own word
            said = next(filter(None, map(hint, strays)), None) if hint else None
            message = f"unrecognized arguments: {' '.join(strays)}"
            command.error(f"{message}: {said}" if said else message)
        return parsed


class VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked (see ``factdesk.__getattr__``)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS,
            help="show the version and exit",
        )  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import factdesk

        print(f"factdesk {factdesk.__version__}")  # on stdout, as argparse's own action does
        parser.exit()


def common_options() -> argparse.ArgumentParser:
    """Options every command takes, so they work after the subcommand too."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="desk file (default: $FACTDESK_DB, else the platform's user data folder)",
    )
    common.add_argument(
        "--reviewer",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="who the history records (default: $FACTDESK_REVIEWER, config.toml, login name)",
    )
    return common


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names ("open" when it names none), or None when the whole tree is
    needed: help or the version asked for, or a word that is no command (argparse then lists
    them all in its error).

    Why: each command module imports what its options offer (export formats, import
    formats...); the first screen and every command line would otherwise import them all.
    """
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version", "--"):
            return None
        if word.startswith("-"):
            # "--db PATH" and an abbreviation argparse accepts ("--d PATH") take the next word
            if "=" not in word and len(word) > 2 and any(o.startswith(word) for o in VALUE_OPTIONS):
                next(words, None)
            continue
        return word if word in COMMAND_MODULES else None
    return "open"


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argparse tree: every command, or only the one ``argv`` names (``chosen_command``)."""
    wanted = chosen_command(argv) if argv is not None else None
    modules = [COMMAND_MODULES[wanted]] if wanted else dict.fromkeys(COMMAND_MODULES.values())
    common = common_options()
    parser = Parser(
        prog="factdesk",
        description="A keyboard-driven desk for fact-checking news articles claim by claim. "
        "With no command, opens the desk.",
        epilog=GETTING_STARTED,
        formatter_class=HelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action=VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(name).register(subparsers, common)
    parser.commands = subparsers.choices
    document(parser)
    return parser


TEXT_OPTIONS: tuple[str, ...] = (
    "note", "search", "name", "affiliation", "summary", "claimant", "headline", "desk_name",
    "desk_url", "claim_base_url", "appearance_url", "first_appearance_url", "spellings",
    "spelling", "reviewer",
)  # fmt: skip
"""The options whose words are kept or searched as text, never opened as paths."""

_ESCAPED = re.compile("[\udc80-\udcff]")


def as_typed(value: object) -> object:
    """An option's text as the terminal typed it. Where Python reads the command line in an
    ASCII locale (``LC_ALL=C`` without UTF-8 mode), each byte of "Підтверджено" arrives as a
    lone surrogate: ``verdict --note`` stored 24 U+FFFD and ``claims --search`` found nothing.
    The bytes are read again as UTF-8; bytes that are not UTF-8 are refused in one line."""
    if isinstance(value, list):
        return [as_typed(item) for item in value]
    if not isinstance(value, str) or not _ESCAPED.search(value):
        return value
    try:
        return os.fsencode(value).decode("utf-8")
    except UnicodeError:
        said = f"{value!a} is not valid UTF-8 text"
        raise DeskError(f"{said}: set a UTF-8 locale (LANG=C.UTF-8)") from None


def fail(message: str, code: int = 1) -> int:
    """Print a one-line error for the user and return the exit status.

    Sanitised: a file name with escape sequences (``bad\\e]0;PWNED\\a.jsonl``) or bytes that
    are not UTF-8 is shown, never obeyed, and never crashes the print.
    """
    text = sanitize_line(str(message)).encode("utf-8", "replace").decode("utf-8")
    print(f"factdesk: {text}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    prepare_streams()  # a terminal that cannot show Cyrillic still gets every line
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.reviewer = getattr(args, "reviewer", None)
    if not getattr(args, "func", None):
        from factdesk.cli.commands.open import run_open

        args.func = run_open
        args.seeds = getattr(args, "seeds", None)
    try:
        for name in TEXT_OPTIONS:
            if hasattr(args, name):
                setattr(args, name, as_typed(getattr(args, name)))
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except OSError as error:
        if error.filename is not None and error.strerror:  # "PATH: reason", like every message
            return fail(f"{error.filename}: {error.strerror.lower()}")
        if error.errno in OUTPUT_ERRNOS and error.strerror:  # a print into a full disk
            return fail(f"standard output: cannot write: {error.strerror.lower()}")
        return fail(str(error))
    except USER_ERRORS as error:
        return fail(str(error))
    except Exception as error:  # a bug: still one line, unless FACTDESK_DEBUG asks for more
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        return fail(
            f"internal error: {type(error).__name__}: {error} (FACTDESK_DEBUG=1 for details)"
        )
    finally:
        close_opened()  # the desk file whole: its write-ahead log copied in
