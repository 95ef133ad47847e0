"""The labelled attribution set is consistent, and the evaluator scores it as documented."""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tools.evaluate_attribution import (
    ARTICLE_SUFFIXES,
    DATA,
    NOTES,
    SEALED,
    SPLITS,
    Extracted,
    Sentence,
    article_text,
    check_labels,
    chosen_splits,
    evaluate,
    label_counts,
    main,
    names_it,
    read_labels,
    same_speaker,
)

SOURCINGS = {"named", "anonymous", "unattributed", "none"}
TYPES = {"person", "organisation", "group", None}


@functools.cache
def _body(split: str, article: str) -> str:
    """An article's text as the desk stores it (read once per test session)."""
    return article_text(DATA / split / article)


def _rows(split: str) -> list[dict]:
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("split", SPLITS)
def test_every_label_is_the_exact_slice_of_its_article(split: str) -> None:
    rows = _rows(split)
    articles = [r["article"] for r in rows if r["record"] == "article"]
    assert len(articles) == len(set(articles))
    files = [
        p for p in (DATA / split).iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name not in NOTES
    ]
    assert sorted(articles) == sorted(p.name for p in files)
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        if row["record"] != "sentence":
            continue
        body = _body(split, row["article"])
        assert body[row["start"] : row["end"]] == row["text"], row["text"][:60]
        spans.setdefault(row["article"], []).append((row["start"], row["end"]))
    for article, pairs in spans.items():
        pairs.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(pairs)), f"overlap in {article}"


@pytest.mark.parametrize("split", SPLITS)
def test_labels_use_the_documented_values(split: str) -> None:
    for row in _rows(split):
        if row["record"] != "sentence" or not row["claim"]:
            continue
        assert row["sourcing"] in SOURCINGS and row["speaker_type"] in TYPES
        assert isinstance(row["check_worthy"], bool)
        if row["sourcing"] == "named":
            assert row["speaker"] and row["speaker_type"]
        if row["sourcing"] in ("anonymous", "none"):
            assert row["speaker"] is None
        if row["affiliation"] is not None:
            assert row["sourcing"] == "anonymous"


def test_the_set_is_big_enough_and_split_by_article() -> None:
    rows = {split: _rows(split) for split in SPLITS}
    names = [{r["article"] for r in rows[s] if r["record"] == "article"} for s in SPLITS]
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert not first & second
    claims = [r for s in SPLITS for r in rows[s] if r["record"] == "sentence" and r["claim"]]
    sourced = [r for r in claims if r["sourcing"] in ("named", "anonymous")]
    assert len(sourced) >= 400
    assert sum(r["lang"] in ("ru", "uk") for r in sourced) >= 40
    assert len(claims) >= 300
    for split in (s for s in SPLITS if s.startswith("heldout")):  # every heldout split
        held = sum(1 for r in rows[split] if r["record"] == "sentence" and r["claim"])
        assert held >= 100 and held / len(claims) <= 0.4  # each big enough to report on
    kinds = Counter(r["kind"] for s in SPLITS for r in rows[s] if r.get("claim") is False)
    assert {"headline", "caption", "promo", "credit"} <= set(kinds)


@functools.cache
def _spent_claims() -> tuple[tuple[str, dict], ...]:
    """(split, claim row) for every claim of every split not sealed: a failing check must never
    print a sealed sentence."""
    spent = [split for split in SPLITS if split not in SEALED]
    return tuple(
        (s, r) for s in spent for r in _rows(s) if r["record"] == "sentence" and r["claim"]
    )


def _named_in(sentence: str, *speakers: str) -> bool:
    """Whether a capitalised word of either speaker (by its first four letters, so an inflected
    form counts) is written in the sentence: "told the agency, the airport's press office said"
    names its speaker from the article around it, and two articles may rightly name two
    different airports."""
    words = {w[:4].lower() for s in speakers for w in s.split() if w[:1].isupper()}
    return any(w in sentence for w in words)


def test_a_sentence_repeated_anywhere_is_labelled_one_way() -> None:
    """The same sentence (blanks and case aside) in two articles is labelled with one sourcing
    and, when named, one speaker (README, "Labelling conventions": one list for every split), so
    no split scores as wrong the reading another split taught."""
    seen: dict[str, tuple[str, dict]] = {}
    for split, row in _spent_claims():
        key = " ".join(row["text"].split()).lower()
        if key not in seen:
            seen[key] = (split, row)
            continue
        first_split, first = seen[key]
        where = f"{first_split}/{first['article']} and {split}/{row['article']}: {key[:80]}"
        assert row["sourcing"] == first["sourcing"], where
        if row["sourcing"] == "named" and _named_in(key, first["speaker"], row["speaker"]):
            assert same_speaker(first["speaker"], row["speaker"]) or same_speaker(
                row["speaker"], first["speaker"]
            ), where


def test_a_named_person_is_spelled_as_the_article_spells_them() -> None:
    """A named person's capitalised name words appear in the article (their first five letters,
    so that Russian and Ukrainian case endings pass): the README's item 4. A label that spells a
    name its own way ("Tamas Varga" for the article's "Tomas Vargha") scores a right answer as
    wrong. Organisations are left out: an acronym's spelled-out name may be the label."""
    bodies: dict[tuple[str, str], str] = {}
    for split, row in _spent_claims():
        if row["sourcing"] != "named" or row["speaker_type"] != "person":
            continue
        words = [
            w for w in re.split(r"[\s'’«»\"]+", row["speaker"]) if len(w) > 3 and w[0].isupper()
        ]
        if not words:
            continue
        key = (split, row["article"])
        if key not in bodies:
            bodies[key] = _body(split, row["article"])
        assert any(w[:5] in bodies[key] for w in words), (
            f"{split}/{row['article']}: {row['speaker']}"
        )


_NAME_GLUE = frozenset(
    "the a an of and for in on at to by & і й та и по з із в у на № de du la le".split()
)
_CYRILLIC = re.compile(r"[а-яёіїєґ]")
_POSSESSIVE = re.compile(r"^(?P<whose>.+?)['’]s (?P<relation>.+)$")


def _name_stem(word: str) -> str:
    """What of a name word must be written in its article: a Cyrillic word's stem (its case
    ending and a fleeting vowel dropped: «Яковцем» for «Яковець», «лікарні» for «лікарня»), an
    English word without its possessive or plural ending."""
    word = word.lower()
    if _CYRILLIC.search(word):
        return word[: min(5, max(3, len(word) - 3))]
    word = re.sub(r"['’]s$|s['’]$", "", word)
    return word[:-1] if len(word) > 4 else word


def _words_not_in_article(name: str, body: str, *, relation_ok: bool) -> list[str]:
    """The words of a labelled name its article never writes (any case, any ending). With
    ``relation_ok`` (a person) the relation after a possessive is the labeller's wording of
    what the text says, so only the person it relates to is looked for: item 18 names a woman
    who spoke to officers by her husband (`<his name>'s wife`), and a teenager who spoke to a
    radio station about her missing aunt by the aunt (`<her name>'s niece`)."""

    found = _POSSESSIVE.match(name) if relation_ok else None
    if found:
        name = found["whose"]
    words = [w for w in re.split(r"[\s'’«»\"“”()\-–,./]+", name) if w]
    return [w for w in words if w.lower() not in _NAME_GLUE and _name_stem(w) not in body]


