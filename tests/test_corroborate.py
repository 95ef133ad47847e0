"""The same claim elsewhere, on the seeds and on small invented articles.

Claim boundaries belong to the extractor and may shift, so claims are found by key phrases
of their text, never by id.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from factdesk.desk.service import Desk, DeskError


def claims_with(desk: Desk, pattern: str) -> list:
    return [c for c in desk.claims() if re.search(pattern, c.text)]


def one_claim(desk: Desk, pattern: str, article_id: int | None = None):
    found = [c for c in claims_with(desk, pattern) if article_id in (None, c.article_id)]
    assert found, f"no claim matches {pattern!r}"
    return found[0]


def labels(desk: Desk, claim_id: int) -> dict[int, str]:
    return {r.other_claim_id: r.label for r in desk.related(claim_id)}


GERASIMOV = (
    r"Gerasimov.*(fully liberated|liberation of Kupyansk|capture of Kupyansk|finally been captured)"
)


def test_gerasimov_s_report_is_one_origin_in_four_articles(seeded_desk: Desk) -> None:
    reports = claims_with(seeded_desk, GERASIMOV)
    assert len({c.article_id for c in reports}) == 4
    first = reports[0]
    same = {r.other_claim_id for r in seeded_desk.related(first.id) if r.label == "same"}
    others = {c.id for c in reports[1:]}
    assert others <= same | {
        r.other_claim_id
        for other in reports[1:]
        for r in seeded_desk.related(other.id)
        if r.label == "same"
    }
    # every report is matched as "same" by at least one report of another article
    for claim in reports:
        assert any(
            r.label == "same" and r.other_claim_id in {c.id for c in reports}
            for r in seeded_desk.related(claim.id)
        ), claim.text
    keys = {seeded_desk.origin(c.id)[1] for c in reports}
    assert len(keys) == 1, keys
    suggestion = seeded_desk.suggestion(first.id)
    assert suggestion.origins == 1
    assert suggestion.verdict != "corroborated"  # four copies of one report corroborate nothing


def test_the_volchansk_figure_is_matched_across_its_three_articles(seeded_desk: Desk) -> None:
    claims = claims_with(seeded_desk, r"80% of Volchansk")
    articles = {c.article_id for c in claims}
    assert len(articles) == 3
    for claim in claims:
        same = {r.article_id for r in seeded_desk.related(claim.id) if r.label == "same"}
        assert articles <= same | {claim.article_id}, claim.text


def test_the_ukrainian_denial_conflicts_with_the_capture(seeded_desk: Desk) -> None:
    capture = one_claim(seeded_desk, r"fully liberated")
    denials = claims_with(seeded_desk, r"denied losing|yet to formally acknowledge")
    assert len({d.article_id for d in denials}) == 2
    for denial in denials:
        assert labels(seeded_desk, denial.id).get(capture.id) == "conflicts", denial.text
        assert labels(seeded_desk, capture.id).get(denial.id) == "conflicts"


def test_january_s_ukrainian_control_conflicts_with_fully_liberated(seeded_desk: Desk) -> None:
    capture = one_claim(seeded_desk, r"fully liberated")
    control = claims_with(seeded_desk, r"Ukrain\w* forces control nearly all|Ukraine controls both")
    assert control
    for claim in control:
        found = [r for r in seeded_desk.related(claim.id) if r.other_claim_id == capture.id]
        assert found and found[0].label == "conflicts", claim.text
        assert "Kupyansk" in found[0].reason or "Kupiansk" in found[0].reason


def test_place_variants_are_grouped_and_nothing_else(seeded_desk: Desk) -> None:
    groups = [set(g.variants) for g in seeded_desk.names() if len(g.variants) > 1]
    expected = [{"Kupyansk", "Kupiansk"}, {"Kucheryovka", "Kucherivka"},
                {"Kurilovka", "Kurilivka"}, {"Kupyansk-Uzlovoy", "Kupyansk-Vuzlovyi"},
                {"Oskol", "Oskil"}]  # fmt: skip
    for variants in expected:
        assert variants in groups, variants
    for group in groups:
        if group in expected:
            continue
        # the only other merges allowed: a full personal name with its bare surname
        full = [s for s in group if " " in s]
        assert len(group) == 2 and len(full) == 1, group
        assert full[0].split()[-1] in group, group


def test_name_groups_count_articles_and_flag_single_source(seeded_desk: Desk) -> None:
    groups = {g.name: g for g in seeded_desk.names()}
    kupyansk = next(g for g in groups.values() if "Kupiansk" in g.variants)
    assert kupyansk.articles == 5 and not kupyansk.single_source
    assert any(g.single_source for g in groups.values())
    first = seeded_desk.articles()[0].id
    assert all(any(v for v in g.variants) for g in seeded_desk.names(first))


def test_merge_and_split_by_spelling_survive_reimport(seeded_desk: Desk, tmp_path: Path) -> None:
    seeded_desk.merge_names(["Kurilovka", "Kurilovsk"])
    group = next(g for g in seeded_desk.names() if "Kurilovsk" in g.variants)
    assert {"Kurilovka", "Kurilivka", "Kurilovsk"} <= set(group.variants)
    seeded_desk.split_name("Oskil")
    assert not any({"Oskol", "Oskil"} <= set(g.variants) for g in seeded_desk.names())
    reopened = Desk.open(seeded_desk.path, config=seeded_desk.config)
    reopened.import_paths([Path(__file__).resolve().parent.parent / "seeds"])
    assert any({"Kurilovka", "Kurilovsk"} <= set(g.variants) for g in reopened.names())
    with pytest.raises(DeskError, match="no name spelled"):
        reopened.merge_names(["Kurilovka", "Atlantis"])
    reopened.close()


def test_link_unlink_history_and_undo(seeded_desk: Desk) -> None:
    a = one_claim(seeded_desk, r"fully liberated")
    b = one_claim(seeded_desk, r"denied losing")
    assert seeded_desk.link(a.id, b.id) is not None
    assert seeded_desk.link(a.id, b.id) is None  # already linked: nothing recorded
    assert [c.id for c in seeded_desk.links(a.id)] == [b.id]
    assert any(r.linked for r in seeded_desk.related(a.id) if r.other_claim_id == b.id)
    assert seeded_desk.history(a.id)[-1].action == "link"
    seeded_desk.undo()
    assert seeded_desk.links(a.id) == []
    seeded_desk.redo()
    assert [c.id for c in seeded_desk.links(a.id)] == [b.id]
    seeded_desk.unlink(a.id, b.id)
    assert seeded_desk.links(a.id) == []
    assert [h.action for h in seeded_desk.history(a.id)][-1] == "unlink"
    with pytest.raises(DeskError):
        seeded_desk.link(a.id, a.id)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_invented_articles_corroborate_and_contradict(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "invented"
    folder.mkdir()
    _write(
        folder,
        "a.txt",
        "Shelling hit Zaporizhzhia.\n\nOleksandr Prokudin, the regional "
        "governor, told Reuters that Russian forces captured the village of Novoselivka "
        "on 3 March after a week of fighting.\n",
    )
    _write(
        folder,
        "b.txt",
        "Fighting continues.\n\nRussian forces captured the village of "
        "Novoselovka on March 3 after a week of heavy fighting, a military spokesman "
        "said in an interview with Interfax.\n",
    )
    _write(
        folder,
        "c.txt",
        "An update.\n\nThe Ukrainian army has denied losing Novoselivka, "
        "saying its units still hold the village.\n",
    )
    report = desk.import_paths([folder])
    assert not report.failed, report.summary()
    a = one_claim(desk, r"Prokudin|captured the village of Novoselivka")
    b = one_claim(desk, r"Novoselovka")
    c = one_claim(desk, r"denied losing")
    assert labels(desk, a.id).get(b.id) == "same"
    assert labels(desk, c.id).get(a.id) == "conflicts"
    suggestion = desk.suggestion(b.id)
    assert suggestion.verdict in ("disputed", "contradicted")
    assert suggestion.reason


def _matches(desk: Desk) -> dict[frozenset[int], tuple[str, float]]:
    """Every stored pair with its label and similarity (the reason names what the two share
    in the order of the claim whose lookup found the pair, so it is left out)."""
    rows = desk.store.conn.execute(
        "SELECT claim_id, other_claim_id, label, similarity FROM claim_matches"
    ).fetchall()
    return {frozenset((a, b)): (label, similarity) for a, b, label, similarity in rows}


def test_indexing_twice_changes_nothing(seeded_desk: Desk) -> None:
    """Every seed article indexed again, the last imported first: the same pairs, labels
    and similarities. When every claim was matched again against the whole desk, six pairs
    (one a conflict) went. One claim's facts do change (a place the desk learnt of later:
    its stored facts were older), so it is matched again: its pairs come back whole."""
    from factdesk.corroborate import index as crossref

    before = _matches(seeded_desk)
    for article in sorted(seeded_desk.articles(), key=lambda a: -a.id):
        crossref.index_article(seeded_desk.store, article.id)
    assert _matches(seeded_desk) == before


FARES = [
    "Bus fares in the city went up sharply on Monday, the transport office said.",
    "Bus tickets in the city became much dearer on Monday, officials at the transport office said.",
    "Riders paid far more for a bus ticket on Monday after the fare rise, the transport office "
    "said.",
    "The fare rise made every bus ride in the city much more expensive on Monday, the transport "
    "office said.",
    "A single bus journey cost a lot more on Monday after fares rose, the transport office said.",
    "Commuters faced much higher bus fares on Monday, the city's transport office said.",
    "The price of a bus ticket went up steeply on Monday, the city transport office said.",
    "Bus passengers in the city paid a lot more on Monday, the transport office said.",
    "Fares on city buses climbed steeply on Monday, the transport office said.",
]
"""Nine accounts of one fare rise in other words, no name or figure in common: each finds the
earlier ones by meaning alone (``neighbours``), at most ``TOP_K`` a lookup."""


def _import_fares(desk: Desk, tmp_path: Path) -> None:
    """``FARES``, one article each, imported in their order."""
    for number, text in enumerate(FARES):
        (tmp_path / f"{number}.md").write_text(
            f"---\ntitle: Fares {number}\ndate: 2026-03-03\n---\n\n{text}\n", encoding="utf-8"
        )
    desk.import_paths(sorted(tmp_path.glob("*.md"), key=lambda p: int(p.stem)))


def test_an_unchanged_claim_indexed_again_keeps_what_later_claims_found(
    desk: Desk, tmp_path: Path
) -> None:
    """issue 15: re-indexing a finished desk dropped pairs (18 of 373 on an 82-article
    desk). The first account is linked by more later ones than one lookup keeps; indexing
    it again (its speaker set by hand, or its article, every article in turn) matched it
    against the whole desk, where it kept its own ``TOP_K`` nearest only. Its facts are
    unchanged, so every match stands; its origin follows the speaker."""
    from factdesk.corroborate import index as crossref
    from factdesk.corroborate.neighbours import TOP_K

    _import_fares(desk, tmp_path)
    first = one_claim(desk, "went up sharply")
    linked = labels(desk, first.id)
    assert len(linked) > TOP_K and set(linked.values()) == {"related"}
    before = _matches(desk)
    desk.set_speaker(first.id, speaker="Mira Olund", speaker_type="person", sourcing="named")
    assert desk.origin(first.id)[0] == "Mira Olund"
    assert _matches(desk) == before
    for article in desk.articles():
        crossref.index_article(desk.store, article.id)
    assert _matches(desk) == before


def test_a_matcher_change_reaches_the_stored_pairs_and_only_a_new_version_does(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review37 item 9: since a claim whose facts are unchanged keeps its pairs, a change of
    the matcher's own rules never reached a desk's stored pairs. The desk records its
    matcher's version (``domain.matcher.VERSION``); judged again under the same matcher,
    every pair comes back as the imports found them (in their order); under a matcher that
    links nothing by meaning, the same version keeps the old pairs (no work for an
    unchanged desk), and a new one takes every pair of the desk away, not only the pairs of
    the article indexed again, whether through a re-index, a lookup or opening the desk."""
    from factdesk.corroborate import index as crossref
    from factdesk.corroborate.match import MatchIndex
    from factdesk.desk.service import REJUDGE_NOTICE
    from factdesk.store import extraction
    from factdesk.store.db import read_state, write_state
    from factdesk.store.migrations import MATCHER_KEY

    _import_fares(desk, tmp_path)
    store, before = desk.store, _matches(desk)
    recorded = str(extraction.MATCHER_VERSION)
    assert len(before) > 9 and read_state(store.conn, MATCHER_KEY) == recorded
    articles = [a.id for a in desk.articles()]
    looked_up = one_claim(desk, "went up sharply").id
    # a lookup keeps the answer for this connection (review38) until it writes or the
    # version moves: each step below follows one
    crossref.ensure_indexed(store, looked_up)
    with store.transaction():
        write_state(store.conn, MATCHER_KEY, "0")  # (judged by another matcher)
    crossref.index_article(store, articles[-1])
    assert _matches(desk) == before
    assert read_state(store.conn, MATCHER_KEY) == recorded

    monkeypatch.setattr(MatchIndex, "by_meaning", lambda self, facts: [])
    crossref.index_article(store, articles[0])
    assert _matches(desk) == before  # the same version: unchanged claims keep their pairs
    crossref.ensure_indexed(store, looked_up)
    monkeypatch.setattr(extraction, "MATCHER_VERSION", extraction.MATCHER_VERSION + 1)
    crossref.ensure_indexed(store, looked_up)
    assert _matches(desk) == {}
    monkeypatch.undo()
    notices: list[str] = []
    again = Desk.open(store.path, config=desk.config, on_wait=notices.append)
    try:
        assert notices[0] == REJUDGE_NOTICE and _matches(again) == before
    finally:
        again.close()


