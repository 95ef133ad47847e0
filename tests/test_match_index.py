"""The fast candidate generation gives exactly what the straightforward one gives.

``MatchIndex`` sums anchor weights in arrays (``corroborate.postings``) and skips candidates
``may_relate`` rules out; the reference here is the plain version: a dict of weights per
claim, a stable sort, and ``label`` called on every candidate. Both run over the same small
desk of invented claims (names, places, numbers and dates drawn from small pools, so claims
share anchors and words often), added one article at a time as imports do.
"""

from __future__ import annotations

import heapq
import math
import random

from conftest import examples
from factdesk.corroborate import match, neighbours
from factdesk.corroborate.postings import Postings
from factdesk.domain.models import Mention
from factdesk.names.mentions import find_mentions
from factdesk.names.spelling import name_key
from hypothesis import given, settings
from hypothesis import strategies as st

PLACES = ["Kupyansk", "Vovchansk", "Pokrovsk", "Myrnohrad", "Huliaipole", "Siversk"]
PEOPLE = ["Valery Gerasimov", "Oleh Petrenko", "Anna Kovalenko", "Ivan Moroz"]
TEMPLATES = [
    "{party} forces captured {place} on {day} November, {person} said.",
    "{person} said {party} troops now control {n}% of {place}.",
    "The {party} military denied losing {place}, saying fighting continues.",
    "{person} reported that {place} had been fully liberated.",
    "Shelling damaged {n} houses in {place} overnight, {person} said.",
    "{n} soldiers were wounded near {place} and {place2} on {day} November.",
]