def test_every_named_speaker_and_affiliation_is_the_articles_own_name() -> None:
    """Every word of a named speaker or an anonymous source's affiliation is written in its own
    article (README items 4, 10 and 11, settled in session 22): the name is the article's own,
    never a fuller one from another article of the split or from the labeller's knowledge — no
    city added to "the council" («міська рада», not «Житомирська міська рада», where the
    article writes only «У міській раді»), no short form expanded (`ФАС` where the article
    never spells it out), no surname given to "Mr Lee's wife Ann". A checker can only weigh a
    source the text names. Case endings and the possessive are allowed (``_name_stem``), and an
    item-18 relation is the only wording of the labeller's own (``_words_not_in_article``)."""
    missing = []
    for split, row in _spent_claims():
        body = _body(split, row["article"]).lower()
        if row["sourcing"] == "named":
            person = row["speaker_type"] == "person"
            words = _words_not_in_article(row["speaker"], body, relation_ok=person)
            if words:
                missing.append(f"{split}/{row['article']}: speaker {row['speaker']}: {words}")
        if row["affiliation"]:
            words = _words_not_in_article(row["affiliation"], body, relation_ok=False)
            if words:
                missing.append(f"{split}/{row['article']}: affiliation {row['affiliation']}")
    assert missing == []


def _documented(split: str, sourcing: dict[str, int]) -> tuple[dict, list[Sentence]]:
    """A split's articles and claims, after the checks every split's README entry promises:
    each label is its exact slice, and the claims' sourcing mix is the README's table."""
    articles, sentences = read_labels(DATA / f"{split}.jsonl")
    assert check_labels(DATA / split, articles, sentences) == []
    claims = [s for s in sentences if s.claim]
    assert Counter(s.sourcing for s in claims) == Counter(sourcing)
    assert f"{len(claims)} labelled claims" in label_counts(articles, sentences)
    return articles, claims


def _news_shaped(
    split: str,
    *,
    sourcing: dict[str, int],
    articles: dict[str, int],
    claims: dict[str, int],
    check_worthy: int,
    datelines: int,
    suffixes: dict[str, int],
) -> None:
    """What the README's entry for a split in real news shapes (heldout18 on) promises, beside
    ``_documented``'s checks: articles and claims by language, check-worthy claims, datelines,
    file kinds, and one English Windows-1252 file beside a Russian and a Ukrainian
    Windows-1251 one."""
    rows, _ = _documented(split, sourcing)
    assert label_totals(split) == {
        "sourcing": sourcing,
        "articles": articles,
        "claims": claims,
        "check_worthy": check_worthy,
        "datelines": datelines,
        "suffixes": suffixes,
    }
    _one_legacy_file_a_language(split, rows)


def _sealed_shaped(split: str, digest: str) -> None:
    """``_news_shaped`` for a sealed split: each label its exact slice and the legacy files,
    and its totals (``label_totals``) pinned as ``digest`` (``totals_digest``), so neither this
    file nor a failure's message shows a figure of them. Opening the split turns the digest
    back into ``_news_shaped``'s plain figures."""
    got = totals_digest(label_totals(split))
    assert got == digest, f"{split}: its label totals are not the ones pinned"
    rows, sentences = read_labels(DATA / f"{split}.jsonl")
    assert check_labels(DATA / split, rows, sentences) == []
    claims = sum(1 for s in sentences if s.claim)
    counted = f"{claims} labelled claims" in label_counts(rows, sentences)
    assert counted, f"{split}: label_counts disagrees with the labels"
    _one_legacy_file_a_language(split, rows)


def _one_legacy_file_a_language(split: str, rows: dict) -> None:
    """One English Windows-1252 file beside a Russian and a Ukrainian Windows-1251 one."""
    raw = {name: (DATA / split / name).read_bytes() for name in rows}
    legacy = [name for name, data in raw.items() if not _utf8(data)]
    assert sorted(name[:2] for name in legacy) == ["en", "ru", "uk"]  # cp1252, cp1251 twice


def label_totals(split: str) -> dict[str, object]:
    """A split's label totals as ``_news_shaped`` pins them: claims by sourcing, articles and
    claims by language, check-worthy claims, datelines and file kinds, each count sorted by its
    key (the form ``totals_digest`` hashes)."""
    rows, sentences = read_labels(DATA / f"{split}.jsonl")
    claims = [s for s in sentences if s.claim]

    def counted(values: Iterable[str]) -> dict[str, int]:
        return dict(sorted(Counter(values).items()))

    return {
        "sourcing": counted(s.sourcing for s in claims),
        "articles": counted(row["lang"] for row in rows.values()),
        "claims": counted(s.lang for s in claims),
        "check_worthy": sum(1 for s in claims if s.check_worthy),
        "datelines": sum(1 for row in rows.values() if row["dateline"]),
        "suffixes": counted(Path(name).suffix for name in rows),
    }


def totals_digest(totals: dict[str, object]) -> str:
    """sha256 of the sorted counts (JSON, keys sorted): a sealed split's totals pinned in a test
    without their figures, so ``git show`` of the sealing commit prints nothing a blind second
    labeller or a lane could read (review41 item 12). The labeller prints the digest with
    ``PYTHONPATH=tui:.:tests python -c "import test_attribution_data as t;
    print(t.totals_digest(t.label_totals('SPLIT')))"``; the split's opening turns it back into
    plain figures."""
    return hashlib.sha256(json.dumps(totals, sort_keys=True).encode()).hexdigest()


def test_the_third_held_out_batch_is_as_documented() -> None:
    """heldout3, its README's table (a batch labelled blind): size, languages, sourcing mix,
    and a clean format check."""
    sourcing = {"named": 145, "anonymous": 26, "unattributed": 14, "none": 39}  # after the relabel
    articles, claims = _documented("heldout3", sourcing)
    assert len(articles) >= 16 and len(claims) == 224
    assert sum(1 for row in articles.values() if row["lang"] in ("ru", "uk")) >= 3
    assert sum(1 for row in articles.values() if row["dateline"]) >= 4


def test_the_fourth_held_out_batch_is_as_documented() -> None:
    """heldout4, its README's table (labelled blind, 2026-12-02; the closing figures' split):
    size, languages, sourcing mix, claim count, clean slices."""
    sourcing = {"named": 142, "anonymous": 35, "unattributed": 27, "none": 34}  # after the relabel
    articles, claims = _documented("heldout4", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 16, "ru": 4, "uk": 3}
    assert Counter(s.lang for s in claims) == {"en": 167, "ru": 42, "uk": 29}
    assert sum(1 for row in articles.values() if row["dateline"]) >= 6


def test_the_fifth_held_out_batch_is_as_documented() -> None:
    """heldout5 (README: rewritten from published news, labelled blind (2026-12-02); sealed):
    the README's counts by language and sourcing, and clean slices. Labels only: nothing here
    extracts."""
    sourcing = {"named": 144, "anonymous": 43, "unattributed": 30, "none": 86}
    articles, claims = _documented("heldout5", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 15, "ru": 5, "uk": 5}
    assert Counter(s.lang for s in claims) == {"en": 195, "ru": 54, "uk": 54}
    assert sum(1 for s in claims if s.check_worthy) == 209
    assert sum(1 for row in articles.values() if row["dateline"]) == 9


def test_the_sixth_held_out_batch_is_as_documented() -> None:
    """heldout6 (README: rewritten from published news on business, transport, weather,
    education, culture, consumer affairs and sport, labelled blind (2026-12-02); sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices."""
    sourcing = {"named": 211, "anonymous": 50, "unattributed": 37, "none": 62}
    articles, claims = _documented("heldout6", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 16, "ru": 6, "uk": 6}
    assert Counter(s.lang for s in claims) == {"en": 219, "ru": 68, "uk": 73}
    assert sum(1 for s in claims if s.check_worthy) == 275
    assert sum(1 for row in articles.values() if row["dateline"]) == 8


