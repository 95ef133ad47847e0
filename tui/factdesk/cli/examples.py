"""Help for every subcommand: a description and a worked example, in one table.

``build_parser`` hands each subparser to ``document``, which fills in the description from
the one-line help where a command has none and appends the example as the epilog. A test
walks the whole argparse tree and fails for any command without both, so a new command
cannot ship undocumented.
"""

from __future__ import annotations

import argparse
from typing import Final

EXAMPLES: Final[dict[str, str]] = {
    "open": "factdesk open --db ~/desks/river-towns.db",
    "import": "factdesk import articles/ feed.xml claims.tsv --map text=statement,speaker=who\n"
    "  curl -s https://example.org/a.html | factdesk import - --format html",
    "articles": "factdesk articles --format json | jq '.[].title'",
    "claims": "factdesk claims 3 --verdict unreviewed\n"
    "  factdesk claims --search 'Velykobor denied'",
    "stats": "factdesk stats",
    "verdict": 'factdesk verdict 12 contradicted --note "The map of 20 Nov shows otherwise"',
    "export": "factdesk export -o report.md\n"
    "  factdesk export --format csv --excel --delimiter ';' -o verdicts.csv\n"
    "  factdesk export --one-per-claim pages/ --desk-name 'Example Fact Desk' \\\n"
    "      --claim-base-url https://factcheck.example.org/claims/",
    "merge": "factdesk merge colleague.jsonl",
    "backup": "factdesk backup --list",
    "restore": 'factdesk restore "$(factdesk backup --list | tail -n 1)"   # the newest',
    "speaker": 'factdesk speaker 12 --name "Dana Quill" --type person --sourcing named',
    "reextract": "factdesk reextract 3 5",
    "check": "factdesk check --db ~/desks/river-towns.db",
    "score": "printf 'Exports rose 40%% in May.\\n' | factdesk score -",
    "related": "factdesk related 12 --format json",
    "names": "factdesk names --article 3",
    "names merge": "factdesk names merge Velykobor Velikobor Великобор",
    "names split": "factdesk names split Velikobor",
    "attribution": "factdesk attribution 12 misattributed",
    "publish": 'factdesk publish 12 --summary "Velykobor was encircled" --claimant-type none',
    "completion": "factdesk completion bash > ~/.local/share/bash-completion/completions/factdesk",
    "paths": "factdesk paths --db ~/desks/river-towns.db",
}
"""Command path (``names merge``) -> example command line(s)."""

SUBCOMMAND_HELP: Final[dict[str, str]] = {
    "names merge": "treat these spellings as one name (a reviewer's override, kept on re-import)",
    "names split": "take this spelling out of its name group",
}
"""One-line help for nested commands registered without one."""


class HelpFormatter(argparse.HelpFormatter):
    """Descriptions wrapped to the terminal, examples kept as written.

    argparse's RawDescriptionHelpFormatter, which the examples need, left every description
    on one line as long as the paragraph (import's ran to 700 characters)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith(RAW_HEADS):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


RAW_HEADS: Final = ("example:", "getting started:")
"""How a block of help starts that is shown as written (command lines, aligned columns)."""


def subparsers_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The direct subcommands of ``parser`` by name (empty when it has none)."""
    for action in parser._actions:  # argparse has no public accessor for its subparsers
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def help_of(parser: argparse.ArgumentParser, name: str) -> str | None:
    """The one-line help ``name`` was registered with under ``parser``."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.dest == name and choice.help:
                    return str(choice.help)
    return None


def document(parser: argparse.ArgumentParser, prefix: str = "") -> None:
    """Give every subcommand under ``parser`` a description and its example."""
    for name, sub in subparsers_of(parser).items():
        path = f"{prefix}{name}"
        line = help_of(parser, name) or SUBCOMMAND_HELP.get(path)
        if not sub.description and line:
            sub.description = line[0].upper() + line[1:] + "."
        example = EXAMPLES.get(path)
        if example and "example" not in (sub.epilog or ""):
            sub.epilog = ((sub.epilog or "") + "\n\n").lstrip() + f"example:\n  {example}"
            sub.formatter_class = HelpFormatter
        document(sub, f"{path} ")