def _claims(count: int, seed: int) -> list[tuple[int, int, str]]:
    rng = random.Random(seed)
    found = []
    for claim_id in range(count):
        text = rng.choice(TEMPLATES).format(
            party=rng.choice(["Russian", "Ukrainian"]),
            place=rng.choice(PLACES),
            place2=rng.choice(PLACES),
            person=rng.choice(PEOPLE),
            n=rng.choice([12, 40, 75, 205]),
            day=rng.randint(18, 22),
        )
        found.append((claim_id, claim_id // 6, text))
    return found


def _facts(claim_id: int, article_id: int, text: str) -> match.ClaimFacts:
    mentions = find_mentions(text)
    groups = [name_key(m.text) for m in mentions]
    return match.claim_facts(claim_id, article_id, text, mentions, groups, "2025-11-23")


def _reference_candidates(index: match.MatchIndex, postings: dict, facts) -> list:
    """The dict-and-sort candidate generation the array version replaced."""
    total = max(len(index.facts), 1)
    anchors = sorted((a for a in facts.wanted if a in postings), key=lambda a: len(postings[a]))
    common = max(200, match.COMMON_ANCHOR * total)
    anchors = [a for a in anchors if len(postings[a]) <= common] or anchors[:1]
    scores: dict[int, float] = {}
    budget = match.MAX_POSTINGS
    for anchor in anchors:
        posting = postings[anchor]
        weight = math.log(1 + total / len(posting))
        for claim_id in posting[-budget:]:
            scores[claim_id] = scores.get(claim_id, 0.0) + weight
        budget -= min(budget, len(posting))
        if budget <= 0:
            break
    best = heapq.nlargest(match.POOL * 3 // 2, scores.items(), key=lambda item: item[1])
    found = [index.facts[c] for c, _ in best if c in index.facts]
    pool = [o for o in found if o.article_id != facts.article_id][: match.POOL]
    if len(pool) <= match.MAX_CANDIDATES:
        return pool
    by_words = sorted(pool, key=lambda o: len(facts.words & o.words), reverse=True)  # stable
    return by_words[: match.MAX_CANDIDATES]


def _reference_match(index: match.MatchIndex, postings: dict, facts) -> list[match.Match]:
    found = _reference_candidates(index, postings, facts)
    meanings = match.cosines(facts.vector, [o.vector for o in found[: match.SEMANTIC_CAP]])
    meanings += [None] * (len(found) - len(meanings))
    pairs = zip(found, meanings, strict=True)
    matches = [m for o, v in pairs if (m := match.label(facts, o, None, v))]
    for other, cosine in _reference_by_meaning(index, facts):
        if m := match.label_by_meaning(facts, other, cosine):
            matches.append(m)
    matches.sort(key=lambda m: (m.label == "related", -m.similarity, m.other_claim_id))
    return matches[: match.MAX_MATCHES]


def _reference_by_meaning(index: match.MatchIndex, facts) -> list:
    """Every indexed claim of another article about nearby days, with a cosine at the floor or
    above: the ``WIDTH`` nearest, then those sharing no anchor, the first ``TOP_K`` of them
    (the desk is smaller than a bin)."""
    if facts.vector is None or (place := neighbours.time_bin(facts.when)) is None:
        return []
    bins = neighbours.probed_bins(place)
    near = [
        (round(float(o.vector @ facts.vector), neighbours.ROUND), o)
        for o in index.facts.values()
        if o.article_id != facts.article_id and neighbours.time_bin(o.when) in bins
    ]
    near = [(c, o) for c, o in near if c >= neighbours.FLOOR]
    near.sort(key=lambda item: (-item[0], item[1].claim_id))
    apart = [(o, c) for c, o in near[: neighbours.WIDTH] if not match.blocked(facts, o)]
    return apart[: neighbours.TOP_K]


def _vectors(claims: list[tuple[int, int, str]]) -> list:
    from factdesk.corroborate import semantic

    return [semantic.decode(blob) for blob in semantic.embed([text for *_, text in claims])]


def test_the_fast_index_matches_exactly_as_the_reference_does() -> None:
    claims = _claims(240, seed=11)
    index = match.MatchIndex()
    postings: dict[str, list[int]] = {}
    compared = matched = 0
    for (claim_id, article_id, text), vector in zip(claims, _vectors(claims), strict=True):
        facts = _facts(claim_id, article_id, text)
        facts.vector = vector
        fast = index.match(facts)
        assert fast == _reference_match(index, postings, facts), text
        compared += 1
        matched += len(fast)
        index.add(facts)
        for key in facts.keys:  # its anchors and its names' skeletons
            postings.setdefault(key, []).append(claim_id)
    assert compared == 240 and matched > 1000  # the desk is dense enough to mean something


def test_may_relate_never_rules_out_a_pair_label_would_keep_and_judge_all_agrees() -> None:
    claims = _claims(150, seed=5)
    facts = [_facts(*claim) for claim in claims]
    for one, vector in zip(facts, _vectors(claims), strict=True):
        one.vector = vector
    ruled_out = 0
    for a in facts:
        for b in facts:
            if a.article_id == b.article_id:
                continue
            meaning = float(a.vector @ b.vector) if a.vector is not None else None
            kept = match.may_relate(a, b, meaning)
            judged = match.judge_all(a, [b], [meaning], {})  # the index's inline copy of it
            assert judged == ([m] if kept and (m := match.label(a, b, None, meaning)) else [])
            if not kept:
                ruled_out += 1
                assert match.label(a, b, None, meaning) is None, (a.norm, b.norm)
    assert ruled_out > 1000  # the shortcut is taken, not only allowed


def test_one_lookup_words_each_reason_as_label_does_pair_by_pair() -> None:
    """``judge_all`` keeps a lookup's reason words by the anchors shared (``_ShownFor``):
    over many candidates, each reason is the one ``label`` gives that pair alone, names
    written by their display spellings, surnames and days included."""
    claims = _claims(120, seed=23)
    facts = [_facts(*claim) for claim in claims]
    for one, vector in zip(facts, _vectors(claims), strict=True):
        one.vector = vector
    names = {name_key(n): n.upper() for n in PLACES + PEOPLE}  # display spellings, not keys
    compared = 0
    for a in facts[::3]:
        others = [b for b in facts if b.article_id != a.article_id]
        meanings = [float(a.vector @ b.vector) for b in others]
        alone = [m for b, v in zip(others, meanings, strict=True)
                 if (m := match.label(a, b, names, v))]  # fmt: skip
        judged = match.judge_all(a, others, meanings, names)
        assert judged == alone, a.norm
        compared += len(judged)
    shown = {m.reason.partition(" about ")[2] or m.reason.partition(" mention ")[2]
             for m in alone}  # fmt: skip
    assert compared > 500 and len(shown) > 3  # several reasons, not one word for all


def _story(text: str, claim_id: int, names: tuple[str, ...]) -> match.ClaimFacts:
    """One claim naming ``names`` (places, found where they stand), its own article, no vector:
    the mention finder is not what these tests are about."""
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "place") for n in names]
    groups = [name_key(n) for n in names]
    return match.claim_facts(claim_id, claim_id, text, mentions, groups, "2025-11-23")


FILLERS = [
    "Ferries to Orlavia were cancelled because of the storm.",
    "Orlavia opened a new terminal for its northern ferries.",
    "Teachers in Orlavia walked out over unpaid overtime.",
    "The harbour master of Orlavia retired after a long career.",
]


def test_a_lookup_judges_a_bounded_number_of_claims_and_a_rare_name_still_wins() -> None:
    """A name on every claim of the desk (150 claims here, under the common-anchor share) must
    not make a lookup judge them all; the one claim also naming a rare place is judged and
    matched."""
    index = match.MatchIndex()
    for claim_id in range(150):
        index.add(_story(FILLERS[claim_id % 4], claim_id, ("Orlavia",)))
    rare = "Orlavia closed the bridge to Tesselmark after floods."
    index.add(_story(rare, 150, ("Orlavia", "Tesselmark")))
    query = _story("Orlavia shut the Tesselmark bridge in floods.", 151, ("Orlavia", "Tesselmark"))
    found = index.candidates(query)
    assert len(found) == match.MAX_CANDIDATES < 150
    assert found[0].claim_id == 150
    assert any(m.other_claim_id == 150 for m in index.match(query))
    alone = _story("Orlavia said the ferries run again.", 152, ("Orlavia",))
    assert len(index.candidates(alone)) == match.MAX_CANDIDATES


def test_among_claims_sharing_the_same_names_the_wording_picks_what_is_judged() -> None:
    """A story's claims all share its names, so by anchors they tie, oldest first: a copy of
    the claim looked up, filed after 50 others of the story, is judged all the same."""
    index = match.MatchIndex()
    copy = "Orlavia closed the harbour to cruise ships until March."
    for claim_id in range(101):
        text = copy if claim_id == 50 else FILLERS[claim_id % 4]
        index.add(_story(text, claim_id, ("Orlavia",)))
    query = _story("Orlavia closed its harbour to cruise ships until March.", 200, ("Orlavia",))
    assert 50 in [o.claim_id for o in index._pool(query)][match.MAX_CANDIDATES :]
    assert 50 in [o.claim_id for o in index.candidates(query)]
    assert any(m.other_claim_id == 50 and m.label == "same" for m in index.match(query))


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("abcdefg"), st.integers(0, 40)), max_size=120),
    st.lists(st.sampled_from("abcdefgh"), max_size=6, unique=True),
    st.integers(1, 60),
    st.integers(1, 20),
)
def test_ranked_postings_equal_a_dict_sum_and_stable_sort(posts, anchors, budget, limit) -> None:
    postings, plain = Postings(), {}
    for anchor, claim_id in posts:  # a claim may be posted twice (indexed again)
        postings.add(anchor, claim_id)
        plain.setdefault(anchor, []).append(claim_id)
    wanted = [a for a in anchors if a in plain]
    total = 50
    expected = _dict_ranked(plain, wanted, total, budget, limit)
    assert postings.ranked(wanted, total, budget, limit) == expected


