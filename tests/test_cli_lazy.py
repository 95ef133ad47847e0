"""A command line builds only its own command's parser, and parses as the whole tree would.

``factdesk.cli.entry.COMMAND_MODULES`` names each command's module, so ``factdesk stats`` or the
app's start import one command module, not all sixteen (and what their options offer: export
and import formats, the merge reader). The table must match the tree, and a partial parser
must give the same answers as the whole one.
"""

from __future__ import annotations

import argparse

import pytest
from factdesk.cli.entry import COMMAND_MODULES, build_parser, chosen_command
from factdesk.cli.examples import subparsers_of


def test_the_table_names_every_command_of_the_tree_and_only_those() -> None:
    assert set(subparsers_of(build_parser())) == set(COMMAND_MODULES)


@pytest.mark.parametrize("name", sorted(COMMAND_MODULES))
def test_each_command_is_registered_by_its_module(name: str) -> None:
    assert name in subparsers_of(build_parser([name]))


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        ([], "open"),
        (["--db", "x.db"], "open"),
        (["--db", "stats", "articles"], "articles"),  # the path is not the command
        (["--db=stats", "claims", "3"], "claims"),
        (["--reviewer", "export", "stats"], "stats"),
        (["--d", "stats", "claims"], "claims"),  # an abbreviation argparse accepts
        (["stats", "--db", "x.db"], "stats"),
        (["names", "merge", "A", "B"], "names"),
        (["--help"], None),
        (["stats", "-h"], "stats"),  # its own help needs only its own module
        (["--version"], None),
        (["statz"], None),  # argparse's error then lists every command
        (["--", "stats"], None),
    ],
)
def test_chosen_command(argv: list[str], wanted: str | None) -> None:
    assert chosen_command(argv) == wanted


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "d.db"],
        ["--db", "d.db", "open", "--seeds", "seeds"],
        ["stats", "--db", "d.db", "--format", "json"],
        ["--reviewer", "ana", "verdict", "12", "contradicted", "--note", "no"],
        ["claims", "3", "--verdict", "unreviewed", "--hidden"],
        ["export", "--format", "csv", "-o", "out.csv", "--reviewed-only"],
        ["import", "a.txt", "b.md", "--preset", "liar"],
        ["names", "merge", "Kupiansk", "Kupyansk"],
        ["completion", "fish"],
    ],
)
def test_a_partial_parser_parses_as_the_whole_tree(argv: list[str]) -> None:
    whole = comparable(build_parser().parse_args(argv))
    alone = comparable(build_parser(argv).parse_args(argv))
    assert alone == whole


def comparable(args: argparse.Namespace) -> dict[str, object]:
    """The parsed values; a subparser a command keeps (for its own errors) by its name."""
    return {
        key: value.prog if isinstance(value, argparse.ArgumentParser) else value
        for key, value in vars(args).items()
    }


def test_an_unknown_command_is_refused_naming_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as leaving:
        build_parser(["statz"]).parse_args(["statz"])
    assert leaving.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'statz'" in error and "articles" in error and "export" in error


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser(["--help"]).parse_args(["--help"])
    shown = capsys.readouterr().out
    assert all(name in shown for name in COMMAND_MODULES)
    assert isinstance(build_parser(["--help"]), argparse.ArgumentParser)