def test_the_seventh_held_out_batch_is_as_documented() -> None:
    """heldout7 (README: rewritten from published news on politics, courts, police, health,
    science, tech, war and diplomacy, labelled blind (2026-12-02); sealed for one session, spent
    since): the README's counts by language and sourcing, and clean slices."""
    sourcing = {"named": 266, "anonymous": 71, "unattributed": 40, "none": 98}
    articles, claims = _documented("heldout7", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 22, "ru": 10, "uk": 9}
    assert Counter(s.lang for s in claims) == {"en": 288, "ru": 97, "uk": 90}
    assert sum(1 for s in claims if s.check_worthy) == 339
    assert sum(1 for row in articles.values() if row["dateline"]) == 6


def test_the_eighth_held_out_batch_is_as_documented() -> None:
    """heldout8 (README: business, transport, weather, education, culture, consumer, sport,
    energy, labour, agriculture and housing news, labelled blind (2026-12-02); sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices."""
    sourcing = {"named": 285, "anonymous": 55, "unattributed": 43, "none": 72}  # sweep22: item 30
    articles, claims = _documented("heldout8", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 24, "ru": 10, "uk": 10}
    assert Counter(s.lang for s in claims) == {"en": 250, "ru": 107, "uk": 98}
    assert sum(1 for s in claims if s.check_worthy) == 393  # relabelled (item 31)
    assert sum(1 for row in articles.values() if row["dateline"]) == 11


def test_the_ninth_held_out_batch_is_as_documented() -> None:
    """heldout9 (README: politics, elections, courts, police, health, science, tech, defence and
    local government news, labelled blind (2026-12-03); sealed for one session, spent since):
    the README's counts by language and sourcing, and clean slices."""
    sourcing = {"named": 285, "anonymous": 55, "unattributed": 40, "none": 72}
    articles, claims = _documented("heldout9", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 24, "ru": 10, "uk": 10}
    assert Counter(s.lang for s in claims) == {"en": 249, "ru": 104, "uk": 99}
    assert sum(1 for s in claims if s.check_worthy) == 407
    assert sum(1 for row in articles.values() if row["dateline"]) == 11


def test_the_tenth_held_out_batch_is_as_documented() -> None:
    """heldout10 (README: business, transport, weather, education, culture, consumer, sport,
    energy, labour, agriculture and housing news, labelled blind (2026-12-03); sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices."""
    sourcing = {
        "named": 291,
        "anonymous": 45,
        "unattributed": 35,
        "none": 67,
    }  # relabelled (conv12; label13: item 2, the release's "About" paragraph is furniture; label14)
    articles, claims = _documented("heldout10", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 11, "uk": 10}
    assert Counter(s.lang for s in claims) == {"en": 243, "ru": 103, "uk": 92}
    assert sum(1 for s in claims if s.check_worthy) == 376
    assert sum(1 for row in articles.values() if row["dateline"]) == 13


def test_the_eleventh_held_out_batch_is_as_documented() -> None:
    """heldout11 (README: politics, courts, police, health, science, tech, defence and local
    government news, labelled blind (2026-12-03); sealed
    for one session, spent since): the README's counts by language and sourcing, and clean
    slices."""
    sourcing = {"named": 302, "anonymous": 36, "unattributed": 40, "none": 95}  # relabelled
    articles, claims = _documented("heldout11", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 10, "uk": 11}
    assert Counter(s.lang for s in claims) == {"en": 258, "ru": 105, "uk": 110}
    assert sum(1 for s in claims if s.check_worthy) == 417
    assert sum(1 for row in articles.values() if row["dateline"]) == 12


def test_the_twelfth_held_out_batch_is_as_documented() -> None:
    """heldout12 (README: business, transport, weather, education, culture, consumer, sport,
    energy, labour, agriculture and housing news, labelled blind (2026-12-03); sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices."""
    sourcing = {"named": 324, "anonymous": 31, "unattributed": 29, "none": 92}
    articles, claims = _documented("heldout12", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 10, "uk": 10}
    assert Counter(s.lang for s in claims) == {"en": 265, "ru": 104, "uk": 107}
    assert sum(1 for s in claims if s.check_worthy) == 421
    assert sum(1 for row in articles.values() if row["dateline"]) == 12


def test_the_thirteenth_held_out_batch_is_as_documented() -> None:
    """heldout13 (README: politics, courts, police, health, science, technology, defence and
    local government news, labelled blind (2026-12-03);
    sealed for one session, spent since): the README's counts by language and sourcing, and
    clean slices, including its Markdown, HTML and Windows-1251 articles."""
    sourcing = {"named": 294, "anonymous": 32, "unattributed": 28, "none": 75}
    articles, claims = _documented("heldout13", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 10, "uk": 10}
    assert Counter(s.lang for s in claims) == {"en": 238, "ru": 95, "uk": 96}
    assert sum(1 for s in claims if s.check_worthy) == 359
    assert sum(1 for row in articles.values() if row["dateline"]) == 11
    assert Counter(Path(name).suffix for name in articles) == {".txt": 41, ".md": 1, ".html": 1}


def test_the_fourteenth_held_out_batch_is_as_documented() -> None:
    """heldout14 (README: business, transport, weather, education, culture, consumer affairs,
    sport, energy, labour, agriculture and housing news, labelled blind (2026-12-03); sealed for
    one session, spent since): the README's counts by language and sourcing, and clean slices,
    including its Markdown, HTML, Windows-1251 and UTF-16 articles."""
    sourcing = {"named": 315, "anonymous": 37, "unattributed": 40, "none": 80}
    articles, claims = _documented("heldout14", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 10, "uk": 10}
    assert Counter(s.lang for s in claims) == {"en": 268, "ru": 101, "uk": 103}
    assert sum(1 for s in claims if s.check_worthy) == 392
    assert sum(1 for row in articles.values() if row["dateline"]) == 10
    assert Counter(Path(name).suffix for name in articles) == {".txt": 41, ".md": 1, ".html": 1}


def test_the_fifteenth_held_out_batch_is_as_documented() -> None:
    """heldout15 (README: politics, courts, police, health, science, technology, defence and
    local government news, 21 of 45 articles adapted from public news pages, labelled on
    2026-12-03 from the numbered list by someone who never ran the engine on it; sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices,
    including its Markdown, HTML, Windows-1252, KOI8-R and Windows-1251 articles."""
    sourcing = {"named": 272, "anonymous": 38, "unattributed": 34, "none": 119}
    articles, claims = _documented("heldout15", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 11, "uk": 11}
    assert Counter(s.lang for s in claims) == {"en": 260, "ru": 102, "uk": 101}
    assert sum(1 for s in claims if s.check_worthy) == 410
    assert sum(1 for row in articles.values() if row["dateline"]) == 8
    assert Counter(Path(name).suffix for name in articles) == {".txt": 43, ".md": 1, ".html": 1}


