"""The matcher's cheap paths give exactly what the costly calls they stand for give (issue 15:
the decisions must not move when labelling gets cheaper)."""

from __future__ import annotations

import math
import random

from factdesk.corroborate.match import (
    _DATE,
    ClaimFacts,
    _dates,
    _elsewhere,
    _kind_words,
    _long_words,
    _name_words,
    _Named,
    _names_any,
    _parties,
    _prefixed,
    _tenths,
    similarity,
)
from rapidfuzz import fuzz


def test_tenths_is_round_to_one_digit_bit_for_bit() -> None:
    rng = random.Random(15)
    values = [0.05, 0.15, 0.25, 2.675, 61.95, 61.85, 39.95, 99.95, 100.0, 0.0, 1e-12, 123456.75]
    values += [-0.04, -0.0, -61.85, 1e7 + 0.05, 1e300, math.inf]
    values += [rng.uniform(0, 100) for _ in range(20_000)]
    values += [k / 20 for k in range(2_001)]  # every tie between 0 and 100
    values += [(0.4 * t + 30 * k / 7 + 30 * j / 3) * d / 5 for t in range(0, 101, 7)
               for k in range(8) for j in range(4) for d in range(1, 6)]  # fmt: skip
    for value in values:
        assert repr(_tenths(value)) == repr(round(value, 1)), value
    assert math.isnan(_tenths(math.nan))


def _facts(claim_id: int, norm: str, anchors: tuple[str, ...] = ("n:karvel",)) -> ClaimFacts:
    return ClaimFacts(claim_id, claim_id, norm, anchors)


def _spelled_out(a: ClaimFacts, b: ClaimFacts) -> float:
    """``similarity`` as it read before its shortcut: rapidfuzz asked every time."""
    shared = len(a.words & b.words)
    overlap = shared / min(a.word_count, b.word_count)
    anchors = len(a.anchor_set & b.anchor_set) / max(1, min(a.anchor_count, b.anchor_count))
    damp = min(1.0, shared / 5)
    text = fuzz.token_set_ratio(a.norm, b.norm)
    return round((0.4 * text + 30 * overlap + 30 * anchors) * damp, 1)


def test_a_claim_whose_words_are_all_in_the_other_scores_as_rapidfuzz_does() -> None:
    long = _facts(1, "n:karvel mine collaps 32 miner die monday ministry")
    pairs = [
        (long, _facts(2, "ministry n:karvel mine collaps 32 miner")),  # a subset
        (long, _facts(3, "mine mine collaps collaps n:karvel 32 miner die")),  # repeated words
        (long, _facts(4, "n:karvel mine collaps 32 miner die monday ministry")),  # the same
        (long, _facts(5, "n:karvel mine flood 32 miner die monday")),  # not a subset
        (_facts(6, "n:karvel mine\xa0collaps 32 miner die"), long),  # rapidfuzz keeps U+00A0
        (_facts(7, "n:karvel mine\x85collaps 32 miner die"), long),
    ]
    for a, b in pairs:
        assert similarity(a, b) == _spelled_out(a, b)
        assert similarity(b, a) == _spelled_out(b, a)


def _elsewhere_spelled_out(a: ClaimFacts, b: ClaimFacts, shared: list[str]) -> bool:
    """``_elsewhere`` as it read before the name words were kept per claim."""
    speaker = set(a.sources) & set(b.sources)
    if _names_any(x for x in shared if x not in speaker):
        return False
    first, second = _Named.of(a, speaker), _Named.of(b, speaker)
    mine, theirs = _name_words(first), _name_words(second)
    if not mine or not theirs:
        return False
    short_for = _prefixed(_long_words(first), _long_words(second))  # one name shortened
    if (mine & theirs) - _kind_words(first, second) or short_for:
        return False
    return bool(first.places and second.places) or (_parties(first) and _parties(second))


