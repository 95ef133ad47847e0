"""Import: spent on language work, and the same per article on an empty desk and a full one.

Two parts (the machine is shared; the load average is printed beside each figure):

1. **Ratio to the language pipeline**, wall and CPU time (a second process's counted). The
   seeds and the labelled dev articles (real prose, never the held-out ones) imported into a
   fresh desk with the parse cache emptied, twice a run: every parse in this process, and
   with the read-ahead parsed beside in a second process (``language.parse_process``, the
   default for a batch this big); against spaCy's ``nlp.pipe`` alone over the same paragraph
   blocks with the same components, as ``bench attribution`` cuts them. Everything else an
   import does (extraction rules, names, the single-source flag, scores, the cross-reference
   index with its sentence vectors, the SQLite writes) is what the ratio adds. Goal: at most
   ``GOAL_RATIO``, wall time of the default import. The models are loaded by a warm-up
   import first: loading is paid once per process, not per article (the second process is
   started in every import, and that is timed: forked with the loaded pipeline, as the CLI's
   import does, since the bench is a batch process, ``parse_process.forkable``; the app's
   import spawns one that loads its own). A second line (``larger:``) does the same for about
   575 articles (``LARGER``: the other dev splits and the spent held-out ones too), where a
   spawned second process's start-up is paid once for ten times the work, as in the batches
   people import; same goal (``--quick`` leaves it out).

2. **Per-article cost as the desk grows** (the part that is not language work). Parsing
   10,000 articles with spaCy would take hours on this machine, so the analysis is recorded
   instead: synthetic articles (``synthetic_article``: wire-style sentences about invented
   places and people, with figures and dates, a few names on every other article and most
   names rare) are written with their claims and name mentions known, and the import runs with
   extraction and the mention finder replaced by those records. All the rest is the real
   import: claim writer, name counts and the single-source flag, rescoring, the cross-reference
   index (names, origins, vectors, candidates, matches), SQLite. The desk is filled through the
   same import to 0, 2,000 and 10,000 articles, and at each size ``SAMPLE`` fresh articles are
   imported one by one and timed. The language work those articles would have cost is measured
   apart (``nlp.pipe`` over the same kind of synthetic articles) and added back: goal, the
   whole import's per-article cost at the largest size within ``GOAL_FLAT`` of the cost on the
   empty desk (the non-language part's own growth is printed too: on an empty desk there is
   nothing to match, so that part alone cannot be flat). Beside each size's figure, the change
   marks (``article_changes``) the samples gave an article: 1 when the import's bulk write
   marks each article once (schema 29), ~31 when each row it writes moves the mark again.

    python -m bench import              # ratio, then 0 / 2,000 / 10,000 articles
    python -m bench.bench_import 0 500  # other sizes (the ratio part runs too)
    python -m bench.bench_import --only ratio   # one part (--help lists the options)
    python -m bench.bench_import --only ratio --quick   # the ratio on the 57 articles only
"""

from __future__ import annotations

import argparse
import cProfile
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from factdesk.corroborate import index as crossref
from factdesk.desk.service import Desk
from factdesk.domain.models import Mention
from factdesk.extract.claims import ClaimDraft
from factdesk.ingest import claim_writer, importer
from factdesk.ingest.decoding import decode_bytes
from factdesk.language import model, parse, parse_process
from factdesk.language.model import nlp
from factdesk.language.parse import paragraph_blocks
from factdesk.names import singlesource
from factdesk.score.combined import score_claim
from factdesk.settings.config import load_config
from factdesk.text.paragraphs import paragraph_starts
from factdesk.text.wrapping import unwrap

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "attribution"
REAL = [ROOT / "seeds", LABELLED / "dev"]
LARGER = [
    *REAL,
    *sorted(p for p in LABELLED.glob("dev?*") if p.is_dir()),
    LABELLED / "heldout2",
    *(LABELLED / f"heldout2{n}" for n in range(1, 10)),
]
"""The ratio's second, larger batch (about 575 articles, real prose): ``REAL``, the other dev
splits and the held-out splits spent since (``heldout2``, ``heldout21``-``heldout29``: tuning
data now; never ``heldout20``, the aside split, nor a split still held out). Why: 57
articles are about two seconds of parsing, in which the second process's start-up (1.3-2 s of
CPU, ``parse_process.PARALLEL_FROM``) is most of the story; the import people run is
hundreds to thousands of articles (issue 15: 2,000), where it is paid once."""
LARGER_RUNS = 2
"""Runs of each side on ``LARGER`` (each about ten times the 57 articles' time)."""
SIZES = (0, 2_000, 10_000)
SAMPLE = 40
GOAL_RATIO = 1.3
GOAL_FLAT = 1.10

