"""Indexing many claims at once on every core the process may use, with the matches one core
finds (issue 15: the 100,000-claim index took 97 s of CPU on one core of this 2-core machine).

An index is built in steps, in order: a step's claims are each matched against the claims of
the steps before it, then added (a step is one claim, or one article's claims, which an
import matches before it adds any of them). What a lookup finds depends only on the claims
added before its step, so a process that adds every claim in order but matches only every
W-th step finds, for those steps, exactly the matches one process matching every step finds.
The work is cut in two phases:

1. Facts: each claim's facts and sentence vector depend on the claim alone. The claims are
   cut in W contiguous parts; this process does the first, W - 1 worker processes the rest,
   sent back pickled (facts and their float16 vectors).
2. Matching: each of the W processes replays the adds of every step in order and matches the
   claims of its own turns (step number modulo W); adding is ~3% of the build, matching two
   thirds. This process takes turn 0 and so ends holding the whole index. The workers' matches
   come back as plain tuples and are merged in claim order.

Workers are forked where the platform can (they inherit the facts of phase 1 instead of
receiving them pickled) and spawned elsewhere (then the facts are sent). The cyclic garbage
collector is paused in every process for the build (``collector_paused``). Fewer than
``PARALLEL_FROM`` claims a process never start a pool: a handful of articles would pay more
for its start-up than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from factdesk.corroborate import semantic
from factdesk.corroborate.match import ClaimFacts, Match, MatchIndex, claim_facts
from factdesk.language.parse_process import usable_cores
from factdesk.names.mentions import Mention

PARALLEL_FROM = 2_000
"""Claims each process gets at least: below twice this no worker is started."""
EMBED_BATCH = 1024
"""Claims embedded per call (WordLlama's rate rises with the batch; a claim's vector does not
depend on the batch it is embedded with)."""


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim to index, with what its facts are made from (``match.claim_facts``)."""

    claim_id: int
    article_id: int
    text: str
    mentions: tuple[Mention, ...]
    groups: tuple[str, ...]
    """The name group of each of ``mentions``."""
    article_date: str | None = None


@dataclass(slots=True)
class Built:
    """An index of every claim, and each claim's matches against the claims before it."""

    index: MatchIndex
    matches: list[list[Match]]
    """In the order of the claims given."""
    workers: int
    """Processes that did the work (this one included)."""
    path_cpu: float = 0.0
    """CPU seconds along the longest path through the processes (in each phase, the slowest
    one's): the wall time a machine with a free core for each would take. On a shared machine
    the wall time says more about the neighbours; the total CPU is the parent's and its
    children's (``os.times``)."""


