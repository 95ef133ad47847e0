"""Carrying a speaker across sentences: which article-level rule would pay, leave-one-split-out.

    PYTHONPATH=tui python -m tools.carry_study dump [SPLIT ...]   # features, cached as JSON
    PYTHONPATH=tui python -m tools.carry_study score               # the rules, leave-one-out

``dump`` runs the extractor on every unsealed split (never a sealed one: ``SEALED``, nor the
session's validation split: ``VALIDATION``, even by name), aligns its claims to the labels as
``evaluate_attribution`` does, and writes, for every found labelled claim the engine left with
no speaker, the candidate features a carry rule could read: the nearest speaker before and
after it (distance in units and paragraphs), whether the unit just before reports speech, the
unit's own tense, modals, persons and quotation, its place in the article, and whether the
article reads as a release. ``score`` scores each candidate rule on
those rows: gained (a labelled source it gets right), lost (a labelled ``none`` or
``unattributed`` claim given a source), choosing each rule's setting on the other splits and
scoring it on the one left out (README: "Carrying a speaker across sentences").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from tools.evaluate_attribution import (
    DATA,
    NOTES,
    SEALED,
    SPLITS,
    VALIDATION,
    article_text,
    chars,
    found_as,
    read_labels,
    same_speaker,
)

CACHE = Path("/tmp/carry_study")
_SPEAKING = ("person", "org", "anonymous")
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|announced|announces|explained|"
    r"according to|warned|confirmed|noted|wrote|writes)\b"
)
_SAID_THAT = re.compile(r"\b(?:said|says|told [\w ]{1,30}?|added|stated|explained|noted) that\b")
_BACKSHIFT = re.compile(r"\b(?:would|could|had|might|was going to|were going to)\b")
_FIRST = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My)\b")
_SECOND = re.compile(r"\b(?:you|You|your|Your)\b")
_RELEASE = re.compile(
    r"(?im)^(?:for immediate release|media contacts?|press contacts?|notes to editors|ends)\b|"
    r"^about (?:the )?[A-Z]"
)
_BARE_SAID = re.compile(r"\b(?:said|says|announced|confirmed)(?: on \w+| in a statement)?[.”\"]*$")


_BACKSHIFT_AUX = frozenset({"had", "'d", "’d", "would", "could", "might"})


def _root_backshift(tokens: list) -> bool:
    """The unit's main verb is backshifted, as reported speech is: "had risen", "would be"."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if not roots:
        return False
    root = roots[0]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFT_AUX for c in root.children)


def _reports_clause(tokens: list) -> tuple[bool, bool]:
    """(a speech verb with a clause, that clause opened by "that") in the unit's own words."""
    from factdesk.extract.grammar import is_speech_verb

    clause = that = False
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") and is_speech_verb(token):
            for child in token.children:
                if child.dep_ == "ccomp":
                    clause = True
                    that = that or any(m.dep_ == "mark" and m.lower_ == "that"
                                       for m in child.children)  # fmt: skip
    return clause, that


def _row(units: list, i: int, claim_of: set[int], body: str, release: bool,
         parse: Callable[[object], list] = lambda unit: []) -> dict:  # fmt: skip
    """The candidate features of unit ``i`` (one with no speaker)."""
    unit = units[i]
    first = units[0].paragraph

    def near(indexes: Iterable[int]) -> dict | None:
        for j in indexes:
            other = units[j]
            if other.sort in _SPEAKING and (other.speaker or other.sort == "anonymous"):
                return {
                    "speaker": other.speaker, "sort": other.sort, "own": other.own,
                    "cue": other.cue, "quote": other.is_quote, "units": abs(i - j),
                    "paras": abs(unit.paragraph - other.paragraph), "text": other.text[:200],
                    "reported": bool(_REPORTED.search(other.masked)),
                    "said_that": bool(_SAID_THAT.search(other.masked)),
                    "bare_said": bool(_BARE_SAID.search(other.text.strip())),
                    "lede": other.paragraph - first,
                    "clause": _reports_clause(parse(other)),
                }  # fmt: skip
        return None

    before = units[i - 1] if i else None
    spoken = [u for u in units if u.sort in _SPEAKING and (u.speaker or u.sort == "anonymous")]
    counts = Counter(u.speaker for u in spoken)
    top, top_n = counts.most_common(1)[0] if counts else (None, 0)
    top_sort = next((u.sort for u in spoken if u.speaker == top), None)
    return {
        "i": i,
        "para": unit.paragraph - first,
        "text": unit.text[:200],
        "quote": unit.is_quote,
        "quote_mark": any(c in unit.text for c in "“”\"«»‘"),
        "sort": unit.sort,
        "cue": unit.cue,
        "own": unit.own,
        "backshift": bool(_BACKSHIFT.search(unit.masked)),
        "root_backshift": _root_backshift(parse(unit)),
        "first_person": bool(_FIRST.search(unit.masked)),
        "second_person": bool(_SECOND.search(unit.masked)),
        "prev": near(range(i - 1, -1, -1)),
        "next": near(range(i + 1, len(units))),
        "before_same_para": before is not None and before.paragraph == unit.paragraph,
        "before_speaks": before is not None and before.sort in _SPEAKING,
        "release": release,
        "top": top, "top_n": top_n, "top_sort": top_sort, "spoken": len(spoken),
        "speakers": len(counts),
        "cyrillic": bool(re.search(r"[а-яёіїєґ]", unit.text, re.I)),
        "claim": i in claim_of,
    }  # fmt: skip


