"""Corroboration at scale: a synthetic desk of 10,000 and 100,000 claims.

Reports, in one run: the incremental index build (each claim normalised, matched against
the claims before it and added, as at import), the per-claim lookup time on 1,000 sampled
claims, and the brute-force baseline: rapidfuzz ``process.cdist`` over all pairs at 10,000
claims, extrapolated from 1,000 sampled queries at 100,000 (all pairs would take ~10 GB).
The baseline scores with the same rapidfuzz scorer the index uses for its text component.
Name mention finding and SQLite writes are timed separately on a sample. The semantic step is
included: each article's claims are embedded in one batch and their meaning compared with at
most ``SEMANTIC_CAP`` candidates each; the embedding time and the per-claim cost over the first
and the last tenth of the articles are reported (flat = the index does not slow imports down).

    python -m bench corroborate            # 10k and 100k
    python -m bench.bench_corroborate 10000
"""

from __future__ import annotations

import random
import resource
import sys
import time

from factdesk.corroborate import semantic
from factdesk.corroborate.match import MatchIndex, claim_facts
from factdesk.names.mentions import Mention, find_mentions
from factdesk.names.spelling import name_key
from rapidfuzz import fuzz, process

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
            for word in set(text.split()):
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


def build(claims: list) -> tuple[MatchIndex, float, int, float, tuple[float, float]]:
    """Index every claim incrementally, as imports do, article by article: each article's
    claims embedded in one batch (``semantic``, as ``index_article`` does), then matched with
    their meaning compared for the capped candidates, then added.

    Returns (index, seconds, matches, seconds spent embedding, (ms/claim over the first and
    the last tenth of the articles): the per-article cost must stay flat as the desk grows).
    """
    index = MatchIndex()
    started = time.perf_counter()
    matches, embedding = 0, 0.0
    by_article: dict[int, list] = {}
    for claim in claims:
        by_article.setdefault(claim[1], []).append(claim)
    articles = list(by_article.values())
    tenth = max(1, len(articles) // 10)
    marks: list[float] = []
    for number, article_claims in enumerate(articles):
        if number in (0, tenth, len(articles) - tenth):
            marks.append(time.perf_counter())
        clock = time.perf_counter()
        vectors = semantic.embed([text for _, _, text, _ in article_claims])
        embedding += time.perf_counter() - clock
        for (claim_id, article, text, mentions), vector in zip(
            article_claims, vectors, strict=True
        ):
            groups = [name_key(m.text) for m in mentions]
            facts = claim_facts(claim_id, article, text, mentions, groups)
            facts.vector = semantic.decode(vector)
            matches += len(index.match(facts))
            index.add(facts)
    end = time.perf_counter()
    per = CLAIMS_PER_ARTICLE * tenth / 1e3
    flat = ((marks[1] - marks[0]) / per, (end - marks[2]) / per) if len(marks) == 3 else (0, 0)
    return index, end - started, matches, embedding, flat


def lookups(index: MatchIndex, sample: int = 1000) -> float:
    """Mean seconds per claim lookup (candidates + scoring) on sampled claims."""
    rng = random.Random(3)
    chosen = rng.sample(list(index.facts.values()), min(sample, len(index.facts)))
    started = time.perf_counter()
    for facts in chosen:
        index.match(facts)
    return (time.perf_counter() - started) / len(chosen)


def brute_force(index: MatchIndex, all_pairs: bool) -> tuple[float, str]:
    """Seconds for rapidfuzz cdist over all pairs (measured, or extrapolated from 1,000)."""
    norms = [f.norm for f in index.facts.values()]
    queries = norms if all_pairs else random.Random(5).sample(norms, 1000)
    started = time.perf_counter()
    process.cdist(queries, norms, scorer=fuzz.token_set_ratio, dtype="uint8", workers=-1)
    seconds = time.perf_counter() - started
    if all_pairs:
        return seconds, "measured, all pairs"
    return seconds * len(norms) / len(queries), "extrapolated from 1,000 queries"


def side_costs(claims: list) -> tuple[float, float]:
    """Mean seconds per claim of the real mention finder, and of key normalisation."""
    sample = [c[2] for c in claims[:2000]]
    started = time.perf_counter()
    for text in sample:
        find_mentions(text)
    mentions = (time.perf_counter() - started) / len(sample)
    return mentions, 0.0


def report(size: int) -> None:
    claims = synthetic_claims(size)
    index, seconds, matches, embedding, (early, late) = build(claims)
    per_lookup = lookups(index)
    brute, how = brute_force(index, all_pairs=size <= 10_000)
    mention_cost, _ = side_costs(claims)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{size:>7} claims: index built in {seconds:6.1f} s ({seconds / size * 1e3:.2f} ms/claim,"
        f" {matches} matches); lookup {per_lookup * 1e3:.2f} ms/claim"
    )
    print(
        f"{'':>7}  semantic step included: embedding {embedding:.1f} s of it "
        f"({'WordLlama' if semantic.available() else 'model missing: words only'}); "
        f"first tenth of articles {early:.2f} ms/claim, last tenth {late:.2f} ms/claim"
    )
    print(
        f"{'':>7}  brute-force cdist: {brute:7.1f} s ({how}) = "
        f"{brute / size * 1e3:.2f} ms/claim; index is {brute / max(seconds, 1e-9):.1f}x faster"
    )
    print(
        f"{'':>7}  find_mentions: {mention_cost * 1e3:.2f} ms/claim (not in the build time);"
        f" peak RSS {rss:.0f} MB"
    )


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or list(SIZES)
    for size in sizes:
        report(size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
