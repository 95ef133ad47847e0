"""Corroboration at scale: a synthetic desk of 10,000 and 100,000 claims.

Reports, in one run, in CPU time of this process (the machine is shared; wall time and the
load average are printed beside it): the incremental index build (each claim normalised,
matched against the claims before it and added, as at import), the per-claim lookup time on
1,000 sampled claims, and the brute-force baseline: rapidfuzz ``process.cdist`` over all
pairs, extrapolated from 2,000 sampled queries against the whole desk (one query costs the
same whichever it is; all pairs at 100,000 would take ~10 GB). The baseline scores with the
same rapidfuzz scorer the index uses for its text component. The semantic step is included:
vectors computed in batches of ``EMBED_BATCH`` claims, meaning compared with at most
``SEMANTIC_CAP`` candidates per claim. The per-claim cost over the first and the last tenth of
the articles says whether the index slows imports down as the desk grows. Then the same desk
is indexed again on every usable core (``corroborate.bulk``), with its wall time, its CPU in
all and the CPU along its longest path, and its matches checked equal to the first build's
(a hash of every match). Goals, checked at 100,000 claims (the run fails when one is missed):
under ``GOAL_SECONDS`` along the longest path, at least ``GOAL_RATIO`` times brute force (one
process's CPU against brute force's), and flat within ``GOAL_FLAT``; at every size, the same
matches on every core as on one.

    python -m bench corroborate            # 10k and 100k
    python -m bench.bench_corroborate 10000
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import sys
import time
from dataclasses import dataclass, field

from factdesk.corroborate import bulk, semantic
from factdesk.corroborate.match import ClaimFacts, Match, MatchIndex, claim_facts
from factdesk.names.mentions import Mention, find_mentions
from factdesk.names.spelling import name_key
from rapidfuzz import fuzz, process

from bench import asked_for_help

SIZES = (10_000, 100_000)


def _split(text: str) -> list[str]:
    return text.split()


CLAIMS_PER_ARTICLE = 20
SYLLABLES = tuple(
    [
        "ku",
        "pya",
        "lo",
        "vo",
        "che",
        "ry",
        "ma",
        "ri",
        "no",
        "sel",
        "ka",
        "bo",
        "dan",
        "iv",
        "ser",
        "hi",
        "za",
        "ro",
        "lu",
        "han",
        "kra",
        "to",
        "pol",
    ]
)
TEMPLATES = [
    "{party} forces captured the village of {place} on {day} {month}, {person} said.",
    "{person} told {outlet} that {party} troops now control over {n}% of {place}.",
    "Fighting continues near {place} and {place2}, where both sides are engaged in combat.",
    "The {party} military has denied losing {place}, stating that operations continue.",
    "{person} reported to {person2} that {place} had been fully liberated.",
    "Residents of {place} said shelling damaged {n} houses overnight, {person} said.",
    "According to {outlet}, {n} soldiers were wounded in {place} on {day} {month}.",
    "{person2} announced new aid for {place2} worth {n} million euros.",
]
MONTHS = tuple(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
    ]
)


def _place(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return stem + rng.choice(["ovka", "ivka", "sk", "ne", "ove", "o", "a"])


def _variant(name: str, rng: random.Random) -> str:
    """A second romanisation of a name, the way wire copies differ."""
    swaps = [("ovka", "ivka"), ("ivka", "ovka"), ("ya", "ia"), ("y", "i"), ("o", "i")]
    for old, new in rng.sample(swaps, len(swaps)):
        if old in name[1:]:
            return name[0] + name[1:].replace(old, new, 1)
    return name


def vocabulary(rng: random.Random, size: int) -> dict[str, list[str]]:
    """Zipf-like pools: a few names everywhere, most names rare."""
    places = list(dict.fromkeys(_place(rng) for _ in range(max(200, size // 20))))
    people = [
        f"{rng.choice(['Ivan', 'Oleh', 'Serhiy', 'Pavel', 'Anna', 'Olena'])} "
        f"{''.join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()}enko"
        for _ in range(max(100, size // 50))
    ]
    outlets = ["TASS", "Reuters", "Interfax", "RIA Novosti", "Ukrinform", "AFP"]
    return {"place": places, "person": people, "outlet": outlets}


def _pick(rng: random.Random, pool: list[str]) -> str:
    return pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1)]


def synthetic_claims(size: int, seed: int = 7) -> list[tuple[int, int, str, list[Mention]]]:
    """(claim id, article id, text, mentions); a tenth are re-worded copies of earlier claims."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, size)
    claims: list[tuple[int, int, str, list[Mention]]] = []
    for claim_id in range(size):
        article = claim_id // CLAIMS_PER_ARTICLE
        if claims and rng.random() < 0.1:
            _, _, text, _ = rng.choice(claims)
            for word in sorted(set(text.split())):  # sorted: the same desk on every run
                if word[:1].isupper() and len(word) > 4 and rng.random() < 0.5:
                    text = text.replace(word, _variant(word, rng))
        else:
            fields = {
                "party": rng.choice(["Russian", "Ukrainian"]),
                "place": _pick(rng, vocab["place"]),
                "place2": _pick(rng, vocab["place"]),
                "person": _pick(rng, vocab["person"]),
                "person2": _pick(rng, vocab["person"]),
                "outlet": rng.choice(vocab["outlet"]),
                "n": rng.randint(2, 95),
                "day": rng.randint(1, 28),
                "month": rng.choice(MONTHS),
            }
            text = rng.choice(TEMPLATES).format(**fields)
        claims.append((claim_id, article, text, _mentions(text)))
    return claims