def test_the_sixteenth_held_out_batch_is_as_documented() -> None:
    """heldout16 (README: business, transport, weather, education, culture, consumer, sport,
    energy, labour, agriculture and housing news, 30 of 45 articles adapted from public news
    pages, labelled blind from the numbered list (2026-12-03); sealed for one session, spent
    since): the README's counts by language and sourcing, and clean slices, including its
    Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    sourcing = {"named": 300, "anonymous": 34, "unattributed": 30, "none": 106}
    articles, claims = _documented("heldout16", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 23, "ru": 11, "uk": 11}
    assert Counter(s.lang for s in claims) == {"en": 263, "ru": 104, "uk": 103}
    assert sum(1 for s in claims if s.check_worthy) == 408
    assert sum(1 for row in articles.values() if row["dateline"]) == 7
    assert Counter(Path(name).suffix for name in articles) == {".txt": 43, ".md": 1, ".html": 1}


def test_the_seventeenth_held_out_batch_is_as_documented() -> None:
    """heldout17 (README: politics, courts, police, health, science, tech and business news with
    the topics no split had used, environment, migration, elections, diplomacy, disasters,
    religion and media; 30 of 45 articles adapted from public news pages, written to carry
    unnamed sources in their real-news variety, labelled on 2026-12-04 from the numbered list by
    someone who never ran the engine on it; sealed for one session, spent since): the README's
    counts by language and sourcing, and clean slices, including its Markdown, HTML,
    Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    sourcing = {"named": 253, "anonymous": 102, "unattributed": 41, "none": 97}
    articles, claims = _documented("heldout17", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 27, "ru": 9, "uk": 9}
    assert Counter(s.lang for s in claims) == {"en": 317, "ru": 92, "uk": 84}
    assert sum(1 for s in claims if s.check_worthy) == 428
    assert sum(1 for row in articles.values() if row["dateline"]) == 7
    assert Counter(Path(name).suffix for name in articles) == {".txt": 43, ".md": 1, ".html": 1}


def test_the_eighteenth_held_out_batch_is_as_documented() -> None:
    """heldout18 (README: agriculture, housing and planning, local government, prisons,
    aviation and shipping, markets and banking, defence procurement, heritage, sport governance,
    consumer safety, water and science news; 30 of 45 articles adapted from public news pages,
    with the sourcing mix real news gives, labelled on 2026-12-04 from the numbered list by
    someone who never ran the engine on it; sealed for one session, spent since): the README's
    counts by language and sourcing, and clean slices, including its Markdown, HTML,
    Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout18",
        sourcing={"named": 254, "anonymous": 53, "unattributed": 50, "none": 146},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 319, "ru": 92, "uk": 92},
        check_worthy=415,
        datelines=7,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_nineteenth_held_out_batch_is_as_documented() -> None:
    """heldout19 (README: health systems, courts and policing, elections and parties, energy and
    utilities, transport, education, trade and tariffs, conflict reporting and migration; 30 of
    45 articles adapted from public news pages, labelled on 2026-12-04 from the numbered list by
    someone who never ran the engine on it; sealed for one session, spent since): the README's
    counts by language and sourcing, and clean slices, including its Markdown, HTML,
    Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout19",
        sourcing={"named": 258, "anonymous": 59, "unattributed": 57, "none": 122},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 313, "ru": 93, "uk": 90},
        check_worthy=450,
        datelines=4,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twentieth_held_out_batch_is_as_documented() -> None:
    """heldout20 (README: science and tech, environment and weather, culture and media, local
    councils, labour and unions, real estate, religion, tourism, food, small business and sport
    results; 30 of 45 articles adapted from public news pages, labelled on 2026-12-04 from the
    numbered list by someone who never ran the engine on it; sealed for one session, spent
    since): the README's counts by language and sourcing, and clean slices, including its
    Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing here
    extracts."""
    _news_shaped(
        "heldout20",
        sourcing={"named": 288, "anonymous": 65, "unattributed": 48, "none": 133},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 335, "ru": 97, "uk": 102},
        check_worthy=445,
        datelines=5,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_first_held_out_batch_is_as_documented() -> None:
    """heldout21 (README: banking and markets, insurance, aviation and airports, shipping and
    ports, telecoms, defence procurement, agriculture and fisheries, fraud and corruption trials,
    pensions and welfare; 30 of 45 articles adapted from public news pages, labelled on
    2026-12-04 from the numbered list by someone who never ran the engine on it; sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices,
    including its Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing
    here extracts."""
    _news_shaped(
        "heldout21",
        sourcing={"named": 239, "anonymous": 59, "unattributed": 68, "none": 126},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 319, "ru": 88, "uk": 85},
        check_worthy=440,
        datelines=9,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_second_held_out_batch_is_as_documented() -> None:
    """heldout22 (README: housing and homelessness, water and sanitation, prisons, human rights
    reports, diplomacy and summits, sanctions, cyber incidents, the car industry, mining and
    natural disasters; 31 of 45 articles adapted from public news pages, labelled on 2026-12-04
    from the numbered list by someone who never ran the engine on it; sealed for one session,
    spent since): the README's counts by language and sourcing, and clean slices, including its
    Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing here
    extracts."""
    _news_shaped(
        "heldout22",
        sourcing={"named": 269, "anonymous": 66, "unattributed": 52, "none": 112},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 318, "ru": 91, "uk": 90},
        check_worthy=448,
        datelines=8,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_third_held_out_batch_is_as_documented() -> None:
    """heldout23 (README: hospitals and public health, schools and universities, sport
    governance and doping, space agencies, energy utilities and tariffs, local councils and
    budgets, rail and road transport, retail and product recalls; 30 of 45 articles adapted from
    public news pages, labelled blind from the numbered list (2026-12-04); sealed for one
    session, spent since): the README's counts by language and sourcing, and clean slices,
    including its Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing
    here extracts."""
    _news_shaped(
        "heldout23",
        sourcing={"named": 230, "anonymous": 62, "unattributed": 54, "none": 145},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 313, "ru": 91, "uk": 87},
        check_worthy=452,
        datelines=5,
        suffixes={".txt": 42, ".md": 2, ".html": 1},
    )


