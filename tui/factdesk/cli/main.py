"""The ``factdesk`` command line: one argparse tree, each subcommand in ``factdesk.cli.commands``.

Global options (``--db``, ``--reviewer``) are accepted before or after the subcommand.
Errors are one line on stderr and a non-zero exit; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from factdesk.cli.examples import document
from factdesk.desk.service import DeskError
from factdesk.domain.publication import PublicationError
from factdesk.domain.verdicts import VerdictError
from factdesk.language.model import ModelError
from factdesk.settings.config import ConfigError
from factdesk.store.db import StoreError
from factdesk.text.sanitize import sanitize_line

COMMAND_MODULES = (
    "factdesk.cli.commands.open",
    "factdesk.cli.commands.importing",
    "factdesk.cli.commands.listing",
    "factdesk.cli.commands.review",
    "factdesk.cli.commands.speaker",
    "factdesk.cli.commands.reextract",
    "factdesk.cli.commands.export",
    "factdesk.cli.commands.merge",
    "factdesk.cli.commands.backup",
    "factdesk.cli.commands.check",
    "factdesk.cli.commands.score",
    "factdesk.cli.commands.related",
    "factdesk.cli.commands.names",
    "factdesk.cli.commands.publish",
    "factdesk.cli.commands.paths",
    "factdesk.cli.commands.completion",
)
"""Each module has ``register(subparsers, common)``, which adds its subcommand(s) and sets
``func(args) -> int`` on them. A new command is a new module named here."""

USER_ERRORS = (
    ConfigError,
    DeskError,
    StoreError,
    VerdictError,
    PublicationError,
    ModelError,
    OSError,
)


class Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line (``factdesk claims: error: …; see --help``).

    Subparsers are made with the parent's class, so every subcommand gets this too.
    """

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        self.exit(2, f"{self.prog}: error: {text} (see {self.prog} --help)\n")


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


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="factdesk",
        description="A keyboard-driven desk for fact-checking news articles claim by claim. "
        "With no command, opens the desk.",
        parents=[common],
    )
    parser.add_argument("--version", action=VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    document(parser)
    return parser


def fail(message: str, code: int = 1) -> int:
    """Print a one-line error for the user and return the exit status.

    Sanitised: a file name with escape sequences (``bad\\e]0;PWNED\\a.jsonl``) or bytes that
    are not UTF-8 is shown, never obeyed, and never crashes the print.
    """
    text = sanitize_line(str(message)).encode("utf-8", "replace").decode("utf-8")
    print(f"factdesk: {text}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.reviewer = getattr(args, "reviewer", None)
    if not getattr(args, "func", None):
        from factdesk.cli.commands.open import run_open

        args.func = run_open
        args.seeds = getattr(args, "seeds", None)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except OSError as error:
        if error.filename is not None and error.strerror:  # "PATH: reason", like every message
            return fail(f"{error.filename}: {error.strerror.lower()}")
        return fail(str(error))
    except USER_ERRORS as error:
        return fail(str(error))
    except Exception as error:  # a bug: still one line, unless FACTDESK_DEBUG asks for more
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        return fail(
            f"internal error: {type(error).__name__}: {error} (FACTDESK_DEBUG=1 for details)"
        )
