"""Where the matcher meets each labelled pair, and how its thresholds hold out of sample.

    python tools/pairs_census.py census --split heldout16 --split heldout17
    python tools/pairs_census.py sweep                   # every unsealed split
    python tools/pairs_census.py sweep --skip heldout15  # leave a kept-aside split out
    python tools/pairs_census.py reach                   # the blocking's recall, per split
    python tools/pairs_census.py candidates              # two candidate sources, counted
    python tools/pairs_census.py forward                 # their pairs decided forward
    python tools/pairs_census.py forward --source rare --target 0.9 --target 0.75
    python tools/pairs_census.py events                  # what each claim says happened
    python tools/pairs_census.py arguments               # ... with its roles, compared
    python tools/pairs_census.py denials                 # what a denial denies, compared
    python tools/pairs_census.py missed                  # the missed `same`, pooled by class
    python tools/pairs_census.py inblock                 # the cosine inside the blocks

``census`` puts each missed `same` and each wrong `same` / `conflicts` pair of the chosen
splits in a class by where the index meets it (``evaluate_pairs``' desk, so the same pairs
are compared as on a desk): never compared (why: no name or figure in common and a cosine
under ``neighbours.FLOOR``, no time bin, bins too far apart, crowded out of the top k, cut
by the candidate cap), compared by meaning alone, or judged by the blocking (with the
label and the reason the judge gave). It prints counts per split and class (no sentence).

``sweep`` re-labels every pair of the chosen splits with one threshold moved at a time
(``neighbours.FLOOR`` read as a `same` cut for the pairs found by meaning alone, which
``label_by_meaning`` keeps at `related` today; ``MEANING_SAME``, ``WORDING_SAME`` (the
wording cut, ``SAME_AT`` until session 21), ``FIGURE_MEANING``, ``FIGURE_LEAST``), prints each
value's `same` right / wrong per split (the curve), then leaves each split out in turn: the
value chosen on the other splits (by recall: the most right `same` whose pooled precision is
no lower than the shipped value's there; by F0.5) is scored on the split left out. Sealed
splits are never read (``evaluate_pairs.SEALED``, ``files_for``). Counts only, no sentence,
unless ``--show`` asks for a class's pairs (never for a kept-aside split).

The session's validation split (``evaluate_pairs.VALIDATION``, sessions 31 to 40:
``heldout27``) is in no subcommand's default: its pairs are neither counted nor swept nor fitted,
and its sentences are not on the desk (as when it was sealed; match28's tables were made with
session 28's, ``heldout24``, off the desk, tuning data since session 29; session 29's,
``heldout25``, is tuning data since session 30, session 30's, ``heldout26``, since session 31).
By name (``--split``), ``census`` and ``reach`` count it (its own line, never in ``reach``'s
pooled row), ``--show`` prints a one-line note instead of its pairs, and ``sweep``,
``candidates`` and ``forward`` refuse it. The session that opens the next pairs split takes it
out of ``VALIDATION``.

``reach`` counts, per split, the labelled `same` and `conflicts` pairs the index compares at
all (the blocking's recall: whatever the judge then says, a pair never compared is never
found), the `same` pairs never compared by why (``classify``'s classes), and how many of those
the matcher's rules (``judge_all``) would call `same` if some candidate source brought them
together: the most a new source judged by today's rules could gain (match28: 4 of 977).

``candidates`` and ``forward`` regenerate match28's other two tables (README, "Twenty-eighth
matching session"), on one desk of the chosen splits. ``candidates`` counts, by label, the
pairs two new sources would bring that the index does not compare today: the meaning
neighbours down to ``--floor`` (0.3), the ``--width`` (45) nearest (``cosine_candidates``), and
claims sharing a content word found on at most 15 or 40 of the desk's claims
(``rare_candidates``); then today's rules' labels on the cosine ones. ``forward`` decides the
``--source``'s pairs with an L2 logistic regression trained only on the pairs of splits written
before each test split (``--test``, ``FORWARD_TESTS`` by default), its operating point the
lowest probability whose inner out-of-fold precision reaches ``--target`` (``TARGETS``), and
prints `same` right / wrong per fold. Both refuse a ``VALIDATION`` split.

``events`` (match29) counts, for the labelled pairs written across scripts (one sentence in
Russian or Ukrainian), by label, how often the two claims tell one kind of event
(``lexicon.events``) the same way, the opposite ways, and with a name or figure in common;
then the rule "across scripts, a name or figure in common, the time together, one kind told
the same way, none the opposite ways, both or neither denying" by split: what it would call
`same` that today's rules do not, labelled and between claims of two topics. It refuses a
``VALIDATION`` split.

``arguments`` (match30) reads each claim's kinds of event with their roles
(``corroborate.arguments``: agent, patient, figures by what they count, places) and counts, by
label, for every pair and for those across scripts, how the two meet: a kind told the same way,
with the agent or patient in common, agreeing, or with an argument in common and a figure,
party or place apart (the conflicts' signature); then, by split (each a forward fold: no rule
has a threshold), what each rule of ``ARGUMENT_RULES`` adds to today's labels, and how often it
fires between two topics' claims sharing a name or figure. It refuses a ``VALIDATION`` split.

``denials`` (deny30) takes the pairs where one claim denies (``ClaimFacts.denies``) and the
other not, and counts, by label, how often the denial's target (``arguments.Told.denied``: the
event a denial reaches, "denied seizing the port", «опровергло захват порта») is what the other
claim tells as so (``arguments.denied_meets``: the kind, with a party or place in common, the
time together); then, by split (each a forward fold: no rule has a threshold), what each rule of
``DENIAL_RULES`` would add to today's `conflicts`, and how often it fires between two topics'
claims. It refuses a ``VALIDATION`` split.

``missed`` (pairs40) pools the missed `same` pairs of the chosen splits by ``classify``'s class,
those a one-script pair is judged `related` in with the test that kept it from `same`
(``refusal``), with a column for the freshest tuning splits (``RECENT``). ``inblock`` (pairs40)
counts, by label, what a second-stage `same` inside the blocks would call: among the pairs the
index compares, shares a name in and does not call `same`, those nothing today's rules read sets
apart (``open_pair``) with a cosine of 0.5 to 0.8 or more in one script, or one to three names
in common across scripts; and how often each fires between two topics' claims among the
lookups' candidates. Both refuse a ``VALIDATION`` split.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tui"))

import evaluate_pairs as ep
import fit_pairs
from factdesk.corroborate import arguments, match, neighbours, outcomes, semantic
from factdesk.corroborate.match import blocked, judge_all, label_by_meaning
from factdesk.extract.timespan import overlaps, within_days
from factdesk.lexicon import events
from factdesk.lexicon.english import FIGURE_ROLES


def classify(desk: ep.Desk, pair: ep.Pair) -> tuple[str, str]:
    """(class, predicted label) of one pair: where the index meets it and what it says."""
    a = desk.indexer.facts(pair.a, pair.date_a)
    b = desk.indexer.facts(pair.b, pair.date_b)
    script = ep._script(pair)
    if blocked(a, b):
        if not (b.claim_id in desk.candidates(a) or a.claim_id in desk.candidates(b)):
            return f"blocked, cut by the candidate cap [{script}]", "unrelated"
        meaning = semantic.cosines(a.vector, [b.vector])[0]
        found = next(iter(judge_all(a, [b], [meaning], {})), None)
        if found is None:
            why = _across_why(a, b) if a.cyrillic != b.cyrillic else _latin_why(a, b, meaning)
            return f"blocked, judged nothing: {why} [{script}]", "unrelated"
        reason = found.reason.split(":")[0].split(" (")[0]
        reason = reason.split(" about ")[0] if reason.startswith("same") else reason
        reason = "both mention ..." if reason.startswith("both mention") else reason
        return f"blocked, {found.label}: {reason} [{script}]", found.label
    if b.claim_id in desk.nearest(a) or a.claim_id in desk.nearest(b):
        meaning = semantic.cosines(a.vector, [b.vector])[0] or 0.0
        found = label_by_meaning(a, b, meaning)
        return f"by meaning, {found.label if found else 'nothing'} [{script}]", (
            found.label if found else "unrelated"
        )
    place_a, place_b = neighbours.time_bin(a.when), neighbours.time_bin(b.when)
    cosine = semantic.cosines(a.vector, [b.vector])[0]
    if cosine is None:
        why = "no vector"
    elif place_a is None or place_b is None:
        why = "no time bin (long or no span)"
    elif place_b not in neighbours.probed_bins(place_a):
        why = "time bins too far apart"
    elif cosine < neighbours.FLOOR:
        why = f"cosine under the floor ({_band(cosine)})"
    else:
        why = "crowded out of the top k"
    return f"never compared: {why} [{script}]", "unrelated"


def _latin_why(a: match.ClaimFacts, b: match.ClaimFacts, meaning: float | None) -> str:
    """Why two claims in one script that the blocking compared got no label."""
    words = len(a.words & b.words)
    names = "a name" if not a.named.isdisjoint(b.named) else "a figure only"
    cosine = "no vector" if meaning is None else f"cosine {_band(meaning)}"
    return f"{names}, {min(words, 4)}{'+' if words >= 4 else ''} words, {cosine}"


def _across_why(a: match.ClaimFacts, b: match.ClaimFacts) -> str:
    """Why ``match._across`` gave two claims in two scripts no label (the first test failed)."""
    shared = [x for x in a.anchors if x in b.anchor_set] + match._loosely_shared(a, b)
    if not shared:
        return "no anchor shared (a magnitude only)"
    if a.when and b.when and not match.within_days(a.when, b.when):
        return "days apart"
    named = match._names_any(shared)
    if not named and len(shared) < 2:
        return "one figure, no name (the figure rule said no)"
    terms = match.figure_terms(a, b)
    if not match._one_account(a, b, shared):
        return f"{'a name' if named else 'figures'}, not one account (figures {terms})"
    if a.denies != b.denies:
        return "a denial on one side"
    return "set apart (aside, people, countries, years or a clash)"


def _band(cosine: float) -> str:
    """A tenth-wide band of a cosine ("0.4-0.5")."""
    low = max(0, min(9, int(cosine * 10)))
    return f"{low / 10:.1f}-{(low + 1) / 10:.1f}"


def census(desk: ep.Desk, pairs: list[ep.Pair], splits: tuple[str, ...], show: str = "") -> None:
    """Counts of the missed `same` and wrong `same` / `conflicts` per split and class; with
    ``show``, the pairs of every class whose name holds it (tuning splits only: a
    ``VALIDATION`` split's pairs are never printed, a one-line note says so)."""
    for split in splits:
        rows: dict[str, Counter[str]] = defaultdict(Counter)
        listed = show and split not in ep.VALIDATION
        if show and not listed:
            print(ep.VALIDATION_NOTE.format(split=split))
        for pair in (p for p in pairs if p.split == split):
            where, got = classify(desk, pair)
            if listed and show in where and (pair.label == "same") != (got == "same"):
                print(f"[{split} {pair.topic}] {pair.label} -> {got}: {where}\n"
                      f"    A: {pair.a}\n    B: {pair.b}")  # fmt: skip
            if pair.label == "same" != got:
                rows["missed same"][where] += 1
            elif got == "same" != pair.label:
                rows[f"wrong same ({pair.label})"][where] += 1
            elif got == "conflicts" != pair.label:
                rows[f"wrong conflicts ({pair.label})"][where] += 1
        for what in sorted(rows):
            print(f"\n{split}: {what}: {sum(rows[what].values())}")
            for where, n in rows[what].most_common():
                print(f"  {n:4d}  {where}")


REACH_WHY = (
    "cosine under the floor",
    "no time bin (long or no span)",
    "time bins too far apart",
    "crowded out of the top k",
    "cut by the candidate cap",
)
"""The reasons a labelled pair goes uncompared (``classify``), the columns of ``reach``."""


def reach_counts(desk: ep.Desk, pairs: list[ep.Pair]) -> dict[str, Counter[str]]:
    """split -> counts: "same", "conflicts" (labelled), "same compared", "conflicts compared",
    one of ``REACH_WHY`` per `same` pair never compared, and "judged same" (those of them the
    rules call `same` when judged as a blocked candidate is)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        if pair.label not in ("same", "conflicts"):
            continue
        row = counts[pair.split]
        row[pair.label] += 1
        a = desk.indexer.facts(pair.a, pair.date_a)
        b = desk.indexer.facts(pair.b, pair.date_b)
        if desk.compared(a, b):
            row[f"{pair.label} compared"] += 1
            continue
        if pair.label != "same":
            continue
        where = classify(desk, pair)[0]
        row[next((why for why in REACH_WHY if why in where), "other")] += 1
        meaning = semantic.cosines(a.vector, [b.vector])[0]
        found = next(iter(judge_all(a, [b], [meaning], {})), None)
        row["judged same"] += found is not None and found.label == "same"
    return counts


def reach(desk: ep.Desk, pairs: list[ep.Pair], splits: tuple[str, ...]) -> None:
    """``reach_counts`` as a table, one line per split and the splits pooled (a ``VALIDATION``
    split named with ``--split`` has its own line, never a share of the pooled one)."""
    counts = reach_counts(desk, pairs)
    counts["pooled"] = sum((counts[s] for s in splits if s not in ep.VALIDATION), Counter())
    heads = ("same", "compared", "floor", "no bin", "apart", "top k", "cap", "judged same",
             "conflicts", "compared")  # fmt: skip
    print("split      " + " ".join(f"{h:>11}" for h in heads))
    for split in (*splits, "pooled"):
        row = counts[split]
        cells = (row["same"], row["same compared"], *(row[why] for why in REACH_WHY),
                 row["judged same"], row["conflicts"], row["conflicts compared"])  # fmt: skip
        share = (
            f"  ({row['same compared'] / max(1, row['same']):.2f}, "
            f"{row['conflicts compared'] / max(1, row['conflicts']):.2f})"
        )
        print(f"{split:<10} " + " ".join(f"{n:>11}" for n in cells) + share)


RECENT = ("heldout23", "heldout24", "heldout25", "heldout26")
"""The freshest tuning splits, given their own column by ``missed`` (pairs40)."""


def refusal(a: match.ClaimFacts, b: match.ClaimFacts, meaning: float | None) -> str:
    """Which of ``match._label``'s tests kept two claims in one script, judged `related`,
    from `same`: another place or party (``_elsewhere``), figures apart, two events
    (``_two_events``: other people, an aside, other countries, figures of other things, other
    years), else the meaning score short of its cut by so many tenths (``_meaning_score``
    against ``MEANING_SAME`` with the figures' terms)."""
    shared = [x for x in a.anchors if x in b.anchor_set]
    terms = match.figure_terms(a, b)
    if match._elsewhere(a, b, shared):
        return "another place or party"
    if terms == "apart":
        return "figures apart"
    people = bool(a.persons and b.persons) and match._other_people(a, b)
    if match._two_events(a, b, shared, people):
        return "two events"
    if meaning is None:
        return "no vector"
    same_at = match.MEANING_SAME + match.FIGURE_TERMS[terms]
    if terms == "none" and a.values and b.values:
        same_at += match.FIGURE_KINDS_APART
    sim = match._similarity(a, b, 0.0, len(a.words & b.words))
    short = same_at - match._meaning_score(a, b, sim, meaning, len(shared))
    return f"meaning score {min(5, max(0, int(short * 10))) / 10:.1f}+ short (figures {terms})"


def missed_counts(desk: ep.Desk, pairs: list[ep.Pair]) -> tuple[Counter[str], Counter[str], int]:
    """(all, ``RECENT``) counts of the missed `same` pairs by ``classify``'s class, a `related`
    one in one script with its ``refusal``; and how many `same` pairs were found."""
    pooled: Counter[str] = Counter()
    recent: Counter[str] = Counter()
    found = 0
    for pair in (p for p in pairs if p.label == "same"):
        where, got = classify(desk, pair)
        if got == "same":
            found += 1
            continue
        a = desk.indexer.facts(pair.a, pair.date_a)
        b = desk.indexer.facts(pair.b, pair.date_b)
        if where.startswith("blocked, related") and a.cyrillic == b.cyrillic:
            where += " / " + refusal(a, b, semantic.cosines(a.vector, [b.vector])[0])
        pooled[where] += 1
        recent[where] += pair.split in RECENT
    return pooled, recent, found


def missed(desk: ep.Desk, pairs: list[ep.Pair]) -> None:
    """``missed_counts`` as a table, most common class first (counts only, no sentence)."""
    pooled, recent, found = missed_counts(desk, pairs)
    print(f"same found {found}, missed {sum(pooled.values())}; columns: all, {'+'.join(RECENT)}")
    for where, n in pooled.most_common():
        print(f"{n:5d} {recent[where]:4d}  {where}")


INBLOCK_FLOORS = (0.5, 0.6, 0.7, 0.8)
"""The cosines ``inblock`` tries as a second-stage `same` inside the blocks."""


def open_pair(a: match.ClaimFacts, b: match.ClaimFacts, found: match.Match | None) -> bool:
    """Whether nothing today's rules read sets a pair the index compares by a name (a name
    group, or across scripts a skeleton) apart from `same`: not judged a conflict, the time
    together, both or neither denying, no aside, no clash of outcomes, not another place or
    party, not two events (``_two_events``)."""
    shared = [x for x in a.anchors if x in b.anchor_set]
    together = a.when is None or b.when is None or overlaps(a.when, b.when)
    clash = bool(a.outcomes) and bool(b.outcomes) and outcomes.clash(a.outcomes, b.outcomes)
    people = bool(a.persons and b.persons) and match._other_people(a, b)
    return (
        (found is None or found.label != "conflicts")
        and together
        and a.denies == b.denies
        and not (a.aside or b.aside or clash)
        and not match._elsewhere(a, b, shared)
        and not match._two_events(a, b, shared, people)
    )


def inblock(desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair]) -> None:
    """The cosine as a second-stage `same` inside the blocks (pairs40): of the pairs the index
    compares, shares a name in, calls no `same` and finds ``open_pair``, how many of each label
    a cosine of ``INBLOCK_FLOORS`` or more (in one script, by the figures' terms) or a number
    of names in common (across scripts) would call `same`, and how often it fires between two
    topics' claims among the lookups' candidates."""
    rows: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        a = desk.indexer.facts(pair.a, pair.date_a)
        b = desk.indexer.facts(pair.b, pair.date_b)
        if desk.compared(a, b) and ep.predict(desk, pair) != "same":
            for rule in _inblock_rules(a, b):
                rows[(rule, pair.label)] += 1
    topic_of = {
        desk.indexer.facts(text, t.date).claim_id: t.name
        for t in topics
        for text in (*t.same, *t.other, *t.related, *t.near)
    }
    facts = {f.claim_id: f for f in desk.indexer.cache.values()}
    for cid, name in topic_of.items():
        for other in desk.candidates(facts[cid]):
            if topic_of.get(other, name) != name and cid < other:
                for rule in _inblock_rules(facts[cid], facts[other]):
                    rows[(rule, "two topics")] += 1
    labels = (*ep.LABELS, "two topics")
    print(f"{'rule':<40}" + "".join(f"{lab:>12}" for lab in labels))
    for rule in dict.fromkeys(r for r, _ in sorted(rows)):
        print(f"{rule:<40}" + "".join(f"{rows[(rule, lab)]:>12}" for lab in labels))


def _inblock_rules(a: match.ClaimFacts, b: match.ClaimFacts) -> list[str]:
    """The ``inblock`` rules a compared pair meets (none unless ``open_pair`` and a name)."""
    meaning = semantic.cosines(a.vector, [b.vector])[0]
    found = next(iter(judge_all(a, [b], [meaning], {})), None) if blocked(a, b) else None
    if (found is not None and found.label == "same") or not open_pair(a, b, found):
        return []
    shared = [x for x in a.anchors if x in b.anchor_set]
    if a.cyrillic != b.cyrillic:
        names = len([x for x in shared + match._loosely_shared(a, b) if not match._DIGIT.search(x)])
        terms = match.figure_terms(a, b)
        return [f"across, {n}+ names, figures {terms}" for n in (1, 2, 3) if names >= n]
    if not match._names_any(shared) or meaning is None:
        return []
    terms = match.figure_terms(a, b)
    return [f"one script, cosine {t}+, figures {terms}" for t in INBLOCK_FLOORS if meaning >= t]


@contextmanager
def setting(module: object, name: str, value: object) -> Iterator[None]:
    """One module constant set to ``value`` for the block."""
    kept = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, kept)


