"""``factdesk articles``, ``factdesk claims`` and ``factdesk stats``: what is in the desk."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from factdesk.cli.commands.output import (
    ARTICLE_ID_HELP,
    add_format_option,
    article_words_hint,
    open_desk,
    print_json,
    print_table,
    word_from,
)
from factdesk.desk.conflicts import MergeConflict
from factdesk.desk.service import Desk
from factdesk.domain.models import Claim
from factdesk.domain.verdicts import (
    MERGE_CONFLICT,
    NEEDS_REVIEW,
    VERDICTS,
    parse_verdict_filter,
)
from factdesk.text.counts import counted
from factdesk.text.markdown import prose
from factdesk.text.shown_dates import shown_date

SEARCH_ALL = 1_000_000
"""``--search`` lists every match (the app caps its result lists, the CLI does not)."""


def register(subparsers, common: argparse.ArgumentParser) -> None:
    articles = subparsers.add_parser(
        "articles", parents=[common], help="list the articles in the desk"
    )
    add_format_option(articles)
    articles.set_defaults(func=run_articles)

    claims = subparsers.add_parser(
        "claims", parents=[common], help="list the claims of one article or of the whole desk"
    )
    claims.word_hint = article_words_hint("claims")  # claims --article 6: claims 6
    claims.add_argument(
        "article_id",
        nargs="?",
        type=int,
        metavar="ARTICLE_ID",
        help=ARTICLE_ID_HELP + "; without it, the whole desk",
    )
    claims.add_argument(
        "--verdict",
        metavar="VERDICT",
        type=word_from(parse_verdict_filter),
        help=f"only claims with this verdict ({', '.join(VERDICTS)}), or: unreviewed, "
        f"{MERGE_CONFLICT}, {NEEDS_REVIEW} (an older version's reviewed claims a re-import "
        "could not place: their old verdict and note are shown)",
    )
    claims.add_argument(
        "--hidden", action="store_true", help="only the claims a reviewer hid (D in the app)"
    )
    claims.add_argument(
        "--search",
        metavar="WORDS",
        help="only claims matching these words, best first (any word form, any spelling of "
        "a name the desk groups)",
    )
    add_format_option(claims)
    claims.set_defaults(func=run_claims)

    stats = subparsers.add_parser(
        "stats", parents=[common], help="count claims by verdict and by article"
    )
    add_format_option(stats)
    stats.set_defaults(func=run_stats)


def article_json(desk: Desk) -> list[dict]:
    return [
        {
            "id": a.id,
            "title": a.title,
            "outlet": a.outlet,
            "author": a.author,
            "date": a.date_text,
            "date_iso": a.date_iso,
            "url": a.url,
            "source": a.source_path,
            "version": a.version,
            "claims": a.claims,
            "reviewed": a.reviewed,
        }
        for a in desk.articles()
    ]


def print_articles(desk: Desk, fmt: str) -> None:
    items = article_json(desk)
    if fmt == "json":
        print_json(items)
        return
    rows = [
        (a["id"], a["title"], _outlet_or_writer(a), shown_date(a["date_iso"], a["date"]),
         f"{a['reviewed']}/{a['claims']}", a["source"] or "")
        for a in items
    ]  # fmt: skip
    print_table(
        rows, ("ID", "TITLE", "OUTLET", "DATE", "REVIEWED", "SOURCE"), {1: 50, 2: 24, 5: 40}
    )


def _outlet_or_writer(article: dict) -> str:
    """The outlet, else the writer as "by NAME": under OUTLET a bare "Sophie Langridge" read
    as a paper's name."""
    if article["outlet"]:
        return str(article["outlet"])
    return f"by {article['author']}" if article["author"] else ""


def run_articles(args: argparse.Namespace) -> int:
    print_articles(open_desk(args, reading=True), args.format)
    return 0


def claim_json(claim: Claim) -> dict:
    """A claim as ``claims --format json`` prints it (and scripts rely on)."""
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "sourcing": claim.sourcing,
        "flags": claim.flags,
        "score": round(claim.score, 4),
        "score_reasons": claim.score_reasons,
        "origin": claim.provenance,
        "paragraph": claim.paragraph,
        "verdict": claim.verdict,
        "attribution": claim.attribution,  # the check beside the verdict (None: not checked)
        "note": claim.note,
        "evidence": claim.evidence,
        "reviewer": claim.reviewer,
        "updated_at": claim.updated_at,
        "version": claim.version,
        "hidden": claim.hidden,
    }


