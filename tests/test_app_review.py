"""Pilot tests of the review keys; each asserts on the store through the Desk after each step.

Starting the app and opening an article is most of a Pilot test's cost (about a second of CPU),
so each test here opens one article once and steps through several keys' behaviours on it,
asserting on the store after every step (tests/README.md, "One Pilot test can check several
keys on one app").
"""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens.confirm import ConfirmScreen, NextArticleScreen
from factdesk.ui.screens.note import NoteScreen
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.article_view import ArticleView
from factdesk.ui.widgets.claims_list import ClaimsList
from factdesk.ui.widgets.queue_table import QueueTable
from snapshot_app import (
    FakeClipboard,
    build_app,
    open_review,
    record_notifications,
    typed_at_once,
    until,
)
from textual import events
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

SIZE = (120, 36)


def first_article(desk: Desk) -> int:
    return desk.articles()[0].id


async def saved_position(pilot: Pilot, desk: Desk, expected: tuple[int, int | None]) -> tuple:
    """The stored position once the save timer (a short pause after the last move) has run."""
    for _ in range(100):
        await pilot.pause(0.05)
        if desk.position() == expected:
            break
    return desk.position()


async def test_cursor_verdict_clear_and_undo_keys(seeded_desk: Desk) -> None:
    """j/k/g/G move and the position is saved; 1/d/3/u store verdicts and move on to the next
    unreviewed claim; z and ctrl+z undo from the stored history and Z redoes; backspace clears;
    0 clears the claim it lands on."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        ids = [c.id for c in seeded_desk.claims(screen.article_id)]
        # j, k, G, g move the cursor; the position is saved after a short pause
        await pilot.press("j", "j")
        assert screen.current_id == ids[2]
        await pilot.press("k")
        assert screen.current_id == ids[1]
        await pilot.press("G")
        assert screen.current_id == ids[-1]
        await pilot.press("g")
        assert screen.current_id == ids[0]
        position = await saved_position(pilot, seeded_desk, (screen.article_id, ids[0]))
        assert position == (screen.article_id, ids[0])
        # verdict keys store verdicts and move to the next unreviewed claim
        await pilot.press("1", "d", "3", "u")
        await pilot.pause()
        assert [seeded_desk.claim(i).verdict for i in ids[:5]] == [
            "corroborated", "disputed", "contradicted", "unverifiable", None,
        ]  # fmt: skip
        assert screen.current_id == ids[4]
        # z and ctrl+z undo the newest changes from the stored history, Z redoes
        await pilot.press("z")
        assert seeded_desk.claim(ids[3]).verdict is None
        await pilot.press("ctrl+z")
        assert seeded_desk.claim(ids[2]).verdict is None
        assert screen.current_id == ids[2]
        await pilot.press("Z")
        assert seeded_desk.claim(ids[2]).verdict == "contradicted"
        assert seeded_desk.claim(ids[3]).verdict is None
        # backspace clears; a verdict moves on, and 0 then clears the claim it lands on
        await pilot.press("g", "j", "j", "j", "u")
        await pilot.pause()
        assert seeded_desk.claim(ids[3]).verdict == "unverifiable"
        await pilot.press("k", "backspace")
        await pilot.pause()
        assert seeded_desk.claim(ids[3]).verdict is None
        await pilot.press("c", "0")
        await pilot.pause()
        assert seeded_desk.claim(ids[3]).verdict == "corroborated"
        assert seeded_desk.claim(ids[4]).verdict is None
        # keys that come in one read keep their order: "2" then "z" leaves the claim as it
        # was (z, a priority binding, ran before the "2" had reached the screen, and undid
        # the change before it: the "c" above)
        for key in ("2", "z"):
            event = events.Key(key, key)
            event.set_sender(app)
            app.post_message(event)
        await pilot.pause()
        await pilot.pause()
        assert seeded_desk.claim(ids[4]).verdict is None
        assert seeded_desk.claim(ids[3]).verdict == "corroborated"
        # not being priority keys, ctrl+z and backspace still reach the screen from the
        # article pane (a read-only TextArea without its editing keys)
        screen.query_one(ArticleView).focus()
        await pilot.press("2", "ctrl+z")
        assert seeded_desk.claim(ids[4]).verdict is None and screen.current_id == ids[4]
        await pilot.press("1", "k", "backspace")
        assert seeded_desk.claim(ids[4]).verdict is None
        assert seeded_desk.claim(ids[3]).verdict == "corroborated"
        # a smaller terminal keeps the current claim in the list's sight
        await pilot.press("G")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert current_in_sight(screen.query_one(ClaimsList))


def current_in_sight(claims: ClaimsList) -> bool:
    """Whether the highlighted claim's lines are all inside the list's visible rows."""
    assert claims.highlighted is not None
    y, height = claims._index_to_line[claims.highlighted], claims._heights[claims.highlighted]
    top = claims.scroll_offset.y
    return top <= y and y + height <= top + claims.scrollable_content_region.height


async def test_next_unreviewed_then_filter_search_and_score_order(seeded_desk: Desk) -> None:
    """x on a claim jumps over reviewed claims to the next unreviewed one; f shows only the
    unreviewed, / filters by text, escape closes the filter first, S sorts by score."""
    article = first_article(seeded_desk)
    claims = seeded_desk.claims(article)
    ids = [c.id for c in claims]
    seeded_desk.set_verdict(ids[1], "disputed")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        # the next unreviewed claim skips the reviewed one
        await pilot.press("g", "x")
        await pilot.pause()
        assert seeded_desk.claim(ids[0]).verdict == "contradicted"
        assert screen.current_id == ids[2]
        # f: unreviewed only (two are reviewed now)
        await pilot.press("f")
        assert all(c.verdict is None for c in screen.shown)
        assert len(screen.shown) == len(claims) - 2
        await pilot.press("f", "slash", *"kharkiv")
        await pilot.pause()
        assert screen.shown and all("kharkiv" in c.text.casefold() for c in screen.shown)
        await pilot.press("escape")  # closes the filter first, stays on the article
        assert isinstance(app.screen, ReviewScreen)
        assert len(screen.shown) == len(claims)
        await pilot.press("S")
        scores = [c.score for c in screen.shown]
        assert scores == sorted(scores, reverse=True)
        # Esc and a key at once, as a terminal sends them to a fast typist (ux20): Esc then 2
        # read as "™" and Esc then j as alt+j, and both keys were lost (``ui.escape_keys``)
        await pilot.press("slash", *"kharkiv")
        current = screen.current_id
        assert current is not None and seeded_desk.claim(current).verdict is None
        await typed_at_once(pilot, "\x1b2")  # closes the filter, then "disputed"
        assert await until(pilot, lambda: seeded_desk.claim(current).verdict == "disputed")
        assert len(screen.shown) == len(claims)
        await typed_at_once(pilot, "\x1bj")  # back to the queue, then the next article
        assert await until(pilot, lambda: isinstance(app.screen, QueueScreen))
        assert await until(pilot, lambda: app.screen.query_one(QueueTable).cursor_row == 1)


async def test_J_K_follow_the_queue_order_and_wrap_round(seeded_desk: Desk) -> None:
    """J/K follow the queue's order; from a finished article (the queue sorts it last, as
    unreviewed come first) J wraps round to the first instead of saying "no next article"."""
    done = first_article(seeded_desk)
    for claim in seeded_desk.claims(done):
        seeded_desk.set_verdict(claim.id, "corroborated")
    order = [a.id for a in seeded_desk.articles("queue")]
    assert order[-1] == done
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        assert screen.article_id == order[0]
        await pilot.press("J")
        assert screen.article_id == order[1]
        await pilot.press("J", "K")
        assert screen.article_id == order[1]
        screen.load_article(done)
        await pilot.pause()
        await pilot.press("J")
        await pilot.pause()
        assert screen.article_id == order[0]
        await pilot.press("K")
        await pilot.pause()
        assert screen.article_id == done
        # a verdict there offers the next article with work; J, the next-article key, says yes
        changed = screen.current_id
        await pilot.press("2")
        await pilot.pause()
        offer = app.screen
        assert isinstance(offer, NextArticleScreen)
        assert "y or J yes" in str(offer.query_one("#confirm-hint", Static).render())
        await pilot.press("J")
        await pilot.pause()
        assert app.screen is screen and screen.article_id == order[0]
        assert seeded_desk.claim(changed).verdict == "disputed"


async def test_note_copy_hide_and_add_keys(seeded_desk: Desk) -> None:
    """n opens the note (ctrl+s saves, escape closes, asking first when text was typed); y
    copies the claim's note and Y all notes; D hides and z brings back; a adds the selected
    text as a claim, and D on a hand-made claim asks first. The read-only article pane keeps
    no editing keys."""
    clipboard = FakeClipboard()
    app = build_app(seeded_desk, clipboard)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        # the note modal saves with ctrl+s and cancels with escape
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
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*" and more", "escape")  # typed: asks first, n goes back to it
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.query_one("#note-text", TextArea).text == "two sources and more"
        await pilot.press("escape", "y")  # y throws it away
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert seeded_desk.claim(claim_id).note == "two sources"
        # y copies the claim's note, Y those of the claims reviewed
        await pilot.press("3", "k", "y")
        claim = seeded_desk.claim(screen.current_id)
        assert "Verdict: CONTRADICTED" in clipboard.copied[-1]
        assert claim.text.split()[0] in clipboard.copied[-1]
        await pilot.press("Y")  # the reviewed claims' notes: the one with a note and a verdict
        assert clipboard.copied[-1].startswith("Fact-check notes: ")
        assert clipboard.copied[-1].count("Verdict: ") == 1 < len(screen.claims)
        # D hides, z brings back
        hidden = screen.current_id
        await pilot.press("D")
        await pilot.pause()
        assert seeded_desk.claim(hidden).hidden
        assert hidden not in [c.id for c in seeded_desk.claims(screen.article_id)]
        await pilot.press("z")
        assert not seeded_desk.claim(hidden).hidden
        # a adds the selected text; D on a hand-made claim asks first
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
        # TextArea's own Undo/Redo would shadow the review's in the palette and footer
        screen.query_one(ArticleView).focus()
        await pilot.pause()
        owners = [
            type(active.node).__name__
            for active in app.active_bindings.values()
            if active.binding.action in ("undo", "redo")
        ]
        assert owners and "ArticleView" not in owners


async def test_reopening_returns_to_the_article_and_claim(seeded_desk: Desk) -> None:
    """Esc goes back one step at a time, as a browser's Back does (mend34): from the article J
    led to, to the one first opened, at the claim left there, then to the queue, which selects
    the article last shown; the app opened again returns to it."""
    order = [a.id for a in seeded_desk.articles()]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("j")
        first_at = (screen.article_id, screen.current_id)
        await pilot.press("J", "j", "j", "j")
        assert screen.article_id == order[1]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and (screen.article_id, screen.current_id) == first_at
        await pilot.press("j")
        left_at = (screen.article_id, screen.current_id)
        await pilot.press("escape")
        await pilot.pause()
        # back on the queue, the article last shown is selected
        assert app.screen.selected_id == left_at[0]
    assert left_at[0] == order[0]
    assert seeded_desk.position() == left_at
    again = build_app(seeded_desk)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.screen.selected_id == left_at[0]
        screen = await open_review(pilot)
        assert (screen.article_id, screen.current_id) == left_at


async def test_a_verdict_key_never_marks_a_claim_the_filter_hides(seeded_desk: Desk) -> None:
    for claim in seeded_desk.claims():  # every article finished, whichever opens first
        seeded_desk.set_verdict(claim.id, "contradicted")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("f")  # unreviewed only: nothing left to show
        await pilot.pause()
        assert screen.shown == []
        await pilot.press("j", "1")
        await pilot.pause()
    assert {c.verdict for c in seeded_desk.claims()} == {"contradicted"}


WIRE = (
    "HARBOURTON (Wire) - The port authority said on Tuesday that the\n"
    "northern breakwater would stay closed to small boats until the end\n"
    "of the month while divers inspect the damage left by the storm.\n"
    "Harbour master Ines Calloway told reporters the repairs would cost\n"
    "about 2 million crowns and take at least three weeks to finish.\n"
)
"""Invented wire copy, hard-wrapped at about 65 characters a line."""


async def test_a_hard_wrapped_claim_reads_as_one_sentence_in_the_detail(
    seeded_desk: Desk,
) -> None:
    """The detail shows a claim of wire copy as the article pane reads it: the line ends
    inside the sentence joined (it showed the wire's line breaks, so a sentence came in
    ragged fragments, mid-clause); the stored claim text keeps them (offsets unchanged)."""
    from factdesk.ui.widgets.claim_detail import ClaimDetail
    from fixture_desk import HandArticle, HandClaim, write_article

    desk = seeded_desk
    said = "Harbour master Ines Calloway told reporters the repairs would cost\nabout 2 million"
    sentence = said + " crowns and take at least three weeks to finish."
    claim = HandClaim(sentence, "statistic", "named", 0.8, speaker="Ines Calloway")
    article = HandArticle("wire.txt", "Breakwater shut", "Wire", "", "", "", "", WIRE, (claim,))
    article_id = write_article(desk, article)
    claim_id = desk.claims(article_id)[0].id
    app = build_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        app.open_review(article_id, claim_id)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.current_id == claim_id
        shown = screen.query_one(ClaimDetail).text
        assert sentence.replace("\n", " ") in shown and "cost\nabout" not in shown
    assert desk.claim(claim_id).text == sentence  # what is stored is the body's span


async def test_q_in_the_review_quits_and_keeps_the_claim(seeded_desk: Desk) -> None:
    """``q`` quits from the review as from the queue (it did nothing there), and the claim
    under the cursor is the stored position, at once (no save timer waited for)."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("j", "q")
        await pilot.pause()
        where = (screen.article_id, screen.current_id)
        assert app.return_code == 0  # set by exit(): the app is on its way out
    assert seeded_desk.position() == where