def dump(split: str) -> list[dict]:
    """One row per found labelled claim the engine gave no speaker (with its label)."""
    from factdesk.extract import claims as claims_module
    from factdesk.extract.attribution import Engine
    from factdesk.extract.flags import text_facts
    from factdesk.extract.units import make_unit

    folder = DATA / split
    articles, sentences = read_labels(DATA / f"{split}.jsonl")
    rows = []
    for name in sorted(articles):
        if name in NOTES:
            continue
        body = article_text(folder / name)
        article = claims_module._Article(body, None)
        units = [make_unit(article.layout, span) for span in article.spans()]
        engine = Engine(article.layout)
        engine.run(units)
        article.people = engine.people
        turns = claims_module.interview.turns(units)
        try:  # (an older extractor, for the first-sight rows: its own signature)
            furniture = claims_module._furniture_units(units, article.text, turns)
        except TypeError:
            furniture = claims_module._furniture_units(units, article.text)
        headings = getattr(claims_module, "_heading_units", None)
        furniture |= headings(units, body) if headings else set()
        answers = {i for i, turn in turns.items() if turn == "A"}
        kept, seen = [], set()
        for i, unit in enumerate(units):
            key = " ".join(unit.text.split())
            answer = getattr(claims_module, "_short_answer", None)
            short = i in answers and answer is not None and answer(unit.text)
            if i in furniture or key in seen:
                continue
            if claims_module._is_furniture(unit.text, unit.words) and not short:
                continue
            seen.add(key)
            if claims_module._checkable(unit, text_facts(unit.text)):
                kept.append(i)
        release = bool(_RELEASE.search(body)) or bool(engine.issuer)

        def parse(unit: object, engine: Engine = engine) -> list:
            return engine.parsed.tokens(unit.start, unit.end)  # type: ignore[attr-defined]

        ext = [chars(body, units[i].start, units[i].end) for i in kept]
        for gold in (s for s in sentences if s.article == name and s.claim):
            at = found_as(chars(body, gold.start, gold.end), ext)
            if at is None:
                continue
            i = kept[at]
            unit = units[i]
            sourcing = claims_module._sourcing(unit, "quote" if unit.is_quote else "x")
            row = {"split": split, "article": name, "gold": gold.sourcing,
                   "gold_speaker": gold.speaker, "got": sourcing,
                   "got_speaker": unit.speaker}  # fmt: skip
            if unit.sort is None:
                row.update(_row(units, i, set(kept), body, release, parse))
                row["text"] = gold.text[:200]
            rows.append(row)
    return rows


def _hit(row: dict, speaker: str | None, sort: str) -> str:
    """What giving ``row`` this source does: "gain", "wrong" (a named claim, another name),
    "loss" (a labelled none/unattributed claim given a source) or "same"."""
    gold = row["gold"]
    if gold == "named":
        return (
            "gain"
            if sort in ("person", "org") and same_speaker(row["gold_speaker"] or "", speaker)
            else "wrong"
        )
    if gold == "anonymous":
        return "gain" if sort == "anonymous" else "wrong"
    return "loss"


Rule = Callable[[dict, float], tuple[str | None, str] | None]
"""(row, setting) -> the (speaker, sort) the rule gives, or None."""


