"""Precision and recall of the same-claim matcher on the labelled pairs in tests/data/pairs/.

    python tools/evaluate_pairs.py            # every split, side by side
    python tools/evaluate_pairs.py --split tune --errors   # the dev splits only, every miss
    python tools/evaluate_pairs.py --errors --skip dev --skip heldout7  # all but those two
    python tools/evaluate_pairs.py --count-only            # pairs per split and label, no matching
    python tools/evaluate_pairs.py --split heldout24       # one split by name
    python tools/evaluate_pairs.py --split heldout27       # the validation split: figures only
    python tools/evaluate_pairs.py --split heldout28       # by the lead only (not in the default)

Each sentence is indexed as its own claim of its own article (names grouped by the desk's
``NameBook`` on an in-memory desk, numbers and dates normalised, the time span resolved
against the topic's date), then every labelled pair goes through what the desk does at import:
the pair is only compared when the two claims share a blocking key (``match.blocked``: an
anchor, a figure's magnitude, across scripts a name's skeleton) and one is among the other's
candidates (the index's blocking, capped per lookup: a topic's claims all share its names, so
the cap is felt here as on a desk; every sentence filed at once, and either way round), or one
is among the other's nearest in meaning (``corroborate.neighbours``: every sentence of the
unsealed splits and of the split run is filed, so the top-k competes with other topics'
claims as on a desk), and ``match.judge_all`` names the relation as the index's lookups do
(skipping the pairs ``may_relate`` rules out; until 2026-12-02's seventh session the tool
labelled every pair sharing an anchor, while the index skipped a claim in Cyrillic beside one
in Latin letters: the cross-script `same` pairs it counted were never shown on a desk). No pair is
looked at before its label is read from the file, and the labels never reach the matcher.
``--no-meaning`` leaves out the sentence vectors (word similarity alone). ``--errors`` lists
no pair of a ``VALIDATION`` split (this session's validation split, figures only; tuning data
from the next session).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tui"))

from factdesk.corroborate import semantic  # noqa: E402
from factdesk.corroborate.match import (  # noqa: E402
    ClaimFacts,
    MatchIndex,
    blocked,
    claim_facts,
    judge_all,
    label_by_meaning,
)
from factdesk.language.parse import parse_all  # noqa: E402
from factdesk.names.groups import NameBook  # noqa: E402
from factdesk.names.mentions import find_mentions  # noqa: E402
from factdesk.store import rowsum  # noqa: E402
from factdesk.store.migrations import MIGRATIONS  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "pairs"
CLUSTERS = tuple(PAIRS / f"clusters{n}.txt" for n in ("", *map(str, range(2, 31))))
SPLITS = (
    "dev", "heldout", "dev2", "heldout2",
    "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "dev3",
    "heldout9", "dev4", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
    "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
    "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
    "heldout28",
)  # fmt: skip
SEALED: tuple[str, ...] = ("heldout28",)  # never by default: only by name, for closing figures
SEALED_FILES: dict[str, Path] = {"heldout28": PAIRS / "clusters30.txt"}
"""The file each sealed split is written in: read only when that split is run (or counted).
heldout3 .. heldout27 were spent by earlier sessions' closing figures: tuning data now, but for
heldout27, the validation split of sessions 31 to 40 (figures only)
(heldout6's were same P/R 0.500/0.095 before, 0.581/0.171 after; heldout7's 0.850/0.152
both times, conflicts 0.750/0.047 -> 0.812/0.102; heldout8's 0.471/0.082 both times,
conflicts 0.727/0.071 both times; heldout9's 0.680/0.173 before, 0.600/0.184 after,
conflicts 1.000/0.054 both times; heldout10's 0.675/0.276 both times, conflicts
0.667/0.071 both times; heldout11's 0.696/0.163 before, 0.786/0.224 after, conflicts
0.737/0.125 -> 0.800/0.143; heldout12's 0.667/0.306 both times, conflicts 0.850/0.152 both
times; heldout13's 0.615/0.163 both times, conflicts 0.900/0.161 -> 0.920/0.205; heldout14's
0.679/0.194 before, 0.655/0.194 after, conflicts 0.882/0.134 -> 0.833/0.134; heldout15's
0.692/0.276 both times, conflicts 0.818/0.161 both times; heldout16's 0.652/0.153 before,
0.704/0.194 after, conflicts 0.938/0.134 -> 0.941/0.143; heldout17's 0.857/0.184 both times,
conflicts 0.900/0.080 both times; heldout18's 0.769/0.306 before, 0.811/0.306 after, conflicts
0.875/0.062 both times; heldout19's 0.613/0.194 both times, conflicts 0.889/0.143 both times;
heldout20's (clusters22.txt; pairs, unrelated to the attribution split of that name)
0.848/0.286 before, 0.853/0.296 after, conflicts 1.000/0.125 -> 1.000/0.134; heldout21's
(clusters23.txt; pairs, unrelated to the attribution split of that name) 0.576/0.194 before,
0.583/0.214 after, conflicts 0.923/0.107 both times; heldout22's (clusters24.txt; pairs,
unrelated to the attribution split of that name) 1.000/0.224 both times, conflicts 0.909/0.089
both times; heldout23's (clusters25.txt; pairs, unrelated to the attribution split of that name)
0.657/0.235 before, 0.649/0.245 after, conflicts 0.706/0.107 both times; heldout24's
(clusters26.txt; pairs, unrelated to the attribution split of that name) 0.750/0.184 both
times, conflicts 0.846/0.098 both times; opened in session 28, that session's validation split
for the learned matcher, tuning data from session 29; heldout25's (clusters27.txt; pairs,
unrelated to the attribution split of that name) 0.447/0.173 both times, conflicts 0.909/0.089
both times; opened in session 29, that session's validation split for every lane, tuning data
from session 30; heldout26's (clusters28.txt; pairs, unrelated to the attribution split of that
name) 0.565/0.133 both times, conflicts 1.000/0.080 both times; opened in session 30, that
session's validation split for every lane, tuning data from session 31; heldout27's
(clusters29.txt; pairs, unrelated to the attribution split of that name) 0.750/0.184 both times,
conflicts 0.900/0.080 -> 0.846/0.098; opened in session 31, the validation split of sessions 31
to 38 for every lane: figures only);
heldout28 (clusters30.txt, written 2026-12-06 in session 31; pairs, unrelated to the attribution
split of that name) is sealed until that session's closing run, and since (sessions 32 to 40
wrote no pairs split and keep it sealed).
A split written in a session is sealed (here and in ``SEALED``) from its commit until the next
session opens it."""
VALIDATION: tuple[str, ...] = ("heldout27",)
"""This session's validation split of every lane (sessions 31 to 40: heldout27, kept in sessions
32 to 40, which wrote no pairs split; heldout26, session 30's, became tuning data in session 31):
in the default run and by name for its figures, but ``--errors`` prints a one-line note instead
of its mislabelled pairs, and the fitting and census tools (``fit_pairs``, ``pairs_census``)
leave its pairs out. The session that opens heldout28 takes it out: tuning data from then on."""
VALIDATION_NOTE = "  {split}: this session's validation split: figures only, its errors not listed"
LABELS = ("same", "conflicts", "related", "unrelated")


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    split: str
    date: str
    same: tuple[str, ...]
    other: tuple[str, ...]
    related: tuple[str, ...]
    near: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pair:
    topic: str
    split: str
    a: str
    b: str
    label: str
    date_a: str
    date_b: str


def read_topics(paths: tuple[Path, ...] = CLUSTERS) -> list[Topic]:
    """The clusters files: ``## topic: NAME | split: S | date: D`` then kind: sentence lines."""
    return [topic for path in paths for topic in read_clusters(path)]