def test_the_twenty_fourth_held_out_batch_is_as_documented() -> None:
    """heldout24 (README: elections and parties, policing and street crime, civil lawsuits and
    regulators' fines, armed conflicts outside Ukraine, migration and borders, tech platforms
    and media, tourism and hotels, labour disputes and strikes, religion and charities; 29 of
    45 articles adapted from public news pages, labelled on 2026-12-04 from the numbered list by
    someone who never ran the engine on it; sealed for one session, spent since): the README's
    counts by language and sourcing, and clean slices, including its Markdown, HTML,
    Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout24",
        sourcing={"named": 267, "anonymous": 59, "unattributed": 55, "none": 114},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 313, "ru": 91, "uk": 91},
        check_worthy=418,
        datelines=8,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_fifth_held_out_batch_is_as_documented() -> None:
    """heldout25 (README: agriculture and food prices, water and sanitation, aviation and
    airports, banking and fraud, housing and construction, courts of appeal and prisons, weather
    disasters and insurance, fisheries and shipping, museums and heritage, pharmaceuticals and
    trials; 30 of 45 articles adapted from public news pages, labelled on 2026-12-05 from the
    numbered list by someone who never ran the engine on it; sealed for one session, spent
    since): the README's counts by language and sourcing, and clean slices, including its
    Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout25",
        sourcing={"named": 255, "anonymous": 70, "unattributed": 54, "none": 120},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 319, "ru": 90, "uk": 90},
        check_worthy=463,
        datelines=8,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_sixth_held_out_batch_is_as_documented() -> None:
    """heldout26 (README: local government budgets and councils, schools and universities,
    labour strikes and unions, telecoms and internet outages, wildlife and national parks, road
    safety, consumer product recalls, elections abroad, mining and energy prices, space launches,
    religion, tourism; 31 of 45 articles adapted from public news pages, labelled on 2026-12-05
    from the numbered list by someone who never ran the engine on it; sealed for one session,
    spent since): the README's counts by language and sourcing, and clean slices, including its
    Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout26",
        sourcing={"named": 253, "anonymous": 66, "unattributed": 58, "none": 122},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 319, "ru": 90, "uk": 90},
        check_worthy=444,
        datelines=11,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_seventh_held_out_batch_is_as_documented() -> None:
    """heldout27 (README: hospitals and health services, farming and food prices, housing and
    rents, courts and trials, aviation and airports, shipping and ports, sports governance and
    doping, arts and museums, floods, storms and heatwaves, technology companies and data,
    immigration and asylum, banking and pensions, police and crime statistics; 30 of 45 articles
    adapted from public news pages, labelled blind from the numbered list (2026-12-05); sealed
    for one session, spent since): the README's counts by language and sourcing, and clean
    slices, including its Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only:
    nothing here extracts."""
    _news_shaped(
        "heldout27",
        sourcing={"named": 250, "anonymous": 63, "unattributed": 58, "none": 133},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 324, "ru": 90, "uk": 90},
        check_worthy=432,
        datelines=10,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_eighth_held_out_batch_is_as_documented() -> None:
    """heldout28 (README: rail and buses, energy prices and power plants, water utilities and
    drought, prisons and probation, fire and rescue services, universities and research funding,
    supermarkets and retail, insurance, charities, fisheries, taxes and budgets, social care and
    care homes, press freedom and media, defence procurement, sanctions and diplomacy, wildlife and
    conservation; 30 of 45 articles adapted from public news pages, labelled on 2026-12-05 from the
    numbered list by someone who never ran the engine on it; sealed for one session, spent since):
    the README's counts by language and sourcing, and clean slices, including its Markdown, HTML,
    Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout28",
        sourcing={"named": 280, "anonymous": 61, "unattributed": 57, "none": 111},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 328, "ru": 91, "uk": 90},
        check_worthy=462,
        datelines=8,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_twenty_ninth_held_out_batch_is_as_documented() -> None:
    """heldout29 (README: public health and vaccination, pensions and benefits, building safety,
    gambling regulation, cyber attacks and data breaches, museums and heritage, food and drink,
    car makers and plants, shipping and logistics, forestry and logging, animal welfare,
    consumer scams, military recruitment, refugee aid, publishing and libraries; 30 of 45
    articles adapted from public news pages, labelled blind from the numbered list (2026-12-05);
    sealed for one session, spent since): the README's counts by language and sourcing, and
    clean slices, including its Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels
    only: nothing here extracts."""
    _news_shaped(
        "heldout29",
        sourcing={"named": 244, "anonymous": 66, "unattributed": 55, "none": 136},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 320, "ru": 92, "uk": 89},
        check_worthy=477,
        datelines=10,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_thirtieth_held_out_batch_is_as_documented() -> None:
    """heldout30 (README: food fraud, cemeteries, zoos, cinemas, bike share, grant fraud, coastal
    erosion, chess, escalators, fireworks, public Wi-Fi, peat, lifeguards, school meals, parcels,
    a ram raid, pools, hospital parking, a meteorite, smart meters, ice hockey, mushrooms, a mine
    strike, a shipyard, a circus, a chef's lawsuit, post offices, bread, ice rinks, bus stations,
    peat fires, school canteens, lifts, a planetarium, bees, bike lanes, hearing aids, a landslide,
    parcel tariffs and rail tickets; 45 articles written for the split, labelled on 2026-12-05 from
    the numbered list by someone who never ran the engine on it; sealed for one session, spent
    since): the README's counts by language and sourcing, and clean slices, including its
    Markdown, HTML, Windows-1252 and Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout30",
        sourcing={"named": 254, "anonymous": 60, "unattributed": 58, "none": 134},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 321, "ru": 94, "uk": 91},
        check_worthy=463,
        datelines=8,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_thirty_first_held_out_batch_is_as_documented() -> None:
    """heldout31 (README: 44 articles, 32 adapted from public news pages and 12 written for the
    split, labelled blind from the numbered list (2026-12-06); sealed for one session, spent
    since: session 29's validation split, tuning data from session 30): the README's counts by
    language and sourcing, and clean slices, including its Markdown, HTML, Windows-1252 and
    Windows-1251 articles. Labels only: nothing here extracts."""
    _news_shaped(
        "heldout31",
        sourcing={"named": 289, "anonymous": 62, "unattributed": 60, "none": 173},
        articles={"en": 24, "ru": 10, "uk": 10},
        claims={"en": 367, "ru": 111, "uk": 106},
        check_worthy=448,
        datelines=7,
        suffixes={".txt": 42, ".md": 1, ".html": 1},
    )


def test_the_thirty_second_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout32 promises (49 articles: 39 adapted from public
    news pages, 10 written for it; sealed for one session, spent since: session 30's validation
    split, tuning data from session 31): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout32",
        sourcing={"named": 266, "anonymous": 46, "unattributed": 36, "none": 141},
        articles={"en": 28, "ru": 11, "uk": 10},
        claims={"en": 306, "ru": 92, "uk": 91},
        check_worthy=407,
        datelines=8,
        suffixes={".txt": 47, ".md": 1, ".html": 1},
    )


def test_the_thirty_third_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout33 promises (50 articles: 47 adapted from public
    news pages, 3 written for it; sealed for one session, spent since: session 31's validation
    split, tuning data from session 32): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout33",
        sourcing={"named": 276, "anonymous": 44, "unattributed": 35, "none": 139},
        articles={"en": 29, "ru": 11, "uk": 10},
        claims={"en": 328, "ru": 83, "uk": 83},
        check_worthy=429,
        datelines=10,
        suffixes={".txt": 48, ".md": 1, ".html": 1},
    )


def test_the_thirty_fourth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout34 promises (51 articles: 50 adapted from public
    news pages, 1 written for it; sealed for one session, spent since: session 32's validation
    split, tuning data from session 33): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout34",
        sourcing={"named": 274, "anonymous": 38, "unattributed": 41, "none": 169},
        articles={"en": 29, "ru": 11, "uk": 11},
        claims={"en": 316, "ru": 102, "uk": 104},
        check_worthy=435,
        datelines=10,
        suffixes={".txt": 49, ".md": 1, ".html": 1},
    )


def test_the_forty_ninth_held_out_batch_is_as_documented() -> None:
    """The sealed heldout49 (46 articles, all adapted from public news pages; the engine never
    run on them): clean slices, the Windows-1252 and Windows-1251 articles included, and its
    label totals pinned as a digest (``_sealed_shaped``), so that neither the test nor its
    failure prints them (they are in the sealed folder's CONVENTIONS.md, for the lead). Only
    the labels are read."""
    _sealed_shaped("heldout49", HELDOUT49_DIGEST)


HELDOUT49_DIGEST = "2549ba11ac0bf7fa5a5e9f4b8d4242c02014e80e20a341bbfcca0e4c4533fc1a"
"""``totals_digest(label_totals("heldout49"))`` at sealing (label46, session 46)."""


def test_the_forty_eighth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout48 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 46's validation split, figures
    only): its counts by language and sourcing, and clean slices, the Markdown, Windows-1252 and
    Windows-1251 articles included. Only the labels are read; nothing is extracted."""
    _news_shaped(
        "heldout48",
        sourcing={"named": 252, "anonymous": 36, "unattributed": 31, "none": 139},
        articles={"en": 21, "ru": 13, "uk": 12},
        claims={"en": 241, "ru": 118, "uk": 99},
        check_worthy=350,
        datelines=7,
        suffixes={".txt": 45, ".md": 1},
    )


def test_the_forty_seventh_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout47 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 45's validation split, figures
    only; tuning data from session 46): its counts by language and sourcing, and clean slices,
    the Markdown, Windows-1252 and Windows-1251 articles included. Only the labels are read;
    nothing is extracted."""
    _news_shaped(
        "heldout47",
        sourcing={"named": 237, "anonymous": 50, "unattributed": 22, "none": 117},
        articles={"en": 21, "ru": 13, "uk": 12},
        claims={"en": 224, "ru": 108, "uk": 94},
        check_worthy=316,
        datelines=7,
        suffixes={".txt": 45, ".md": 1},
    )


def test_the_forty_sixth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout46 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 44's validation split, figures
    only; tuning data from session 45): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout46",
        sourcing={"named": 208, "anonymous": 46, "unattributed": 56, "none": 113},
        articles={"en": 20, "ru": 13, "uk": 13},
        claims={"en": 229, "ru": 97, "uk": 97},
        check_worthy=301,
        datelines=9,
        suffixes={".txt": 44, ".md": 1, ".html": 1},
    )


def test_the_forty_fifth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout45 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 43's validation split, figures
    only; tuning data from session 44): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout45",
        sourcing={"named": 196, "anonymous": 76, "unattributed": 44, "none": 91},
        articles={"en": 21, "ru": 13, "uk": 12},
        claims={"en": 214, "ru": 97, "uk": 96},
        check_worthy=317,
        datelines=4,
        suffixes={".txt": 44, ".md": 1, ".html": 1},
    )


def test_the_forty_fourth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout44 promises (45 articles, all adapted from public
    news pages; sealed for one session, spent since: session 42's validation split, figures
    only; tuning data from session 43): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped("heldout44", **HELDOUT44)


HELDOUT44: dict[str, Any] = {
    "sourcing": {"named": 226, "anonymous": 72, "unattributed": 34, "none": 134},
    "articles": {"en": 23, "ru": 10, "uk": 12},
    "claims": {"en": 266, "ru": 82, "uk": 118},
    "check_worthy": 336,
    "datelines": 6,
    "suffixes": {".txt": 43, ".md": 1, ".html": 1},
}
"""heldout44's totals, in plain figures since its opening (session 42): sealed, they were
pinned in plain figures too, which review41 item 12 found readable in ``git show``."""


def test_a_sealed_splits_totals_are_pinned_by_their_digest_alone() -> None:
    """A sealed split's test pins ``totals_digest(label_totals(split))``, not its figures: the
    digest of heldout44's plain figures passes ``_sealed_shaped`` on heldout44, in any key
    order; one count off is another digest, and the failure names no figure."""
    digest = totals_digest(HELDOUT44)
    _sealed_shaped("heldout44", digest)
    assert totals_digest({key: HELDOUT44[key] for key in reversed(HELDOUT44)}) == digest
    off = totals_digest({**HELDOUT44, "check_worthy": 335})
    assert off != digest and len(off) == 64
    with pytest.raises(AssertionError, match=r"^heldout44: its label totals are not") as failed:
        _sealed_shaped("heldout44", off)
    assert not re.search(r"\b(226|336|266)\b", str(failed.value))


def test_the_forty_third_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout43 promises (45 articles, all adapted from public
    news pages; sealed for one session, spent since: session 41's validation split, figures
    only; tuning data from session 42): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout43",
        sourcing={"named": 219, "anonymous": 75, "unattributed": 51, "none": 121},
        articles={"en": 26, "ru": 10, "uk": 9},
        claims={"en": 291, "ru": 96, "uk": 79},
        check_worthy=373,
        datelines=12,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_forty_second_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout42 promises (45 articles, all adapted from public
    news pages; sealed for one session, spent since: session 40's validation split, figures
    only; tuning data from session 41): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout42",
        sourcing={"named": 195, "anonymous": 78, "unattributed": 33, "none": 164},
        articles={"en": 26, "ru": 10, "uk": 9},
        claims={"en": 299, "ru": 93, "uk": 78},
        check_worthy=360,
        datelines=10,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_forty_first_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout41 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 39's validation split, figures
    only; tuning data from session 40): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout41",
        sourcing={"named": 188, "anonymous": 65, "unattributed": 39, "none": 141},
        articles={"en": 27, "ru": 10, "uk": 9},
        claims={"en": 268, "ru": 85, "uk": 80},
        check_worthy=301,
        datelines=8,
        suffixes={".txt": 44, ".md": 1, ".html": 1},
    )


def test_the_fortieth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout40 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 38's validation split, figures
    only; tuning data from session 39): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout40",
        sourcing={"named": 215, "anonymous": 65, "unattributed": 44, "none": 128},
        articles={"en": 27, "ru": 10, "uk": 9},
        claims={"en": 296, "ru": 81, "uk": 75},
        check_worthy=340,
        datelines=11,
        suffixes={".txt": 44, ".md": 1, ".html": 1},
    )


def test_the_thirty_ninth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout39 promises (46 articles, all adapted from public
    news pages; sealed for one session, spent since: session 37's validation split, figures
    only; tuning data from session 38): its counts by language and sourcing, and clean slices,
    the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels are
    read; nothing is extracted."""
    _news_shaped(
        "heldout39",
        sourcing={"named": 186, "anonymous": 72, "unattributed": 49, "none": 127},
        articles={"en": 27, "ru": 10, "uk": 9},
        claims={"en": 279, "ru": 82, "uk": 73},
        check_worthy=348,
        datelines=7,
        suffixes={".txt": 44, ".md": 1, ".html": 1},
    )


def test_the_thirty_eighth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout38 promises (45 articles, all adapted from public
    news pages; sealed for one session, spent since: one of session 36's validation splits,
    figures only; tuning data from session 37): its counts by language and sourcing, and clean
    slices, the Markdown, HTML, Windows-1252 and Windows-1251 articles included. Only the labels
    are read; nothing is extracted."""
    _news_shaped(
        "heldout38",
        sourcing={"named": 159, "anonymous": 96, "unattributed": 49, "none": 128},
        articles={"en": 26, "ru": 10, "uk": 9},
        claims={"en": 286, "ru": 73, "uk": 73},
        check_worthy=345,
        datelines=8,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_thirty_seventh_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout37 promises (42 articles, all adapted from public
    news pages; sealed for one session, spent since: session 35's validation split and one of
    session 36's, figures only; tuning data from session 37): its counts by language and
    sourcing, and clean slices, the Markdown, HTML, Windows-1252 and Windows-1251 articles
    included. Only the labels are read; nothing is extracted."""
    _news_shaped(
        "heldout37",
        sourcing={"named": 205, "anonymous": 81, "unattributed": 32, "none": 106},
        articles={"en": 25, "ru": 9, "uk": 8},
        claims={"en": 276, "ru": 78, "uk": 70},
        check_worthy=348,
        datelines=7,
        suffixes={".txt": 40, ".md": 1, ".html": 1},
    )


def test_the_thirty_sixth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout36 promises (45 articles, all adapted from public
    news pages; sealed for one session, spent since: session 34's validation split, tuning data
    from session 35): its counts by language and sourcing, and clean slices, the Markdown, HTML,
    Windows-1252 and Windows-1251 articles included. Only the labels are read; nothing is
    extracted."""
    _news_shaped(
        "heldout36",
        sourcing={"named": 211, "anonymous": 48, "unattributed": 31, "none": 130},
        articles={"en": 27, "ru": 9, "uk": 9},
        claims={"en": 275, "ru": 69, "uk": 76},
        check_worthy=353,
        datelines=7,
        suffixes={".txt": 43, ".md": 1, ".html": 1},
    )


def test_the_thirty_fifth_held_out_batch_is_as_documented() -> None:
    """What the README's section on heldout35 promises (51 articles, all adapted from public
    news pages; sealed for one session, spent since: session 33's validation split, tuning data
    from session 34): its counts by language and sourcing, and clean slices, the Markdown, HTML,
    Windows-1252 and Windows-1251 articles included. Only the labels are read; nothing is
    extracted."""
    _news_shaped(
        "heldout35",
        sourcing={"named": 252, "anonymous": 43, "unattributed": 44, "none": 124},
        articles={"en": 30, "ru": 11, "uk": 10},
        claims={"en": 305, "ru": 80, "uk": 78},
        check_worthy=360,
        datelines=10,
        suffixes={".txt": 49, ".md": 1, ".html": 1},
    )


def _utf8(data: bytes) -> bool:
    """Whether bytes decode as UTF-8 (the legacy-encoded articles do not)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_the_thirteenth_tuning_split_is_as_documented() -> None:
    """dev13 (README: business, transport, weather, culture, sport and energy news written for
    first sight, labelled before the engine ran on it): the README's counts, clean slices."""
    sourcing = {"named": 58, "anonymous": 10, "unattributed": 14, "none": 15}
    articles, claims = _documented("dev13", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 5, "ru": 3, "uk": 2}
    assert Counter(s.lang for s in claims) == {"en": 47, "ru": 30, "uk": 20}
    assert sum(1 for s in claims if s.check_worthy) == 87  # relabelled (label13, item 31)