def _prev(row: dict) -> dict:
    return row["prev"] or {}


def _nxt(row: dict) -> dict:
    return row["next"] or {}


def r_reported_backshift(row: dict, reach: float) -> tuple[str | None, str] | None:
    """Reported speech continued: the last speaker, who reported speech ("said that",
    "according to"), within ``reach`` units, same paragraph or the next; this unit
    backshifted ("would", "had")."""
    p = _prev(row)
    if p and p["reported"] and row["backshift"] and p["units"] <= reach and p["paras"] <= 1:
        return p["speaker"], p["sort"]
    return None


def r_same_para_after_speech(row: dict, reach: float) -> tuple[str | None, str] | None:
    """The previous unit of the same paragraph reports someone's speech: theirs."""
    p = _prev(row)
    if p and p["paras"] == 0 and p["units"] <= reach and p["reported"]:
        return p["speaker"], p["sort"]
    return None


def r_said_that_para(row: dict, reach: float) -> tuple[str | None, str] | None:
    """A "said that" / "told X that" just before, same paragraph, within ``reach`` units."""
    p = _prev(row)
    if p and p["paras"] == 0 and p["units"] <= reach and p["said_that"]:
        return p["speaker"], p["sort"]
    return None


def r_lede_forward(row: dict, reach: float) -> tuple[str | None, str] | None:
    """A lede (paragraph <= ``reach``) with no source: the next source if it opens the next
    paragraph, speaks on its own, and is a body or person."""
    n = _nxt(row)
    if (
        row["para"] <= reach
        and n
        and n["paras"] == 1
        and n["own"]
        and n["sort"] in ("org", "person")
    ):
        return n["speaker"], n["sort"]
    return None


def r_lede_forward_bare(row: dict, reach: float) -> tuple[str | None, str] | None:
    """``r_lede_forward`` where the next source's sentence ends "… said." (no object)."""
    n = _nxt(row)
    if row["para"] <= reach and n and n["paras"] <= 1 and n["bare_said"]:
        return n["speaker"], n["sort"]
    return None


def r_dominant_org(row: dict, share: float) -> tuple[str | None, str] | None:
    """One organisation is the source of at least ``share`` of the article's attributed units
    (and of 3 or more): it issued the page; every unit with no source is its."""
    if row["top_sort"] == "org" and row["top_n"] >= 3 and row["top_n"] >= share * row["spoken"]:
        return row["top"], "org"
    return None


def r_release_top(row: dict, share: float) -> tuple[str | None, str] | None:
    """A page reading as a release (contact line, "About X", an issuer): its top speaker."""
    if row["release"] and row["top"] and row["top_n"] >= share * row["spoken"]:
        return row["top"], row["top_sort"] or "org"
    return None


def r_first_person_top(row: dict, share: float) -> tuple[str | None, str] | None:
    """An unquoted first-person sentence ("we", "our") with no source: the article's top
    organisation when it speaks at least ``share`` of the attributed units."""
    mine = row["first_person"] and not row["quote"] and row["top_sort"] == "org"
    if mine and row["top_n"] >= share * row["spoken"]:
        return row["top"], "org"
    return None


def r_quote_para_prev(row: dict, reach: float) -> tuple[str | None, str] | None:
    """A quotation with no speaker: the last speaker within ``reach`` paragraphs."""
    p = _prev(row)
    if row["quote"] and p and p["paras"] <= reach:
        return p["speaker"], p["sort"]
    return None


def r_next_same_para(row: dict, reach: float) -> tuple[str | None, str] | None:
    """The next unit of the same paragraph (within ``reach``) names a source: its."""
    n = _nxt(row)
    if n and n["paras"] == 0 and n["units"] <= reach and n["own"]:
        return n["speaker"], n["sort"]
    return None


def r_between_same(row: dict, reach: float) -> tuple[str | None, str] | None:
    """The sources just before and just after (each within ``reach`` paragraphs) are the same
    speaker: the unit between them is that speaker's too."""
    p, n = _prev(row), _nxt(row)
    same = p and n and p["speaker"] == n["speaker"] and p["sort"] == n["sort"] != "anonymous"
    if same and p["paras"] <= reach and n["paras"] <= reach:
        return p["speaker"], p["sort"]
    return None