SYLLABLES = "ku pya lo vo che ry ma ri no sel ka bo dan iv ser hi za ro lu han kra to pol".split()
GIVEN = ["Ivan", "Oleh", "Serhiy", "Pavel", "Anna", "Olena", "Maria", "Dmytro"]
OUTLETS = ["TASS", "Reuters", "Interfax", "Ukrinform", "Agence France-Presse"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
SENTENCES = [
    ("{person} said {party} forces had captured {place} on {day} {month}.", "named"),
    ("{person} told {outlet} that {party} troops now control {n}% of {place}.", "named"),
    ("Fighting continues near {place} and {place2}, according to {outlet}.", "named"),
    ("The {party} military denied losing {place}, saying operations continue.", "none"),
    ("{person} reported that {place} had been fully liberated.", "named"),
    ("Shelling damaged {n} houses in {place} overnight, {person} said.", "named"),
    ("{n} soldiers were wounded near {place2} on {day} {month}, officials said.", "anonymous"),
    ("{person} announced {n} million euros of aid for {place}.", "named"),
]
KINDS = {"person": "person", "place": "place", "place2": "place", "outlet": "organisation"}


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Vocabulary:
    """Zipf-like name pools: a few names on many articles, most on one or two."""

    def __init__(self, rng: random.Random, articles: int) -> None:
        self.places = [_word(rng, rng.randint(2, 3)) + rng.choice(["ivka", "sk", "ove", "a"])
                       for _ in range(max(300, articles))]  # fmt: skip
        self.people = [f"{rng.choice(GIVEN)} {_word(rng, 3)}enko"
                       for _ in range(max(200, articles // 2))]  # fmt: skip

    def pick(self, rng: random.Random, pool: list[str]) -> str:
        return pool[min(int(rng.paretovariate(1.0)) - 1, len(pool) - 1)]


def synthetic_article(
    number: int, vocab: Vocabulary, sentences: int = 18
) -> tuple[str, list[ClaimDraft], list[Mention]]:
    """(body, its claims, its name mentions): the analysis is known because it was written."""
    rng = random.Random(number)
    place = vocab.pick(rng, vocab.places)
    head = f"Report {number}: fighting near {place}\n\n{rng.randint(1, 28)} March 2026\n\n"
    body, drafts, mentions = head, [], [Mention(head.index(place), head.index(place) + len(place),
                                                place, "place")]  # fmt: skip
    for index in range(sentences):
        template, sourcing = rng.choice(SENTENCES)
        fields = {
            "person": vocab.pick(rng, vocab.people), "place": vocab.pick(rng, vocab.places),
            "place2": vocab.pick(rng, vocab.places), "outlet": rng.choice(OUTLETS),
            "party": rng.choice(["Russian", "Ukrainian"]), "n": str(rng.randint(2, 95)),
            "day": str(rng.randint(1, 28)), "month": rng.choice(MONTHS),
        }  # fmt: skip
        start, text, pieces = len(body), "", template.split("{")
        text = pieces[0]
        for piece in pieces[1:]:
            name, rest = piece.split("}", 1)
            value = fields[name]
            if name in KINDS:
                at = start + len(text)
                mentions.append(Mention(at, at + len(value), value, KINDS[name]))
            text += value + rest
        speaker = fields["person"] if "{person}" in template else None
        score, reasons = score_claim(text, sourcing=sourcing)
        drafts.append(ClaimDraft(start, start + len(text), text, speaker=speaker,
                                 sourcing=sourcing, speaker_type="person" if speaker else None,
                                 score=score, score_reasons=reasons,
                                 paragraph=index // 3 + 3))  # fmt: skip
        body += text + ("\n\n" if index % 3 == 2 else " ")
    return body.rstrip() + "\n", drafts, mentions


@contextmanager
def recorded_analysis(records: dict[str, tuple[list[ClaimDraft], list[Mention]]]) -> Iterator:
    """Extraction and the mention finder answer from ``records`` (by body text); a text not
    recorded (none is expected) gets no mentions; the import's read-ahead parses nothing."""

    def extract(prepared: importer.Prepared) -> list[ClaimDraft]:
        return [replace(d, flags=list(d.flags)) for d in records[prepared.body][0]]

    def mentions(text: str) -> list[Mention]:
        found = records.get(text)
        return list(found[1]) if found else []

    def parse_ahead(bodies: list[str]) -> None:
        """Nothing to parse: the records stand for the language work (the import's read-ahead
        would otherwise run spaCy over each synthetic body and count it as not language)."""

    def no_process(files: int) -> nullcontext[None]:
        """No second process to parse in: there is nothing to parse."""
        return nullcontext()

    saved = (importer._extract, crossref.find_mentions, singlesource.find_mentions,
             claim_writer.find_mentions, importer.parse_ahead, importer._parse_process)  # fmt: skip
    importer._extract = extract  # type: ignore[assignment]
    crossref.find_mentions = singlesource.find_mentions = mentions  # type: ignore[assignment]
    claim_writer.find_mentions = mentions  # type: ignore[assignment]
    importer.parse_ahead = parse_ahead  # type: ignore[assignment]
    importer._parse_process = no_process  # type: ignore[assignment]
    try:
        yield
    finally:
        (importer._extract, crossref.find_mentions, singlesource.find_mentions,
         claim_writer.find_mentions, importer.parse_ahead,
         importer._parse_process) = saved  # type: ignore[assignment]  # fmt: skip


def _blocks(bodies: list[str]) -> list[str]:
    blocks = []
    for body in bodies:
        text = unwrap(body)
        blocks.extend(piece for _, piece in paragraph_blocks(text, paragraph_starts(text)))
    return blocks


def _cpu(work) -> float:
    began = time.process_time()
    work()
    return time.process_time() - began


def _timed(work) -> tuple[float, float, float]:
    """(wall, CPU of this process, CPU of the children it waited for) of ``work``."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    began, cpu = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return wall, cpu, max(child, 0.0)  # no child: a float difference of equal sums, "-0.00"


RUNS = 3
"""Runs of each side; the best of each is compared."""
SIDES = {"here": 10**9, "beside": parse_process.FORKED_FROM}
"""The import with every parse in this process, and with the read-ahead parsed in a second
process (``parse_process``, forked from ``FORKED_FROM`` files: the default, the bench being a
batch process)."""


def ratio_part(folder: Path, sources: list[Path] = REAL, runs: int = RUNS,
               line: str = "") -> tuple[float, list[str]]:  # fmt: skip
    """Import of the real texts over ``nlp.pipe`` of them, wall and CPU time, best of ``runs``
    each, the sides taking turns (``nlp.pipe``, the import parsing here, the import parsing
    beside in a second process): on this shared machine a busy minute slows whatever runs in
    it, and two pipes then two imports could put it all on one side. The goal is on the
    default import's wall time (with a second process it is what a user waits; its CPU, the
    child's counted, is printed beside). ``sources`` are the folders read (``REAL``, or
    ``LARGER`` for the second line, whose figures start with ``line``)."""
    files = [p for source in sources for p in sorted(source.glob("*.txt"))]
    bodies = [decode_bytes(p.read_bytes()) for p in files]  # (some dev files are cp1251)
    pipeline = nlp()
    blocks = _blocks(bodies)
    warm = Desk.open(folder / "warm.db", config=load_config())
    warm.import_paths([files[0]])  # models (spaCy, scorer, WordLlama) loaded outside timings
    warm.close()
    pipes: list[tuple[float, float, float]] = []
    imports: dict[str, list[tuple[float, float, float]]] = {side: [] for side in SIDES}
    spare = parse_process.SPARE_LEAST  # the "beside" side starts its child whatever the load
    spawned = parse_process.PARALLEL_FROM
    for run in range(runs):
        pipes.append(_timed(lambda: list(pipeline.pipe(blocks, batch_size=parse.BATCH))))
        for side, least in SIDES.items():
            parse.clear_cache()
            parse_process.PARALLEL_FROM = parse_process.FORKED_FROM = least
            parse_process.SPARE_LEAST = spare if side == "here" else float("-inf")  # forced
            desk = Desk.open(folder / f"ratio{line}{run}{side}.db", config=load_config())
            imports[side].append(_timed(lambda desk=desk: desk.import_paths(files)))
            desk.close()
    parse_process.FORKED_FROM, parse_process.SPARE_LEAST = SIDES["beside"], spare
    parse_process.PARALLEL_FROM = spawned
    pipe_wall, pipe_cpu = min(p[0] for p in pipes), min(p[1] for p in pipes)
    chars = sum(map(len, bodies))
    what = "seeds + attribution dev" if sources == REAL else "seeds, dev splits, spent held-out"
    print(f"{line}texts            {len(files)} articles, {chars:,} chars ({what})")
    print(f"{line}nlp.pipe         {pipe_wall:6.2f} s wall, {pipe_cpu:6.2f} s CPU"
          f" (load {os.getloadavg()[0]:.1f}, {parse_process.usable_cores()} cores)")  # fmt: skip
    for side, timings in imports.items():
        wall = min(r[0] for r in timings)
        cpu, child = min((r[1], r[2]) for r in timings)
        both = (cpu + child) / pipe_cpu
        print(f"{line}import, {side:6s}   {wall:6.2f} s wall ({wall / pipe_wall:.2f}x),"
              f" {cpu:6.2f} s CPU + {child:.2f} s child ({both:.2f}x)")  # fmt: skip
    forked = parse_process.forkable()
    default = "beside" if parse_process.worth_starting(len(files), forked=forked) else "here"
    ratio = min(r[0] for r in imports[default]) / pipe_wall
    print(f"{line}ratio            {ratio:6.2f}x wall, import ({default}) over nlp.pipe"
          f" (goal <= {GOAL_RATIO}x)")  # fmt: skip
    missed = f"import {ratio:.2f}x nlp.pipe" + (f" ({len(files)} articles)" if line else "")
    return ratio, [] if ratio <= GOAL_RATIO else [missed]


def _write(folder: Path, numbers: range, vocab: Vocabulary, records: dict) -> list[Path]:
    paths = []
    for number in numbers:
        body, drafts, mentions = synthetic_article(number, vocab)
        records[body] = (drafts, mentions)
        path = folder / f"{number:06d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def _all_imported(report, expected: int) -> None:
    """A failed import would make the timings mean nothing: stop with its reason."""
    if report.count("imported") != expected:
        failed = [o for o in report.outcomes if o.status != "imported"]
        raise RuntimeError(f"bench import: {failed[0].path}: {failed[0].message}")


GROWTH_VERSION = 1
"""Bumped when the synthetic articles or the fill change, or what the index stores for a claim
(``claim_index`` facts, anchors): cached growth desks are then stale."""


def _cached(sizes: list[int], size: int) -> Path:
    """Where the growth desk filled to ``size`` (before its sample) is kept between runs: a
    folder named by the desk schema (``LATEST``) and the generator version, and by the sizes
    asked for (the name pools are drawn for the largest).

    Not by the extractor's version, as bench's other desks are: the fill never runs the
    extractor (``recorded_analysis`` answers for it and for the mention finder), so a new
    extraction rule changes nothing in these desks, while refilling 10,000 articles takes
    about 25 minutes here. ``$BENCH_IMPORT_DESKS`` names another folder."""
    from factdesk.store.migrations import LATEST

    run = "-".join(map(str, sorted(sizes)))
    root = os.environ.get("BENCH_IMPORT_DESKS") or Path(tempfile.gettempdir()) / (
        f"factdesk-bench-import-s{LATEST}"
    )
    return Path(root) / f"growth-v{GROWTH_VERSION}-{run}" / f"desk-{size}.db"


def _reuse(desk: Desk, path: Path, sizes: list[int], size: int) -> Desk:
    """The cached desk filled to ``size`` in place of ``desk`` when there is one; else
    ``desk``, and a copy of it is cached once it is filled (``_keep``)."""
    cached = _cached(sizes, size)
    if not cached.exists():
        return desk
    desk.close()
    shutil.copyfile(cached, path)
    print(f"  filled to {size:>6} articles: cached desk {cached}", flush=True)
    return Desk.open(path, config=load_config())


def _keep(desk: Desk, path: Path, sizes: list[int], size: int) -> Desk:
    """Cache the desk filled to ``size`` (closed first: the copy is the whole file)."""
    cached = _cached(sizes, size)
    if cached.exists():
        return desk
    desk.close()
    cached.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, cached.with_suffix(".partial"))
    cached.with_suffix(".partial").rename(cached)
    return Desk.open(path, config=load_config())


def _warm(desk: Desk) -> None:
    """Before the samples: the desk's claim index read whole into this process, untimed, as a
    long import reaches it (``StoredFacts.read_all``). The desk was just reopened (cached or
    copied), and the samples would otherwise time a fresh process reading its candidates by
    id, a cost a short import pays instead of the whole load."""
    began = time.process_time()
    crossref.state(desk.store).index.stored.read_all()
    print(f"  index read whole before the samples: {time.process_time() - began:.1f} s CPU")


def growth_part(folder: Path, sizes: list[int]) -> list[str]:
    """Per-article CPU cost of the recorded-analysis import at each desk size. The desks
    filled to each size are cached (``_cached``): filling 10,000 articles takes a long time
    here (run the bench with ``nice``), and a run is then the samples alone."""
    vocab = Vocabulary(random.Random(1), max(sizes) + SAMPLE * len(sizes))
    records: dict = {}
    desk_path = folder / "growth.db"
    desk = Desk.open(desk_path, config=load_config())
    filled, costs, next_number = 0, {}, 0
    with recorded_analysis(records):
        for size in sorted(sizes):
            batch = folder / f"fill{size}"
            batch.mkdir()
            if filled < size:
                desk = _reuse(desk, desk_path, sizes, size)
                if _cached(sizes, size).exists():
                    filled = next_number = size
            while filled < size:  # fill in folders of 500: one import call each
                step = min(500, size - filled)
                paths = _write(batch, range(next_number, next_number + step), vocab, records)
                next_number += step
                began = time.process_time()
                report = desk.import_paths(paths)
                _all_imported(report, len(paths))
                filled += step
                rate = (time.process_time() - began) / step * 1e3
                print(f"  filled to {filled:>6} articles ({rate:.1f} ms CPU/article)", flush=True)
                shutil.rmtree(batch)
                batch.mkdir()
            desk = _keep(desk, desk_path, sizes, size)
            _warm(desk)
            sample = _write(batch, range(next_number, next_number + SAMPLE), vocab, records)
            next_number += SAMPLE
            each, marked = [], desk.queue_mark()
            profile = _profiler()
            for path in sample:
                began = time.process_time()
                with profile:
                    _all_imported(desk.import_paths([path]), 1)
                each.append((time.process_time() - began) * 1e3)
            _dump(profile, size)
            filled += SAMPLE
            costs[size] = statistics.median(each)
            marks = (desk.queue_mark() - marked) / SAMPLE
            print(f"at {size:>6} articles: {costs[size]:6.1f} ms CPU/article (median of"
                  f" {SAMPLE}, mean {statistics.mean(each):.1f}; load"
                  f" {os.getloadavg()[0]:.1f}); change marks given {marks:.1f} an article",
                  flush=True)  # fmt: skip
    desk.close()
    language = _language_cost(vocab)
    first, last = costs[min(sizes)], costs[max(sizes)]
    print(f"language         {language:6.1f} ms CPU/article: nlp.pipe over the same synthetic"
          f" articles (what the recorded analysis stood for)")  # fmt: skip
    print(f"not language     x{last / first:.2f} from {min(sizes)} to {max(sizes)} articles"
          f" ({first:.1f} -> {last:.1f} ms)")  # fmt: skip
    growth = (language + last) / (language + first)
    print(f"whole import     x{growth:.2f} per article from {min(sizes)} to {max(sizes)}"
          f" articles (goal <= x{GOAL_FLAT})")  # fmt: skip
    return [] if growth <= GOAL_FLAT else [f"per-article import cost rose x{growth:.2f}"]


def _profiler() -> Any:
    """A cProfile profiler around the sample imports when ``BENCH_PROFILE`` names a folder
    (the timings then include its overhead: for finding what grows, not for the goal). It
    counts CPU time, as the goal does: with the default wall clock a loaded machine's waits
    (a commit's checkpoint) looked like the cost that grows."""
    if not os.environ.get("BENCH_PROFILE"):
        return nullcontext()
    return cProfile.Profile(time.process_time)


def _dump(profile: Any, size: int) -> None:
    """Write the sample imports' profile at this desk size to ``$BENCH_PROFILE/import-N.prof``."""
    if isinstance(profile, cProfile.Profile):
        folder = Path(os.environ["BENCH_PROFILE"])
        folder.mkdir(parents=True, exist_ok=True)
        profile.dump_stats(folder / f"import-{size}.prof")


def _language_cost(vocab: Vocabulary) -> float:
    """CPU ms per synthetic article of ``nlp.pipe`` over its paragraph blocks."""
    bodies = [synthetic_article(10_000_000 + n, vocab)[0] for n in range(SAMPLE)]
    blocks = _blocks(bodies)
    pipeline = nlp()
    return _cpu(lambda: list(pipeline.pipe(blocks, batch_size=parse.BATCH))) / SAMPLE * 1e3


def _arguments(argv: list[str]) -> argparse.Namespace:
    """Desk sizes and which part to run: ``--help`` raised ``ValueError`` on ``int("--help")``,
    and timing one part meant running the other (the growth part fills 10,000 articles)."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_import",
        description="Import over nlp.pipe (ratio) and per article as the desk grows (growth).",
    )
    parser.add_argument(
        "sizes",
        nargs="*",
        type=int,
        default=list(SIZES),
        help=f"desk sizes of the growth part (default {' '.join(map(str, SIZES))})",
    )
    parser.add_argument(
        "--only",
        choices=("ratio", "growth"),
        help="run one part (default both; the goal of the other is not checked)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the ratio on the 57 articles only, not on the larger batch too",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    arguments = _arguments(argv)
    model.settle()  # as the CLI's import does (a batch process)
    sizes = arguments.sizes or list(SIZES)
    missed: list[str] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if arguments.only != "growth":
            missed += ratio_part(folder)[1]
            if not arguments.quick:
                missed += ratio_part(folder, LARGER, LARGER_RUNS, line="larger: ")[1]
        if arguments.only != "ratio":
            missed += growth_part(folder, sizes)
    print(f"peak RSS         {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for line in missed:
        print(f"goal missed: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