def _dict_ranked(plain: dict[str, list[int]], wanted: list[str], total: int, budget: int,
                 limit: int) -> list[int]:  # fmt: skip
    """The reference ranking: weights summed in a dict, a stable sort by the sums."""
    scores: dict[int, float] = {}
    for anchor in wanted:
        weight = math.log(1 + total / len(plain[anchor]))
        for claim_id in plain[anchor][-budget:]:
            scores[claim_id] = scores.get(claim_id, 0.0) + weight
        budget -= min(budget, len(plain[anchor]))
        if budget <= 0:
            break
    return [c for c, _ in heapq.nlargest(limit, scores.items(), key=lambda item: item[1])]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 40)), max_size=120),
    st.permutations("abc"),
    st.integers(1, 60),
    st.integers(1, 20),
)
def test_postings_in_claim_order_rank_as_a_dict_sum(posts, anchors, budget, limit) -> None:
    """The shortcut for one or two postings in claim order (``_best_in_order``), with the
    anchors in any order of size, ranks as the dict does; and so do those postings once a
    claim is posted again out of order (the general way)."""
    postings, plain = Postings(), {}
    for anchor, claim_id in sorted(set(posts), key=lambda post: post[1]):
        postings.add(anchor, claim_id)
        plain.setdefault(anchor, []).append(claim_id)
    for count in (1, 2):
        wanted = [a for a in anchors if a in plain][:count]
        expected = _dict_ranked(plain, wanted, 50, budget, limit)
        assert postings.ranked(wanted, 50, budget, limit) == expected
    for anchor in plain:  # posted again, out of claim order: no longer in order
        postings.add(anchor, plain[anchor][0])
        plain[anchor].append(plain[anchor][0])
        assert not postings._in_order(anchor)
    wanted = [a for a in anchors if a in plain][:2]
    assert postings.ranked(wanted, 50, budget, limit) == _dict_ranked(
        plain, wanted, 50, budget, limit
    )