def _by_meaning_same(floor: float) -> Callable[..., match.Match | None]:
    """``label_by_meaning`` that calls a pair `same` from the cosine ``floor`` up."""
    plain = label_by_meaning

    def labelled(a: match.ClaimFacts, b: match.ClaimFacts, meaning: float) -> match.Match | None:
        found = plain(a, b, meaning)
        if found is not None and meaning >= floor:
            return found._replace(label="same")
        return found

    return labelled


def predictions(desk: ep.Desk, pairs: list[ep.Pair]) -> list[str]:
    """The label ``evaluate_pairs.predict`` gives each pair."""
    return [ep.predict(desk, pair) for pair in pairs]


def tally(pairs: list[ep.Pair], got: list[str]) -> dict[str, tuple[int, int]]:
    """split -> (right `same`, wrong `same`)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pair, label in zip(pairs, got, strict=True):
        if label == "same":
            counts[pair.split][0 if pair.label == "same" else 1] += 1
    return {split: (right, wrong) for split, (right, wrong) in counts.items()}


SWEEPS: dict[str, tuple[object, str, tuple[float, ...], float]] = {
    "MEANING_SAME": (match, "MEANING_SAME", tuple(round(1 + 0.02 * i, 2) for i in range(26)), 1.22),
    "WORDING_SAME": (match, "WORDING_SAME", tuple(50.0 + 2 * i for i in range(26)), 88.0),
    "FIGURE_MEANING": (match, "FIGURE_MEANING", tuple(round(0.1 * i, 1) for i in range(9)), 0.3),
    "FIGURE_LEAST": (match, "FIGURE_LEAST", (1e9, 1000.0, 300.0, 100.0, 30.0, 10.0), 100.0),
}
BY_MEANING = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6)
"""Cosines from which a pair found by meaning alone would be called `same` (never, today)."""


def sweep(
    indexer: ep.Indexer, topics: list[ep.Topic], pairs: list[ep.Pair], only: list[str]
) -> None:
    """Each threshold's curve per split, then leave-one-split-out choices (module doc);
    ``only``: the thresholds named (``SWEEPS``, "BY_MEANING"), all when empty."""
    splits = sorted({p.split for p in pairs}, key=ep.SPLITS.index)
    truth = Counter(p.split for p in pairs if p.label == "same")
    curves: dict[str, dict[float, dict[str, tuple[int, int]]]] = {}
    for name, (module, attr, values, shipped) in SWEEPS.items():
        if only and name not in only:
            continue
        curves[name] = {}
        for value in values:
            with setting(module, attr, value):
                if name == "FIGURE_LEAST":  # the figure keys are made with the facts
                    indexer.cache.clear()
                desk = ep.Desk(indexer, topics)
                curves[name][value] = tally(pairs, predictions(desk, pairs))
        if name == "FIGURE_LEAST":
            indexer.cache.clear()
        report(name, curves[name], shipped, splits, truth)
    if only and "BY_MEANING" not in only:
        return
    desk = ep.Desk(indexer, topics)
    curve = {}
    for floor in (2.0, *BY_MEANING):
        with setting(ep, "label_by_meaning", _by_meaning_same(floor)):
            curve[floor] = tally(pairs, predictions(desk, pairs))
    report("cosine for `same` by meaning alone (2.0: never)", curve, 2.0, splits, truth)


def report(
    name: str,
    curve: dict[float, dict[str, tuple[int, int]]],
    shipped: float,
    splits: list[str],
    truth: Counter[str],
) -> None:
    """The curve (pooled and per split) and the leave-one-split-out scores."""
    print(f"\n== {name} (shipped {shipped:g}); right/wrong `same` pooled, then per split")
    for value, per in curve.items():
        right = sum(r for r, _ in per.values())
        wrong = sum(w for _, w in per.values())
        cells = " ".join(f"{per.get(s, (0, 0))[0]}/{per.get(s, (0, 0))[1]}" for s in splits)
        print(f"  {value:8g}: {right}/{wrong} P {right / max(1, right + wrong):.3f}  {cells}")
    for rule in ("recall", "F0.5"):
        _leave_one_out(curve, shipped, splits, truth, rule)


def _leave_one_out(
    curve: dict[float, dict[str, tuple[int, int]]],
    shipped: float,
    splits: list[str],
    truth: Counter[str],
    rule: str,
) -> None:
    """Each split left out in turn, the value chosen on the others by ``rule`` ("recall": the
    most right `same` at a pooled precision no lower than the shipped value's; "F0.5": the
    best F-measure weighing precision twice), scored on the split left out."""
    print(f"  leave one split out, chosen by {rule}: split, value, right/wrong left out "
          "(shipped's)")  # fmt: skip
    chosen_total = [0, 0]
    shipped_total = [0, 0]
    for out in splits:

        def pooled(value: float, out: str = out) -> tuple[int, int]:
            per = curve[value]
            return (
                sum(per.get(s, (0, 0))[0] for s in splits if s != out),
                sum(per.get(s, (0, 0))[1] for s in splits if s != out),
            )

        right0, wrong0 = pooled(shipped)
        floor = right0 / max(1, right0 + wrong0)
        labelled = sum(n for s, n in truth.items() if s != out)
        if rule == "recall":
            fair = [v for v in curve if (p := pooled(v))[0] / max(1, p[0] + p[1]) >= floor]
            best = max(fair, key=lambda v: (pooled(v)[0], -pooled(v)[1], -abs(v - shipped)))
        else:
            best = max(curve, key=lambda v: (_f_half(*pooled(v), labelled), -abs(v - shipped)))
        got, kept = curve[best].get(out, (0, 0)), curve[shipped].get(out, (0, 0))
        chosen_total = [chosen_total[0] + got[0], chosen_total[1] + got[1]]
        shipped_total = [shipped_total[0] + kept[0], shipped_total[1] + kept[1]]
        print(f"    {out:<10} {best:8g}  {got[0]}/{got[1]} ({kept[0]}/{kept[1]}) "
              f"of {truth[out]}")  # fmt: skip
    print(f"  left-out totals: chosen {chosen_total[0]}/{chosen_total[1]}, "
          f"shipped {shipped_total[0]}/{shipped_total[1]}")  # fmt: skip


def _f_half(right: int, wrong: int, labelled: int) -> float:
    """F0.5 of `same`: precision weighs twice as much as recall."""
    if not right:
        return 0.0
    precision, recall = right / (right + wrong), right / max(1, labelled)
    return 1.25 * precision * recall / (0.25 * precision + recall)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair of the desk's claims a new candidate source brings together that the index does
    not compare today: its label (a labelled pair's, "cross" for two topics' claims, or
    "topic-unlabelled"), the splits and first topic of its claims, today's rules' label when it
    is judged as a blocked candidate is (``forced``), and the features ``forward`` decides on."""

    label: str
    claims: tuple[int, int]
    splits: tuple[str, str]
    topic: str
    cyrillic: tuple[bool, bool]
    forced: str
    features: tuple[float, ...]


