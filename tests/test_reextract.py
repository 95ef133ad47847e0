"""Re-extraction of claims an older extractor wrote: ids, verdicts and hand work survive."""

from __future__ import annotations

import json

import pytest
from factdesk.cli.entry import main
from factdesk.desk.reextraction import ReextractRun
from factdesk.desk.service import Desk
from factdesk.extract.attribution import VERSION
from factdesk.text.counts import counted


def _age(desk: Desk) -> None:
    """Make the desk look written by extractor 1, with a wrong speaker on every claim."""
    with desk.store.transaction() as conn:
        conn.execute(
            "UPDATE claims SET extractor = 1, speaker = 'Old Guess', sourcing = 'named' "
            "WHERE speaker_by IS NULL"
        )
        conn.execute("UPDATE claims SET extractor = 1")


def test_reextract_keeps_ids_and_review_work(seeded_desk: Desk) -> None:
    claims = seeded_desk.claims()
    target = next(c for c in claims if "Analysts warn" in c.text)
    seeded_desk.set_verdict(target.id, "disputed")
    seeded_desk.set_note(target.id, "checked against the ISW map")
    _age(seeded_desk)
    assert target.article_id in seeded_desk.stale_articles()
    done = seeded_desk.reextract(target.article_id)
    assert done.kept > 0 and done.unplaced == []
    after = seeded_desk.claim(target.id)  # same id
    assert (after.verdict, after.note) == ("disputed", "checked against the ISW map")
    assert (after.speaker, after.sourcing, after.extractor) == ("Analysts", "unattributed", VERSION)
    assert target.article_id not in seeded_desk.stale_articles()


def test_reviewer_attribution_and_hand_claims_survive(seeded_desk: Desk) -> None:
    article = seeded_desk.articles()[0]
    body = seeded_desk.article(article.id).body
    start = body.index("Earlier in the week")
    manual = seeded_desk.add_claim(article.id, start, start + 40)
    fixed = next(c for c in seeded_desk.claims(article.id) if c.provenance == "auto")
    seeded_desk.set_speaker(fixed.id, speaker="Jane Roe", speaker_type="person",
                                sourcing="named")  # fmt: skip
    _age(seeded_desk)
    done = seeded_desk.reextract(article.id)
    assert done.redescribed == 1
    kept = seeded_desk.claim(fixed.id)
    assert (kept.speaker, kept.speaker_by) == ("Jane Roe", "tester")
    hand = seeded_desk.claim(manual if isinstance(manual, int) else manual.id)
    assert hand.speaker != "Old Guess"


def test_review_work_that_cannot_be_placed_is_listed(seeded_desk: Desk) -> None:
    article = seeded_desk.articles()[0]
    body = seeded_desk.article(article.id).body
    with seeded_desk.store.transaction() as conn:
        cursor = conn.execute(
            'INSERT INTO claims (article_id, version, start, "end", text, kind, sourcing, '
            "created_at, extractor) VALUES (?, ?, 0, 9, ?, 'statement', 'none', 'x', 1)",
            [article.id, article.version, "Not there"],
        )
    ghost = cursor.lastrowid
    seeded_desk.set_verdict(ghost, "unverifiable")
    done = seeded_desk.reextract(article.id)
    assert done.unplaced == [ghost]
    assert seeded_desk.claim(ghost).verdict == "unverifiable"
    assert body  # the body is untouched


def test_cli_reextract(seeded_desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    _age(seeded_desk)
    path = str(seeded_desk.store.path)
    seeded_desk.close()
    assert main(["--db", path, "reextract"]) == 0
    out = capsys.readouterr().out
    assert out.count("kept") == 5
    assert main(["--db", path, "reextract"]) == 0
    assert "every article is up to date" in capsys.readouterr().out
    assert main(["--db", path, "claims", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert not any(row.get("speaker") == "Old Guess" for row in rows)


def test_the_run_line_counts_in_agreement() -> None:
    """ "Re-extracted 1 articles" was what a one-article run said (issue 13, ui14 finding 14)."""
    one = ReextractRun(total=1, done=1, kept=1, added=2, removed=0, finished=True)
    assert one.line().startswith("Re-extracted 1 article: 1 claim kept, 2 new, 0 dropped")
    assert ReextractRun(total=1).line().startswith("Re-extracting older claims: 0 of 1 article ")
    one.failed.append((3, "unreadable"))
    assert "; 1 article failed (first: unreadable)" in one.line()
    assert (counted(2, "match", "matches"), counted(0, "claim")) == ("2 matches", "0 claims")
