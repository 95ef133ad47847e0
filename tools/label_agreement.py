"""How often two labellers agree on who said each claim, and how the engine scores on the claims
they agree on (issue 12).

    PYTHONPATH=tui python -m tools.label_agreement blind heldout23 /tmp/agree/heldout23
    PYTHONPATH=tui python -m tools.label_agreement compare heldout23 LABELLED.jsonl
    PYTHONPATH=tui python -m tools.label_agreement compare heldout23 SECOND.jsonl --engine --list

Speaker accuracy is measured against one writer's labels. Whether 90% is a reachable goal
depends on how often a second careful labeller, reading the same conventions, gives the same
answer: that agreement is the ceiling an engine can be measured against, and the sentences
where two labellers part show which conventions leave a case open.

``blind`` writes a split's articles and its claim sentences (text and offsets, every
attribution field set to "TODO") for a second labeller who must not see the first one's labels,
and a README.md saying what the package holds and what is left to fill: the article records'
``dateline``, ``place`` and ``outlet`` are null, for the second labeller to fill as the labels'
Format defines them, since they are the first labeller's labels too (``compare`` scores the two
labellings' datelines, which a copied one would make agree by construction).
``compare`` scores the second labelling against the first exactly as the evaluator scores the
engine (``evaluate_attribution.evaluate``: same speaker test, anonymous when marked
anonymous), and the first against the second; with ``--engine`` it imports the split once and
scores the engine against each labelling, on every claim and on the claims the two labellers
agree on. Only for spent splits: a sealed split is refused, and ``--list`` prints no
disagreement of this session's validation split (``evaluate_attribution.VALIDATION``: figures
only; its sentences and labels are not read by the lanes tuning against it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from tools.evaluate_attribution import (
    DATA,
    NOTES,
    SEALED,
    SOURCINGS,
    VALIDATION,
    VALIDATION_NOTE,
    Extracted,
    Sentence,
    article_text,
    evaluate,
    extract_split,
    read_labels,
    render,
    same_speaker,
)

TODO = "TODO"
PACKAGE_README = """# {split}: a blind package for a second labelling ({claims} claim sentences)

Written by `python -m tools.label_agreement blind {split} OUT`.