def test_two_postings_in_claim_order_rank_shared_ids_first() -> None:
    """The shortcut's own case: the rarer anchor's ids held by both first, then its others,
    then the commoner anchor's others, each in posting order."""
    postings = Postings()
    for claim_id in (1, 3, 5, 7):
        postings.add("rare", claim_id)
    for claim_id in (2, 3, 4, 6, 7, 8, 9, 10, 11):
        postings.add("common", claim_id)
    assert postings._in_order("rare") and postings._in_order("common")
    assert postings.ranked(["rare", "common"], 20, 100, 8) == [3, 7, 1, 5, 2, 4, 6, 8]
    assert postings.ranked(["rare"], 20, 100, 3) == [1, 3, 5]


class _CountedFacts(dict):
    """The index's facts, counting the claims a lookup reads."""

    read = 0

    def get(self, key, default=None):
        self.read += 1
        return super().get(key, default)


def test_a_lookup_reads_the_facts_of_the_claims_it_judges_only() -> None:
    """The pool of 80 is ranked by shared words on the index's rows (``ClaimRows``), not on
    each pooled claim's facts: at 100,000 claims those reads were cache misses growing with
    the desk (issue 15). The chosen are the reference's, a claim of the lookup's own article
    is left out, and a forgotten claim is not judged."""
    index = match.MatchIndex()
    index.facts = _CountedFacts()
    for claim_id in range(150):
        index.add(_story(FILLERS[claim_id % 4], claim_id, ("Orlavia",)))
    index.discard(149)
    query = _story("Orlavia cancelled the ferries in the storm.", 148, ("Orlavia",))
    pool = index._pool(query)
    assert len(pool) == match.POOL and all(o.claim_id not in (148, 149) for o in pool)
    index.facts.read = 0
    found = index.candidates(query)
    assert index.facts.read == len(found) == match.MAX_CANDIDATES
    assert found == index._chosen(pool, query)


def test_a_long_claim_and_sparse_claim_ids_are_chosen_as_the_reference_does() -> None:
    """A claim with more words than a row holds is counted from its facts; sparse claim ids
    cost a row of words per claim all the same, and ids too sparse for arrays by id turn the
    rows off: lookups take the reference way."""
    from factdesk.corroborate.postings import ROW_WORDS

    words = " ".join(f"zor{vowel}{end}" for vowel in "aeiou" for end in "bdgkmnprt")
    long = f"Orlavia harbour {words} ferries storm cancelled."
    for step in (1, 500, 10_000_000):
        index = match.MatchIndex()
        for number in range(100):
            text = long if number % 7 == 0 else FILLERS[number % 4]
            index.add(_story(text, number * step, ("Orlavia",)))
        assert index.facts[0].word_count > ROW_WORDS
        assert index.rows.on is (step < 10_000_000)
        assert len(index.rows.words) <= 128  # a row per claim filed, not per id
        for query in (_story(long, -1, ("Orlavia",)), _story(FILLERS[1], -2, ("Orlavia",))):
            found = index.candidates(query)
            assert found == index._chosen(index._pool(query), query)
            assert any(o.word_count > ROW_WORDS for o in found)


