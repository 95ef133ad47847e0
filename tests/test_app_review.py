"""Pilot tests of the review keys; each asserts on the store through the Desk afterwards."""

from __future__ import annotations

from factdesk.desk.service import Desk
from factdesk.ui.screens.note import NoteScreen
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import FakeClipboard, build_app, open_review

SIZE = (120, 36)


def first_article(desk: Desk) -> int:
    return desk.articles()[0].id


async def open_first(pilot) -> ReviewScreen:
    return await open_review(pilot)


async def test_verdict_keys_store_verdicts_and_move_to_next_unreviewed(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        ids = [c.id for c in seeded_desk.claims(screen.article_id)]
        await pilot.press("1", "d", "3", "u")
        await pilot.pause()
        assert [seeded_desk.claim(i).verdict for i in ids[:5]] == [
            "corroborated", "disputed", "contradicted", "unverifiable", None,
        ]  # fmt: skip
        assert screen.current_id == ids[4]
        await pilot.press("k", "backspace")
        await pilot.pause()
        assert seeded_desk.claim(ids[3]).verdict is None
        await pilot.press("c", "0")  # a verdict moves on; 0 then clears the next claim
        await pilot.pause()
        assert seeded_desk.claim(ids[3]).verdict == "corroborated"
        assert seeded_desk.claim(ids[4]).verdict is None


async def test_next_unreviewed_skips_reviewed_claims(seeded_desk: Desk) -> None:
    article = first_article(seeded_desk)
    ids = [c.id for c in seeded_desk.claims(article)]
    seeded_desk.set_verdict(ids[1], "disputed")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("g", "x")
        await pilot.pause()
        assert seeded_desk.claim(ids[0]).verdict == "contradicted"
        assert screen.current_id == ids[2]


async def test_j_k_g_G_move_the_cursor(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        ids = [c.id for c in seeded_desk.claims(screen.article_id)]
        await pilot.press("j", "j")
        assert screen.current_id == ids[2]
        await pilot.press("k")
        assert screen.current_id == ids[1]
        await pilot.press("G")
        assert screen.current_id == ids[-1]
        await pilot.press("g")
        assert screen.current_id == ids[0]
        await pilot.pause(0.6)  # the position is saved after a short pause
        assert seeded_desk.position() == (screen.article_id, ids[0])


async def test_J_K_follow_the_queue_order(seeded_desk: Desk) -> None:
    order = [a.id for a in seeded_desk.articles("queue")]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("J")
        assert screen.article_id == order[1]
        await pilot.press("J", "K")
        assert screen.article_id == order[1]


async def test_J_wraps_round_from_an_article_the_queue_sorts_last(seeded_desk: Desk) -> None:
    """A finished article sorts last (unreviewed first): J must not say "no next article"."""
    done = first_article(seeded_desk)
    for claim in seeded_desk.claims(done):
        seeded_desk.set_verdict(claim.id, "corroborated")
    order = [a.id for a in seeded_desk.articles("queue")]
    assert order[-1] == done
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        screen.load_article(done)
        await pilot.pause()
        await pilot.press("J")
        await pilot.pause()
        assert screen.article_id == order[0]
        await pilot.press("K")
        await pilot.pause()
        assert screen.article_id == done


async def test_note_modal_saves_with_ctrl_s_and_cancels_with_escape(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        claim_id = screen.current_id
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"two sources")
        await pilot.press("tab", *"https://a.example", "ctrl+s")
        await pilot.pause()
        claim = seeded_desk.claim(claim_id)
        assert (claim.note, claim.evidence) == ("two sources", ["https://a.example"])
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"thrown away", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert seeded_desk.claim(claim_id).note == "two sources"


async def test_undo_and_redo_from_the_stored_history(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        first = screen.current_id
        await pilot.press("1", "2")
        await pilot.pause()
        second = seeded_desk.claims(screen.article_id)[1].id
        await pilot.press("z")
        assert seeded_desk.claim(second).verdict is None
        await pilot.press("ctrl+z")
        assert seeded_desk.claim(first).verdict is None
        assert screen.current_id == first
        await pilot.press("Z")
        assert seeded_desk.claim(first).verdict == "corroborated"


async def test_hide_and_add_claims(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        hidden = screen.current_id
        await pilot.press("D")
        await pilot.pause()
        assert seeded_desk.claim(hidden).hidden
        assert hidden not in [c.id for c in seeded_desk.claims(screen.article_id)]
        await pilot.press("z")
        assert not seeded_desk.claim(hidden).hidden
        view = screen.query_one("#article")
        view.focus()
        view.selection = ((0, 0), (0, 12))  # the first 12 characters of the title line
        await pilot.press("a")
        await pilot.pause()
        added = seeded_desk.claim(screen.current_id)
        assert (added.provenance, added.start, added.end) == ("manual", 0, 12)
        await pilot.press("D")
        await pilot.pause()
        await pilot.press("y")  # confirm: deleting a hand-made claim asks first
        await pilot.pause()
        assert seeded_desk.claim(added.id).hidden


async def test_filter_unreviewed_only_and_score_order(seeded_desk: Desk) -> None:
    article = first_article(seeded_desk)
    claims = seeded_desk.claims(article)
    seeded_desk.set_verdict(claims[0].id, "disputed")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("f")
        assert all(c.verdict is None for c in screen.shown)
        assert len(screen.shown) == len(claims) - 1
        await pilot.press("f", "slash", *"kharkiv")
        await pilot.pause()
        assert screen.shown and all("kharkiv" in c.text.casefold() for c in screen.shown)
        await pilot.press("escape")  # closes the filter first, stays on the article
        assert isinstance(app.screen, ReviewScreen)
        assert len(screen.shown) == len(claims)
        await pilot.press("S")
        scores = [c.score for c in screen.shown]
        assert scores == sorted(scores, reverse=True)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)


async def test_copy_note_and_all_notes(seeded_desk: Desk) -> None:
    clipboard = FakeClipboard()
    from factdesk.ui.app import make_app

    app = make_app(seeded_desk, clipboard=clipboard)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("3", "k", "y")
        claim = seeded_desk.claim(screen.current_id)
        assert "Verdict: CONTRADICTED" in clipboard.copied[-1]
        assert claim.text.split()[0] in clipboard.copied[-1]
        await pilot.press("Y")
        assert clipboard.copied[-1].startswith("Fact-check notes: ")
        assert clipboard.copied[-1].count("Verdict: ") == len(screen.claims)


async def test_reopening_returns_to_the_article_and_claim(seeded_desk: Desk) -> None:
    order = [a.id for a in seeded_desk.articles()]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("J", "j", "j", "j")
        left_at = (screen.article_id, screen.current_id)
        await pilot.press("escape")
        await pilot.pause()
    assert left_at[0] == order[1]
    assert seeded_desk.position() == left_at
    again = build_app(seeded_desk)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.screen.selected_id == left_at[0]
        screen = await open_first(pilot)
        assert (screen.article_id, screen.current_id) == left_at


async def test_a_verdict_key_never_marks_a_claim_the_filter_hides(seeded_desk: Desk) -> None:
    for claim in seeded_desk.claims():  # every article finished, whichever opens first
        seeded_desk.set_verdict(claim.id, "contradicted")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("f")  # unreviewed only: nothing left to show
        await pilot.pause()
        assert screen.shown == []
        await pilot.press("j", "1")
        await pilot.pause()
    assert {c.verdict for c in seeded_desk.claims()} == {"contradicted"}


async def test_the_read_only_article_pane_keeps_no_editing_keys(seeded_desk: Desk) -> None:
    """TextArea's own Undo/Redo would shadow the review's in the palette and footer."""
    from factdesk.ui.widgets.article_view import ArticleView

    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        screen.query_one(ArticleView).focus()
        await pilot.pause()
        owners = [
            type(active.node).__name__
            for active in app.active_bindings.values()
            if active.binding.action in ("undo", "redo")
        ]
        assert owners and "ArticleView" not in owners
