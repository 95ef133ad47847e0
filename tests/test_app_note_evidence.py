"""Notes and evidence (issue 14 item 3): Tab order after a paste, evidence must be a URL or a
DOI, and ``b`` opens the evidence (a choice when several; the URL to copy with no browser)."""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.text.urls import evidence_problem, openable_url, url_problem, with_scheme
from factdesk.ui.screens.evidence import EvidenceScreen
from factdesk.ui.screens.note import NoteScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.footer import DeskFooter
from snapshot_app import build_app, until
from textual import events
from textual.keys import _character_to_key
from textual.widgets import Label, TextArea

SIZE = (120, 40)


@pytest.mark.parametrize(
    "entry",
    ["https://example.org/a?b=c", "http://news.example.co.uk/x", "10.1000/xyz123",
     "doi:10.1038/nphys1170", "https://doi.org/10.1000/182"],
)  # fmt: skip
def test_urls_and_dois_are_evidence(entry: str) -> None:
    assert evidence_problem(entry) is None


@pytest.mark.parametrize(
    "entry",
    ["not a url", "example.org/page", "javascript:alert(1)", "file:///etc/passwd",
     "https://", "ftp://example.org/file", "https://exa mple.org", "10.12/short"],
)  # fmt: skip
def test_anything_else_is_refused_with_a_reason(entry: str) -> None:
    problem = evidence_problem(entry)
    assert problem and "http(s) URL or a DOI" in problem and "\n" not in problem


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("news.example.org/2026/statement", "https://news.example.org/2026/statement"),
     ("www.example.org", "https://www.example.org"),
     ("www.example.org/a@b", "https://www.example.org/a@b"),
     # as typed (the rule then takes or refuses them): no path, a file name, a DOI, a
     # number, a scheme, a port, a user before the host
     ("example.org", "example.org"), ("report.pdf", "report.pdf"),
     ("10.1000/xyz", "10.1000/xyz"), ("3.2/4", "3.2/4"), ("mailto:a@example.org", None),
     ("host.example:8080/x", None), ("www.example.org@evil.example", None),
     ("user@example.org/x", None), ("https://example.org/a", None)],
)  # fmt: skip
def test_an_address_typed_without_https_gets_it(typed: str, kept: str | None) -> None:
    """The note dialog refused "news.example.org/2026/statement" ("not an http(s) URL"), an
    address as a browser's bar shows it: the reviewer had to type the scheme."""
    assert with_scheme(typed) == (kept or typed)


def test_a_doi_opens_at_doi_org() -> None:
    assert openable_url("doi:10.1000/xyz") == "https://doi.org/10.1000/xyz"
    assert url_problem(openable_url("10.1000/xyz")) is None


async def open_note(pilot) -> tuple[ReviewScreen, NoteScreen]:
    await pilot.press("enter")
    await pilot.pause()
    review = pilot.app.screen
    assert isinstance(review, ReviewScreen)
    await pilot.press("n")
    await pilot.pause()
    note = pilot.app.screen
    assert isinstance(note, NoteScreen)
    return review, note