@pytest.mark.parametrize("release", [False, True])
def test_a_rejudge_stopped_mid_way_judges_only_what_is_left(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, release: bool
) -> None:
    """review38 item 2: ``rejudge`` judged a whole desk in one transaction (83 s of CPU at
    2,000 articles), with no progress, and a stop lost all of it. In batches, each committed:
    stopped in its third batch, the two before stay judged (their pairs in place, the rest
    set aside); asked on the app's event loop it does nothing (a lookup reads the pairs as
    stored); the next open judges only the articles left, says how far it is, and ends with
    every pair the imports found. Unless a release with another matcher came between
    (``release``, review39): the two judged by the old one are judged again too."""
    from factdesk.corroborate import index as crossref
    from factdesk.desk.service import REJUDGE_NOTICE, REJUDGE_PROGRESS
    from factdesk.store import extraction
    from factdesk.store.db import read_state, write_state
    from factdesk.store.extraction import rejudge_left
    from factdesk.store.migrations import MATCHER_KEY

    _import_fares(desk, tmp_path)
    store, before = desk.store, _matches(desk)
    articles = [a.id for a in desk.articles()]
    assert len(articles) > 3
    with store.transaction():
        write_state(store.conn, MATCHER_KEY, "0")  # (judged by another matcher)
    judged: list[int] = []
    judge = crossref._judge

    def counted(conn, st, fresh, rows, spellings):  # type: ignore[no-untyped-def]
        if len(set(judged)) == 2 and not stop_once.pop():
            raise KeyboardInterrupt  # a stop in the third batch, after its first article
        judged.extend({row[1] for row in rows})
        return judge(conn, st, fresh, rows, spellings)

    stop_once = [True, False]
    monkeypatch.setattr(crossref, "_judge", counted)
    with pytest.raises(KeyboardInterrupt):
        crossref.rejudge(store, batch=1)
    first_two = sorted(articles)[:2]
    assert sorted(set(judged)) == first_two
    assert rejudge_left(store.conn) == len(articles) - 2
    assert read_state(store.conn, MATCHER_KEY) == "0"
    kept = {pair: seen for pair, seen in before.items() if all(
        desk.claim(c).article_id in first_two for c in pair)}  # fmt: skip
    assert kept and _matches(desk) == kept  # the judged batches' pairs, committed

    # never on the app's event loop: a lookup there reads the pairs as stored
    desk.on_event_loop()
    claim = next(c for pair in kept for c in pair)
    assert crossref.rejudge(store) is None and desk.related(claim)
    assert rejudge_left(store.conn) == len(articles) - 2 and _matches(desk) == kept
    desk.on_event_loop(False)

    judged.clear()
    if release:
        monkeypatch.setattr(extraction, "MATCHER_VERSION", extraction.MATCHER_VERSION + 1)
    notices: list[str] = []
    again = Desk.open(store.path, config=desk.config, on_wait=notices.append)
    try:
        left = len(articles) - (0 if release else 2)
        assert sorted(set(judged)) == sorted(articles)[-left:]  # only what was left
        assert notices[0] == REJUDGE_NOTICE
        assert notices[-1] == REJUDGE_PROGRESS.format(done=left, total=left)
        assert _matches(again) == before and rejudge_left(again.store.conn) == 0
        assert read_state(again.store.conn, MATCHER_KEY) == str(extraction.MATCHER_VERSION)
    finally:
        again.close()