async def test_keys_typed_after_q_do_nothing(seeded_desk: Desk) -> None:
    """q then e typed at once (tmux, polish35): the export dialog was pushed on the
    closing app, its mount found none of its widgets, and the terminal showed a traceback."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        app.quit_now(0)  # q's action; "e" and "1" reach it before the app has gone
        for action in ("export", "verdict('corroborated')"):
            assert await app.run_action(action, screen)
        await pilot.pause()
        assert app.screen is screen and app.return_code == 0
    assert all(claim.verdict is None for claim in seeded_desk.claims(screen.article_id))


async def test_a_verdict_key_that_changes_nothing_says_so(seeded_desk: Desk) -> None:
    """``1`` on a claim already corroborated, ``0`` on one with no verdict: the key did
    nothing and said nothing, so a reviewer could not tell it from a key not taken."""
    from snapshot_app import record_notifications

    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        claim = screen.current_id
        await pilot.press("0")
        await pilot.pause()
        assert said[-1] == f"claim #{claim} has no verdict to clear"
        seeded_desk.set_verdict(claim, "corroborated")
        screen.refresh_claim(claim)
        screen.move_to(claim)
        await pilot.press("1")
        await pilot.pause()
        assert said[-1] == f"claim #{claim} is already corroborated: nothing changed"
        assert screen.current_id == claim and len(seeded_desk.history(claim)) == 1


async def test_quick_verdicts_show_one_notice_at_80x24(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing 1 2 3 4 quickly stacked four "saved" toasts over half the screen at 80x24,
    each older one already out of date: a notice takes the place of the last. An error
    toast (not a notice) still stays its full time beside it. The notices' 2.5 s is
    lengthened here: at load 14 the last "saved" expired before the check (two loaded runs
    in session 20 saw one toast), and only withdrawal, not the clock, may remove one."""
    from factdesk.ui import host
    from factdesk.ui.widgets.text import VERDICT_SYMBOLS
    from textual.widgets._toast import Toast

    monkeypatch.setattr(host, "NOTICE_SECONDS", 600.0)
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_review(pilot)
        app.notify("something failed", severity="error", timeout=600)
        first = screen.current_id
        await pilot.press("1", "2", "3", "4")

        def toasts_now() -> list[str]:
            return [str(toast.render()) for toast in app.screen.query(Toast)]

        # A withdrawn toast leaves and the next one mounts over a few refreshes: under load one
        # pause was not enough (1 toast seen in a loaded full run); wait a bounded number.
        await until(pilot, lambda: len(toasts_now()) == 2 and "#" in toasts_now()[-1])
        toasts = toasts_now()
        assert len(toasts) == 2, toasts
        marked = [c for c in seeded_desk.claims(screen.article_id) if c.verdict]
        assert len(marked) == 4 and first in {c.id for c in marked}
        last = max(marked, key=lambda c: seeded_desk.history(c.id)[-1].id)
        symbol = VERDICT_SYMBOLS[str(last.verdict)]
        assert toasts == ["something failed", f"{symbol} {last.verdict} · claim #{last.id} saved"]
        for _ in range(30):  # an hour's worth of keys leaves no empty toast holders behind
            await pilot.press("0", "1")
        await until(pilot, lambda: len(app.screen.query("ToastHolder")) == 2)
        assert len(app.screen.query(Toast)) == 2
        assert len(app.screen.query("ToastHolder")) == 2