def test_name_words_kept_per_claim_decide_as_when_read_per_pair() -> None:
    names = ["brenner island", "harrow island", "u s", "unitid statis", "eu", "eurostat",
             "port tarsa", "tarsa", "dunmore county council", "kelvale county council",
             "velo karsk", "anna pilenko"]  # fmt: skip
    rng = random.Random(11)
    claims = []
    for claim_id in range(200):
        chosen = rng.sample(names, rng.randint(0, 3))
        places = tuple(n for n in chosen if rng.random() < 0.5)
        figures = rng.sample(["104", "41.3%", "2", "1200000"], rng.randint(0, 2))
        sources = tuple(n for n in chosen if rng.random() < 0.2)
        anchors = (*chosen, *figures)
        claims.append(ClaimFacts(claim_id, claim_id, "word", anchors, places, sources=sources))
    for facts in claims:
        assert facts.name_words == _name_words(_Named(facts.anchors, facts.places))
        assert facts.long_words == _long_words(_Named(facts.anchors, facts.places))
        assert facts.named == {x for x in facts.anchors if _names_any([x])}
        assert facts.parties == _parties(_Named(facts.anchors, facts.places))
    for a in claims:
        for b in rng.sample(claims, 20):
            shared = [x for x in a.anchors if x in b.anchor_set]
            assert _elsewhere(a, b, shared) == _elsewhere_spelled_out(a, b, shared)


def test_dates_skipped_without_a_month_word_give_what_the_pattern_gives() -> None:
    texts = [
        "Talks resumed on Nov. 20 in Varnel, officials said.",
        "The strike ended on 3 SEPTEMBER after 12 days.",
        "Shares of Doravex fell 4% by 14 sept, the lowest since 2019.",
        "MARCH 8 rallies drew 3,000 people in Kelvane.",
        "Remarchment 12 of the plan was dropped, mayday or not.",  # month letters inside words
        "Tolls rose to 41 on 7\u0130 May in Parvo.",  # U+0130: the pattern itself is run
        "Вибори призначили на 19 листопада, 12 округів.",
        "Rally in Kyiv on 2 дек drew 500 people.",
        "The 5 ferries carried 1,200 people, with no date given.",
        "",
    ]
    for text in texts:
        assert _dates(text, " ") == _DATE.sub(" ", text), text


def test_opposite_words_are_looked_for_only_when_a_claim_has_a_negative_prefix(
    facts, monkeypatch
) -> None:
    """``_conflict`` asks ``_opposite_word`` only of pairs where one claim has a word with a
    negative prefix (``ClaimFacts.prefixed``): a pair it skips, and one it must not."""
    from factdesk.corroborate import match

    asked = []
    real = match._opposite_word
    monkeypatch.setattr(match, "_opposite_word", lambda a, b: asked.append(1) or real(a, b))
    plain = facts("The Orvel council on Friday approved the tram line through Danmark square.")
    again = facts("The Orvel council approved on Friday the tram line through Danmark square.")
    assert not plain.prefixed and not again.prefixed
    assert match._conflict(plain, again, True, {}) is None and not asked
    struck = facts("The Orvel court on Friday ruled the tram levy unconstitutional, it said.")
    upheld = facts("The Orvel court on Friday ruled the tram levy constitutional, it said.")
    assert struck.prefixed and not upheld.prefixed
    reason = match._conflict(upheld, struck, True, {})
    assert asked and reason is not None and "unconstitutional" in reason


def test_two_events_asks_each_test_as_the_whole_chain_did() -> None:
    """``_two_events`` calls a test only when both claims have what it compares: the same
    answer as every test asked in turn, over claims with and without countries, counts and
    years."""
    from factdesk.corroborate.match import (
        _figures_of_other_things,
        _other_countries,
        _other_years,
        _two_events,
    )

    rng = random.Random(22)
    claims = []
    for claim_id in range(120):
        numbers = tuple(rng.sample(["37", "12|dead", "2023", "41.3"], rng.randint(0, 2)))
        anchors = tuple(rng.sample(["n:orvel", "n:tarsk", "2023", "2019", "37"], 2))
        countries = tuple(rng.sample(["varnia", "ostrel"], rng.randint(0, 1)))
        roles = {n: "dead" for n in numbers if rng.random() < 0.3}
        claims.append(ClaimFacts(claim_id, claim_id, "word", anchors, numbers=numbers,
                                 countries=countries, roles=roles,
                                 aside=rng.random() < 0.1))  # fmt: skip
    for a in claims:
        for b in rng.sample(claims, 15):
            shared = [x for x in a.anchors if x in b.anchor_set]
            for people in (False, True):
                whole = (people or a.aside or b.aside or _other_countries(a, b, shared)
                         or _figures_of_other_things(a, b) or _other_years(a, b))  # fmt: skip
                assert _two_events(a, b, shared, people) == whole