def test_the_sealed_split_is_left_out_of_the_default_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spent_splits = (
        "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
        "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
        "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
        "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31",
        "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38",
        "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45",
        "heldout46", "heldout47", "heldout48",
    )  # fmt: skip
    for spent in spent_splits:  # spent: tuning data now
        assert spent in SPLITS and spent not in SEALED
        assert spent in chosen_splits("all") and chosen_splits(spent) == (spent,)
    assert {"dev", "heldout4", "heldout6", "dev3"} <= set(chosen_splits("all"))
    assert not set(SEALED) & set(chosen_splits("all"))
    assert set(SEALED) <= set(SPLITS)
    assert SEALED == ("heldout49",)  # written in session 46 (label46)
    for sealed in SEALED:  # sealed: the lead runs it by name
        assert sealed in SPLITS and sealed not in chosen_splits("all")
        assert chosen_splits(sealed) == (sealed,)
    assert main(["--labels-only"]) == 0  # no split named: every split but the sealed ones
    out = capsys.readouterr().out
    assert "split dev: labels match the text" in out and "split dev3: labels match" in out
    assert "split heldout6: labels match the text" in out
    assert "split heldout7: labels match the text" in out
    assert "split heldout8: labels match the text" in out
    assert "split heldout9: labels match the text" in out
    assert "split heldout10: labels match the text" in out
    assert "split heldout11: labels match the text" in out
    assert "split heldout12: labels match the text" in out
    assert "split heldout13: labels match the text" in out
    assert "split heldout14: labels match the text" in out
    assert "split heldout15: labels match the text" in out
    assert "split heldout16: labels match the text" in out
    assert "split heldout17: labels match the text" in out
    assert "split heldout18: labels match the text" in out
    assert "split heldout19: labels match the text" in out
    assert "split heldout20: labels match the text" in out
    assert "split heldout21: labels match the text" in out
    assert "split heldout22: labels match the text" in out
    assert "split heldout23: labels match the text" in out
    assert "split heldout24: labels match the text" in out
    assert "split heldout25: labels match the text" in out
    assert "split heldout26: labels match the text" in out
    assert "split heldout27: labels match the text" in out
    assert "split heldout28: labels match the text" in out
    assert "split heldout29: labels match the text" in out
    assert "split heldout30: labels match the text" in out
    assert "split heldout31: labels match the text" in out
    assert "split heldout32: labels match the text" in out
    assert "split heldout33: labels match the text" in out
    assert "split heldout34: labels match the text" in out
    assert "split heldout35: labels match the text" in out
    assert "split heldout36: labels match the text" in out
    assert "split heldout37: labels match the text" in out
    assert "split heldout38: labels match the text" in out
    assert "split heldout39: labels match the text" in out
    assert "split heldout40: labels match the text" in out
    assert "split heldout41: labels match the text" in out
    assert "split heldout42: labels match the text" in out
    assert "split heldout43: labels match the text" in out
    assert "split heldout44: labels match the text" in out
    assert "split heldout45: labels match the text" in out
    assert "split heldout46: labels match the text" in out
    assert "split heldout47: labels match the text" in out
    assert "split heldout48: labels match the text" in out
    assert all(f"split {name}:" not in out for name in SEALED)