def _mentions(text: str) -> list[Mention]:
    """Cheap stand-in for ``find_mentions`` (timed separately): capitalised words mid-sentence."""
    found = []
    for index, word in enumerate(text.split()):
        clean = word.strip(",.%")
        if index and clean[:1].isupper() and clean not in MONTHS:
            start = text.index(clean, sum(len(w) + 1 for w in text.split()[:index]) - 1)
            kind = "place" if clean.endswith(("ka", "sk", "ne", "ve", "o", "a")) else "name"
            found.append(Mention(start, start + len(clean), clean, kind))
    return found


EMBED_BATCH = bulk.EMBED_BATCH
"""Claims embedded per call when a whole desk is indexed, the same batches as the build on
every core (WordLlama's rate rises with the batch; an import embeds one article's claims at
once)."""


@dataclass
class Build:
    """What indexing the synthetic desk cost."""

    index: MatchIndex
    wall: float
    cpu: float
    matches: int
    embedding: float
    """CPU seconds spent embedding (in the totals)."""
    tenths: tuple[float, float]
    """CPU ms/claim over the first and the last tenth of the articles, embedding aside."""
    parts: tuple[Parts, Parts] = field(default_factory=lambda: (Parts(), Parts()))
    """Where the time of the first and the last tenth went."""
    digest: str = ""
    """Of every match, in claim order (``digest``)."""


@dataclass
class Parts:
    """CPU seconds of one tenth of the articles by step, and what the lookups compared."""

    claims: int = 0
    facts: float = 0.0
    """``claim_facts`` (normalising, stances, figures, time span)."""
    match: float = 0.0
    """``MatchIndex.match``: candidates, their meaning, judging them, neighbours by meaning."""
    add: float = 0.0
    candidates: int = 0
    """Candidates by anchor the lookups judged (``MatchIndex.candidates``)."""

    def line(self) -> str:
        """ms/claim of each step and candidates per claim."""
        each = max(self.claims, 1)
        return (
            f"facts {self.facts / each * 1e3:.3f}, match {self.match / each * 1e3:.3f}"
            f" ({self.candidates / each:.1f} candidates), add {self.add / each * 1e3:.3f}"
        )


class CountingIndex(MatchIndex):
    """A ``MatchIndex`` that counts the candidates its lookups judge (the per-claim cost grows
    with them: issue 15)."""

    def __init__(self) -> None:
        super().__init__()
        self.compared = 0

    def _candidates(self, facts: ClaimFacts) -> tuple[list[ClaimFacts], list[int] | None]:
        found = super()._candidates(facts)
        self.compared += len(found[0])
        return found


