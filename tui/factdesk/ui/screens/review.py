"""The review screen: the article beside its claims, one key per verdict.

The state and cursor are ``review_base.ReviewBase``; the keys are ``review_actions`` and
``review_elsewhere``, each a base class of the next (see ``review_base``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static

from factdesk.desk.service import Desk
from factdesk.domain.models import ArticleSummary
from factdesk.text.counts import counted
from factdesk.ui.host import host
from factdesk.ui.screens.review_elsewhere import ElsewhereActions
from factdesk.ui.screens.review_keys import (
    REVIEW_BINDINGS,
    REVIEW_FOOTER_FIRST,
    REVIEW_FOOTER_GROUPS,
)
from factdesk.ui.widgets.article_view import ArticleView
from factdesk.ui.widgets.claim_detail import ClaimDetail
from factdesk.ui.widgets.claims_list import ClaimsList
from factdesk.ui.widgets.elsewhere import ElsewherePanel
from factdesk.ui.widgets.footer import DeskFooter
from factdesk.ui.widgets.text import line

LONG_ARTICLE = 400
"""Claims from which the ``/`` words filter once typing pauses, not at every key (a long
article's every filter costs about 0.4 ms a claim on this machine; a normal article's, 40
claims or fewer, nothing a key would notice)."""
FILTER_PAUSE = 0.15
"""Seconds without a key after which the words typed on a long article are applied."""
CLAIM_SLICE = 250
"""Claims a long article's list is built with per turn of the event loop (``ClaimsList.fill``):
about 0.1 s of CPU on this machine, so a key pressed while the article loads (Esc) is answered
within a slice, and each frame between says how far the list got."""
LOAD_PAUSE = 0.01
"""Seconds the event loop has to itself between two parts of a long article's load: all it
has to do, a key's few hops from the terminal to its action included, and a frame (with a
bare ``sleep(0)`` each hop waited for a part: Esc took 13 parts to act)."""


def loading_title(summary: ArticleSummary, listed: int | None = None) -> Content:
    """The title of an article being loaded: its title, how many claims are coming, and how
    many of them are listed yet (``listed``, once the text is shown)."""
    done = "" if listed is None else f" {listed:,} listed"
    return Content.assemble(
        line(summary.title, "bold"),
        "\n",
        Content.styled(f"loading {counted(summary.claims, 'claim')}…{done}", "dim italic"),
    )


def width_classes(breakpoints: list[tuple[int, str]] | None, width: int) -> set[str]:
    """The app's width breakpoint class for ``width``, by Textual's rule (the widest edge not
    above it). Textual gives a pushed screen its class only on its first resize, after the
    first layout: under 100 columns an opened article was laid out side by side, wrapped,
    then stacked and wrapped again (a visible flash, and the text wrapped twice)."""
    for edge, name in sorted(breakpoints or [], reverse=True):
        if width >= edge:
            return {name}
    return set()


class ReviewScreen(ElsewhereActions):
    """One article under review: the layout and the events; state and keys come from the bases."""

    BINDINGS: ClassVar[list[BindingType]] = [*REVIEW_BINDINGS]
    FOOTER_GROUPS: ClassVar[dict[str, str]] = REVIEW_FOOTER_GROUPS
    FOOTER_FIRST: ClassVar[tuple[str, ...]] = REVIEW_FOOTER_FIRST

    def __init__(
        self, desk: Desk, article_id: int, claim_id: int | None = None, *, arrival: str = ""
    ) -> None:
        super().__init__(desk, article_id, claim_id)
        self.add_class(*width_classes(self.app.HORIZONTAL_BREAKPOINTS, self.app.size.width))
        self.arrival = arrival
        """What the screen that opened this one has to tell the reviewer ("Esc: back to claim
        #N"), said once the article is loaded: said before, by the opener, its 2.5 s ran out
        while a long article loaded (Elsewhere's o into a 4,862-claim article took longer,
        desk36 in tmux), and at 80 columns it is the only place the way back is named."""

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="review-title")
        with Horizontal(id="panes"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield Input(
                    placeholder="filter: text or speaker · flag:name · kind:quote",
                    id="claim-filter",
                )
                yield ClaimsList(id="claims")
                yield ClaimDetail(id="detail")
                yield ElsewherePanel(id="elsewhere")
        yield DeskFooter()

    def on_mount(self) -> None:
        """Load the article; a long one after a first frame that says it is loading."""
        summary = self.desk.article_summary(self.article_id)
        if summary.claims < LONG_ARTICLE:
            self.load_article(self.article_id, self.current_id)
            self._shown_first()
            self._loaded_on_mount = True
            return
        self._summary = summary
        self.query_one("#review-title", Static).update(loading_title(summary))
        self.call_after_refresh(self._load_first)

    def _load_first(self) -> None:
        """A long article (a 4,862-claim one took seconds to build its list) is loaded after
        the frame naming it and how many claims it is loading: opened straight away, the
        queue stayed on screen with nothing to say that the Enter was taken (desk37), and a
        second Enter opened it again. Then in steps (``_load_step``): built in one go, it
        held the event loop for seconds (~9 s under load), and no key was answered."""
        steps = self.article_steps(self.article_id, self.current_id, slice_size=CLAIM_SLICE)
        if self._load_step(steps):
            self.run_worker(self._load_in_steps(steps), group="load", exclusive=True)

    async def _load_in_steps(self, steps: Generator[int]) -> None:
        """The parts of a long article's load, the event loop's turn between each (an
        asyncio task of the screen's: a callback scheduled after the last ran at once, the
        screen's queue never empty, and no key was read until the end)."""
        while self._load_step(steps):
            await asyncio.sleep(LOAD_PAUSE)

    def _load_step(self, steps: Generator[int]) -> bool:
        """One part of a long article's load (``article_steps``); True while parts are
        left. A key pressed meanwhile is answered in between (only Esc acts:
        ``check_action``), and Esc leaves at once: the parts left then do nothing."""
        if self not in self.app.screen_stack:
            steps.close()  # (Esc while it was loading: the screen is gone, or going)
            return False
        for listed in steps:
            title = self.query_one("#review-title", Static)
            title.update(loading_title(self._summary, listed))
            return True
        self._shown_first()
        return False

    def _shown_first(self) -> None:
        """Once the article is shown: the list takes the keys, a stale extraction is redone,
        the opener's message is said."""
        self.query_one(ClaimsList).focus()
        host(self.app).reextract_if_stale(self.article_id)  # redraws when the claims are in
        if self.arrival:
            self.say(self.arrival)

    def on_screen_resume(self) -> None:
        """Back from a modal or a stacked review: another screen may have changed claims.

        Textual also sends a resume when the screen is first pushed, right after its mount
        loaded everything: reading the article twice there doubled the time to open it."""
        self.shown_here()  # back from an article stacked on this one (Elsewhere's o, Ctrl+F)
        if self.article is None:
            return  # (a long article still loading: ``_load_first`` reads it all)
        if getattr(self, "_loaded_on_mount", False):
            self._loaded_on_mount = False
            return
        if not self.back_in_step():
            self.reload_claims()

    def on_unmount(self) -> None:
        self.save_position_now()

    @on(OptionList.OptionHighlighted, "#claims")
    def _list_moved(self, event: OptionList.OptionHighlighted) -> None:
        claim_id = int(event.option.id) if event.option.id else None
        if claim_id != self.current_id:
            self.move_to(claim_id)

    @on(ArticleView.ClaimClicked)
    def _text_clicked(self, event: ArticleView.ClaimClicked) -> None:
        self.move_to(event.claim_id)

    # -- filter ---------------------------------------------------------------------------

    @on(Input.Changed, "#claim-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        """The words changed: filter at once, or on a long article once typing pauses.

        Each filter of a 3,290-claim article (an invented 300 KB one) matched every claim
        and rebuilt the list: 1.3 s a key, so "/berth 7" took 10 s to settle, every word
        on the way filtered in full (shift33a, issue 15). From ``LONG_ARTICLE`` claims the
        words wait for ``FILTER_PAUSE`` without a key; Enter and Esc act on them at once."""
        self.stop_filter_timer()
        if len(self.listed) >= LONG_ARTICLE and event.value.strip():
            self.filter_timer = self.set_timer(FILTER_PAUSE, self.apply_filter_words)
            return
        self.apply_filter_words()

    def apply_filter_words(self) -> None:
        """List the claims the words in the box find, and place the cursor (``filter_moved``)."""
        self.stop_filter_timer()
        self.filter_text = self.query_one("#claim-filter", Input).value.strip()
        self._refilter()
        self.filter_moved()

    @on(Input.Submitted, "#claim-filter")
    def _filter_done(self) -> None:
        """Enter: the words found what the reviewer was after; the claim highlighted is now
        theirs, as one moved to with j is, so Esc closing the filter stays on it. Without
        this, /words Enter Esc went back to the claim before the filter (shift33a, a 3,290
        claim article: "/berth 777", Enter, Esc landed 800 claims away). Esc from the box
        itself still goes back (the words only passed by)."""
        if self.filter_timer is not None:  # words typed on a long article, not yet applied
            self.apply_filter_words()
        self.gave_way = None
        self.query_one(ClaimsList).focus()

    @on(Input.Blurred, "#claim-filter")
    def _filter_left(self) -> None:
        """Focus left the box (a click on the list, a screen over it) with words typed on a
        long article still waiting for the pause: the timer is dropped, and the box shows the
        words the list is filtered by again. Left running, it filtered the list after the
        reviewer had moved on in it and moved the cursor off the claim they had gone to
        (review33); applied here instead, it would rebuild the rows under a click on them."""
        if self.filter_timer is None:
            return
        self.stop_filter_timer()
        box = self.query_one("#claim-filter", Input)
        with box.prevent(Input.Changed):
            box.value = self.filter_text

    # -- keys: which actions apply where --------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the filter has focus only Esc (``back``) acts: the screen's other keys (the
        verdicts, undo, J/K ...) neither act nor show in the footer. Typed characters and
        Backspace reach the Input without this: the focused widget takes them before any
        binding of the screen, none of which is a priority one."""
        if self.article is None:
            return action == "back"  # (loading: Esc leaves; nothing else has a claim yet)
        return not (isinstance(self.focused, Input) and action != "back")