def _claims(desk: ep.Desk, topics: list[ep.Topic]) -> dict[int, tuple[str, str]]:
    """claim id -> (split, topic) of every sentence on the desk."""
    return {
        desk.indexer.facts(text, t.date).claim_id: (t.split, t.name)
        for t in topics
        for text in (*t.same, *t.other, *t.related, *t.near)
    }


def cosine_candidates(
    desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair], floor: float, width: int
) -> tuple[list[Candidate], Counter[int]]:
    """The meaning neighbours in the probed time bins down to cosine ``floor``, the ``width``
    nearest (``neighbours.FLOOR`` and ``WIDTH`` lowered and widened), that are not blocked and
    not already found by meaning either way round; with the count per claim looking."""
    indexer = desk.indexer
    home = _claims(desk, topics)
    facts = {f.claim_id: f for f in indexer.cache.values() if f.claim_id in home}
    labelled = {
        frozenset((indexer.facts(p.a, p.date_a).claim_id, indexer.facts(p.b, p.date_b).claim_id)):
        p.label for p in pairs
    }  # fmt: skip
    df = Counter(word for f in facts.values() for word in f.words)
    for f in facts.values():
        desk.nearest(f)  # today's neighbours, before the floor is lowered
    found: list[Candidate] = []
    seen: set[frozenset[int]] = set()
    per_claim: Counter[int] = Counter()
    with setting(neighbours, "FLOOR", floor), setting(neighbours, "WIDTH", width):
        for a in facts.values():
            near_now = desk.nearest(a)
            for cid, cos in desk.index.neighbours.nearest(a.vector, a.article_id, a.when):
                b = facts[cid]
                if blocked(a, b) or cid in near_now or a.claim_id in desk.nearest(b):
                    continue
                per_claim[a.claim_id] += 1
                key = frozenset((a.claim_id, cid))
                if key in seen:
                    continue
                seen.add(key)
                label = labelled.get(key) or (
                    "cross" if home[a.claim_id] != home[cid] else "topic-unlabelled"
                )
                judged = next(iter(judge_all(a, [b], [cos], {})), None)
                rare = sum(1 for w in a.words & b.words if df[w] <= RARE)
                shared = len(a.words & b.words)
                extra = (cos, min(rare, 4) / 4, min(shared, 6) / 6,
                         float(home[a.claim_id][0] == home[cid][0]))  # fmt: skip
                found.append(Candidate(
                    label, (a.claim_id, cid), (home[a.claim_id][0], home[cid][0]),
                    home[a.claim_id][1],
                    (a.cyrillic, b.cyrillic), judged.label if judged else "unrelated",
                    (*fit_pairs.features(a, b, cos, False), *extra),
                ))  # fmt: skip
    return found, per_claim


