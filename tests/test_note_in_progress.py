"""A claim with review work and no verdict (review41 item 6): ``Y`` copies its note, counts it
apart from the reviewed claims (the title counts verdicts only) and its note says it is in
progress, never "UNREVIEWED" above the work it lists."""

from __future__ import annotations

from factdesk.desk.notes import article_notes, fact_check_note
from factdesk.domain.models import ArticleSummary, Claim

IN_PROGRESS = "NONE YET (in progress: review work, no verdict)"

ARTICLE = ArticleSummary(1, "Harbour flood", "Post", None, None, None, None, None, "", 1)


def claim(number: int, **review: object) -> Claim:
    text = f"Claim number {number} says 1,200 homes were flooded."
    return Claim(number, 1, 1, number * 100, number * 100 + len(text), text, "statistic",
                 None, "none", 0.5, **review)  # type: ignore[arg-type]  # fmt: skip


def test_a_link_alone_is_work_in_progress_not_a_review() -> None:
    claims = [claim(1, verdict="disputed"), claim(2), claim(3), claim(4, note="Ask the port.")]
    notes = article_notes(claims, ARTICLE, {3: ["a linked claim in “Other”: “…”"]})
    assert notes.describe() == (
        "the notes of 1 reviewed claim + 2 in progress (no verdict yet), 1 unreviewed left out"
    )
    assert notes.text.count("Verdict: ") == 3 and "UNREVIEWED" not in notes.text
    assert notes.text.count(f"Verdict: {IN_PROGRESS}") == 2
    assert "Verdict: DISPUTED (on the content)" in notes.text


def test_the_count_without_any_verdict_and_without_any_in_progress() -> None:
    alone = article_notes([claim(1, evidence=["https://example.org/a"]), claim(2)], ARTICLE)
    said = "the notes of 1 claim in progress (no verdict yet), 1 unreviewed left out"
    assert alone.describe() == said
    done = article_notes([claim(1, verdict="corroborated"), claim(2, verdict="disputed")], ARTICLE)
    assert done.describe() == "the notes of 2 reviewed claims" and done.in_progress == 0


def test_one_claims_note_says_in_progress_only_with_work_and_no_verdict() -> None:
    assert "Verdict: UNREVIEWED (on the content)" in fact_check_note(claim(1), ARTICLE)
    checked = fact_check_note(claim(1, attribution="confirmed"), ARTICLE)
    assert f"Verdict: {IN_PROGRESS}" in checked
    linked = fact_check_note(claim(1), ARTICLE, ["a linked claim in “Other”: “…”"])
    assert f"Verdict: {IN_PROGRESS}" in linked
    judged = fact_check_note(claim(1, verdict="unverifiable", note="No record."), ARTICLE)
    assert "Verdict: UNVERIFIABLE (on the content)" in judged