def test_a_matcher_record_read_in_a_write_that_rolls_back_is_not_kept(desk: Desk) -> None:
    """The answer "this matcher judged the desk" is kept per open desk (review38), but not
    one read inside a transaction: rolled back, the desk records the other matcher again."""
    from factdesk.corroborate import index as crossref
    from factdesk.store.db import read_state, write_state
    from factdesk.store.extraction import MATCHER_VERSION, record_matcher
    from factdesk.store.migrations import MATCHER_KEY

    store = desk.store
    with store.transaction():
        write_state(store.conn, MATCHER_KEY, "0")
    with pytest.raises(RuntimeError), store.transaction():
        record_matcher(store.conn)
        assert crossref.rejudge(store) is None  # (read as this matcher's, in the write)
        raise RuntimeError("rolled back")
    assert read_state(store.conn, MATCHER_KEY) == "0"
    assert crossref.rejudge(store) == 0  # no index row: the version recorded, nothing judged
    assert read_state(store.conn, MATCHER_KEY) == str(MATCHER_VERSION)


def test_anonymous_single_source_is_unverifiable(desk: Desk, tmp_path: Path) -> None:
    _write(
        tmp_path,
        "x.txt",
        "Report.\n\nThe bridge near Balakliia was destroyed on Tuesday "
        "night, a local official said, speaking on condition of anonymity.\n",
    )
    desk.import_paths([tmp_path / "x.txt"])
    claim = one_claim(desk, r"Balakliia")
    suggestion = desk.suggestion(claim.id)
    assert suggestion.verdict == "unverifiable"


def test_a_reason_names_a_group_as_the_claim_spells_it(desk: Desk, tmp_path: Path) -> None:
    """A match's reason named a shared place by the first spelling the desk saw, one neither
    claim wrote (an English pair's "both mention" read another article's Cyrillic form)."""
    texts = {
        "a": "Market day in Velmóra\n\nResidents of Velmóra gathered on Monday. The mayor of "
        "Velmóra said the bridge at Velmóra would reopen in May.\n",
        "b": "Flood hits Velmora\n\nThe river at Velmora rose 2 metres on Tuesday and flooded "
        "40 homes in Dunmore, the fire service said.\n",
        "c": "Homes flooded\n\nFlood water flooded 40 homes in Dunmore and Velmora on Tuesday "
        "after the river rose 2 metres, the council said.\n",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    desk.import_paths([tmp_path / f"{name}.txt" for name in texts])
    flood = one_claim(desk, r"^Flood water")
    (match,) = [r for r in desk.related(flood.id) if "river at" in r.text]
    assert "Velmora" in match.reason and "Velmóra" not in match.reason, match.reason
    (everywhere,) = [g for g in desk.names() if "Velmora" in g.variants]
    assert everywhere.name == "Velmóra"  # the desk-wide list still goes by the most used