def test_check_labels_names_a_label_that_is_not_its_slice(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("One claim here. Another.", encoding="utf-8")
    good = Sentence("a.txt", "en", 0, 15, "One claim here.", claim=True)
    shifted = Sentence("a.txt", "en", 1, 16, "One claim here.", claim=True)
    orphan = Sentence("b.txt", "en", 0, 3, "One", claim=True)
    articles = {"a.txt": {"article": "a.txt"}, "c.txt": {"article": "c.txt"}}
    assert check_labels(tmp_path, {"a.txt": {}}, [good]) == []
    problems = check_labels(tmp_path, articles, [good, shifted, orphan])
    assert problems == [
        f"c.txt: no such article in {tmp_path}",
        "a.txt:1-16: not the article's text there",
        "b.txt: labelled, but no article record",
    ]


def test_labels_are_offsets_into_the_text_the_desk_stores(tmp_path) -> None:
    """A Windows-1251 file and a Markdown file with front matter are labelled on the text the
    importer decodes and keeps, not on their bytes: the label check reads them the same way."""
    ru = "Мэрия сообщила, что мост откроют в мае. Жители недовольны.\n"
    (tmp_path / "ru.txt").write_bytes(ru.encode("cp1251"))
    md = "---\ntitle: Bridge\n---\nThe council said the bridge opens in May.\n"
    (tmp_path / "en.md").write_text(md, encoding="utf-8")
    assert article_text(tmp_path / "ru.txt") == ru
    assert article_text(tmp_path / "en.md").startswith("The council said")
    labels = [
        Sentence("ru.txt", "ru", 0, 39, ru[:39], claim=True),
        Sentence("en.md", "en", 0, 41, "The council said the bridge opens in May.", claim=True),
    ]
    assert check_labels(tmp_path, {"ru.txt": {}, "en.md": {}}, labels) == []


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Maria Lund", "Lund", True),
        ("Tim Cooke", "Dr Tim Cooke", True),
        ("the Liberal Democrats", "Liberal Democrats", True),
        ("Marsh's campaign", "Marsh's campaign", True),
        ("Игорь Ветров", "Игоря Ветрова", True),
        ("Maria Lund", "Rabobank", False),
        ("Ann Boyd", "Harlan Valley Fire Department", False),
        ("Joanna Whitcombe", None, False),
        ("Elaine Marsh", "Linda Marsh", False),
        ("Linda Marsh", "Incumbent Sheriff Linda Marsh", True),
    ],
)
def test_speaker_names_match_as_documented(gold: str, predicted: str | None, same: bool) -> None:
    assert same_speaker(gold, predicted) is same


def _sentence(body: str, text: str, **labels: object) -> Sentence:
    start = body.index(text)
    return Sentence("a.txt", "en", start, start + len(text), text, **labels)  # type: ignore[arg-type]