def run_claims(args: argparse.Namespace) -> int:
    desk = open_desk(args, reading=True)
    if args.article_id is not None:
        desk.article_summary(args.article_id)  # a clear error for an unknown id
    verdict = args.verdict  # normalised by parse_verdict_filter, its argparse type
    claims = desk.claims(args.article_id, verdict=verdict, only_hidden=args.hidden)
    if args.search is not None:
        kept = {c.id for c in claims}
        claims = [c for c in desk.search_claims(args.search, limit=SEARCH_ALL) if c.id in kept]
    conflicts = conflicts_by_claim(desk) if verdict == MERGE_CONFLICT else {}
    if args.format == "json":
        items = [claim_json(claim) for claim in claims]
        for item in items if conflicts else ():
            item["merge_conflicts"] = [conflict_json(c) for c in conflicts.get(item["id"], [])]
        print_json(items)
        return 0
    if verdict == NEEDS_REVIEW:
        print_rereview(claims)
        return 0
    if verdict == MERGE_CONFLICT:
        print_conflicts(claims, conflicts)
        return 0
    # Imported here, not at the top: desk.search reads names.spelling, which loads rapidfuzz,
    # and this module is on `stats` and `articles`' start path (tests/test_start_path.py).
    from factdesk.desk.search import matched_flags, read_filter

    if args.search is not None and (wanted := read_filter(args.search)).flags:
        print_flagged(claims, lambda c: ", ".join(matched_flags(wanted, c.flags)))
        return 0
    rows = [
        (c.id, c.article_id, c.kind, c.speaker or "", c.sourcing, f"{c.score:.2f}",
         c.verdict or "-", prose(c.text))
        for c in claims
    ]  # fmt: skip
    print_table(
        rows,
        ("ID", "ART", "KIND", "SPEAKER", "SOURCING", "SCORE", "VERDICT", "TEXT"),
        {3: 20, 7: 70},
    )
    return 0


def print_flagged(claims: list[Claim], flags: Callable[[Claim], str]) -> None:
    """The claims list with a FLAGS column before the text: the flags a ``flag:`` search
    matched on, so the list says why each claim is in it."""
    rows = [
        (c.id, c.article_id, c.kind, c.speaker or "", c.sourcing, f"{c.score:.2f}",
         c.verdict or "-", flags(c), prose(c.text))
        for c in claims
    ]  # fmt: skip
    print_table(
        rows,
        ("ID", "ART", "KIND", "SPEAKER", "SOURCING", "SCORE", "VERDICT", "FLAGS", "TEXT"),
        {3: 20, 7: 30, 8: 70},
    )


def conflicts_by_claim(desk: Desk) -> dict[int, list[MergeConflict]]:
    """The open merge conflicts, by claim (one claim may differ from two colleagues)."""
    by_claim: dict[int, list[MergeConflict]] = {}
    for conflict in desk.merge_conflicts():
        by_claim.setdefault(conflict.claim_id, []).append(conflict)
    return by_claim


def conflict_json(conflict: MergeConflict) -> dict:
    """A colleague's differing review, as ``claims --verdict merge-conflict --format json``
    gives it beside the claim."""
    return {
        "theirs": conflict.theirs,
        "reviewer": conflict.reviewer,
        "note": conflict.note,
        "evidence": list(conflict.evidence),
        "source": conflict.source,
    }


def print_conflicts(claims: list[Claim], conflicts: dict[int, list[MergeConflict]]) -> None:
    """The merge-conflict list: our verdict beside the colleague's, who and their note. The
    merge says to settle conflicts with this list, and it showed only our verdict: what the
    colleague said was in the app's claim detail alone. Then how to settle one."""
    rows = [
        (c.id, c.article_id, c.verdict or "-", conflict.theirs, conflict.reviewer,
         conflict.note, prose(c.text))
        for c in claims
        for conflict in conflicts.get(c.id, [])
    ]  # fmt: skip
    print_table(
        rows, ("ID", "ART", "OURS", "THEIRS", "BY", "THEIR NOTE", "TEXT"), {4: 16, 5: 30, 6: 60}
    )
    if rows:
        print(
            "keep ours: factdesk verdict ID OURS; take theirs: factdesk verdict ID THEIRS",
            file=sys.stderr,
        )


def print_rereview(claims: list[Claim]) -> None:
    """The needs-review list: each old claim with the verdict and note it had."""
    rows = [
        (c.id, c.article_id, c.version, c.verdict or "-", c.note, prose(c.text)) for c in claims
    ]  # fmt: skip
    print_table(rows, ("ID", "ART", "VER", "WAS", "NOTE", "TEXT"), {4: 30, 5: 60})


def run_stats(args: argparse.Namespace) -> int:
    stats = open_desk(args, reading=True).stats()
    if args.format == "json":
        print_json([stats])
        return 0
    articles, claims = counted(stats["articles"], "article"), counted(stats["claims"], "claim")
    print(f"{articles}, {claims}, {stats['reviewed']} reviewed")
    for verdict, count in stats["verdicts"].items():
        print(f"  {verdict:<13} {count}")
    rows = [
        (a["id"], a["title"], f"{a['reviewed']}/{a['claims']}", *(a[v] for v in VERDICTS))
        for a in stats["by_article"]
    ]
    if rows:
        print()
        print_table(rows, ("ID", "TITLE", "REVIEWED", *(v.upper()[:5] for v in VERDICTS)), {1: 50})
    return 0