def files_for(splits: tuple[str, ...]) -> tuple[Path, ...]:
    """The clusters files a run of ``splits`` reads: a sealed split's file only when that
    split is run, so tuning on the others never reads a sealed split's sentences."""
    sealed = set(SEALED_FILES.values()) - {SEALED_FILES[s] for s in splits if s in SEALED_FILES}
    return tuple(path for path in CLUSTERS if path not in sealed)


def read_clusters(path: Path) -> list[Topic]:
    """One clusters file's topics."""
    topics: list[Topic] = []
    head: dict[str, str] | None = None
    groups: dict[str, list[str]] = {}

    def close() -> None:
        if head is not None:
            topics.append(Topic(head["topic"], head["split"], head["date"],
                                tuple(groups.get("same", [])), tuple(groups.get("other", [])),
                                tuple(groups.get("related", [])),
                                tuple(groups.get("near", []))))  # fmt: skip

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            close()
            head = dict(part.strip().split(": ", 1) for part in line[3:].split("|"))
            groups = {}
        elif line and not line.startswith("#"):
            kind, _, text = line.partition(": ")
            groups.setdefault(kind, []).append(text.strip())
    close()
    return topics


def pairs_of(topics: list[Topic]) -> list[Pair]:
    """Every labelled pair the clusters imply (see README.md)."""
    pairs: list[Pair] = []
    for t in topics:

        def add(a: str, b: str, lab: str, t: Topic = t, other_date: str | None = None) -> None:
            pairs.append(Pair(t.name, t.split, a, b, lab, t.date, other_date or t.date))

        for group in (t.same, t.other):
            for a, b in combinations(group, 2):
                add(a, b, "same")
        for a in t.same:
            for b in t.other:
                add(a, b, "conflicts")
        for a in t.same + t.other:
            for b in t.related + t.near:  # a near miss is a hard negative: never same
                add(a, b, "related")
    for i, t in enumerate(topics):  # across topics of the same split: unrelated
        peers = [u for u in topics if u.split == t.split and u is not t]
        for k, u in enumerate(peers[i % 3 : i % 3 + 3]):
            a = (t.same + t.other)[k % len(t.same + t.other)]
            b = (u.same + u.related)[(k + i) % len(u.same + u.related)]
            pairs.append(Pair(t.name, t.split, a, b, "unrelated", t.date, u.date))
    return pairs