RARE = 15
"""A word on at most this many of the desk's claims is rare (``forward``'s count of rare words
in common, the rare-word source's default)."""


def rare_candidates(
    desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair], most: int
) -> tuple[list[Candidate], Counter[int]]:
    """Pairs of claims sharing a content word (stemmed, not starting with a digit) found on at
    most ``most`` of the desk's claims, both in probed time bins of each other, that the index
    does not compare today (a labelled pair compared is left out, so is an unlabelled pair of
    one topic's claims); with the count per claim in them."""
    indexer = desk.indexer
    home = _claims(desk, topics)
    facts = {f.claim_id: f for f in indexer.cache.values() if f.claim_id in home}
    compared: dict[frozenset[int], tuple[str, bool]] = {}
    for p in pairs:
        a, b = indexer.facts(p.a, p.date_a), indexer.facts(p.b, p.date_b)
        compared[frozenset((a.claim_id, b.claim_id))] = (p.label, desk.compared(a, b))
    df = Counter(word for f in facts.values() for word in f.words)
    postings: dict[str, list[int]] = defaultdict(list)
    for cid, f in facts.items():
        for word in f.words:
            if df[word] <= most and not word[:1].isdigit():
                postings[word].append(cid)
    shares: Counter[frozenset[int]] = Counter()
    for ids in postings.values():
        for x, y in combinations(ids, 2):
            shares[frozenset((x, y))] += 1
    found: list[Candidate] = []
    per_claim: Counter[int] = Counter()
    for key, n in shares.items():
        a, b = (facts[cid] for cid in sorted(key))
        bin_a, bin_b = neighbours.time_bin(a.when), neighbours.time_bin(b.when)
        if bin_a is None or bin_b is None or bin_b not in neighbours.probed_bins(bin_a):
            continue
        label, seen = compared.get(key, ("", False))
        if seen or (not label and home[a.claim_id] == home[b.claim_id]):
            continue
        cos = float(semantic.cosines(a.vector, [b.vector])[0] or 0.0)
        shared = len(a.words & b.words)
        per_claim[a.claim_id] += 1
        per_claim[b.claim_id] += 1
        found.append(Candidate(
            label or "cross", (a.claim_id, b.claim_id),
            (home[a.claim_id][0], home[b.claim_id][0]), home[a.claim_id][1],
            (a.cyrillic, b.cyrillic), "", (cos, min(n, 4) / 4, min(shared, 6) / 6,
            shared / max(1, min(len(a.words), len(b.words))), float(a.cyrillic != b.cyrillic),
            cos * (n >= 2)),
        ))  # fmt: skip
    return found, per_claim