async def test_a_with_nothing_selected_takes_the_reviewer_to_the_text(seeded_desk: Desk) -> None:
    """``a`` from the claim list said only "select text in the article pane first", and the
    pane was three Tabs away. It now puts the cursor in the text right after the claim the
    reviewer is on, so shift+arrows select the missed claim there and ``a`` adds it."""
    from snapshot_app import record_notifications

    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        current = seeded_desk.claim(screen.current_id)
        before = len(seeded_desk.claims(screen.article_id))
        await pilot.press("a")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        assert app.focused is view and "shift+arrows" in said[-1]
        assert len(seeded_desk.claims(screen.article_id)) == before  # nothing added yet
        await pilot.press(*["shift+right"] * 12, "a")
        await pilot.pause()
        added = seeded_desk.claim(screen.current_id)
        body = seeded_desk.article(screen.article_id).body
        assert added.provenance == "manual" and not body[current.end : added.start].strip()
        assert added.end > added.start and len(seeded_desk.claims(screen.article_id)) == before + 1


async def test_the_claim_history_writes_its_times_as_the_app_writes_dates(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The history said "2026-12-06 11:21" beside a header saying "6 Dec 2026": a change's
    time reads "6 Dec 2026 11:21", the day from the one date form (``shown_date``)."""
    from factdesk.ui.widgets.claim_detail import ClaimDetail

    monkeypatch.setattr("factdesk.store.history.now", lambda: "2031-03-04T09:07:00Z")
    app = build_app(seeded_desk)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_review(pilot)
        claim = screen.current_id
        await pilot.press("1")  # a verdict: the cursor goes on to the next unreviewed claim
        await pilot.pause()
        screen.move_to(claim)
        await pilot.pause()
        shown = screen.query_one(ClaimDetail).text
        assert "4 Mar 2031 09:07" in shown, shown
        assert "2031-03-04" not in shown


@pytest.mark.parametrize(
    ("feed", "headline"),
    [
        ("wire.atom", "Moscow claims full control of Kupiansk; Kyiv denies it"),
        ("regional-news.rss", "Power restored in Balakliia"),
    ],
)
async def test_a_feed_entrys_article_pane_opens_with_its_title_line(
    desk: Desk, feed: str, headline: str
) -> None:
    """An RSS or Atom entry's pane began at its first paragraph, its title nowhere in the
    text (a text file's pane opens with its headline): the import heads the entry's text with
    its title line, the feed's summary mark left on the desk's title alone."""
    from pathlib import Path

    data = Path(__file__).parent / "data" / "imports"
    assert not desk.import_paths([data / feed]).failed
    [article] = [a for a in desk.articles() if a.title.startswith(headline)]
    app = build_app(desk)
    async with app.run_test(size=(160, 48)) as pilot:
        app.open_review(article.id, None)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        shown = screen.query_one(ArticleView).text
        assert shown.splitlines()[0] == headline, shown[:200]
        assert "(feed summary)" not in shown
        assert desk.claims(article.id), "the title line takes no claim away"
        assert all(c.text != headline for c in desk.claims(article.id))


async def test_a_then_s_takes_a_sentence_and_ctrl_shift_arrows_a_word_at_a_time(
    desk: Desk, tmp_path
) -> None:
    """Adding a missed claim took one shift+arrow per character. After ``a`` (the pane
    focused at the claim's end) ``s`` selects the next sentence whole and ``a`` adds it;
    ctrl+shift+arrows widen by words (TextArea's own steps); the footer and help name both."""
    from factdesk.ui.screens.help import key_rows
    from factdesk.ui.widgets.footer import DeskFooter

    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry queues grow at Lindholm\n\n"
        "Port managers said 40 lorries waited at the Lindholm ferry on Friday. "
        "The sky is grey over the quay. "
        "Crossings fell by 12% in October, the transport board said.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([article]).failed
    [summary] = desk.articles()
    [first] = [c for c in desk.claims(summary.id) if "40 lorries" in c.text]
    assert not any("sky is grey" in c.text for c in desk.claims(summary.id))
    app = build_app(desk)
    async with app.run_test(size=(160, 48)) as pilot:
        app.open_review(summary.id, first.id)
        await pilot.pause()
        screen = app.screen
        view = screen.query_one(ArticleView)
        await pilot.press("a")
        await pilot.pause()
        assert view.has_focus and view.selected_text == ""
        footer = screen.query_one(DeskFooter).visible_keys()
        assert {"s", "ctrl+shift+left", "ctrl+shift+right"} <= set(footer), footer
        names = {name for _keys, name, _tip in key_rows(screen)}
        assert {"Sentence", "Word"} <= names
        await pilot.press("ctrl+shift+right", "ctrl+shift+right")
        assert view.selected_text.strip() == "The sky"
        await pilot.press("s")
        assert view.selected_text == "The sky is grey over the quay."
        await pilot.press("a")
        await pilot.pause()
    added = [c for c in desk.claims(summary.id) if c.provenance == "manual"]
    assert [c.text for c in added] == ["The sky is grey over the quay."]


async def test_a_on_words_that_are_a_claim_already_adds_no_second_one(desk: Desk, tmp_path) -> None:
    """``a`` then ``s`` walks the sentences after a claim, and most of them are claims: ``a``
    on one added a second claim of the same words, its verdict and note apart from the
    first's (shift33a, three in a row on a hit-and-run report). It is refused, naming the
    claim that holds them; words that are no claim are still added."""

    article = tmp_path / "weir.txt"
    article.write_text(
        "Weir repairs delayed at Ostby\n\n"
        "The river trust said 14 sluice gates needed new seals before spring. "
        "Repairs will cost about 90,000 euros, the trust's engineer Ilka Mertens said. "
        "Gulls wheel over the mill pond.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([article]).failed
    [summary] = desk.articles()
    claims = desk.claims(summary.id)
    [first] = [c for c in claims if "sluice gates" in c.text]
    [cost] = [c for c in claims if "90,000" in c.text]
    app = build_app(desk)
    said = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_review(summary.id, first.id)
        await pilot.pause()
        screen = app.screen
        view = screen.query_one(ArticleView)
        await pilot.press("a", "s")  # the sentence after the first claim: the cost claim
        assert view.selected_text == cost.text
        await pilot.press("a")
        await pilot.pause()
        assert [c.id for c in desk.claims(summary.id)] == [c.id for c in claims]
        assert said[-1] == f"claim #{cost.id} already holds these words: nothing added"
        await pilot.press("s")  # the next sentence is no claim: added as before
        await pilot.press("a")
        await pilot.pause()
    added = [c for c in desk.claims(summary.id) if c.provenance == "manual"]
    assert [c.text for c in added] == ["Gulls wheel over the mill pond."]
    assert desk.claim_holding(summary.id, cost.start - 1, cost.end + 1) == cost  # spaces aside
    desk.hide_claim(cost.id)
    held = desk.claim_holding(summary.id, cost.start, cost.end)
    assert held is not None and held.id == cost.id and held.hidden