def r_between_same_para(row: dict, reach: float) -> tuple[str | None, str] | None:
    """``r_between_same`` within one paragraph (``reach`` units either side)."""
    p, n = _prev(row), _nxt(row)
    if (p and n and p["speaker"] == n["speaker"] and p["sort"] == n["sort"] != "anonymous") and (
        p["paras"] == 0 and n["paras"] == 0 and max(p["units"], n["units"]) <= reach
    ):
        return p["speaker"], p["sort"]
    return None


def r_first_person_person(row: dict, share: float) -> tuple[str | None, str] | None:
    """An unquoted first-person sentence with no source: the article's top speaker, a person
    speaking at least ``share`` of the attributed units."""
    if (row["first_person"] and not row["quote"] and row["top_sort"] == "person") and (
        row["top_n"] >= share * row["spoken"]
    ):
        return row["top"], "person"
    return None


def r_backshifted_report(row: dict, reach: float) -> tuple[str | None, str] | None:
    """Reported speech continued: the unit just before (within ``reach`` units, the same
    paragraph) reports its speaker's words as a clause ("said that …", "told X the …"), and
    this unit's main verb is backshifted ("had risen", "would be included")."""
    p = _prev(row)
    if (
        p and p["paras"] == 0 and p["units"] <= reach and p["clause"][0] and row["root_backshift"]
    ) and (not row["quote"]):
        return p["speaker"], p["sort"]
    return None


def r_backshifted_that(row: dict, reach: float) -> tuple[str | None, str] | None:
    """``r_backshifted_report`` where the clause opens with "that"."""
    p = _prev(row)
    if (
        p and p["paras"] == 0 and p["units"] <= reach and p["clause"][1] and row["root_backshift"]
    ) and (not row["quote"]):
        return p["speaker"], p["sort"]
    return None


def r_backshifted_next_para(row: dict, reach: float) -> tuple[str | None, str] | None:
    """``r_backshifted_report`` over a paragraph break too (``reach`` units)."""
    p = _prev(row)
    if (
        p and p["paras"] <= 1 and p["units"] <= reach and p["clause"][0] and row["root_backshift"]
    ) and (not row["quote"]):
        return p["speaker"], p["sort"]
    return None


def _named_in(text: str, speaker: str | None) -> bool:
    """Does ``text`` hold a capitalised word of ``speaker``'s name?"""
    names = [w for w in re.findall(r"[\w'-]+", speaker or "") if w[:1].isupper() and len(w) > 2]
    return any(word in text for word in names)


def r_lede_names_next(row: dict, reach: float) -> tuple[str | None, str] | None:
    """A lede (paragraph <= ``reach``) that names the body or person whose own source opens
    the next paragraph: theirs ("Ferrylink fares will rise 8%. // Ferrylink said …")."""
    n = _nxt(row)
    if (
        row["para"] <= reach
        and n
        and n["paras"] <= 1
        and n["own"]
        and n["sort"] in ("org", "person")
    ):
        return (n["speaker"], n["sort"]) if _named_in(row["text"], n["speaker"]) else None
    return None


def r_names_previous_org(row: dict, reach: float) -> tuple[str | None, str] | None:
    """An unquoted unit that names the organisation that spoke just before it (within
    ``reach`` paragraphs): that organisation's account continued."""
    p = _prev(row)
    if p and p["paras"] <= reach and p["own"] and p["sort"] == "org" and not row["quote"]:
        return (p["speaker"], "org") if _named_in(row["text"], p["speaker"]) else None
    return None


RULES: dict[str, tuple[Rule, tuple[float, ...]]] = {
    "a lede naming the next paragraph's source": (r_lede_names_next, (0, 1, 2)),
    "naming the organisation that spoke just before": (r_names_previous_org, (0, 1, 2)),
    "backshifted main verb after a reported clause": (r_backshifted_report, (1, 2, 3)),
    "backshifted main verb after 'said that'": (r_backshifted_that, (1, 2, 3)),
    "backshifted, over a paragraph break too": (r_backshifted_next_para, (1, 2, 3)),
    "between two units of one speaker": (r_between_same, (0, 1, 2)),
    "between two units of one speaker, one paragraph": (r_between_same_para, (1, 2, 3)),
    "first person, the page's top person": (r_first_person_person, (0.3, 0.5, 0.7)),
    "reported speech + backshift": (r_reported_backshift, (1, 2, 3)),
    "same paragraph after reported speech": (r_same_para_after_speech, (1, 2, 3)),
    "'said that' just before, same paragraph": (r_said_that_para, (1, 2, 3)),
    "lede: next paragraph's own source": (r_lede_forward, (0, 1, 2)),
    "lede: a later bare 'X said.'": (r_lede_forward_bare, (0, 1, 2)),
    "one organisation dominates the page": (r_dominant_org, (0.5, 0.6, 0.7, 0.8, 0.9)),
    "a release's top speaker": (r_release_top, (0.3, 0.5, 0.7)),
    "first person, the page's top organisation": (r_first_person_top, (0.3, 0.5, 0.7)),
    "a bare quotation: the last speaker": (r_quote_para_prev, (0, 1, 2)),
    "the next source in the same paragraph": (r_next_same_para, (1, 2)),
}