- `articles/`: the split's files as received; every offset is into the text the desk stores
  (the page's main text, the text after front matter, the decoded characters).
- `to_label.jsonl`: one `article` record per file and one `sentence` record per claim sentence
  of the split, its `text` and `start`/`end` as the first labeller cut it.
- To fill in each sentence record: `speaker`, `speaker_type` and `sourcing` (each `TODO` here)
  and `affiliation` (null here), by the numbered list in tests/data/attribution/README.md.
- To fill in each article record: `dateline`, `place` and `outlet` are null here, every one,
  whether or not the text opens with a dateline. Fill them as the labels' Format defines them
  (only when the text opens with a dateline that shows them; else leave them null): they are
  the first labeller's labels too, and `compare` scores the two labellings' datelines.
"""


def blind(split: str, out: Path, data: Path = DATA) -> int:
    """Write ``out/articles/`` (the split's files as received), ``out/to_label.jsonl`` (article
    records with empty dateline fields, claim sentences with every attribution field TODO) and
    ``out/README.md`` (``PACKAGE_README``: what is left to fill, the datelines included); the
    number of claim sentences written. The datelines are left null, not copied: they are labels
    the second labeller gives again, and a copy would make ``compare``'s datelines line agree by
    construction (session 40's package README said they were filled; the tool never did)."""
    articles, sentences = read_labels(data / f"{split}.jsonl")
    (out / "articles").mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for name, row in articles.items():
        shutil.copy(data / split / name, out / "articles" / name)
        rows.append(
            {
                "record": "article",
                "article": name,
                "lang": row["lang"],
                "dateline": None,
                "place": None,
                "outlet": None,
            }
        )
    claims = [s for s in sentences if s.claim]
    for s in claims:
        rows.append(
            {
                "record": "sentence",
                "article": s.article,
                "lang": s.lang,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "claim": True,
                "speaker": TODO,
                "speaker_type": TODO,
                "sourcing": TODO,
                "affiliation": None,
            }
        )
    with (out / "to_label.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    readme = PACKAGE_README.format(split=split, claims=len(claims))
    (out / "README.md").write_text(readme, encoding="utf-8")
    return len(claims)


def as_extracted(sentences: Sequence[Sentence]) -> dict[str, list[Extracted]]:
    """A labelling seen as an engine's output, so ``evaluate`` can score one labeller against
    the other with the very rules it scores the engine by."""
    out: dict[str, list[Extracted]] = {}
    for s in sentences:
        if s.claim:
            out.setdefault(s.article, []).append(
                Extracted(s.start, s.end, s.text, s.speaker, s.sourcing, 0.0, s.speaker_type)
            )
    return out


def agree(first: Sentence, second: Sentence) -> bool:
    """Do two labels of one sentence give the same attribution: the same sourcing and, when
    named, the same entity (``same_speaker``, which reads a surname as its full name)."""
    if first.sourcing != second.sourcing:
        return False
    return first.sourcing != "named" or same_speaker(first.speaker or "", second.speaker)


def kappa(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa of two labellers' sourcing: agreement beyond what their own label
    frequencies would give by chance."""
    n = len(pairs)
    if not n:
        return float("nan")
    seen = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(left[k] * right[k] for k in SOURCINGS) / (n * n)
    return (seen - chance) / (1 - chance) if chance < 1 else 1.0


def bodies_of(split: str, data: Path, articles: dict[str, dict]) -> dict[str, str]:
    """Each article's text as the desk stores it (the offsets the labels use)."""
    return {name: article_text(data / split / name) for name in articles if name not in NOTES}


def compare(split: str, second_file: Path, data: Path, engine: bool, listing: bool) -> str:
    """The agreement report of ``second_file`` against ``split``'s own labels."""
    articles, first = read_labels(data / f"{split}.jsonl")
    second_articles, second = read_labels(second_file)
    claims = [s for s in first if s.claim]
    by_key = {(s.article, s.start, s.end): s for s in second}
    pairs = [
        (a, by_key[(a.article, a.start, a.end)])
        for a in claims
        if (a.article, a.start, a.end) in by_key
    ]
    bodies = bodies_of(split, data, articles)
    langs = {name: row["lang"] for name, row in articles.items()}
    seconds = [b for _, b in pairs]
    lines = [f"split {split}: {len(pairs)} of {len(claims)} claims labelled twice", ""]
    lines += ["second labeller scored against the first (the split's own labels):"]
    lines += [render(evaluate(bodies, as_extracted(seconds), [a for a, _ in pairs], langs))]
    lines += ["", "first labeller scored against the second:"]
    lines += [render(evaluate(bodies, as_extracted([a for a, _ in pairs]), seconds, langs))]
    sourcing = [(a.sourcing, b.sourcing) for a, b in pairs]
    same = sum(agree(a, b) for a, b in pairs)
    lines += [
        "",
        f"sourcing agreement {sum(x == y for x, y in sourcing)}/{len(pairs)}, "
        f"kappa {kappa(sourcing):.3f}; whole attribution agreed {same}/{len(pairs)}",
    ]
    lines += [_dateline_agreement(articles, second_articles)]
    if engine:
        lines += ["", *_engine_lines(split, data, bodies, langs, pairs)]
    if listing and split in VALIDATION:
        lines += ["", VALIDATION_NOTE.format(split=split)]
    elif listing:
        lines += ["", "disagreements (first | second):"]
        lines += [
            f"{a.article}: {a.sourcing}:{a.speaker!r} | {b.sourcing}:{b.speaker!r}: "
            f"{' '.join(a.text.split())[:100]}"
            for a, b in pairs
            if not agree(a, b)
        ]
    return "\n".join(lines)


def _dateline_agreement(first: dict[str, dict], second: dict[str, dict]) -> str:
    """How many articles the two labellers gave the same dateline place and outlet."""
    names = [n for n in first if n in second and n not in NOTES]
    place = sum(
        (first[n].get("place") or "").lower() == (second[n].get("place") or "").lower()
        for n in names
    )
    outlet = sum(first[n].get("outlet") == second[n].get("outlet") for n in names)
    dated = sum(bool(first[n].get("dateline")) for n in names)
    dated2 = sum(bool(second[n].get("dateline")) for n in names)
    return (
        f"datelines: first labels {dated}, second {dated2}; same place {place}/{len(names)}, "
        f"same outlet {outlet}/{len(names)}"
    )


def _engine_lines(
    split: str,
    data: Path,
    bodies: dict[str, str],
    langs: dict[str, str],
    pairs: Sequence[tuple[Sentence, Sentence]],
) -> list[str]:
    """Speaker accuracy of the engine against each labelling, on every claim and on the claims
    the two agree on and the claims they do not."""
    _, extracted = extract_split(data / split, None)
    agreed = [(a, b) for a, b in pairs if agree(a, b)]
    parted = [(a, b) for a, b in pairs if not agree(a, b)]
    lines = []
    for title, subset in (("every claim", pairs), ("agreed", agreed), ("disagreed", parted)):
        for who, index in (("first", 0), ("second", 1)):
            gold = [pair[index] for pair in subset]
            t = evaluate(bodies, extracted, gold, langs)["all"]
            share = f"{t.speaker_right / t.sourced:.1%}" if t.sourced else "-"
            lines.append(
                f"engine vs {who:6} on {title:11} ({len(subset):3} claims): speaker "
                f"{share} ({t.speaker_right}/{t.sourced})"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("blind", help="write a split's texts for a second labeller")
    make.add_argument("split")
    make.add_argument("out", type=Path)
    check = commands.add_parser("compare", help="score a second labelling against the first")
    check.add_argument("split")
    check.add_argument("second", type=Path)
    check.add_argument("--engine", action="store_true", help="also score the engine (imports)")
    check.add_argument("--list", action="store_true", help="print every disagreement")
    for sub in (make, check):
        sub.add_argument("--data", type=Path, default=DATA, help="the labelled set's folder")
    args = parser.parse_args(argv)
    if args.split in SEALED:
        print(f"{args.split}: sealed; only spent splits are relabelled", file=sys.stderr)
        return 2
    if args.command == "blind":
        print(f"{blind(args.split, args.out, args.data)} claim sentences to label in {args.out}")
        return 0
    print(compare(args.split, args.second, args.data, args.engine, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