class Indexer:
    """Sentences to ``ClaimFacts`` the way ``corroborate.index`` makes them at import."""

    def __init__(self, meaning: bool = True) -> None:
        self.meaning = meaning
        conn = sqlite3.connect(":memory:")
        rowsum.register(conn)  # SQL functions a migration uses
        for number in sorted(MIGRATIONS):
            step = MIGRATIONS[number]
            step(conn) if callable(step) else conn.executescript(step)
        self.book = NameBook(conn)
        self.cache: dict[tuple[str, str], ClaimFacts] = {}

    def facts(self, text: str, date: str) -> ClaimFacts:
        key = (text, date)
        if key not in self.cache:
            mentions = find_mentions(text)
            groups = [self.book.group(m.text, m.kind) for m in mentions]
            mentions = self.book.settle_kinds(mentions, groups)
            n = len(self.cache) + 1
            facts = claim_facts(n, n, text, mentions, groups, date)
            if self.meaning:
                facts.vector = semantic.decode(semantic.embed([text])[0])
            self.cache[key] = facts
        return self.cache[key]


class Desk:
    """A pool of labelled sentences in the index's ``MatchIndex`` (anchors and meaning)."""

    def __init__(self, indexer: Indexer, topics: list[Topic]) -> None:
        self.indexer = indexer
        self.index = MatchIndex()
        # One batched parse of every sentence first (the parse cache then answers each
        # sentence's own parse): a batch of one per sentence cost ~3x the CPU (528 sentences).
        parse_all([text for t in topics for text in (*t.same, *t.other, *t.related, *t.near)])
        for t in topics:
            for text in (*t.same, *t.other, *t.related, *t.near):
                self.index.add(indexer.facts(text, t.date))
        self.near: dict[int, set[int]] = {}
        self.judged: dict[int, set[int]] = {}

    def candidates(self, facts: ClaimFacts) -> set[int]:
        """The claims a lookup of ``facts`` judges by shared anchor (``MatchIndex.candidates``:
        at most ``MAX_CANDIDATES`` of a topic's many claims sharing its names)."""
        if facts.claim_id not in self.judged:
            found = self.index.candidates(facts)
            self.judged[facts.claim_id] = {other.claim_id for other in found}
        return self.judged[facts.claim_id]

    def nearest(self, facts: ClaimFacts) -> set[int]:
        """The claims the index would compare ``facts`` with by meaning alone."""
        if facts.claim_id not in self.near:
            found = self.index.by_meaning(facts)
            self.near[facts.claim_id] = {other.claim_id for other, _ in found}
        return self.near[facts.claim_id]

    def compared(self, a: ClaimFacts, b: ClaimFacts) -> bool:
        """Whether importing one of the two would compare it with the other."""
        if blocked(a, b):  # judged only when among the other's candidates
            return b.claim_id in self.candidates(a) or a.claim_id in self.candidates(b)
        return bool(self.indexer.meaning) and (
            b.claim_id in self.nearest(a) or a.claim_id in self.nearest(b)
        )


def predict(desk: Desk, pair: Pair) -> str:
    indexer = desk.indexer
    a, b = indexer.facts(pair.a, pair.date_a), indexer.facts(pair.b, pair.date_b)
    if not desk.compared(a, b):
        return "unrelated"  # the index never compares these two
    meaning = semantic.cosines(a.vector, [b.vector])[0]
    if blocked(a, b) or meaning is None:  # as the index judges a candidate
        found = next(iter(judge_all(a, [b], [meaning], {})), None)
    else:
        found = label_by_meaning(a, b, meaning)
    return found.label if found else "unrelated"


def run(indexer: Indexer, topics: list[Topic], chosen: list[Pair]) -> list[tuple[str, str]]:
    """(label, predicted label) of each pair, on a desk of the unsealed splits' sentences and of
    the chosen pairs' splits (a sealed split is filed only when it is run)."""
    splits = {p.split for p in chosen}
    desk = Desk(indexer, [t for t in topics if t.split not in SEALED or t.split in splits])
    return [(p.label, predict(desk, p)) for p in chosen]


