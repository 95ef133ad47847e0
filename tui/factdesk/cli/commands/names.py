"""``factdesk names``: one name across spellings; ``names merge`` / ``names split`` fix groups."""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import add_format_option, open_desk, print_json, print_table


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "names",
        parents=[common],
        help="list names across spellings, with article counts",
        usage="factdesk names [-h] [--db PATH] [--reviewer NAME] [--format {table,json}]\n"
        "                      [--article ARTICLE_ID] [merge NAME NAME… | split NAME]",
        description="List the desk's names (or one article's) across their spellings, with "
        "article counts; with merge or split, correct a group by hand.",
    )
    parser.word_hint = article_hint  # "factdesk names 6": use --article 6
    add_format_option(parser)
    parser.add_argument("--article", type=int, metavar="ARTICLE_ID", help="only this article's")
    parser.set_defaults(func=run_names)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    merge = actions.add_parser(  # prog: the parent's usage is written out, not a prefix
        "merge",
        parents=[common],
        prog="factdesk names merge",
        help="merge the names of these spellings into the first's",
    )
    merge.add_argument(
        "spellings", nargs="+", metavar="NAME", help="spellings as factdesk names lists them"
    )
    merge.set_defaults(func=run_merge)
    split = actions.add_parser(
        "split",
        parents=[common],
        prog="factdesk names split",
        help="take one spelling out of its name group",
    )
    split.add_argument("spelling", metavar="NAME", help="a spelling as factdesk names lists it")
    split.set_defaults(func=run_split)


def article_hint(word: str) -> str | None:
    """A bare number is an article: say the option that asks for one."""
    return f"use --article {word}" if word.isdigit() else None


def run_names(args: argparse.Namespace) -> int:
    groups = open_desk(args, reading=True).names(args.article)
    if args.format == "json":
        print_json(
            [
                {
                    "name": g.name,
                    "kind": g.kind,
                    "variants": g.variants,
                    "articles": g.articles,
                    "mentions": g.mentions,
                    "single_source": g.single_source,
                }
                for g in groups
            ]
        )
        return 0
    rows = [
        (g.name, g.kind, g.articles, g.mentions, "single source" if g.single_source else "",
         ", ".join(g.variants))
        for g in groups
    ]  # fmt: skip
    # every column named: into a pipe the table is TSV, and an unnamed column read as a gap
    headers = ("NAME", "KIND", "ARTICLES", "MENTIONS", "SOURCES", "SPELLINGS")
    print_table(rows, headers, {0: 40, 5: 60})
    return 0


def run_merge(args: argparse.Namespace) -> int:
    open_desk(args).merge_names(args.spellings)
    print(f"merged: {', '.join(args.spellings)}")
    return 0


def run_split(args: argparse.Namespace) -> int:
    open_desk(args).split_name(args.spelling)
    print(f"split: {args.spelling} now stands alone")
    return 0
