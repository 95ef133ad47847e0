"""The page's own voice: which page-level signal names who issued a first-person page.

    PYTHONPATH=tui python -m tools.voice_study [--cache DIR] [--aside SPLIT]

Reads ``tools.carry_study``'s rows (``dump`` first: every found labelled claim the engine left
with no source) and scores page-level rules that give such a claim the page's issuer as the
page's structure names it: a signature line at its foot, a byline or "Posted by" line at its
top, a release's media-contact line naming a body, each alone or only on a page whose own
sentences speak in the first person. Gained = a labelled source it gets right; lost = a
labelled ``none`` or ``unattributed`` claim given a source (README: "The page's own voice").
A rule's setting (the first-person share) is chosen on the other splits, scored on the one
left out, as ``carry_study`` does. The session's validation split
(``evaluate_attribution.VALIDATION``) is never read, as a sealed one is not.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from tools.carry_study import CACHE
from tools.evaluate_attribution import (
    DATA,
    SEALED,
    SPLITS,
    VALIDATION,
    article_text,
    same_speaker,
)

_NAME = r"[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|of|and|for|the|&)){1,6}"
FOOT_RE = re.compile(rf"\A(?P<who>{_NAME})[ \t]*,[ \t]+(?P<body>{_NAME})[ \t]*\Z")
"""A signature line: "Chief Ann Roe, Harwick Police Department" (a name, a comma, a body)."""
BYLINE_RE = re.compile(r"^[ \t*_]*(?:[Pp]osted[ \t]+|[Ww]ritten[ \t]+)?[Bb]y[ \t]+"
                       rf"(?P<who>{_NAME})|^author:[ \t]*(?P<field>{_NAME})", re.M)  # fmt: skip
CONTACT_RE = re.compile(r"^(?:For[ \t]+)?(?:Media|Press)[ \t]+[Cc]ontacts?[ \t]*:[ \t]*"
                        r"(?P<line>[^\n@]+)$", re.M)  # fmt: skip
_BODY_NOUNS = (
    "Department",
    "Office",
    "Police",
    "Council",
    "Ministry",
    "Agency",
    "Service",
    "Authority",
    "Board",
    "Commission",
    "Union",
    "Society",
    "Association",
    "Group",
)
_TITLES = ("Chief", "Mayor", "Cllr", "Dr", "Inspector", "Sheriff", "Commissioner", "Director")


def _lines(split: str, article: str) -> list[str]:
    body = article_text(DATA / split / article)
    return [line.strip() for line in body.splitlines() if line.strip()]


def _person(who: str) -> str:
    words = who.split()
    return " ".join(words[1:]) if words and words[0].rstrip(".") in _TITLES else who


def foot_signer(lines: list[str]) -> str | None:
    """The last line as a signature naming a person and the body they speak for."""
    if not lines:
        return None
    match = FOOT_RE.match(lines[-1])
    if match is None or not set(match.group("body").split()) & set(_BODY_NOUNS):
        return None
    return _person(match.group("who"))


def byline(lines: list[str]) -> str | None:
    match = BYLINE_RE.search("\n".join(lines[:8]))
    return _person(match.group("who") or match.group("field")) if match else None


def contact_body(lines: list[str]) -> str | None:
    """A media-contact line naming a body, no person's address: its last comma part."""
    match = CONTACT_RE.search("\n".join(lines))
    if match is None:
        return None
    part = match.group("line").split(",")[-1].strip()
    return part if set(part.split()) & set(_BODY_NOUNS) else None


Page = dict
Rule = Callable[[dict, Page, float], str | None]


def _unowned(row: dict) -> bool:
    return not row.get("quote") and not row.get("own")


def r_foot(row: dict, page: Page, share: float) -> str | None:
    return page["foot"] if _unowned(row) else None


def r_foot_first(row: dict, page: Page, share: float) -> str | None:
    return page["foot"] if _unowned(row) and page["first"] >= share else None


def r_byline_first(row: dict, page: Page, share: float) -> str | None:
    return page["byline"] if _unowned(row) and page["first"] >= share else None


def r_contact(row: dict, page: Page, share: float) -> str | None:
    return page["contact"] if _unowned(row) else None


def r_top_first(row: dict, page: Page, share: float) -> str | None:
    return row.get("top") if _unowned(row) and page["first"] >= share else None


RULES: dict[str, tuple[Rule, tuple[float, ...]]] = {
    "a signature line at the foot (name, body)": (r_foot, (0.0,)),
    "the same, on a first-person page": (r_foot_first, (0.1, 0.2, 0.3, 0.5)),
    "a byline / Posted by / author field, on a first-person page": (
        r_byline_first, (0.1, 0.2, 0.3, 0.5)),
    "a media-contact line naming a body": (r_contact, (0.0,)),
    "a first-person page: its top speaker": (r_top_first, (0.1, 0.2, 0.3, 0.5)),
}  # fmt: skip


def _hit(row: dict, speaker: str | None) -> str:
    if not speaker:
        return "same"
    if row["gold"] in ("none", "unattributed"):
        return "loss"
    if row["gold"] == "named":
        return "gain" if same_speaker(row["gold_speaker"] or "", speaker) else "wrong"
    return "wrong"


def pages(rows: list[dict]) -> dict[tuple[str, str], Page]:
    found: dict[tuple[str, str], Page] = {}
    by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by[(row["split"], row["article"])].append(row)
    for key, mine in by.items():
        lines = _lines(*key)
        unowned = [r for r in mine if _unowned(r)]
        first = sum(r["first_person"] for r in unowned) / len(unowned) if unowned else 0.0
        found[key] = {"foot": foot_signer(lines), "byline": byline(lines),
                      "contact": contact_body(lines), "first": first}  # fmt: skip
    return found


def tally(rows: list[dict], got: dict, rule: Rule, share: float) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        counts[_hit(row, rule(row, got[(row["split"], row["article"])], share))] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--aside", default="")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for split in SPLITS:
        path = args.cache / f"{split}.json"
        if split in (*SEALED, *VALIDATION) or split == args.aside or not path.is_file():
            continue
        rows += [r for r in json.loads(path.read_text()) if "i" in r and not r["cyrillic"]]
    got = pages(rows)
    splits = sorted({r["split"] for r in rows})
    print(f"{len(rows)} rows: {dict(Counter(r['gold'] for r in rows))}")
    for name, (rule, settings) in RULES.items():
        total: Counter = Counter()
        moves = Counter()
        gaining = []
        for left in splits:
            train = [r for r in rows if r["split"] != left]
            best = max(settings, key=lambda s: (lambda c: c["gain"] - c["loss"])(
                tally(train, got, rule, s)))  # fmt: skip
            out = tally([r for r in rows if r["split"] == left], got, rule, best)
            total += out
            net = out["gain"] - out["loss"]
            moves["+" if net > 0 else "-" if net < 0 else "0"] += 1
            if out["gain"] or out["loss"]:
                gaining.append(f"{left} +{out['gain']}/-{out['loss']}")
        print(
            f"{name}: gained {total['gain']} lost {total['loss']} wrong {total['wrong']} "
            f"splits {moves['+']}/{moves['-']}/{moves['0']}: {', '.join(gaining)}"
        )
        if args.verbose:
            for row in rows:
                hit = _hit(row, rule(row, got[(row["split"], row["article"])], settings[0]))
                if hit != "same":
                    print("   ", hit, row["split"], row["article"], row["text"][:60])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