def build(claims: list) -> Build:
    """Index every claim incrementally, as imports do, article by article: each claim
    matched against the claims before it, its meaning compared for the capped candidates,
    then added. Vectors are computed ahead in batches of ``EMBED_BATCH`` claims.

    Times are CPU time of this process (the machine is shared: wall time says more about
    the neighbours than about the index) and wall time beside it.
    """
    index = CountingIndex()
    wall, started = time.perf_counter(), time.process_time()
    matches, embedding, done = 0, 0.0, 0
    texts = [text for _, _, text, _ in claims]
    vectors: list = [None] * len(claims)
    by_article: dict[int, list] = {}
    for claim in claims:
        by_article.setdefault(claim[1], []).append(claim)
    articles = list(by_article.values())
    tenth = max(1, len(articles) // 10)
    marks: dict[int, tuple[float, float]] = {}
    early, late = Parts(), Parts()
    clock = time.process_time
    hashed, hashing = Digest(), 0.0  # the matches' hash: its time left out of every figure
    for number, article_claims in enumerate(articles):
        if number in (0, tenth, len(articles) - tenth):
            marks[number] = (time.process_time(), embedding + hashing)
        part = early if number < tenth else late if number >= len(articles) - tenth else None
        while done <= article_claims[-1][0]:
            before = time.process_time()
            blobs = semantic.embed(texts[done : done + EMBED_BATCH])
            vectors[done : done + len(blobs)] = [semantic.decode(b) for b in blobs]
            done += len(blobs)
            embedding += time.process_time() - before
        compared = index.compared
        for claim_id, article, text, mentions in article_claims:
            t0 = clock()
            groups = [name_key(m.text) for m in mentions]
            facts = claim_facts(claim_id, article, text, mentions, groups)
            facts.vector = vectors[claim_id]
            t1 = clock()
            found = index.match(facts)
            t2 = clock()
            hashed.update(found)
            t3 = clock()
            hashing += t3 - t2
            matches += len(found)
            index.add(facts)
            if part is not None:
                part.facts, part.match, part.add = (part.facts + t1 - t0, part.match + t2 - t1,
                                                    part.add + clock() - t3)  # fmt: skip
        if part is not None:
            part.claims += len(article_claims)
            part.candidates += index.compared - compared
    cpu, wall = time.process_time() - started - hashing, time.perf_counter() - wall - hashing
    marks[len(articles)] = (time.process_time(), embedding + hashing)
    per = CLAIMS_PER_ARTICLE * tenth / 1e3

    def cost(a: int, b: int) -> float:
        (t0, e0), (t1, e1) = marks[a], marks[b]
        return ((t1 - t0) - (e1 - e0)) / per

    flat = (cost(0, tenth), cost(len(articles) - tenth, len(articles))) if tenth > 1 else (0, 0)
    return Build(index, wall, cpu, matches, embedding, flat, (early, late), hashed.text())


class Digest:
    """A hash of every match (claim, other claim, label, similarity, reason), in order: two
    builds finding the same matches give the same."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def update(self, found: list[Match]) -> None:
        for m in found:
            self._hash.update(repr((m.claim_id, m.other_claim_id, m.label, m.similarity,
                                    m.reason)).encode())  # fmt: skip

    def text(self) -> str:
        return self._hash.hexdigest()[:16]


def digest(matches: list[list[Match]]) -> str:
    """``Digest`` of each claim's matches in turn."""
    hashed = Digest()
    for found in matches:
        hashed.update(found)
    return hashed.text()


@dataclass
class Parallel:
    """The same desk indexed by ``bulk.index_claims`` on every usable core."""

    workers: int
    wall: float
    cpu: float
    """CPU seconds of this process and its worker processes."""
    path: float
    """CPU seconds along the longest path (``bulk.Built.path_cpu``): the wall time on a
    machine with a free core per process."""
    matches: int
    digest: str


def build_parallel(claims: list, workers: int | None = None) -> Parallel:
    """Index the desk with ``bulk.index_claims`` (each claim matched against those before
    it, as ``build`` does) on up to ``workers`` processes (default: the usable cores)."""
    inputs = [bulk.Claim(claim_id, article, text, tuple(mentions),
                         tuple(name_key(m.text) for m in mentions))
              for claim_id, article, text, mentions in claims]  # fmt: skip
    wall, cpu = time.perf_counter(), _all_cpu()
    made = bulk.index_claims(inputs, workers=workers)
    cpu, wall = _all_cpu() - cpu, time.perf_counter() - wall
    count = sum(map(len, made.matches))
    return Parallel(made.workers, wall, cpu, made.path_cpu, count, digest(made.matches))


def _all_cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def lookups(index: MatchIndex, sample: int = 1000) -> float:
    """Mean seconds per claim lookup (candidates + scoring) on sampled claims."""
    rng = random.Random(3)
    chosen = rng.sample(list(index.facts.values()), min(sample, len(index.facts)))
    started = time.perf_counter()
    for facts in chosen:
        index.match(facts)
    return (time.perf_counter() - started) / len(chosen)


def brute_force(index: MatchIndex, pairs: int = 20_000_000) -> tuple[float, int]:
    """CPU seconds rapidfuzz cdist would take over all pairs, extrapolated from sampled
    claims (about ``pairs`` pairs) against the whole desk (one query costs the same
    whichever it is); and how many queries were run."""
    norms = [f.norm for f in index.facts.values()]
    queries = max(100, pairs // max(1, len(norms)))
    chosen = random.Random(5).sample(norms, min(queries, len(norms)))
    started = time.process_time()
    process.cdist(chosen, norms, scorer=fuzz.token_set_ratio, dtype="uint8", workers=1)
    return (time.process_time() - started) * len(norms) / len(chosen), len(chosen)


def side_costs(claims: list) -> float:
    """Mean CPU seconds per claim of the real mention finder (an import runs it on the
    article, not here: the synthetic claims carry their mentions)."""
    sample = [c[2] for c in claims[:2000]]
    started = time.process_time()
    for text in sample:
        find_mentions(text)
    return (time.process_time() - started) / len(sample)


def warm_up(claims: list) -> None:
    """Load the embedding model and compile the matcher's patterns before either build is
    timed: the first build would pay them, the second not."""
    semantic.embed([text for _, _, text, _ in claims[:8]])
    index = MatchIndex()
    for claim_id, article, text, mentions in claims[:200]:
        facts = claim_facts(claim_id, article, text, mentions, [name_key(m.text) for m in mentions])
        index.match(facts)
        index.add(facts)


GOAL_SECONDS = 60.0
"""The 100,000-claim index, seconds on a quiet machine (issue 15: under a minute): checked
on the CPU along the longest path of the build on every usable core (``Parallel.path``),
what the wall time is when each process has a core to itself."""
GOAL_RATIO = 50.0
"""At 100,000 claims, at least this many times brute-force matching's CPU time."""
GOAL_FLAT = 1.2
"""Per-claim cost of the last tenth of the articles over the first tenth, at most."""


def report(size: int) -> list[str]:
    """Build, time and print one size; return the goals it missed (checked at 100,000)."""
    claims = synthetic_claims(size)
    warm_up(claims)
    load = os.getloadavg()[0]
    made = build(claims)
    rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the second
    load_after = os.getloadavg()[0]
    spread = build_parallel(claims)
    per_lookup = lookups(made.index)
    brute, queries = brute_force(made.index)
    mention_cost = side_costs(claims)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    early, late = made.tenths
    ratio = brute / max(made.cpu, 1e-9)
    print(
        f"{size:>7} claims: index built in {made.cpu:6.1f} s CPU ({made.wall:.1f} s wall, load"
        f" {load:.1f}; {made.cpu / size * 1e3:.2f} ms/claim, {made.matches} matches);"
        f" lookup {per_lookup * 1e3:.2f} ms/claim"
    )
    print(
        f"{'':>7}  semantic step included: embedding {made.embedding:.1f} s of it "
        f"({'WordLlama' if semantic.available() else 'model missing: words only'}, batches of"
        f" {EMBED_BATCH}); first tenth of articles {early:.2f} ms/claim, last tenth"
        f" {late:.2f} ms/claim (x{late / max(early, 1e-9):.2f}; goal <= x{GOAL_FLAT})"
    )
    print(
        f"{'':>7}  on {spread.workers} processes (bulk.index_claims, load {load_after:.1f}):"
        f" {spread.wall:.1f} s wall, {spread.cpu:.1f} s CPU in all, {spread.path:.1f} s CPU"
        f" along its longest path (one process: {made.cpu:.1f} s"
        + (f"; goal <= {GOAL_SECONDS:.0f} s along the path" if size >= 100_000 else "")
        + f"); {spread.matches} matches,"
        f" {'the same' if spread.digest == made.digest else 'NOT THE SAME'} (hash {made.digest})"
    )
    print(f"{'':>7}  first tenth: {made.parts[0].line()}")
    print(f"{'':>7}  last tenth:  {made.parts[1].line()}")
    print(
        f"{'':>7}  brute-force cdist: {brute:7.1f} s CPU (extrapolated from {queries:,} queries) ="
        f" {brute / size * 1e3:.2f} ms/claim; index is {ratio:.1f}x faster"
        + (f" (goal >= {GOAL_RATIO:.0f}x)" if size >= 100_000 else "")
    )
    print(
        f"{'':>7}  find_mentions: {mention_cost * 1e3:.2f} ms/claim (not in the build time);"
        f" peak RSS {rss_one:.0f} MB after the first build, {rss:.0f} MB after the second"
        f" (its worker's peak {rss_worker:.0f} MB)"
    )
    missed = []
    if spread.digest != made.digest:
        missed.append(f"{spread.workers} processes found other matches than one at {size}")
    if size >= 100_000:
        if spread.path > GOAL_SECONDS:
            missed.append(
                f"{size} claims took {spread.path:.0f} s CPU along the longest path of"
                f" {spread.workers} processes (goal {GOAL_SECONDS:.0f} s)"
            )
        if ratio < GOAL_RATIO:
            missed.append(f"{ratio:.1f}x brute force at {size} (goal {GOAL_RATIO:.0f}x)")
        if late > GOAL_FLAT * early:
            missed.append(f"per-claim cost rose x{late / early:.2f} (goal x{GOAL_FLAT})")
    return missed


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    sizes = [int(a) for a in argv] or list(SIZES)
    missed = [line for size in sizes for line in report(size)]
    for line in missed:
        print(f"goal missed: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