def candidates(
    desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair], floor: float, width: int
) -> None:
    """The table of match28's two candidate sources (README, "Twenty-eighth matching
    session"): new pairs, by label, and per claim; today's rules' labels on the cosine ones."""
    n = len(_claims(desk, topics))
    print(f"{n} claims on the desk")
    print("source                     new     same  conflicts  related    cross (both Cyr)  "
          "per claim (mean, max)")  # fmt: skip
    runs = [(f"cosine {floor:g}, {width} nearest", *cosine_candidates(desk, topics, pairs,
             floor, width))]  # fmt: skip
    runs += [(f"rare word, at most {most}", *rare_candidates(desk, topics, pairs, most))
             for most in (RARE, 40)]  # fmt: skip
    for name, found, per_claim in runs:
        labels = Counter(c.label for c in found)
        both = sum(1 for c in found if c.label == "cross" and all(c.cyrillic))
        mean, most = sum(per_claim.values()) / max(1, n), max(per_claim.values(), default=0)
        print(
            f"{name:<25} {len(found):>5} {labels['same']:>8} {labels['conflicts']:>10} "
            f"{labels['related']:>8} {labels['cross']:>8} ({both:>5})  {mean:.1f}, {most}"
        )
    judged = Counter((c.label, c.forced) for c in runs[0][1] if c.forced != "unrelated")
    said = ", ".join(f"{label} -> {got} {k}" for (label, got), k in sorted(judged.items()))
    print(f"today's rules on the cosine candidates (label -> judged): {said or 'nothing'}")


FORWARD_TESTS = ("heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23")
"""``forward``'s test splits unless ``--test`` names others (match28's six folds)."""
TARGETS = (0.95, 0.9, 0.75)
"""The precisions ``forward`` asks of its operating point on the training pairs."""


def _logistic(x: np.ndarray, y: np.ndarray, c: float = 1.0) -> np.ndarray:
    """L2 logistic regression by Newton steps (scikit-learn is not in the shared venv): the
    weights, the intercept last and not penalised."""
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    reg = np.eye(x.shape[1]) / c
    reg[-1, -1] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def _probability(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.hstack([x, np.ones((len(x), 1))]) @ w))


def forward(found: list[Candidate], tests: tuple[str, ...], target: float) -> tuple[int, int]:
    """Each test split in turn: a decision trained on the candidates whose later claim comes
    from a split written before it (two topics' pairs as negatives), its operating point the
    lowest probability whose inner five-fold (by topic) out-of-fold precision on those pairs
    reaches ``target`` with at least 5 called, scored on the test split's own candidates.
    Prints right / wrong `same` per fold; returns the totals."""
    order = {split: i for i, split in enumerate(ep.SPLITS)}
    x = np.array([c.features for c in found], dtype=float).reshape(len(found), -1)
    y = np.array([c.label == "same" for c in found], dtype=float)
    late = np.array([max(order[a], order[b]) for a, b in (c.splits for c in found)])
    groups = np.array([c.topic for c in found])
    totals = [0, 0]
    for test in tests:
        train = late < order[test]
        scored = np.array([test in c.splits for c in found], dtype=bool) & (late == order[test])
        xt, yt, gt = x[train], y[train], groups[train]
        names = sorted(set(gt))
        fold = np.array([{t: i % 5 for i, t in enumerate(names)}[t] for t in gt])
        inner = np.zeros(len(yt))
        for k in range(5):
            inner[fold == k] = _probability(_logistic(xt[fold != k], yt[fold != k]), xt[fold == k])
        cut = 1.01
        for t in np.arange(0.99, 0.05, -0.01):
            called = inner >= t
            if called.sum() >= 5 and yt[called].mean() >= target:
                cut = t
        p = _probability(_logistic(xt, yt), x[scored])
        labels = [found[i].label for i in np.flatnonzero(scored)]
        right = sum(1 for label, q in zip(labels, p, strict=True) if q >= cut and label == "same")
        wrong = sum(1 for label, q in zip(labels, p, strict=True) if q >= cut and label != "same")
        top = np.mean([labels[i] == "same" for i in np.argsort(-p)[:10]]) if labels else 0.0
        print(f"  {test:<10} cut {cut:.2f}: {scored.sum()} candidates "
              f"({labels.count('same')} same), `same` right / wrong {right} / {wrong}; "
              f"the ten likeliest {top * 10:.0f} same")  # fmt: skip
        totals = [totals[0] + right, totals[1] + wrong]
    print(f"  target {target:g}: folds' new `same` right / wrong {totals[0]} / {totals[1]}")
    return totals[0], totals[1]


def one_event(
    a: match.ClaimFacts, b: match.ClaimFacts, ra: events.Reading, rb: events.Reading
) -> str:
    """How far two claims across scripts meet on what happened: "" (no kind in common told
    the same way), "opposite" (a kind told the opposite ways), "event" (a kind told the same
    way, no name or figure in common), "event+anchor", or "rule" (that, the time together and
    both or neither denying: ``events``' rule)."""
    same, opposite = events.shared(ra, rb)
    if opposite:
        return "opposite"
    if not same:
        return ""
    if not _anchored(a, b):
        return "event"
    return "rule" if _together(a, b) else "event+anchor"


def _anchored(a: match.ClaimFacts, b: match.ClaimFacts) -> bool:
    """A name group or figure in common: what ``_across`` needs before it judges at all."""
    return bool(a.anchor_set & b.anchor_set)


def _together(a: match.ClaimFacts, b: match.ClaimFacts) -> bool:
    """A name or figure in common, the time together, both or neither denying."""
    apart = a.when is not None and b.when is not None and not within_days(a.when, b.when)
    return _anchored(a, b) and not apart and a.denies == b.denies


EVENT_COLUMNS = ("pairs", "both read", "same way", "opposite", "+anchor", "rule", "exact",
                 "opp+anch", "anchor")  # fmt: skip
"""``events``' first table: the pairs across scripts; both claims telling some kind; a kind
told the same way (none the opposite ways); a kind told the opposite ways; the same way and a
name or figure in common; that and the rule's time and denial; the rule with the two readings
identical; the opposite ways with a name or figure in common and the time together; a name or
figure in common whatever is told."""