async def test_tab_after_a_paste_and_evidence_that_is_not_a_url(seeded_desk: Desk) -> None:
    """Tab right after a paste goes to the evidence field (the paste stays in the note);
    evidence that is not a URL or a DOI keeps the dialog open with a reason, and saves once
    corrected."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review, note = await open_note(pilot)
        claim_id = review.current_id
        # What a fast Tab does: the paste is queued on the note, the Tab key is handled at
        # once (focus moves on), and only then does the note read its queued paste.
        note_area = note.query_one("#note-text", TextArea)
        note_area._forward_event(events.Paste("Ministry statement checked."))  # as App does
        note.focus_next()  # what Tab's binding does, before the note's queue runs
        await pilot.pause()
        assert app.focused is note.query_one("#note-evidence", TextArea)
        app.post_message(events.Paste("https://example.org/statement"))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        stored = seeded_desk.claim(claim_id)
        assert list(stored.evidence) == ["https://example.org/statement"]
        assert "example.org" not in stored.note
        assert "Ministry statement checked." in stored.note
        # the next claim: evidence that is not a URL keeps the dialog open
        assert app.screen is review
        await pilot.press("j", "n")
        await pilot.pause()
        note = app.screen
        assert isinstance(note, NoteScreen)
        claim_id = review.current_id
        await pilot.press("tab", *"not a url", "ctrl+s")
        await pilot.pause()
        assert app.screen is note
        message = str(note.query_one("#note-error", Label).render())
        assert "evidence line 1" in message and "not a url" in message
        # a reason longer than the dialog is wide wraps inside it (it was cut at the edge)
        area = note.query_one("#note-evidence", TextArea)
        area.text = "ftp://files.example.org/a-long-path-a-reviewer-pasted"
        await pilot.press("ctrl+s")
        await pilot.pause()
        reason = note.query_one("#note-error", Label)
        assert len(str(reason.render())) > note.query_one("#note-dialog").content_region.width
        assert reason.region.right <= note.query_one("#note-dialog").content_region.right
        assert reason.region.height >= 2
        await pilot.resize_terminal(80, 24)  # (desk39: the dialog full, its reason cut to a row)
        await pilot.pause()
        dialog = note.query_one("#note-dialog")
        assert note.query_one("#note-claim").region.height >= 2, "a claim of two lines"
        assert reason.region.height >= 2
        footer = note.query_one(DeskFooter).region  # the reason and the keys inside the frame
        assert reason.region.bottom <= footer.y and footer.bottom <= dialog.content_region.bottom
        await pilot.resize_terminal(*SIZE)
        assert not seeded_desk.claim(claim_id).evidence
        area = note.query_one("#note-evidence", TextArea)
        area.text = "doi:10.1000/xyz"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is review
        assert list(seeded_desk.claim(claim_id).evidence) == ["doi:10.1000/xyz"]
        # the next claim: an address typed without https:// is saved with it
        await pilot.press("j", "n")
        await pilot.pause()
        claim_id = review.current_id
        await pilot.press("tab", *"news.example.org/2026/statement", "ctrl+s")
        assert await until(pilot, lambda: app.screen is review)
        stored = seeded_desk.claim(claim_id)
        assert list(stored.evidence) == ["https://news.example.org/2026/statement"]
        # the next claim: note, Tab, URL and Ctrl+S arriving in one burst (no bracketed paste,
        # a text expander) put the URL in the note, as Tab moved the focus only after the keys
        # queued behind it had been typed into the note
        await pilot.press("j", "n")
        await pilot.pause()
        claim_id = review.current_id
        burst = [*"Checked.", "\t", *"https://example.org/typed"]
        for character in burst:
            key = "tab" if character == "\t" else _character_to_key(character)
            app.post_message(events.Key(key, character))
        app.post_message(events.Key("ctrl+s", None))
        assert await until(pilot, lambda: app.screen is review)
        stored = seeded_desk.claim(claim_id)
        assert (stored.note, list(stored.evidence)) == ("Checked.", ["https://example.org/typed"])


async def test_b_shows_the_url_without_a_browser_and_opens_or_offers_a_choice(
    seeded_desk: Desk,
) -> None:
    """Without a browser b shows the URL to copy; with one, b opens the evidence (nothing
    when there is none) and offers a choice when there are several."""
    app = build_app(seeded_desk)
    assert app.url_opener is None  # tests never start a browser
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        review = app.screen
        # no browser: the URL to copy
        seeded_desk.set_note(review.current_id, "", ["https://example.org/one"])
        review.reload_claims()
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        assert "No web browser" in str(app.screen.query_one(Label).render())
        await pilot.press("enter")
        await pilot.pause()
        assert app.clipboard_service.system.copied[-1] == "https://example.org/one"
        assert app.screen is review
        # a browser: the next claim, without evidence, then with one and two
        opened: list[str] = []
        app.url_opener = lambda url: opened.append(url) or True
        await pilot.press("j")
        claim_id = review.current_id
        await pilot.press("b")  # no evidence yet: nothing opens
        assert opened == []
        seeded_desk.set_note(claim_id, "", ["https://example.org/one"])
        review.reload_claims()
        await pilot.press("b")
        assert opened == ["https://example.org/one"]
        seeded_desk.set_note(claim_id, "", ["https://example.org/one", "10.1000/two"])
        review.reload_claims()
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert opened[-1] == "https://doi.org/10.1000/two"
        assert app.screen is review


async def test_the_notice_says_what_the_note_dialog_saved(seeded_desk: Desk) -> None:
    """It said "note saved" whatever was saved (an evidence URL alone too), and for which
    claim it never said."""
    from snapshot_app import open_review, record_notifications

    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        claim = screen.current_id
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteScreen)
        dialog.query_one(
            "#note-evidence", TextArea
        ).text = "https://example.org/a\nhttps://example.org/b"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert said[-1] == f"evidence: 2 URLs · claim #{claim}"
        # a DOI is no URL: it was counted as one ("2 URLs" for a URL and a DOI, shift33a)
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(
            "#note-evidence", TextArea
        ).text = "https://example.org/a\ndoi:10.5555/shift.33"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert said[-1] == f"evidence: 1 URL, 1 DOI · claim #{claim}"
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#note-text", TextArea).text = "Checked against the filing."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert said[-1] == f"note saved · claim #{claim}"  # the evidence did not change
        assert seeded_desk.claim(claim).evidence == [
            "https://example.org/a",
            "doi:10.5555/shift.33",
        ]
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#note-text", TextArea).text = "Checked against the filings."
        app.screen.query_one("#note-evidence", TextArea).text = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert said[-1] == f"note saved, evidence cleared · claim #{claim}"
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#note-text", TextArea).text = "Checked against the register."
        app.screen.query_one("#note-evidence", TextArea).text = "https://example.org/c"
        await pilot.press("ctrl+s")
        await pilot.pause()
        # one row of a toast at 80 columns ("note saved, evidence: 1 URL · claim #424" was two)
        assert said[-1] == f"note saved, 1 URL · claim #{claim}"