def test_a_name_word_begun_by_another_is_found_as_pair_by_pair() -> None:
    """``_prefixed`` tests each word against the other set at once past a few pairs; the
    answer is the pairwise one on every two sets of these words: two different words, one
    how the other begins (a word in both sets is not how itself begins)."""
    words = ["ab", "abc", "abd", "b", "ba", "c"]
    sets = [{w for i, w in enumerate(words) if bits >> i & 1} for bits in range(1 << len(words))]
    for mine in sets:
        for theirs in sets:
            pairwise = any(
                x != y and (y.startswith(x) or x.startswith(y)) for x in mine for y in theirs
            )
            assert match._prefixed(mine, theirs) is pairwise, (mine, theirs)


def test_a_claims_own_name_words_are_those_the_pair_rules_read() -> None:
    """``ClaimFacts`` makes its name words, long words and names in one pass (``_own_words``);
    they are what ``_name_words`` and ``_long_words`` give of its own names: initials of a
    name of several words, no figure, no one-letter word."""
    text = "Orlavia Port Authority said 40% of ferries and the U S navy left Tesselmark."
    names = ("Orlavia Port Authority", "U S", "Tesselmark")
    facts = _story(text, 7, names)
    own = match._Named(facts.anchors, facts.places)
    assert facts.name_words == match._name_words(own) >= {"opa", "us"}
    assert facts.long_words == match._long_words(own) and "u" not in facts.long_words
    assert facts.named == {a for a in facts.anchors if not any(c.isdigit() for c in a)}
    assert "40%" in facts.anchors and "40%" not in facts.named


MATCHER_PIN = (2, "b882ec6c4c288c5f")
"""(``domain.matcher.VERSION``, the digest of what that matcher decides on the claims of
``test_the_matcher_version_is_bumped_with_what_the_matcher_decides``)."""


def test_the_matcher_version_is_bumped_with_what_the_matcher_decides() -> None:
    """A desk judges its stored pairs again only when the matcher's version differs from the
    one it recorded (``corroborate.index.rejudge``); a change of what the matcher decides
    without a bump never reaches a desk. So the version is pinned with a digest of every
    match (pair, label, similarity, reason) of 90 invented claims indexed an article at a
    time, as imports do. When this fails: if the matcher's rules changed (``judge_all``,
    ``label``, thresholds, blocking, links by meaning), bump ``domain.matcher.VERSION`` and
    pin both; if only the claims' facts changed (``claim_facts``, the names: a desk matches
    a claim whose facts changed again anyway), pin the digest alone."""
    import hashlib

    from factdesk.domain import matcher

    claims = _claims(90, seed=31)
    facts = [_facts(*claim) for claim in claims]
    for one, vector in zip(facts, _vectors(claims), strict=True):
        one.vector = vector
    index, decided = match.MatchIndex(), []
    for article in sorted({f.article_id for f in facts}):
        arriving = [f for f in facts if f.article_id == article]
        for one in arriving:
            decided += [(m.claim_id, m.other_claim_id, m.label, f"{m.similarity:.1f}", m.reason)
                        for m in index.match(one)]  # fmt: skip
        for one in arriving:
            index.add(one)
    digest = hashlib.sha256(repr(decided).encode()).hexdigest()[:16]
    assert len(decided) > 200 and {m[2] for m in decided} == {"same", "conflicts", "related"}
    assert (matcher.VERSION, digest) == MATCHER_PIN, (
        "the matcher decides otherwise: bump domain.matcher.VERSION if its rules changed"
    )