_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)


def _script(pair: Pair) -> str:
    """Which of the pair's sentences are Russian or Ukrainian: the per-language breakdown."""
    cyrillic = sum(1 for text in (pair.a, pair.b) if _CYRILLIC.search(text))
    return ("Latin", "one Cyrillic", "both Cyrillic")[cyrillic]


def scores(rows: list[tuple[str, str]], which: str) -> tuple[float, float, int, int]:
    """(precision, recall, predicted, true) of one label over (truth, predicted) rows."""
    predicted = sum(1 for _, p in rows if p == which)
    true = sum(1 for t, _ in rows if t == which)
    hits = sum(1 for t, p in rows if t == p == which)
    return (hits / predicted if predicted else 1.0), (hits / true if true else 1.0), predicted, true


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "tune", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list the mislabelled pairs")
    parser.add_argument(
        "--skip", action="append", default=[], choices=SPLITS, metavar="SPLIT",
        help="leave SPLIT out of the splits run and printed (again for more); its sentences "
        "are still on the desk, so the other splits' figures do not move",
    )  # fmt: skip
    parser.add_argument(
        "--no-meaning", action="store_true", help="word similarity only (the matcher before)"
    )
    parser.add_argument(
        "--count-only", action="store_true", help="count the labelled pairs; match nothing"
    )
    args = parser.parse_args(argv)
    unsealed = tuple(s for s in SPLITS if s not in SEALED)
    tune = ("dev", "dev2", "dev3", "dev4")
    chosen_splits = {"all": unsealed, "tune": tune}.get(args.split, (args.split,))
    splits = tuple(s for s in chosen_splits if s not in args.skip)
    topics = read_topics() if args.count_only else read_topics(files_for(splits))
    pairs = pairs_of(topics)
    counts = Counter((p.split, p.label) for p in pairs)
    tally = ", ".join(f"{s} {kind} {n}" for (s, kind), n in sorted(counts.items()))
    print(f"{len(pairs)} pairs: {tally}")
    if args.count_only:
        return 0
    indexer = Indexer(meaning=not args.no_meaning)
    for split in splits:
        chosen = [p for p in pairs if p.split == split]
        rows = run(indexer, topics, chosen)
        print(f"\n{split}: {len(chosen)} pairs")
        for which in ("same", "conflicts"):
            precision, recall, predicted, true = scores(rows, which)
            print(f"  {which:<9} precision {precision:.3f}  recall {recall:.3f}  "
                  f"(predicted {predicted}, labelled {true})")  # fmt: skip
        for script in ("both Cyrillic", "one Cyrillic"):
            picked = [r for p, r in zip(chosen, rows, strict=True) if _script(p) == script]
            if picked:
                print(f"  {script} ({len(picked)} pairs): " + "; ".join(
                    "{} P {:.3f} R {:.3f} ({} of {})".format(which, *scores(picked, which))
                    for which in ("same", "conflicts")))  # fmt: skip
        matrix = Counter(rows)
        print("  truth \\ predicted  " + "  ".join(f"{lab[:9]:>9}" for lab in LABELS))
        for truth in LABELS:
            cells = "  ".join(f"{matrix[(truth, lab)]:>9}" for lab in LABELS)
            print(f"  {truth:<18} {cells}")
        missed = [p for p, (truth, got) in zip(chosen, rows, strict=True) if truth == "same" != got]
        shares = Counter(_shared_anchor(indexer, p) for p in missed)
        print(f"  same pairs missed: {len(missed)} ({shares['name']} share a name, "
              f"{shares['figure']} only a figure, {shares['nothing']} neither)")  # fmt: skip
        if args.errors and split in VALIDATION:
            print(VALIDATION_NOTE.format(split=split))
        elif args.errors:
            for pair, (truth, got) in zip(chosen, rows, strict=True):
                if truth != got and ({truth, got} & {"same", "conflicts"}):
                    print(f"  [{pair.topic}] {truth} -> {got}\n    A: {pair.a}\n    B: {pair.b}")
    return 0


def _shared_anchor(indexer: Indexer, pair: Pair) -> str:
    """What the pair's two claims have in common for the index's blocking: a name group
    ("name"), only a figure ("figure": a shared number, date or percentage, or a value both
    give, counts of one or two digits included), or "nothing" (only a sentence-pair model
    could find such a pair)."""
    a, b = indexer.facts(pair.a, pair.date_a), indexer.facts(pair.b, pair.date_b)
    shared = a.anchor_set & b.anchor_set
    if any(not any(ch.isdigit() for ch in anchor) for anchor in shared):
        return "name"
    return "figure" if shared or not a.values.isdisjoint(b.values) else "nothing"


if __name__ == "__main__":
    raise SystemExit(main())