def workers_for(claims: int, wanted: int | None = None) -> int:
    """How many processes to index ``claims`` claims with: ``wanted`` (default: the usable
    cores), fewer when a process would get under ``PARALLEL_FROM`` claims, at least one."""
    cores = usable_cores() if wanted is None else wanted
    return max(1, min(cores, claims // PARALLEL_FROM))


def index_claims(
    claims: Sequence[Claim], *, by_article: bool = False, workers: int | None = None
) -> Built:
    """Build an index of ``claims`` in their order, each matched against those before it
    (each claim a step, or with ``by_article`` each run of one article's claims).

    ``workers`` is an upper bound on the processes used (``workers_for``); every number of
    them gives the same matches, in the same order."""
    with collector_paused():
        return _index_claims(claims, by_article, workers)


def _index_claims(claims: Sequence[Claim], by_article: bool, workers: int | None) -> Built:
    steps = _steps(claims, by_article)
    count = workers_for(len(claims), workers)
    if count == 1:
        started = time.process_time()
        index, facts = MatchIndex(), _with_vectors(*_facts_of(claims))
        found = [matches for _, matches in _replay(index, facts, steps, 0, 1, to_end=True)]
        return Built(index, found, 1, time.process_time() - started)
    facts, path = _parallel_facts(claims, count)
    index, found, spent = _parallel_matches(facts, steps, count)
    return Built(index, found, count, path + spent)


def _steps(claims: Sequence[Claim], by_article: bool) -> list[tuple[int, int]]:
    """(start, end) of each step: one claim, or one article's consecutive claims."""
    if not by_article:
        return [(i, i + 1) for i in range(len(claims))]
    steps: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(claims) + 1):
        if i == len(claims) or claims[i].article_id != claims[start].article_id:
            steps.append((start, i))
            start = i
    return steps


def _facts_of(claims: Sequence[Claim]) -> tuple[list[ClaimFacts], list[bytes | None]]:
    """Each claim's facts (without its vector) and its vector as float16 bytes."""
    facts = [
        claim_facts(c.claim_id, c.article_id, c.text, c.mentions, c.groups, c.article_date)
        for c in claims
    ]
    blobs: list[bytes | None] = []
    for first in range(0, len(claims), EMBED_BATCH):
        blobs += semantic.embed([c.text for c in claims[first : first + EMBED_BATCH]])
    return facts, blobs


def _with_vectors(facts: list[ClaimFacts], blobs: list[bytes | None]) -> list[ClaimFacts]:
    for one, blob in zip(facts, blobs, strict=True):
        one.vector = semantic.decode(blob)
    return facts


def _parallel_facts(claims: Sequence[Claim], count: int) -> tuple[list[ClaimFacts], float]:
    """Phase 1: the facts of ``count`` contiguous parts, the first made here; and the CPU
    seconds of its longest path (``Built.path_cpu``)."""
    semantic.available()  # the model loaded once, here: forked workers inherit it
    size = -(-len(claims) // count)
    parts = [claims[i : i + size] for i in range(0, len(claims), size)]
    before = time.process_time()
    with _pool(len(parts) - 1) as pool:
        futures = [pool.submit(_timed, _facts_of, part) for part in parts[1:]]
        facts = _with_vectors(*_facts_of(parts[0]))
        own = time.process_time() - before
        done = [future.result() for future in futures]
    before = time.process_time()
    for part in done:
        for one in _with_vectors(*_unpickled(part)):
            one.intern_strings()  # a worker's strings are its own
            facts.append(one)
    path = max([own, *(spent for _, spent in done)]) + time.process_time() - before
    return facts, path


def _timed(work: Callable[..., Any], *args: Any) -> tuple[bytes, float]:
    """In a worker: what ``work`` returns, pickled here so that the CPU seconds it took there,
    returned beside it, count the pickling (``_unpickled`` in this process)."""
    before = time.process_time()
    found = pickle.dumps(work(*args), protocol=pickle.HIGHEST_PROTOCOL)
    return found, time.process_time() - before


def _unpickled(done: tuple[bytes, float]) -> Any:
    return pickle.loads(done[0])


def _parallel_matches(
    facts: list[ClaimFacts], steps: list[tuple[int, int]], count: int
) -> tuple[MatchIndex, list[list[Match]], float]:
    """Phase 2: the whole index (built here, turn 0), each claim's matches in claim order,
    and the CPU seconds of the phase's longest path (``Built.path_cpu``)."""
    global _SHARED
    _SHARED = facts
    index = MatchIndex()
    before = time.process_time()
    try:
        with _pool(count - 1) as pool:
            sent = None if _forks() else facts  # a spawned worker inherits nothing
            futures = [pool.submit(_timed, _turn, turn, count, sent, steps)
                       for turn in range(1, count)]  # fmt: skip
            mine = _replay(index, facts, steps, 0, count, to_end=True)
            own = time.process_time() - before
            theirs = [future.result() for future in futures]
    finally:
        _SHARED = None
    before = time.process_time()
    found: list[list[Match]] = [[] for _ in facts]
    for position, matches in mine:
        found[position] = matches
    for part in theirs:
        for position, rows in _unpickled(part):
            found[position] = [tuple.__new__(Match, row) for row in rows]
    path = max([own, *(spent for _, spent in theirs)]) + time.process_time() - before
    return index, found, path


_SHARED: list[ClaimFacts] | None = None
"""Phase 2's facts, which a forked worker inherits instead of receiving them."""


def _turn(
    turn: int, count: int, facts: list[ClaimFacts] | None, steps: list[tuple[int, int]]
) -> list[tuple[int, list[tuple]]]:
    """In a worker: the matches of one turn's claims, as plain tuples (a named tuple costs
    four times as much to pickle)."""
    if facts is None:
        assert _SHARED is not None, "a forked worker inherits the facts"
        facts = _SHARED
    found = _replay(MatchIndex(), facts, steps, turn, count, to_end=False)
    return [(position, [tuple(m) for m in matches]) for position, matches in found]


def _replay(
    index: MatchIndex,
    facts: list[ClaimFacts],
    steps: list[tuple[int, int]],
    turn: int,
    count: int,
    *,
    to_end: bool,
) -> list[tuple[int, list[Match]]]:
    """Add every step's claims in order, matching those of the steps whose number modulo
    ``count`` is ``turn`` first; stop after the last such step unless ``to_end``."""
    found: list[tuple[int, list[Match]]] = []
    last = len(steps) - 1 if to_end else turn + (len(steps) - 1 - turn) // count * count
    for number, (start, end) in enumerate(steps[: last + 1]):
        if number % count == turn:
            found += [(p, index.match(facts[p])) for p in range(start, end)]
        for position in range(start, end):
            index.add(facts[position])
    return found


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection in this process while the block runs (the
    collector is enabled again after it if it was before, whatever the block raised).

    Why: a build allocates millions of objects that live to its end (every claim's facts,
    the postings, each claim's matches, and in one burst the facts and matches a worker sends
    back) and leaves next to no reference cycles to free (peak memory with the collector
    paused: 597 against 588 MB at 30,000 claims, 1,723 against 1,726 MB at 100,000), while
    every full pass walked the whole heap built so far: at 30,000 claims on two processes the
    collector took 3.0 s of this process's 17.6 s (unpickling the worker's 15,000 facts 0.75
    -> 0.24 s and making its 300,000 matches 1.33 -> 0.16 s with it paused). Reference
    counting frees the rest as before. The 100,000-claim bench: 66.5 -> 54.2 s CPU along the
    path of two processes (README, Performance: Session 44)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _worker_started() -> None:
    """A pool worker's start: freeze what it inherited (its collector never walks the
    parent's objects, nor copies their pages) and pause the collector for its work
    (``collector_paused``: a forked worker inherits the pause, a spawned one does not)."""
    gc.freeze()
    gc.disable()


def _forks() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes, forked where the platform can, each started by ``_worker_started``."""
    context: Any = multiprocessing.get_context("fork" if _forks() else "spawn")
    return ProcessPoolExecutor(max(1, workers), mp_context=context, initializer=_worker_started)
