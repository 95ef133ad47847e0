"""``y`` / ``Y`` copy exactly the note the exports carry, linked claims included; ``Y`` those
of the reviewed claims.

Both sides come from one core function (``Desk.note_text``); this test reads the CSV back and
compares it with what the clipboard received, so neither side can drift from the other.
"""

from __future__ import annotations

import csv
import io

from factdesk.desk.service import Desk
from factdesk.export import export_text
from factdesk.ui.app import make_app
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import FakeClipboard, record_notifications


def csv_notes(desk: Desk) -> dict[int, str]:
    rows = csv.DictReader(io.StringIO(export_text(desk, "csv").text, newline=""))
    return {int(row["claim_id"]): row["fact_check_note"] for row in rows}


async def test_clipboard_note_equals_the_csv_note_for_a_linked_claim(seeded_desk: Desk) -> None:
    first, second = seeded_desk.articles()[:2]
    claim = seeded_desk.claims(first.id)[1]
    other = seeded_desk.claims(second.id)[0]
    seeded_desk.link(claim.id, other.id)
    seeded_desk.set_verdict(claim.id, "disputed")
    seeded_desk.set_note(claim.id, "The figure is from 2023.", ["https://example.org/x"])
    with seeded_desk.store.transaction() as conn:  # a yearless date as written, and an ISO one
        conn.execute("UPDATE articles SET date_iso = NULL, date_text = '2 декабря, 10:41'"
                     " WHERE id = ?", [first.id])  # fmt: skip
        conn.execute("UPDATE articles SET date_iso = '2026-01-19' WHERE id = ?", [second.id])
    expected = csv_notes(seeded_desk)
    # every date as the app shows it (it was "2 декабря, 10:41" here, "2026-01-19" there)
    assert f"Source: {first.title}, 2 Dec, paragraph " in expected[claim.id]
    assert f" in “{second.title}” (19 Jan 2026)" in expected[claim.id]
    # the link is in the export, cited by its article and words, not by the desk's ids
    assert f" in “{second.title}”" in expected[claim.id] and other.text in expected[claim.id]
    assert f"linked claim {other.id} " not in expected[claim.id]
    clipboard = FakeClipboard()
    app = make_app(seeded_desk, clipboard=clipboard)
    said = record_notifications(app)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.open_review(first.id, claim.id)
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.current_id == claim.id
        await pilot.press("y")
        await pilot.pause()
        assert clipboard.copied[-1] == expected[claim.id]
        # Y: the reviewed claims' notes, not one "UNREVIEWED" note per claim, and it says
        # how many (it said "15 notes" for one verdict: ui14 finding 14)
        await pilot.press("Y")
        await pilot.pause()
        everything = clipboard.copied[-1]
        left = len(seeded_desk.claims(first.id)) - 1
        assert any(f"the notes of 1 reviewed claim, {left} unreviewed left out" in m for m in said)
        # an article with nothing reviewed: nothing copied, and it says so
        app.open_review(second.id, other.id)
        await pilot.pause()
        copies = len(clipboard.copied)
        await pilot.press("Y")
        await pilot.pause()
        assert len(clipboard.copied) == copies and "nothing copied" in said[-1]
    assert everything == seeded_desk.article_notes(first.id).text
    assert everything.count("Verdict: ") == 1
    for each in seeded_desk.claims(first.id):
        assert (expected[each.id] in everything) == (each.id == claim.id)