CYRILLIC = False
"""Score the Russian and Ukrainian rows instead of the English ones (``--cyrillic``)."""


def _net(tally: Counter) -> int:
    return tally["gain"] - tally["loss"]


def _tally(rows: list[dict], rule: Rule, setting: float) -> Counter:
    out: Counter = Counter()
    for row in rows:
        if "i" not in row or row["cyrillic"] != CYRILLIC:
            continue
        given = rule(row, setting)
        if given is None:
            continue
        out[_hit(row, *given)] += 1
        out[f"{_hit(row, *given)}:{row['gold']}"] += 1
    return out


def score(rows: list[dict], verbose: bool = False, aside: str = "") -> None:
    """Each rule, leave-one-split-out: the setting that nets most on the other splits; the
    ``aside`` split is never among them, and is scored alone with the setting chosen on all
    the others (its total only: no row of it is printed)."""
    kept = [row for row in rows if row["split"] != aside]
    if aside:
        print(f"aside {aside}: setting chosen on every other split; gained/lost/wrong there")
        for name, (rule, settings) in RULES.items():
            best = max(settings, key=lambda s: _net(_tally(kept, rule, s)))
            t = _tally([row for row in rows if row["split"] == aside], rule, best)
            print(f"  {name:48} @{best}: +{t['gain']} -{t['loss']} wrong {t['wrong']}")
    rows = kept
    splits = sorted({row["split"] for row in rows})
    by_split = {s: [r for r in rows if r["split"] == s] for s in splits}
    print(f"{'rule':45} {'gained':>7} {'lost':>5} {'wrong':>6}  splits +/-/0   (setting per split)")
    for name, (rule, settings) in RULES.items():
        gained = lost = wrong = 0
        up = down = flat = 0
        chosen = []
        for left in splits:
            others = [r for s in splits if s != left for r in by_split[s]]

            best = max(settings, key=lambda x, o=others, r=rule: _net(_tally(o, r, x)))
            chosen.append(best)
            t = _tally(by_split[left], rule, best)
            gained, lost, wrong = gained + t["gain"], lost + t["loss"], wrong + t["wrong"]
            delta = t["gain"] - t["loss"]
            up, down, flat = up + (delta > 0), down + (delta < 0), flat + (delta == 0)
        print(f"{name:45} {gained:>7} {lost:>5} {wrong:>6}  {up:>2}/{down}/{flat}"
              f"   {Counter(chosen).most_common(2)}")  # fmt: skip
    if verbose:
        for name, (rule, settings) in RULES.items():
            for setting in settings:
                t = _tally(rows, rule, setting)
                print(f"  {name} @ {setting}: {dict(t)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("dump", "score", "show"))
    parser.add_argument("splits", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--aside", default="", help="a split kept out of every choice")
    parser.add_argument("--cyrillic", action="store_true", help="the ru/uk rows, not the en")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the rows are kept")
    args = parser.parse_args(argv)
    cache = args.cache
    global CYRILLIC
    CYRILLIC = args.cyrillic
    cache.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in (args.splits or SPLITS) if s not in (*SEALED, *VALIDATION)]
    if args.what == "dump":
        for split in chosen:
            rows = dump(split)
            (cache / f"{split}.json").write_text(json.dumps(rows, ensure_ascii=False))
            print(split, len(rows), file=sys.stderr)
        return 0
    rows = [r for s in chosen if (cache / f"{s}.json").is_file()
            for r in json.loads((cache / f"{s}.json").read_text())]  # fmt: skip
    score(rows, args.verbose, args.aside)
    return 0


if __name__ == "__main__":
    sys.exit(main())