def test_evaluate_counts_recall_precision_speakers_and_anonymity() -> None:
    body = (
        "Headline here\n\nAnn Lee said X rose 5%. An aide who asked not to be named said Y. Z fell."
    )
    gold = [
        _sentence(body, "Headline here", claim=False, kind="headline"),
        _sentence(body, "Ann Lee said X rose 5%.", claim=True, speaker="Ann Lee", sourcing="named"),
        _sentence(body, "An aide who asked not to be named said Y.", claim=True,
                  sourcing="anonymous", check_worthy=True),
        _sentence(body, "Z fell.", claim=True, sourcing="none"),
    ]  # fmt: skip

    def ext(text: str, speaker: str | None, sourcing: str) -> Extracted:
        start = body.index(text)
        return Extracted(start, start + len(text), text, speaker, sourcing, 0.5)

    extracted = [
        ext("Headline here", None, "none"),
        ext("Ann Lee said X rose 5%.", "Lee", "named"),
        ext("An aide who asked not to be named said Y.", "Ann Lee", "named"),
    ]
    tally = evaluate({"a.txt": body}, {"a.txt": extracted}, gold, {"a.txt": "en"})["all"]
    assert (tally.labelled, tally.found, tally.whole) == (3, 2, 2)
    assert (tally.extracted, tally.right) == (3, 2)
    assert tally.false_kinds == Counter({"headline": 1})
    assert (tally.sourced, tally.speaker_right, tally.anon_gold, tally.anon_hit) == (2, 1, 1, 0)
    assert tally.confusion["anonymous"]["named"] == 1 and tally.confusion["none"]["missed"] == 1


def test_the_dev3_tuning_split_is_as_documented() -> None:
    """dev3 (README: rewritten from real news pages on business, sport, tech, war, weather and
    culture, labelled before any extraction): size, sourcing mix, clean slices."""
    sourcing = {"named": 89, "anonymous": 21, "unattributed": 13, "none": 38}  # after the relabel
    articles, claims = _documented("dev3", sourcing)
    assert len(claims) == 161
    assert len(articles) == 15 and {row["lang"] for row in articles.values()} == {"en"}
    assert sum(1 for row in articles.values() if row["dateline"]) == 5


def test_the_dev6ru_first_sight_split_is_as_documented() -> None:
    """dev6ru (README: 16 Russian and Ukrainian articles on politics, courts, health, science,
    tech and defence in three batches, each labelled and committed before any extraction)."""
    sourcing = {"named": 89, "anonymous": 18, "unattributed": 18, "none": 19}
    articles, claims = _documented("dev6ru", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"ru": 9, "uk": 7}
    assert Counter(s.lang for s in claims) == {"ru": 85, "uk": 59}
    assert sum(1 for row in articles.values() if row["dateline"]) == 5


def test_the_dev11ruuk_first_sight_split_is_as_documented() -> None:
    """dev11ruuk (README: 12 Russian and Ukrainian articles on business, transport, weather,
    education, culture, consumer news and sport in two batches, each labelled and committed
    before the extractor was run on it): size, languages, sourcing mix, clean slices."""
    sourcing = {"named": 76, "anonymous": 15, "unattributed": 12, "none": 10}
    articles, claims = _documented("dev11ruuk", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"ru": 7, "uk": 5}
    assert Counter(s.lang for s in claims) == {"ru": 65, "uk": 48}
    assert sum(1 for row in articles.values() if row["dateline"]) == 3


def test_the_dev5_tuning_split_is_as_documented() -> None:
    """dev5 (README: rewritten from real news pages on politics, courts, health, science, tech
    and war/defence, labelled and committed before any extraction): size,
    sourcing mix, clean slices."""
    sourcing = {
        "named": 32,
        "anonymous": 17,
        "unattributed": 8,
        "none": 38,
    }  # relabelled  # relabelled
    articles, claims = _documented("dev5", sourcing)
    assert len(articles) == 8 and {row["lang"] for row in articles.values()} == {"en"}
    assert sum(1 for s in claims if s.check_worthy) == 62
    assert sum(1 for row in articles.values() if row["dateline"]) == 3


def test_the_dev7en_first_sight_split_is_as_documented() -> None:
    """dev7en (README: 5 English articles rewritten from real pages on health, politics,
    courts, war and tech, labelled and committed before any extraction, at
    the end of the English pass): size, sourcing mix, clean slices."""
    sourcing = {"named": 15, "anonymous": 7, "unattributed": 5, "none": 17}  # relabelled
    articles, claims = _documented("dev7en", sourcing)
    assert len(articles) == 5 and {row["lang"] for row in articles.values()} == {"en"}
    assert sum(1 for s in claims if s.check_worthy) == 31


def test_the_dev8en_first_sight_split_is_as_documented() -> None:
    """dev8en (README: 4 English articles rewritten from real pages on science, health,
    politics and courts, committed before the extractor was run on them): counts, slices."""
    sourcing = {"named": 11, "anonymous": 0, "unattributed": 2, "none": 15}
    articles, claims = _documented("dev8en", sourcing)
    assert sum(1 for s in claims if s.check_worthy) == 19
    assert len(articles) == 4 and {row["lang"] for row in articles.values()} == {"en"}


def test_the_dev9en_first_sight_split_is_as_documented() -> None:
    """dev9en (README: 9 English articles rewritten from real pages on business, transport,
    weather, education, culture, consumer affairs and sport, committed before the extractor
    was run on them): counts, slices."""
    sourcing = {"named": 66, "anonymous": 5, "unattributed": 8, "none": 42}
    articles, claims = _documented("dev9en", sourcing)
    assert sum(1 for s in claims if s.check_worthy) == 84
    assert len(articles) == 9 and {row["lang"] for row in articles.values()} == {"en"}
    assert sum(1 for row in articles.values() if row["dateline"]) == 2


def test_the_dev10en_first_sight_split_is_as_documented() -> None:
    """dev10en (README: 4 English articles rewritten from real pages, a wire story, a tabloid,
    business news and a Q&A, committed before the extractor was run on them): counts, slices."""
    sourcing = {"named": 25, "anonymous": 7, "unattributed": 1, "none": 12}
    articles, claims = _documented("dev10en", sourcing)
    assert sum(1 for s in claims if s.check_worthy) == 30
    assert len(articles) == 4 and {row["lang"] for row in articles.values()} == {"en"}


def test_the_dev12_first_sight_split_is_as_documented() -> None:
    """dev12 (README: 10 English, Russian and Ukrainian articles on politics, courts, police,
    health, science and tech, labelled blind for the split): counts by language and sourcing,
    clean slices."""
    sourcing = {"named": 58, "anonymous": 7, "unattributed": 16, "none": 18}  # relabelled
    articles, claims = _documented("dev12", sourcing)
    assert Counter(row["lang"] for row in articles.values()) == {"en": 6, "ru": 2, "uk": 2}
    assert Counter(s.lang for s in claims) == {"en": 61, "ru": 20, "uk": 18}
    assert sum(1 for s in claims if s.check_worthy) == 88  # relabelled


@pytest.mark.parametrize(
    ("gold", "predicted", "named"),
    [
        ("Harbour Regulatory Office", "the regulator", False),
        ("Harbour Regulatory Office", "Office", True),
        ("Maria Lund", "Lund", True),
        ("Marsh's campaign", "Marsh's campaign", True),
        ("the board", "the board", True),
        ("Westvale Water Board", "board", False),
        ("Игорь Ветров", "Игоря Ветрова", True),
        ("Maria Lund", None, False),
    ],
)
def test_the_strict_count_takes_a_name_not_a_common_noun(
    gold: str, predicted: str | None, named: bool
) -> None:
    """names_it: a common noun left as written ("the regulator") matches a body's name by
    same_speaker's last-word rule but names no one; the strict figure does not count it."""
    assert names_it(gold, predicted) is named


def test_a_split_folders_notes_are_never_imported(tmp_path: Path) -> None:
    """A sealed split keeps its labeller's notes beside its articles; imported, they became one
    more article on the evaluation desk and moved the check-worthiness AUC."""
    from tools.evaluate_attribution import split_files

    for name in ("b_article.txt", "a_article.md", "CONVENTIONS.md", ".hidden.txt"):
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in split_files(tmp_path)] == ["a_article.md", "b_article.txt"]