def event_census(
    desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair], splits: tuple[str, ...]
) -> None:
    """``events``' two tables (counts only): by label, the pairs across scripts; by split,
    what the rule adds to today's labels, and how often it fires between two topics' claims
    sharing a name or figure across scripts (no label: a wrong `same` on a real desk)."""
    indexer = desk.indexer
    read: dict[int, events.Reading] = {}

    def facts(text: str, date: str) -> tuple[match.ClaimFacts, events.Reading]:
        f = indexer.facts(text, date)
        if f.claim_id not in read:
            read[f.claim_id] = events.read(text)
        return f, read[f.claim_id]

    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_split: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        if ep._script(pair) != "one Cyrillic":
            continue
        (a, ra), (b, rb) = facts(pair.a, pair.date_a), facts(pair.b, pair.date_b)
        row = by_label[pair.label]
        row["pairs"] += 1
        row["both read"] += bool(ra) and bool(rb)
        met = one_event(a, b, ra, rb)
        row["same way"] += met in ("event", "event+anchor", "rule")
        row["opposite"] += met == "opposite"
        row["+anchor"] += met in ("event+anchor", "rule")
        row["rule"] += met == "rule"
        exact = met == "rule" and ra == rb and None not in ra.values()
        row["exact"] += exact
        row["opp+anch"] += met == "opposite" and _together(a, b)
        row["anchor"] += _anchored(a, b)
        if met == "rule" or (met == "opposite" and _together(a, b)):
            got = ep.predict(desk, pair)
            split = by_split[pair.split]
            if met == "opposite":
                row[f"opp today {got}"] += 1
                continue
            row[f"rule today {got}"] += 1
            if got in ("same", "conflicts"):  # the rule comes after the conflicts tests
                split[f"{pair.label} {'already' if got == 'same' else 'kept apart'}"] += 1
                continue
            split[f"{pair.label} new"] += 1
            split[f"exact {pair.label} new"] += exact
            split[f"figures {pair.label} new"] += match.figure_terms(a, b) != "apart"
    print("across scripts, by label (lexicon.events; counts only)")
    print("label      " + " ".join(f"{h:>10}" for h in EVENT_COLUMNS))
    for label in ep.LABELS:
        print(f"{label:<10} " + " ".join(f"{by_label[label][h]:>10}" for h in EVENT_COLUMNS))
    for label in ep.LABELS:
        today = sorted((k, n) for k, n in by_label[label].items() if " today " in k)
        print(f"  {label}, today's label: " + ", ".join(f"{k} {n}" for k, n in today))
    home = _claims(desk, topics)
    claims: dict[int, tuple[match.ClaimFacts, ep.Topic]] = {}
    for t in topics:
        for text in (*t.same, *t.other, *t.related, *t.near):
            f, _ = facts(text, t.date)
            claims[f.claim_id] = (f, t)
    posted: dict[str, list[int]] = defaultdict(list)
    for cid, (f, _) in claims.items():
        for anchor in f.anchor_set:
            posted[anchor].append(cid)
    crossing: Counter[str] = Counter()
    seen: set[frozenset[int]] = set()
    for ids in posted.values():
        for x, y in combinations(ids, 2):
            (fx, tx), (fy, ty) = claims[x], claims[y]
            key = frozenset((x, y))
            if fx.cyrillic == fy.cyrillic or tx is ty or key in seen:
                continue
            seen.add(key)
            if one_event(fx, fy, read[x], read[y]) == "rule":
                crossing[home[x][0] if home[x][0] == home[y][0] else "two splits"] += 1
    print(
        "\nthe rule, by split, after today's conflicts tests: labelled pairs it calls same "
        "(today same already / new: today related or nothing), and pairs of two topics' claims "
        "across scripts it calls same"
    )
    print(
        "split         same new  same already  conflicts new  related new  unrelated new  "
        "two topics  exact: same new  other new  figures not apart: same new  other new"
    )
    for split in (*splits, "two splits"):
        row = by_split[split]
        print(f"{split:<12} {row['same new']:>9} {row['same already']:>13} "
              f"{row['conflicts new']:>14} {row['related new']:>12} {row['unrelated new']:>14} "
              f"{crossing[split]:>11} {row['exact same new']:>16} "
              f"{sum(row[f'exact {x} new'] for x in ep.LABELS[1:]):>10} "
              f"{row['figures same new']:>28} "
              f"{sum(row[f'figures {x} new'] for x in ep.LABELS[1:]):>10}")  # fmt: skip


ARGUMENT_COLUMNS = ("pairs", "both read", "a kind", "kind+party", *arguments.MEETINGS[:4],
                    "agree+party", "agree+party+time", "count apart")  # fmt: skip
"""``arguments``' first table: the pairs; both claims telling some kind with its roles read; a
kind both tell the same way; that with the agent or the patient the same name group on both
sides; then ``arguments.compare``'s meetings (a kind, an argument in common and a figure,
party or place apart; agreeing), and two narrower ones (``_meetings``)."""

ARGUMENT_RULES = (
    ("agree", "same", False),
    ("agree+party", "same", False),
    ("agree+party", "same", True),
    ("agree+party+time", "same", False),
    ("figure apart", "conflicts", False),
    ("count apart", "conflicts", False),
    ("count apart", "conflicts", True),
)
"""``arguments``' rules: (meeting, the label it calls, across scripts only), placed as a
matcher change would place them, after today's tests: a pair today calls `related` or nothing
moves to `same`; one today calls `related`, nothing or `same` moves to `conflicts`."""


def _meetings(
    a: match.ClaimFacts, b: match.ClaimFacts, ra: list[arguments.Told], rb: list[arguments.Told]
) -> set[str]:
    """``arguments.compare``'s meeting, and the narrower "agree+party" (agreeing, with the
    agent or the patient in common), "agree+party+time" (that, the time together and both or
    neither denying, as ``events``' rule) and "count apart" (an argument in common and a count
    of people of one ``FIGURE_ROLES`` role apart: "14 dead" beside "19 dead")."""
    met = arguments.compare(ra, rb)
    found = {met}
    tied = arguments.ties(ra, rb)
    if met == "agree" and any("party" in common for common, _ in tied):
        found.add("agree+party")
        apart = a.when is not None and b.when is not None and not within_days(a.when, b.when)
        if not apart and a.denies == b.denies:
            found.add("agree+party+time")
    for common, apart in tied:
        if common and any(r.removeprefix("figure:") in FIGURE_ROLES for r in apart):
            found.add("count apart")
    return found


class Roles:
    """Each claim's ``arguments.read``, once per sentence, on the census desk's name book."""

    def __init__(self, desk: ep.Desk) -> None:
        self.desk = desk
        self.read: dict[int, list[arguments.Told]] = {}

    def __call__(self, text: str, date: str) -> tuple[match.ClaimFacts, list[arguments.Told]]:
        from factdesk.names.mentions import find_mentions

        f = self.desk.indexer.facts(text, date)
        if f.claim_id not in self.read:
            book = self.desk.indexer.book
            mentions = find_mentions(text)
            groups = [book.group(m.text, m.kind) for m in mentions]
            mentions = book.settle_kinds(mentions, groups)
            self.read[f.claim_id] = arguments.read(text, mentions, groups, f.sources)
        return f, self.read[f.claim_id]


def _party_shared(a: list[arguments.Told], b: list[arguments.Told]) -> bool:
    """A kind both tell the same way with the same agent or patient (a name group) on both."""
    return any("party" in common for common, _ in arguments.ties(a, b))


def _rule_name(meeting: str, _label: str, across: bool) -> str:
    return f"{meeting}{' (across)' if across else ''}"


