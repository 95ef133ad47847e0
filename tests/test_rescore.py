"""Stored scores follow the desk: a later article can raise an earlier claim's score."""

from __future__ import annotations

from pathlib import Path

from factdesk.desk.service import Desk

COLUMNS = "(claim_id, other_claim_id, label, similarity, reason)"
"""claim_matches' columns a test writes (the checksum left out: not checked then)."""

CAPTURE = (
    "Fighting near Zarichne\n\n"
    "Russian forces have fully captured the village of Zarichne, the Russian defence ministry "
    "said on Tuesday.\n"
)
DENIAL = (
    "Kyiv rejects capture claim\n\n"
    "The Ukrainian General Staff has denied losing Zarichne, saying Ukrainian forces still "
    "control the village.\n"
)


def claim_about(desk: Desk, article_id: int, word: str):
    return next(c for c in desk.claims(article_id) if word in c.text)


def test_a_conflicting_article_raises_the_earlier_claims_score(desk: Desk, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CAPTURE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DENIAL, encoding="utf-8")
    desk.import_paths([tmp_path / "a.txt"])
    [first] = desk.articles()
    before = claim_about(desk, first.id, "captured")
    desk.import_paths([tmp_path / "b.txt"])
    after = claim_about(desk, first.id, "captured")
    labels = {m.label for m in desk.related(after.id)}
    assert "conflicts" in labels
    assert after.score > before.score
    assert any("conflict" in reason["feature"] for reason in after.score_reasons)


def test_single_source_name_is_flagged_but_carries_no_weight(desk: Desk, tmp_path: Path) -> None:
    """On most claims of a desk, so the fit leaves it out of the score (issue 17)."""
    (tmp_path / "a.txt").write_text(CAPTURE, encoding="utf-8")
    desk.import_paths([tmp_path / "a.txt"])
    [article] = desk.articles()
    claim = claim_about(desk, article.id, "captured")
    assert "single-source-name" in claim.flags
    assert not any("single-source" in reason["feature"] for reason in claim.score_reasons)


def test_rescoring_runs_the_model_only_where_a_desk_signal_changed(
    seeded_desk: Desk, monkeypatch
) -> None:
    """Claims scored at import keep their scores without a second model run; a new conflict
    re-scores exactly the two claims on its ends."""
    from factdesk.score import rescore
    from factdesk.score.combined import CONFLICT_SIGNAL, score_claim

    calls: list[str] = []

    def counted(text: str, **kwargs):
        calls.append(text)
        return score_claim(text, **kwargs)

    monkeypatch.setattr(rescore, "score_claim", counted)
    conn = seeded_desk.store.conn
    articles = [a.id for a in seeded_desk.articles()]
    with seeded_desk.store.transaction():
        assert rescore.rescore_articles(conn, articles) == 0
    assert calls == []

    in_conflict = {
        cid
        for row in conn.execute("SELECT claim_id, other_claim_id FROM claim_matches"
                                " WHERE label = 'conflicts'")
        for cid in row
    }  # fmt: skip
    first, second = (
        next(c for c in seeded_desk.claims(a) if c.id not in in_conflict) for a in articles[:2]
    )
    with seeded_desk.store.transaction():
        conn.execute(
            f"INSERT INTO claim_matches {COLUMNS} VALUES (?, ?, 'conflicts', 80.0, 'test')",
            [first.id, second.id],
        )
        rescore.rescore_articles(conn, articles)
    assert sorted(calls) == sorted([first.text, second.text])
    for claim in (first, second):
        expected, _ = score_claim(
            claim.text, kind=claim.kind, sourcing=claim.sourcing,
            flags=[*claim.flags, CONFLICT_SIGNAL],
        )  # fmt: skip
        assert seeded_desk.claim(claim.id).score == expected


def test_an_import_rescores_the_claims_it_conflicts_with_not_their_articles(
    seeded_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """Only claims whose desk signals can have changed are looked at: a conflicting article's
    other claims are not read again (on a big desk they were hundreds of articles)."""
    from factdesk.score import rescore

    looked: list[int] = []
    real = rescore._rescore

    def counted(conn, rows):
        looked.extend(row[0] for row in rows)
        return real(conn, rows)

    monkeypatch.setattr(rescore, "_rescore", counted)
    weighed = {  # claims scored with a conflict already: nothing about them can change
        row[0]
        for row in seeded_desk.store.conn.execute(
            "SELECT id FROM claims WHERE score_reasons LIKE '%conflicting claims elsewhere%'"
        )
    }
    (tmp_path / "b.txt").write_text(DENIAL.replace("Zarichne", "Kupyansk"), encoding="utf-8")
    seeded_desk.import_paths([tmp_path / "b.txt"])
    new = max(a.id for a in seeded_desk.articles())
    conn = seeded_desk.store.conn
    ends = rescore.claims_in_conflict_with(conn, new)
    assert ends, "the denial should conflict with the seeds' capture claims"
    theirs = {c.id for c in seeded_desk.claims(new)}
    elsewhere = set(looked) - theirs
    articles = {seeded_desk.claim(c).article_id for c in elsewhere}
    whole = {c.id for a in articles for c in seeded_desk.claims(a)}
    assert ends - weighed <= elsewhere  # each claim new to a conflict is scored again
    assert not elsewhere or elsewhere < whole  # never the rest of its article


DENIAL_AGAIN = (
    "Zarichne still held, says Kyiv\n\n"
    "Ukraine's military denied on Wednesday that Zarichne had been captured, saying Ukrainian "
    "forces still control the village.\n"
)


def test_a_claim_whose_score_weighs_a_conflict_already_is_not_read_again(
    desk: Desk, tmp_path: Path
) -> None:
    from factdesk.score import rescore

    conn = desk.store.conn
    weighed: set[int] = set()
    for name, text in (("a.txt", CAPTURE), ("b.txt", DENIAL), ("c.txt", DENIAL_AGAIN)):
        weighed = {  # claims scored with a conflict before this import
            row[0]
            for row in conn.execute(
                "SELECT id FROM claims WHERE score_reasons LIKE '%conflicting claims elsewhere%'"
            )
        }
        (tmp_path / name).write_text(text, encoding="utf-8")
        desk.import_paths([tmp_path / name])
    third = max(a.id for a in desk.articles())
    ends = rescore.claims_in_conflict_with(conn, third)
    assert ends & weighed, "the second denial conflicts with a claim in conflict already"
    assert not rescore.claims_gaining_conflict(conn, third) & weighed
    with desk.store.transaction():  # the full check agrees: nothing was left to change
        assert rescore.rescore_claims(conn, ends) == 0
