"""Indexing on several processes (``corroborate.bulk``) finds exactly the matches one finds.

The claims are invented (made-up towns, people and a council), drawn from small pools so that
they share names, figures and words often and most lookups find matches. The pool start is
forced down (``PARALLEL_FROM``) so that a desk of a few dozen claims uses two processes.
"""

from __future__ import annotations

import functools
import gc
import random

import pytest
from factdesk.corroborate import bulk, match
from factdesk.names.mentions import find_mentions
from factdesk.names.spelling import name_key

TOWNS = ["Brelvik", "Ostrana", "Kelmouth", "Varnstad"]
PEOPLE = ["Tamsin Orrow", "Edvard Quill", "Mira Halloway"]
TEMPLATES = [
    "{person} said the council of {town} would close {n} schools by 3 March.",
    "The {town} council denied closing {n} schools, {person} said.",
    "Floods cut the road between {town} and {town2} on {day} March, {person} reported.",
    "{person} told reporters that {n}% of {town} had no power on {day} March.",
    "{n} homes in {town} were damaged by the storm, the council said.",
]


def _claims(count: int) -> list[bulk.Claim]:
    rng = random.Random(11)
    found = []
    for claim_id in range(count):
        text = rng.choice(TEMPLATES).format(
            person=rng.choice(PEOPLE), town=rng.choice(TOWNS), town2=rng.choice(TOWNS),
            n=rng.choice([4, 12, 40]), day=rng.randint(1, 4),
        )  # fmt: skip
        mentions = tuple(find_mentions(text))
        groups = tuple(name_key(m.text) for m in mentions)
        found.append(bulk.Claim(claim_id, claim_id // 4, text, mentions, groups, "2025-03-05"))
    return found


@functools.cache
def sixty() -> list[bulk.Claim]:
    """The tests' claims, made at first use: made at import, the parse of their sixty texts
    (and the language model's load) ran in every process that collected this file, most of
    which never run its tests (the other xdist worker, a ``-k`` run of any other test)."""
    return _claims(60)


def _one_by_one(claims: list[bulk.Claim], by_article: bool) -> list[list[match.Match]]:
    """The reference: one index, each claim (or article) matched and then added, in order."""
    index, found = match.MatchIndex(), []
    steps = bulk._steps(claims, by_article)
    facts = bulk._with_vectors(*bulk._facts_of(claims))
    for start, end in steps:
        found += [index.match(facts[i]) for i in range(start, end)]
        for i in range(start, end):
            index.add(facts[i])
    return found


@pytest.mark.parametrize("by_article", [False, True])
def test_two_processes_find_what_one_finds(monkeypatch, by_article: bool) -> None:
    monkeypatch.setattr(bulk, "PARALLEL_FROM", 20)
    one = bulk.index_claims(sixty(), by_article=by_article, workers=1)
    two = bulk.index_claims(sixty(), by_article=by_article, workers=2)
    assert (one.workers, two.workers) == (1, 2)
    assert two.matches == one.matches == _one_by_one(sixty(), by_article)
    assert sum(map(len, two.matches)) > len(sixty())  # the desk is one of matches
    assert all(type(m) is match.Match for found in two.matches for m in found)
    assert sorted(two.index.facts) == sorted(one.index.facts) == list(range(len(sixty())))


def test_a_spawned_worker_finds_the_same(monkeypatch) -> None:
    """Where processes cannot be forked, the worker receives the facts instead."""
    monkeypatch.setattr(bulk, "PARALLEL_FROM", 20)
    monkeypatch.setattr(bulk, "_forks", lambda: False)
    claims = sixty()[:40]
    assert bulk.index_claims(claims, workers=2).matches == _one_by_one(claims, False)


def test_small_work_starts_no_process(monkeypatch) -> None:
    def no_pool(workers: int) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(bulk, "_pool", no_pool)
    assert bulk.index_claims(sixty(), workers=4).workers == 1  # 60 claims: under PARALLEL_FROM
    assert bulk.workers_for(2 * bulk.PARALLEL_FROM - 1, 8) == 1
    assert bulk.workers_for(10 * bulk.PARALLEL_FROM, 2) == 2
    monkeypatch.setattr(bulk, "usable_cores", lambda: 1)  # one core: never a pool
    assert bulk.workers_for(100 * bulk.PARALLEL_FROM) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_the_collector_is_paused_for_a_build(monkeypatch, workers: int) -> None:
    """No automatic collection runs in this process while a build makes facts or matches,
    and the collector is on again after it (``bulk.collector_paused``): every full pass
    walked the whole index built so far and found nothing to free. A pass every 100
    allocations here: with the collector on, the sixty claims' facts and matches ran dozens."""
    monkeypatch.setattr(bulk, "PARALLEL_FROM", 20)
    passes: list[str] = []
    working: list[str] = []

    def watched(work):
        @functools.wraps(work)  # the pool pickles ``_facts_of`` by its name
        def run(*args, **kwargs):
            working.append(work.__name__)
            try:
                return work(*args, **kwargs)
            finally:
                working.pop()

        return run

    for name in ("_facts_of", "_replay"):
        monkeypatch.setattr(bulk, name, watched(getattr(bulk, name)))

    def record(phase: str, info: dict) -> None:
        if phase == "start" and working:
            passes.append(working[-1])

    sixty()  # made before: the claims' parse is no part of the build
    thresholds = gc.get_threshold()
    gc.callbacks.append(record)
    gc.set_threshold(100)
    try:
        built = bulk.index_claims(sixty(), workers=workers)
    finally:
        gc.set_threshold(*thresholds)
        gc.callbacks.remove(record)
    assert built.workers == workers
    assert passes == []
    assert gc.isenabled()


def test_the_collector_stays_as_it_was_after_a_build() -> None:
    """Paused by the caller before: still paused after; on before and the build raising: on
    after."""
    gc.disable()
    try:
        bulk.index_claims(sixty()[:5])
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), bulk.collector_paused():
        assert not gc.isenabled()
        raise ZeroDivisionError
    assert gc.isenabled()


def test_a_pool_worker_pauses_its_collector(monkeypatch) -> None:
    """A worker (here started with the parent's collector on) pauses its own: a spawned
    worker inherits no pause."""
    assert gc.isenabled()
    with bulk._pool(1) as pool:
        assert pool.submit(gc.isenabled).result() is False
