"""Snapshot tests (pytest-textual-snapshot) of the real app on a desk of hand-made claims.

The desk is ``fixture_desk``: articles and claims written by hand, not extracted, so a change
to extraction does not redraw these. Deterministic: a fresh temporary desk per test, a fixed
reviewer, fixed terminal sizes, no verdict history (its timestamps would differ). Update with
``pytest --snapshot-update`` only after looking at the SVGs in the report.
"""

from __future__ import annotations

from factdesk.ui.app import FactDeskApp
from fixture_desk import ELSEWHERE_CLAIM, claim_id
from snapshot_app import build_app, hand_made_desk
from textual.widgets import TextArea


def app() -> FactDeskApp:
    return build_app(hand_made_desk())


def test_queue(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=(120, 36))


def test_review_wide(snap_compare) -> None:
    assert snap_compare(app(), press=["enter"], terminal_size=(160, 48))


def test_review_80x24_stacks_the_panes(snap_compare) -> None:
    assert snap_compare(app(), press=["enter"], terminal_size=(80, 24))


def test_note_modal(snap_compare) -> None:
    async def open_note_without_blink(pilot) -> None:
        await pilot.press("enter", "j", "n")
        await pilot.pause()
        for area in pilot.app.screen.query(TextArea):
            area.cursor_blink = False  # a blinking cursor made this picture differ run to run

    assert snap_compare(app(), run_before=open_note_without_blink, terminal_size=(120, 36))


def test_publish_modal(snap_compare) -> None:
    assert snap_compare(app(), press=["enter", "j", "P"], terminal_size=(120, 40))


def test_help(snap_compare) -> None:
    assert snap_compare(app(), press=["enter", "question_mark"], terminal_size=(120, 36))


def test_review_elsewhere_panel(snap_compare, monkeypatch) -> None:
    """The Elsewhere panel filled: origins, suggestion, labels in their colours, one link
    (made at a fixed time: the link's history line shows it)."""
    monkeypatch.setattr("factdesk.store.history.now", lambda: "2024-05-01T12:00:00Z")
    shown = app()
    claim = claim_id(shown.desk, ELSEWHERE_CLAIM)
    article = shown.desk.claim(claim).article_id
    assert {r.label for r in shown.desk.related(claim)} == {"same", "conflicts", "related"}
    shown.desk.link(claim, shown.desk.related(claim)[0].other_claim_id)

    async def open_at_claim(pilot) -> None:
        shown.open_review(article, claim)
        await pilot.pause(0.3)

    assert snap_compare(shown, run_before=open_at_claim, terminal_size=(160, 48))


def test_names_view(snap_compare) -> None:
    assert snap_compare(app(), press=["enter", "N"], terminal_size=(120, 36))
