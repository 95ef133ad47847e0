"""``factdesk reextract``: bring claims written by an older extractor up to the current one."""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import ARTICLE_ID_HELP, article_words_hint, open_desk


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "reextract",
        parents=[common],
        help="re-extract claims an older extractor wrote (keeps ids, verdicts, notes, links)",
        description="Re-extract the current claims of the given articles (default: every "
        "article an older extractor wrote). A claim that survives keeps its id and all review "
        "work; claims added by hand are re-described; review work that cannot be placed is "
        "listed and left as it was.",
    )
    parser.add_argument("articles", nargs="*", type=int, metavar="ARTICLE_ID", help=ARTICLE_ID_HELP)
    parser.word_hint = article_words_hint("reextract")  # reextract --article 6: reextract 6
    parser.set_defaults(func=run_reextract)


def run_reextract(args: argparse.Namespace) -> int:
    from factdesk.language import model

    model.settle()  # a batch process: the pipeline, once loaded, leaves the full collections
    desk = open_desk(args)
    ids = args.articles or desk.stale_articles()
    for article_id in ids:
        desk.article(article_id)  # a clear error for an unknown id before anything changes
    if not ids:
        print("nothing to re-extract: every article is up to date")
        return 0
    unplaced = []
    for n, article_id in enumerate(ids, 1):
        done = desk.reextract(article_id)
        unplaced += done.unplaced
        print(
            f"[{n}/{len(ids)}] article {article_id}: {done.kept} kept, {done.added} added, "
            f"{done.removed} removed, {done.redescribed} added by hand re-described"
            + (f", {len(done.unplaced)} not placed" if done.unplaced else "")
        )
    if unplaced:
        print(f"not placed (review work left as it was): claims {', '.join(map(str, unplaced))}")
    return 0