def argument_census(
    desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair], splits: tuple[str, ...]
) -> None:
    """``arguments``' tables (counts only): by label, every pair and those across scripts,
    how the two claims' events meet (``arguments.compare``, ``_meetings``); by split (each a
    forward fold: no rule has a threshold), what each rule of ``ARGUMENT_RULES`` adds to
    today's labels; and how often each fires between claims of two topics sharing a name group
    or figure (no label: a wrong `same` or `conflicts` on a desk)."""
    roles = Roles(desk)
    by_label: dict[str, dict[str, Counter[str]]] = {
        scope: defaultdict(Counter) for scope in ("every pair", "across scripts")
    }
    by_split: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        (a, ra), (b, rb) = roles(pair.a, pair.date_a), roles(pair.b, pair.date_b)
        met = _meetings(a, b, ra, rb)
        across = a.cyrillic != b.cyrillic
        for scope in ["every pair"] + (["across scripts"] if across else []):
            row = by_label[scope][pair.label]
            row["pairs"] += 1
            row["both read"] += bool(ra) and bool(rb)
            row["a kind"] += met != {""}
            row["kind+party"] += _party_shared(ra, rb)
            for meeting in met:
                row[meeting] += 1
        got = ""
        for meeting, label, only_across in ARGUMENT_RULES:
            if meeting not in met or (only_across and not across):
                continue
            got = got or ep.predict(desk, pair)
            moves = ("related", "unrelated") + (("same",) if label == "conflicts" else ())
            name = _rule_name(meeting, label, only_across)
            if got in moves:
                verdict = "right" if pair.label == label else "wrong"
                by_split[pair.split][f"{name} {verdict}"] += 1
                by_split[pair.split][f"{name} turned"] += got == "same"
    for scope, table in by_label.items():
        print(f"{scope}, by label (corroborate.arguments; counts only)")
        print("label      " + " ".join(f"{h:>12}" for h in ARGUMENT_COLUMNS))
        for label in ep.LABELS:
            print(f"{label:<10} " + " ".join(f"{table[label][h]:>12}" for h in ARGUMENT_COLUMNS))
    crossing = _argument_crossing(desk, topics, roles)
    _argument_coverage(desk, topics, roles)
    names = [(_rule_name(*rule), rule) for rule in ARGUMENT_RULES]
    print(
        "\nthe rules by split, after today's tests: new right / wrong (`same`: pairs today "
        "related or nothing; `conflicts`: also today same, of them turned); then pairs of two "
        "topics' claims sharing a name or figure each rule would label"
    )
    print("split        " + " ".join(f"{n + ' -> ' + r[1]:>28}" for n, r in names))
    for split in splits:
        row = by_split[split]
        cells = [
            f"{row[n + ' right']} / {row[n + ' wrong']}"
            + (f" ({row[n + ' turned']} turned)" if r[1] == "conflicts" else "")
            for n, r in names
        ]
        print(f"{split:<12} " + " ".join(f"{c:>28}" for c in cells))
    pooled = [
        f"{sum(by_split[s][n + ' right'] for s in splits)} / "
        f"{sum(by_split[s][n + ' wrong'] for s in splits)}"
        for n, _ in names
    ]
    print(f"{'pooled':<12} " + " ".join(f"{c:>28}" for c in pooled))
    cells = [str(crossing[(m, across)] if across else sum(crossing[(m, x)] for x in (0, 1)))
             for m, _, across in ARGUMENT_RULES]  # fmt: skip
    print(f"{'two topics':<12} " + " ".join(f"{c:>28}" for c in cells))


def _argument_coverage(desk: ep.Desk, topics: list[ep.Topic], roles: Roles) -> None:
    """Per script, the desk's sentences telling some kind, and of them those whose reading
    gives an agent, a patient, a figure, a place: how much of what a claim tells the reading
    reaches."""
    counts: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    for t in topics:
        for text in dict.fromkeys((*t.same, *t.other, *t.related, *t.near)):
            f, told = roles(text, t.date)
            row = counts[f.cyrillic]
            row["sentences"] += 1
            row["a kind"] += bool(told)
            for role in ("agent", "patient", "figures", "places"):
                row[role] += any(getattr(x, role) for x in told)
    print("\nthe desk's sentences: telling a kind; of them with an agent, patient, figure, place")
    for cyrillic, row in counts.items():
        print(f"  {'Cyrillic' if cyrillic else 'Latin':<9} {row['sentences']:>5} sentences, "
              f"{row['a kind']:>5} a kind: agent {row['agent']}, patient {row['patient']}, "
              f"figure {row['figures']}, place {row['places']}")  # fmt: skip


CROSSING_POSTING = 200
"""The most claims of one name group or figure whose pairs ``_argument_crossing`` reads (a
bare figure such as "2" is on hundreds of claims; the desk's own cap is lower)."""


def _two_topic_pairs(
    topics: list[ep.Topic], roles: Roles
) -> Iterator[tuple[int, int, match.ClaimFacts, match.ClaimFacts]]:
    """Each pair of two topics' claims sharing a name group or figure, once (at most
    ``CROSSING_POSTING`` claims of one anchor): the pairs no label can call anything but
    unrelated, which both crossing counts read."""
    claims: dict[int, tuple[match.ClaimFacts, ep.Topic]] = {}
    for t in topics:
        for text in (*t.same, *t.other, *t.related, *t.near):
            f, _ = roles(text, t.date)
            claims[f.claim_id] = (f, t)
    posted: dict[str, list[int]] = defaultdict(list)
    for cid, (f, _) in claims.items():
        for anchor in f.anchor_set:
            posted[anchor].append(cid)
    seen: set[frozenset[int]] = set()
    for ids in posted.values():
        for x, y in combinations(ids[:CROSSING_POSTING], 2):
            (fx, tx), (fy, ty) = claims[x], claims[y]
            key = frozenset((x, y))
            if tx is ty or key in seen:
                continue
            seen.add(key)
            yield x, y, fx, fy


def _argument_crossing(
    desk: ep.Desk, topics: list[ep.Topic], roles: Roles
) -> Counter[tuple[str, bool]]:
    """(meeting, across scripts) -> pairs of two topics' claims sharing a name group or figure
    that meet so (``_meetings``): what each rule would label on a desk where no label is
    known (every one of them wrong)."""
    crossing: Counter[tuple[str, bool]] = Counter()
    for x, y, fx, fy in _two_topic_pairs(topics, roles):
        for meeting in _meetings(fx, fy, roles.read[x], roles.read[y]):
            crossing[(meeting, fx.cyrillic != fy.cyrillic)] += 1
    return crossing


DENIAL_COLUMNS = ("pairs", "flag+time", "a target", "kind", "party", "place", "party+time",
                  "party|place+time")  # fmt: skip
"""``denials``' first table: the pairs where one claim denies (``ClaimFacts.denies``) and the
other not; of them those with a name group or figure in common and the time together (the
flag alone, prec30's measure); the denier's reading giving some telling a denial reaches
(``Told.denied``); its target meeting what the other tells (``arguments.denied_meets``): the
kind told the denied way, with a party in common, with a place in common; a party in common
and the time together; a party or place in common and the time together."""

DENIAL_RULES = (
    ("flag+time", True),
    ("party+time", False),
    ("party+time", True),
    ("party|place+time", False),
    ("party|place+time", True),
    ("kind+time", False),
)
"""``denials``' rules (a column of ``DENIAL_COLUMNS``, across scripts only), each calling
`conflicts`, placed as a matcher change would be: a pair today calls `related`, nothing or
`same` moves (of them, those today `same` counted as turned)."""


def _denial_meeting(
    a: match.ClaimFacts, b: match.ClaimFacts, ra: list[arguments.Told], rb: list[arguments.Told]
) -> set[str]:
    """The ``DENIAL_COLUMNS`` a pair reaches (empty unless exactly one claim denies)."""
    if a.denies == b.denies:
        return set()
    (d, rd), (o, ro) = ((a, ra), (b, rb)) if a.denies else ((b, rb), (a, ra))
    found = {"pairs"}
    if any(t.denied is not None for t in rd):
        found.add("a target")
    met = arguments.denied_meets(rd, ro)
    ranks = arguments.DENIED_MEETINGS
    for name in ("party", "place", "kind"):
        if met and ranks.index(met) <= ranks.index(name):
            found.add(name)
    # "place" is reached by a party too in the ranks above: count it only on its own
    if met != "place":
        found.discard("place")
    apart = d.when is not None and o.when is not None and not within_days(d.when, o.when)
    if not apart:
        if _anchored(a, b):
            found.add("flag+time")
        if met == "party":
            found.add("party+time")
        if met in ("party", "place"):
            found.add("party|place+time")
        if met:
            found.add("kind+time")
    return found


def denial_census(
    desk: ep.Desk, topics: list[ep.Topic], pairs: list[ep.Pair], splits: tuple[str, ...]
) -> None:
    """``denials``' tables (counts only): by label, every pair and those across scripts where
    one claim denies, how the denial's target (``arguments.Told.denied``) meets what the other
    tells; by split (each a forward fold: no rule has a threshold), what each rule of
    ``DENIAL_RULES`` adds to today's labels; how often each fires between claims of two topics
    sharing a name group or figure (no label: a wrong `conflicts` on a desk)."""
    roles = Roles(desk)
    by_label: dict[str, dict[str, Counter[str]]] = {
        scope: defaultdict(Counter) for scope in ("every pair", "across scripts")
    }
    by_split: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        (a, ra), (b, rb) = roles(pair.a, pair.date_a), roles(pair.b, pair.date_b)
        met = _denial_meeting(a, b, ra, rb)
        if not met:
            continue
        across = a.cyrillic != b.cyrillic
        for scope in ["every pair"] + (["across scripts"] if across else []):
            row = by_label[scope][pair.label]
            for column in met:
                row[column] += 1
        got = ""
        for column, only_across in DENIAL_RULES:
            if column not in met or (only_across and not across):
                continue
            got = got or ep.predict(desk, pair)
            name = column + (" (across)" if only_across else "")
            by_label["every pair"][pair.label][f"{name} today {got}"] += 1
            if got in ("related", "unrelated", "same"):
                verdict = "right" if pair.label == "conflicts" else "wrong"
                by_split[pair.split][f"{name} {verdict}"] += 1
                by_split[pair.split][f"{name} turned"] += got == "same"
    for scope, table in by_label.items():
        print(f"{scope}, one claim denying, by label (arguments.denied_meets; counts only)")
        print("label      " + " ".join(f"{h:>16}" for h in DENIAL_COLUMNS))
        for label in ep.LABELS:
            print(f"{label:<10} " + " ".join(f"{table[label][h]:>16}" for h in DENIAL_COLUMNS))
    for label in ep.LABELS:
        today = sorted((k, n) for k, n in by_label["every pair"][label].items() if " today " in k)
        print(f"  {label}, today's label: " + ", ".join(f"{k} {n}" for k, n in today))
    crossing = _denial_crossing(desk, topics, roles)
    names = [c + (" (across)" if x else "") for c, x in DENIAL_RULES]
    print(
        "\nthe rules by split, after today's tests: new right / wrong `conflicts` (pairs today "
        "related, nothing or same; of them turned from same); then pairs of two topics' "
        "claims sharing a name or figure each rule would call conflicts"
    )
    print("split        " + " ".join(f"{n:>26}" for n in names))
    for split in splits:
        row = by_split[split]
        cells = [f"{row[n + ' right']} / {row[n + ' wrong']} ({row[n + ' turned']})" for n in names]
        print(f"{split:<12} " + " ".join(f"{c:>26}" for c in cells))
    pooled = [
        f"{sum(by_split[s][n + ' right'] for s in splits)} / "
        f"{sum(by_split[s][n + ' wrong'] for s in splits)} "
        f"({sum(by_split[s][n + ' turned'] for s in splits)})"
        for n in names
    ]
    print(f"{'pooled':<12} " + " ".join(f"{c:>26}" for c in pooled))
    cells = [str(crossing[(c, True)] if x else crossing[(c, False)] + crossing[(c, True)])
             for c, x in DENIAL_RULES]  # fmt: skip
    print(f"{'two topics':<12} " + " ".join(f"{c:>26}" for c in cells))


def _denial_crossing(
    desk: ep.Desk, topics: list[ep.Topic], roles: Roles
) -> Counter[tuple[str, bool]]:
    """(column, across scripts) -> pairs of two topics' claims sharing a name group or figure
    that reach it (``_denial_meeting``): what each rule would call `conflicts` where no label
    is known (every one of them wrong)."""
    crossing: Counter[tuple[str, bool]] = Counter()
    for x, y, fx, fy in _two_topic_pairs(topics, roles):
        if fx.denies == fy.denies:
            continue
        for column in _denial_meeting(fx, fy, roles.read[x], roles.read[y]):
            crossing[(column, fx.cyrillic != fy.cyrillic)] += 1
    return crossing


FIGURES_ONLY = ("census", "reach")
"""What prints only counts: allowed on a validation split."""
READS_PAIRS = (
    "sweep",
    "candidates",
    "forward",
    "events",
    "arguments",
    "denials",
    "missed",
    "inblock",
)
"""What prints or tunes on single pairs: never on a validation split."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "what",
        choices=(*FIGURES_ONLY, *READS_PAIRS),
    )
    unsealed = tuple(s for s in ep.SPLITS if s not in ep.SEALED)  # a sealed one: never
    parser.add_argument("--split", action="append", default=[], choices=unsealed)
    parser.add_argument("--skip", action="append", default=[], choices=unsealed)
    parser.add_argument("--only", action="append", default=[], help="a threshold to sweep")
    parser.add_argument("--show", default="", help="print the pairs of the classes holding it")
    parser.add_argument("--floor", type=float, default=0.3, help="the cosine source's floor")
    parser.add_argument("--width", type=int, default=45, help="the cosine source's nearest")
    parser.add_argument("--source", choices=("cosine", "rare"), default="cosine")
    parser.add_argument("--most", type=int, default=RARE, help="the rare-word source's df cap")
    parser.add_argument("--target", action="append", type=float, default=[])
    parser.add_argument("--test", action="append", default=[], choices=unsealed)
    args = parser.parse_args(argv)
    named = [s for s in (*args.split, *args.test) if s in ep.VALIDATION]
    if named and args.what in READS_PAIRS:
        print(f"{named[0]} is this session's validation split: never {args.what}", file=sys.stderr)
        return 2
    default = tuple(s for s in unsealed if s not in ep.VALIDATION)
    splits = tuple(s for s in (args.split or default) if s not in args.skip)
    topics = ep.read_topics(ep.files_for(splits))
    hidden = (*ep.SEALED, *ep.VALIDATION)
    topics = [t for t in topics if t.split not in hidden or t.split in splits]
    pairs = [p for p in ep.pairs_of(topics) if p.split in splits]
    indexer = ep.Indexer()
    if args.what in ("candidates", "forward"):
        desk = ep.Desk(indexer, topics)
        if args.what == "candidates":
            candidates(desk, topics, pairs, args.floor, args.width)
            return 0
        found = (
            cosine_candidates(desk, topics, pairs, args.floor, args.width)[0]
            if args.source == "cosine"
            else rare_candidates(desk, topics, pairs, args.most)[0]
        )
        tests = tuple(args.test) or FORWARD_TESTS
        for target in args.target or TARGETS:
            forward(found, tests, target)
        return 0
    if args.what == "denials":
        denial_census(ep.Desk(indexer, topics), topics, pairs, splits)
    elif args.what == "arguments":
        argument_census(ep.Desk(indexer, topics), topics, pairs, splits)
    elif args.what == "events":
        event_census(ep.Desk(indexer, topics), topics, pairs, splits)
    elif args.what == "census":
        census(ep.Desk(indexer, topics), pairs, splits, args.show)
    elif args.what == "missed":
        missed(ep.Desk(indexer, topics), pairs)
    elif args.what == "inblock":
        inblock(ep.Desk(indexer, topics), topics, pairs)
    elif args.what == "reach":
        reach(ep.Desk(indexer, topics), pairs, splits)
    else:
        sweep(indexer, topics, pairs, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
