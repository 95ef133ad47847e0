"""The review screen's state and cursor, shared by its key mixins.

``ReviewScreen`` (layout and events) is built as ``ReviewBase`` -> ``ReviewActions`` (the review
keys) -> ``ElsewhereActions`` (the corroboration keys) -> ``ReviewScreen``: each layer is a real
base class of the next, so no module needs the finished screen to know what it may call.

State lives in three places only: the Desk (every change is written at once), this screen's
cursor (``current_id``) and the list filters. After each change the affected claim is read
back from the Desk, so what is drawn is what is stored.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static

from factdesk.desk.article_rows import ArticleRows
from factdesk.desk.conflicts import MergeConflict
from factdesk.desk.search import Wanted, claim_matches, read_filter
from factdesk.desk.service import Desk
from factdesk.domain.models import Article, Claim
from factdesk.domain.verdicts import MERGE_CONFLICT, NEEDS_REVIEW, VERDICTS
from factdesk.text.sanitize import sanitize_line
from factdesk.text.shown_dates import shown_date
from factdesk.ui.guard import reports_desk_errors
from factdesk.ui.host import host, notice
from factdesk.ui.widgets.article_view import ArticleView
from factdesk.ui.widgets.claim_detail import ClaimDetail
from factdesk.ui.widgets.claims_list import ClaimsList
from factdesk.ui.widgets.elsewhere import ElsewherePanel
from factdesk.ui.widgets.text import Fit, fitted, line, progress_bar, readonly_mark, verdict_counts

HIDDEN = "hidden"
"""The list mode of the claims a reviewer hid (``D`` there restores one)."""
LIST_MODES = ("all", "unreviewed", MERGE_CONFLICT, HIDDEN, NEEDS_REVIEW)
"""What ``f`` cycles through; the merge-conflict, hidden and needs-review steps are skipped in
an article without any."""

BACK_STEPS = 100
"""The most articles Esc goes back through in one review screen (ids only: a long session of
J keeps no more)."""
POSITION_SAVE_DELAY = 0.4
"""Seconds after the last move before the position is written: j held down costs no writes."""
TEXT_SLICE = 400
"""Lines of a long article's text wrapped in one part of its load (``article_steps``): the
300 KB article's ~2,000 lines in 5 parts of ~15 ms of CPU each at load 13 (speed39)."""
REDRAW_FEW = 25
"""A list read again with the same claims in the same places redraws the claims that changed
alone when they are at most this many (``_redrawn_in_place``); more, it is built again."""


def _placed(claim: Claim) -> tuple[int, int, int, bool]:
    """Where a claim stands (its version, its span in the text) and whether it is hidden: a
    claim whose place changed is not drawn again alone (``refreshed_in_place``)."""
    return claim.version, claim.start, claim.end, claim.hidden


def matches(claim: Claim, needle: str | Wanted) -> bool:
    """The ``/`` filter: the claim's words and speaker hold every typed word (in any case,
    or another ending), and it has the ``flag:``/``kind:`` asked for (``desk.search``'s
    test, Ctrl+F's too). ``needle`` as typed, or read once for a whole list."""
    wanted = read_filter(needle) if isinstance(needle, str) else needle
    return claim_matches(wanted, claim.text, claim.speaker, claim.flags, claim.kind)


class ReviewBase(Screen):
    """One article under review: what is loaded, what is shown, where the cursor is."""

    def __init__(self, desk: Desk, article_id: int, claim_id: int | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.article_id = article_id
        self.current_id: int | None = claim_id
        self.article: Article | None = None
        self.claims: list[Claim] = []
        self.shown: list[Claim] = []
        self.filter_text = ""
        self.gave_way: tuple[int | None, int | None] | None = None
        """(the claim the reviewer was on, the one the cursor went to) while the ``/`` words
        as typed so far hide the first: the next words that list it again, or Esc, bring the
        cursor back to it, unless the reviewer has moved since (``filter_moved``)."""
        self.list_mode = "all"
        """``f`` cycles it: all, unreviewed, merge-conflict, hidden, needs-review (see
        ``review_elsewhere``); the last three only where the article has any."""
        self.hidden: list[Claim] = []
        """The article's hidden claims (listed in the hidden mode only)."""
        self.rereview: list[Claim] = []
        """Claims of the article's older versions whose review a re-import could not carry:
        listed, with their old verdict and note, in the needs-review mode."""
        self.conflicts: dict[int, list[MergeConflict]] = {}
        self.score_order = False
        self._save_timer: Timer | None = None
        self._offered_done = False
        """Whether "every claim here has a verdict" was offered in this article already."""
        self._passages: dict[int, tuple[int, int] | None] = {}
        """Old claim id -> where its words stand in the current text (``_in_text``)."""
        self._left_elsewhere = 0
        """Claims without a verdict in the desk's other articles, read whenever the article is
        read from the store: with this article's own count, the title's "desk: N left"."""
        self.filter_timer: Timer | None = None
        """Set while ``/`` words typed on a long article wait for typing to pause."""
        self._mark_left: tuple[int, int] | None = None
        """``Desk.write_mark`` when a screen (a dialog, help, a stacked review) went over this
        one, while the review is still in step with it (``in_step``); None while on top."""
        self._outside_rows: ArticleRows | None = None
        """``Desk.article_rows`` at the last outside change (``outside_change``): the claims
        whose rows are the same again are as stored then, and as drawn (this screen's own
        writes redraw their claims as they are written)."""
        self._outside_mark: int | None = None
        """The desk's change mark taken before the article's rows were last read: at its open
        and at each outside change (``_untouched_outside``). Taken at the open too, so the
        first commit another process makes to another article after it reads nothing of
        this one either: it read the 300 KB article's claims again (~112 ms of the event loop,
        speed42's tmux run), where each later one cost ~22 ms."""
        self.came_from: list[tuple[int, int | None]] = []
        """(article, claim) of each article this screen showed before the one on it, moved on
        from in place (``go_to_article``: J/K, the next-article offer, an undo elsewhere): Esc
        goes back through them, one step at a time, before it leaves the screen."""

    def say(
        self,
        message: str,
        *,
        severity: SeverityLevel = "information",
        whole: bool = False,
        shorter: Sequence[str] = (),
    ) -> None:
        """A brief toast in place of the last (``host.notice``: one row, a ``shorter`` form
        where it does not fit, else cut, unless ``whole``); sanitised, never markup."""
        short = [sanitize_line(form) for form in shorter]
        notice(self.app, sanitize_line(message), severity=severity, whole=whole, shorter=short)

    # -- loading --------------------------------------------------------------------------

    def go_to_article(self, article_id: int, claim_id: int | None = None) -> None:
        """Move on to another article in this screen, as a step Esc can go back (a browser's
        Back). Why: after a Ctrl+F jump stacked this screen on the review it came from, ``y``
        to the next-article offer showed the next article in place, and Esc went from there to
        the review under the jump, skipping the article the reviewer had just finished."""
        if article_id != self.article_id and self.article is not None:
            self.came_from.append((self.article_id, self.current_id))
            del self.came_from[:-BACK_STEPS]
        self.load_article(article_id, claim_id)

    def go_back(self) -> bool:
        """Show the article this screen showed before (``came_from``); False when none."""
        if not self.came_from:
            return False
        article_id, claim_id = self.came_from.pop()
        self.load_article(article_id, claim_id)
        return True

    def load_article(self, article_id: int, claim_id: int | None = None) -> None:
        """Show an article; the cursor goes to ``claim_id``, else the first unreviewed."""
        for _ in self.article_steps(article_id, claim_id):
            pass

    def article_steps(
        self, article_id: int, claim_id: int | None = None, *, slice_size: int = 0
    ) -> Generator[int]:
        """``load_article``'s work. With a ``slice_size``, in parts (``ReviewScreen`` gives
        the event loop a turn between them): the text first, then the list ``slice_size``
        claims at a time (``ClaimsList.fill``), yielding the number listed so far; the
        screen's ``article`` is set last, so until then every path that needs a loaded
        article (the keys but Esc, a redraw after another process's write, a resume) waits
        or does nothing, as before the load began."""
        self.save_position_now()
        changed = article_id != self.article_id or self.article is None
        if changed:
            self._offered_done = False
        if article_id != self.article_id:
            self._clear_filters()
        self.article_id = article_id
        self.shown_here()
        # the mark before every read, the text's too (``_untouched_outside``): a commit between
        # the text and the mark would be counted as seen (review43)
        self._outside_mark = self.desk.queue_mark()
        article = self.desk.article(article_id)
        self.article = None if slice_size else article
        self._passages.clear()  # another article, or a new version of this one
        self._read_claims()
        self._load_side_lists()
        if changed and self.rereview:
            # the key first: at 80 columns the line was cut in "f lists them (needs re-r…"
            count = len(self.rereview)
            lost = (
                "it: 1 review here lost its"
                if count == 1
                else f"them: {count} reviews here lost their"
            )
            self.say(f"f lists {lost} claim in a re-import")
        ids = {claim.id for claim in self.claims}
        if claim_id not in ids:
            claim_id = next((c.id for c in self.claims if c.verdict is None), None)
            claim_id = claim_id or (self.claims[0].id if self.claims else None)
        self.current_id = claim_id
        view = self.query_one(ArticleView)
        if slice_size:
            yield 0  # (the reads above, the text below: each a part of its own)
            for _ in view.show_in_parts(article.body, self.claims, claim_id, TEXT_SLICE):
                yield 0  # (its text is wrapped TEXT_SLICE lines a part)
        else:
            view.show_article(article.body, self.claims, claim_id)
        self.load_conflicts()
        if slice_size:
            yield 0
            shown = self._listed_now()
            yield from self.query_one(ClaimsList).fill(shown, claim_id, slice_size)
            self.shown, self.article = shown, article
            self._draw_title()
        else:
            self._refilter()
        self.move_to(claim_id)

    def shown_here(self) -> None:
        """This article is the one the reviewer is on: the queue selects it when shown again.

        One path for every way an article comes up (the queue, J/K, the next-article offer,
        Elsewhere's o, Ctrl+F, the palette) and for a review shown again when one stacked on
        it closes: set by the callers of ``open_review`` alone, the queue came back on the
        article first opened after J, and on the Elsewhere article after Esc from it."""
        host(self.app).last_article_id = self.article_id

    def reload_claims(self) -> None:
        """Re-read the claims of the article from the desk, keeping the cursor."""
        self.article = self.desk.article(self.article_id)
        self._read_claims()
        self._load_side_lists()
        self.load_conflicts()
        self._refilter()
        self.move_to(self.current_id)

    def refreshed_in_place(self, changed: set[int]) -> bool:
        """Another process committed, and of this article's rows only those of the claims
        ``changed`` differ from the last outside change's (``Desk.article_rows``; often
        none: the commit was to another article, or this screen's own writes, already
        drawn). Each of those claims, when listed here and still where it was in the text,
        is read and drawn again alone (``refresh_claim``), then what lies around the claims:
        the desk's count left, whether the article has matches, the current claim's detail
        and Elsewhere panel. Reading all 2,307 claims of the long article again cost ~64 ms of
        the event loop at each commit of the app's background re-extraction, building its
        list again ~300 ms more (speed41). False: read the article again instead."""
        listed = {c.id: c for c in self.claims}
        if len(changed) > REDRAW_FEW or not changed <= listed.keys():
            return False
        fresh = [self.desk.claim(claim_id) for claim_id in sorted(changed)]
        if any(_placed(c) != _placed(listed[c.id]) for c in fresh):
            return False
        for claim in fresh:
            self.refresh_claim(claim.id, claim)
        self._count_elsewhere(self.claims)
        self._size_elsewhere()
        self._draw_title()
        self.move_to(self.current_id)
        return True

    def refresh_claim(self, claim_id: int, stored: Claim | None = None) -> Claim:
        """Re-read one claim after a change and redraw it everywhere it shows (``stored``:
        the claim as just read, when the caller has it)."""
        stored = stored if stored is not None else self.desk.claim(claim_id)
        shown = self.with_pending([stored], hidden=None)
        if not shown or (shown[0].hidden and any(c.id == claim_id for c in self.claims)):
            self.reload_claims()  # it leaves this list (hidden meanwhile, or settled)
            return shown[0] if shown else stored
        fresh = shown[0]
        self.claims = [fresh if c.id == claim_id else c for c in self.claims]
        if claim_id in self.conflicts:
            self.load_conflicts()  # a reviewer's change settles a merge conflict
        if self.list_mode != "all":
            self._refilter(fresh)
        else:
            self.shown = [fresh if c.id == claim_id else c for c in self.shown]
            self.query_one(ClaimsList).replace_claim(fresh)
        self._draw_title()
        return fresh

    def with_pending(self, claims: list[Claim], *, hidden: bool | None = False) -> list[Claim]:
        """``claims`` as the writes waiting for the desk will leave them (``ui.pending``):
        a key pressed while the import writes shows at once, and a redraw from the store
        meanwhile (the import's commit) does not take it back. ``hidden``: the list of hidden
        claims (a claim hidden meanwhile leaves the other lists, one shown again this one);
        None: kept whether hidden or not."""
        shown = host(self.app).pending.shown(claims)
        return shown if hidden is None else [c for c in shown if c.hidden == hidden]

    def _read_claims(self) -> None:
        """The article's claims from the store, with the writes waiting laid over them, and
        the desk's count of claims left elsewhere (``_count_elsewhere``)."""
        stored = self.desk.claims(self.article_id)
        self.claims = self.with_pending(stored)
        self._count_elsewhere(stored)

    def _unreviewed_here(self) -> int:
        return sum(1 for c in self.claims if c.verdict is None)

    def _count_elsewhere(self, stored: list[Claim] | None = None) -> None:
        """The desk's claims left to review outside this article, as the screen shows them,
        once per read of it (a key that changes a verdict changes only this article's count,
        kept in ``claims``). Counted from the stored claims (``stored``: this article's as
        read; else read now) and moved by the writes still waiting for the desk on other
        articles' claims: counted from ``claims``, which show the waiting verdicts, the title
        was off by them for as long as they waited (mend35a)."""
        if stored is None:
            stored = self.desk.claims(self.article_id)
        here = {c.id for c in stored}
        left_here = sum(1 for c in stored if c.verdict is None)
        shift = host(self.app).pending.unreviewed_shift(self.desk.claim, here)
        self._left_elsewhere = self.desk.unreviewed_count() - left_here + shift

    def recount(self) -> None:
        """A write that waited for the desk is written or refused: the desk's count again."""
        if self.article is not None:
            self._count_elsewhere()
            self._draw_title()

    @property
    def desk_left(self) -> int:
        """Claims left to review on the whole desk, this article's included, as shown."""
        return self._left_elsewhere + self._unreviewed_here()

    def _load_side_lists(self) -> None:
        """The hidden and needs-review claims of the article; a mode whose list emptied
        (the last claim restored or settled) goes back to all claims."""
        self.hidden = self.with_pending(
            self.desk.claims(self.article_id, only_hidden=True), hidden=True
        )
        self.rereview = self.with_pending(self.desk.needs_review(self.article_id), hidden=None)
        if (self.list_mode == HIDDEN and not self.hidden) or (
            self.list_mode == NEEDS_REVIEW and not self.rereview
        ):
            self.list_mode = "all"
        self._size_elsewhere()

    def _size_elsewhere(self) -> None:
        """The Elsewhere panel's height, set per article (``#side.-quiet`` in factdesk.tcss), never
        per claim: a panel that grew and shrank on every move moved the list under the cursor. An
        article none of whose claims another article says or contradicts (``has_matches``: its
        claims alone, or the "matched" sort's counts when current) gets the head and one match
        row, and the claims list the rows it gave up: at 160×48 the panel was 13 rows, 8 of them
        empty, beside a claims list of seven claims (polish35, in tmux)."""
        quiet = not self.desk.has_matches(self.article_id)
        self.query_one("#side").set_class(quiet, "-quiet")

    @property
    def listed(self) -> list[Claim]:
        """The claims the current list mode draws from."""
        if self.list_mode == HIDDEN:
            return self.hidden
        if self.list_mode == NEEDS_REVIEW:
            return self.rereview
        return self.claims

    def is_old(self, claim: Claim | None) -> bool:
        """A claim of an older version of the article (a needs-review one): its offsets are
        not into the text on screen, and verdict keys do not apply to it."""
        return (
            claim is not None
            and self.article is not None
            and (claim.version != self.article.version)
        )

    def _refilter(self, changed: Claim | None = None) -> None:
        """Draw the list the modes and the filter leave. ``changed``: the one claim that
        changed since the list was drawn (``refresh_claim``): when it only left the list (a
        verdict under "unreviewed only") or stayed in its place, the list is updated for it
        alone; rebuilding 2,307 prompts cost a long article ~0.3 s a verdict."""
        shown = self._listed_now()
        listing = self.query_one(ClaimsList)
        before, now = [c.id for c in self.shown], [c.id for c in shown]
        if changed is not None and now == before:
            listing.replace_claim(changed)
        elif changed is not None and now == [i for i in before if i != changed.id] != before:
            listing.remove_claim(changed.id)
        elif now != before or not self._redrawn_in_place(listing, shown):
            listing.show(shown, self.current_id)
        self.shown = shown
        self._draw_title()

    def _redrawn_in_place(self, listing: ClaimsList, shown: list[Claim]) -> bool:
        """The list read again (``reload_claims``: another process's commit, most often to
        another article) lists the claims it did, in the same order: only the prompts of
        those that changed are drawn again, when few. Building all 2,307 prompts again cost
        the long article ~0.3 s of the event loop at each commit of the app's background
        re-extraction, a key pressed meanwhile waiting for it (speed41). False: not drawn
        (the list on screen is not this one yet, or too much changed)."""
        if listing.option_count != len(shown):
            return False
        changed = [new for old, new in zip(self.shown, shown, strict=True) if old != new]
        if len(changed) > REDRAW_FEW:
            return False
        for claim in changed:
            listing.replace_claim(claim)
        return True

    def _listed_now(self) -> list[Claim]:
        """The claims the list modes and the filter leave, in the list's order."""
        shown = [c for c in self.listed if not self.unreviewed_only or c.verdict is None]
        if self.list_mode == MERGE_CONFLICT:
            shown = [c for c in shown if c.id in self.conflicts]
        if self.filter_text:
            wanted = read_filter(self.filter_text)  # once, not once a claim
            shown = [c for c in shown if matches(c, wanted)]
        if self.score_order:
            shown.sort(key=lambda c: (-c.score, c.start))
        return shown

    def on_resize(self) -> None:
        """The title's second line shortens to the screen's width (``_draw_title``)."""
        self._draw_title()

    def _draw_title(self) -> None:
        article = self.article
        if article is None:
            return
        reviewed = sum(1 for c in self.claims if c.verdict)
        counts = {v: sum(1 for c in self.claims if c.verdict == v) for v in VERDICTS}
        when = shown_date(article.date_iso, article.date_text)
        where = " · ".join(x for x in (article.outlet, article.place, when) if x)
        modes = [m for m, on_ in (("unreviewed only", self.unreviewed_only),
                                  ("merge conflicts", self.list_mode == MERGE_CONFLICT),
                                  ("hidden claims · D restores", self.list_mode == HIDDEN),
                                  ("needs re-review · D settles",
                                   self.list_mode == NEEDS_REVIEW),
                                  ("score order", self.score_order)) if on_]  # fmt: skip
        if self.filter_text:
            modes.append(f"filter “{self.filter_text}”")
        # the second line: outlet and date give way before the list's modes (a state the
        # reviewer must see: at 80 columns "[unreviewed only, score order]" was cut)
        state = fitted(
            [
                Fit((Content.assemble(line(where, "dim"), "  "), Content("")), 1),
                progress_bar(reviewed, len(self.claims)),
                "  ",
                verdict_counts(counts, len(self.claims) - reviewed, len(self.rereview)),
                self._desk_part(),
                self._modes_part(modes),
            ],
            self.app.size.width - 2,  # less the title's padding
        )
        title = Content.assemble(
            readonly_mark(self.desk.readonly), line(article.title, "bold"), "\n", state
        )
        # Two lines high, always: redrawing it needs no relayout of the screen.
        self.query_one("#review-title", Static).update(title, layout=False)

    def _desk_part(self) -> Fit:
        """How many claims the whole desk has left to review: a reviewer going from article
        to article with J or the next-article offer never saw the queue's desk line, so how
        much work was left was nowhere on screen. It gives way after the outlet and date,
        before the list's modes. While writes wait for the desk (``ui.pending``: the import
        holds it), it says how many ("· 2 saving…"), the first words to give way: a queued
        write lives in the app's memory until the desk frees (up to 30 s), and "saving…" was
        said once, in a notice gone in seconds."""
        left = self.desk_left
        saving = len(host(self.app).pending)
        forms: tuple[str, ...] = (
            f"   desk: {left} left to review", f"   desk: {left} left", f"  desk {left}", ""
        )  # fmt: skip
        if saving:
            forms = (f"{forms[0]} · {saving} saving…", f"{forms[1]} · {saving} saving…", *forms)
        return Fit(tuple(Content.styled(form, "dim") for form in forms), 2)

    def _modes_part(self, modes: list[str]) -> Fit:
        """The list's modes in brackets, and how many of the list's claims they leave on
        screen ("2 of 16 shown"; shorter, "2/16", where the line is tight). Why: the modes
        alone did not say what they hide: a filter that left one claim of sixteen looked
        like an article of one claim, and "unreviewed only" hid how many were done."""
        if not modes:
            return Fit((Content(""),))
        shown, listed = len(self.shown), len(self.listed)
        counts = [f" · {shown} of {listed} shown", f" · {shown}/{listed}"]
        said = ", ".join(modes)
        forms = [f"  [{said}{count}]" for count in (counts if shown != listed else [""])]
        return Fit(tuple(Content.styled(form, "italic") for form in forms), 3)

    def list_modes(self) -> list[str]:
        """The modes ``f`` cycles through in this article, in order."""
        have = {MERGE_CONFLICT: self.conflicts, HIDDEN: self.hidden, NEEDS_REVIEW: self.rereview}
        return [m for m in LIST_MODES if m not in have or have[m]]

    def presses_to_all(self) -> int:
        """How many presses of ``f`` list all claims again from the mode on now."""
        modes = self.list_modes()
        index = modes.index(self.list_mode) if self.list_mode in modes else len(modes) - 1
        return len(modes) - index

    def nothing_listed(self, to: str) -> str:
        """What a key that needs a claim says when the list on screen shows none, with the
        key that lists one (it said only "no claim shown here to mark", which left the
        reviewer to guess that a filter or the f mode was hiding the article's claims). The
        f hint says what f does, cycle the list's modes, and how many presses come back to
        all claims: it said "f lists all claims", where a press may go on to the next mode."""
        if self.filter_text:
            hint = "Esc clears the filter"
        elif self.list_mode != "all":
            presses = self.presses_to_all()
            press = "one press lists" if presses == 1 else f"{presses} presses list"
            hint = f"f cycles the list: {press} all claims"
        elif not self.claims:
            hint = "a adds one from the text"
        else:
            return f"no claim shown here to {to}"
        return f"no claim shown here to {to} · {hint}"

    # -- the cursor -----------------------------------------------------------------------

    @property
    def current_claim(self) -> Claim | None:
        """The claim under the cursor, only while the list on screen shows it: None when a
        filter hides it, so the keys that act on a claim ask this alone, never act on a
        claim that is not on screen."""
        return next((c for c in self.shown if c.id == self.current_id), None)

    def go_to_claim(self, claim_id: int | None) -> None:
        """Make a claim of this article current from outside the list (Ctrl+F, the palette):
        a filter or list mode that hides it is cleared first, so the cursor lands on it."""
        if claim_id is None:
            return
        hidden_here = all(c.id != claim_id for c in self.shown)
        if hidden_here and any(c.id == claim_id for c in self.claims):
            self._close_filter()
            self.list_mode = "all"
            self._refilter()
        self.move_to(claim_id)

    def move_to(self, claim_id: int | None) -> None:
        """Make a claim current: list, text highlight, detail and (soon) the saved position.

        Only a claim of the list on screen can be current: one the filter hides gives way to
        the list's first claim; an empty list leaves the detail empty (the cursor is kept, so
        clearing the filter returns to it).
        """
        shown_ids = [c.id for c in self.shown]
        if claim_id not in shown_ids and shown_ids:
            claim_id = shown_ids[0]
        self.current_id = claim_id
        claim = self.current_claim
        claim_id = claim.id if claim is not None else None
        self.query_one(ClaimsList).select_claim(claim_id)
        article_view = self.query_one(ArticleView)
        in_text = self._in_text(claim)
        pane = self.claims + self.hidden if self.list_mode == HIDDEN else self.claims
        if in_text is not None and in_text is not claim:
            pane = [*pane, in_text]  # an old claim, drawn where its words now stand
        article_view.set_claims(pane, in_text.id if in_text else None)
        article_view.set_current(in_text)
        history = self.desk.history(claim_id) if claim_id is not None else []
        conflicts = self.conflicts.get(claim_id, []) if claim_id is not None else []
        words = None
        if claim is not None and claim is in_text:  # a claim of the text on screen
            words = article_view.readable(claim.start, claim.end)
        detail = self.query_one(ClaimDetail)
        notice = self._notice(claim, marked=in_text is not None)
        group = self.desk.speaker_group(claim) if claim is not None else None
        detail.show(claim, history, conflicts, notice, words=words or None, group=group)
        self.query_one(ElsewherePanel).show_for(claim_id)
        self._schedule_position_save()

    def _in_text(self, claim: Claim | None) -> Claim | None:
        """The claim as the article pane marks it. An old version's claim (needs re-review)
        has offsets into a text no longer shown: it is marked, unreviewed, where its words
        stand in the current text (``Desk.passage_now``), else not at all; before, the pane
        marked nothing and kept the previous claim in sight, which read as that one's."""
        if claim is None or self.article is None or not self.is_old(claim):
            return claim
        if claim.id not in self._passages:  # the text shown: the article is not read again
            self._passages[claim.id] = self.desk.passage_now(claim, self.article.body)
        span = self._passages[claim.id]
        if span is None:
            return None
        return replace(claim, start=span[0], end=span[1], verdict=None, hidden=False)

    def _notice(self, claim: Claim | None, *, marked: bool) -> Content | None:
        """What the detail pane says first about a hidden or a needs-review claim (``marked``:
        whether the article pane marks a needs-review claim's words, ``_in_text``), or, when
        the filter lists nothing, what to do next (the pane kept the last claim, which looked
        current, and the / filter finds no other spelling of a name, where Ctrl+F does)."""
        if claim is None and self.filter_text and not self.shown:
            return Content.styled(
                f"No claim here holds “{sanitize_line(self.filter_text)}”: Esc clears the "
                "filter; Ctrl+F searches the whole desk, any spelling of a name.",
                "bold $warning",
            )
        if claim is None or self.article is None:
            return None
        if self.is_old(claim):
            where = (
                "its closest passage is marked in the text"
                if marked
                else "nothing like it is left in the text"
            )
            return Content.styled(  # the key first: the pane's last rows may be out of view
                "Needs re-review: give the new text its verdict, then D here settles this. "
                f"This review was of version {claim.version}; the re-import (version "
                f"{self.article.version}) found no claim with this text ({where}).",
                "bold $warning",
            )
        if claim.hidden:
            return Content.styled("Hidden claim: D shows it again.", "bold $warning")
        return None

    def _step(self, delta: int) -> None:
        if not self.shown:
            return
        ids = [c.id for c in self.shown]
        index = ids.index(self.current_id) if self.current_id in ids else -delta
        self.move_to(ids[max(0, min(len(ids) - 1, index + delta))])

    def _schedule_position_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(POSITION_SAVE_DELAY, self._save_position_timed)

    def _save_position_timed(self) -> None:
        """The timer's save: while the app's own import writes, tried again later (a desk
        error, None, is shown once and not retried)."""
        if self.save_position_now() is False and self.is_mounted:
            self._schedule_position_save()

    @reports_desk_errors
    def save_position_now(self) -> bool:
        """Runs from a timer and on quit: a desk that cannot be written keeps no position.

        Never waits for the app's own import (``Desk.save_position(wait=False)``): on the
        event loop the wait froze the screen for the import's whole article after a mere j.
        False when the save was skipped for it (the timer tries again; a quit keeps the place
        saved before)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self.article is not None and not self.desk.readonly:
            with self.in_step():  # the timer may fire under a dialog: the place changes nothing
                return self.desk.save_position(self.article_id, self.current_id, wait=False)
        return True

    def on_screen_suspend(self) -> None:
        """Another screen goes over this one: what the desk's write mark is, to know on the
        way back whether anything was written meanwhile (``back_in_step``)."""
        self._mark_left = self.desk.write_mark()

    def back_in_step(self) -> bool:
        """Back on top: True when nothing was written to the desk since this screen was left
        (help, the palette, a dialog closed with nothing saved), so there is nothing to read
        again. Reading a 3,290-claim article again and redrawing its list took 1 to 2.4 s
        after each of them (shift33a, issue 15); a short article's read was never seen."""
        left, self._mark_left = self._mark_left, None
        return left is not None and left == self.desk.write_mark()

    @contextmanager
    def in_step(self) -> Iterator[None]:
        """A write this screen makes, and shows itself, while another screen is over it (the
        note saved as its dialog closes, the reviewer's place): when the desk had not changed
        since the screen was left, it is still in step after the write."""
        steady = self._mark_left is not None and self._mark_left == self.desk.write_mark()
        yield
        if steady:
            self._mark_left = self.desk.write_mark()

    def load_conflicts(self) -> None:
        """Open merge conflicts of this article's claims, read once per (re)load."""
        ids = {c.id for c in self.claims}
        self.conflicts = {}
        for conflict in self.desk.merge_conflicts():
            if conflict.claim_id in ids:
                self.conflicts.setdefault(conflict.claim_id, []).append(conflict)
        if self.list_mode == MERGE_CONFLICT and not self.conflicts:
            self.list_mode = "all"

    def _clear_filters(self) -> None:
        """A new article starts unfiltered: the ``/`` text and the ``f`` mode belong to one
        article's view (score order is a sort, not a filter, and stays)."""
        box = self.query_one("#claim-filter", Input)
        had = bool(self.filter_text) or self.list_mode != "all"
        self.stop_filter_timer()
        box.remove_class("-open")
        with box.prevent(Input.Changed):
            box.value = ""
        self.filter_text = ""
        self.gave_way = None
        self.list_mode = "all"
        if had and self.article is not None:
            self.say("filter cleared for the new article")
        if self.focused is box:
            self.query_one(ClaimsList).focus()

    def stop_filter_timer(self) -> None:
        if self.filter_timer is not None:
            self.filter_timer.stop()
            self.filter_timer = None

    def _close_filter(self) -> bool:
        box = self.query_one("#claim-filter", Input)
        if not box.has_class("-open"):
            return False
        self.stop_filter_timer()
        box.remove_class("-open")
        box.value = ""
        self.filter_text = ""
        self._refilter()
        self.move_to(self.claim_before_filter())
        self.gave_way = None
        self.query_one(ClaimsList).focus()
        return True

    def filter_moved(self) -> None:
        """The ``/`` words changed: the cursor stays on a claim they still list; one they
        hide gives way to the list's first claim and is remembered, and it comes back as soon
        as the words list it again. Typing "brewery" passes through "brewe", which lists
        other claims: the cursor went to one of them and stayed there once "brewery" listed
        the claim again, so a note written next went on another claim (shift32a)."""
        before = self.claim_before_filter()
        if before is not None and any(c.id == before for c in self.shown):
            self.gave_way = None
            if self.current_id != before:
                self.move_to(before)
            return
        if self.current_claim is None:
            self.move_to(self.current_id)  # gives way to the list's first claim
            if self.current_id != before:
                self.gave_way = (before, self.current_id)

    def claim_before_filter(self) -> int | None:
        """The claim the reviewer was on before the ``/`` words moved the cursor away, while
        they have not moved it since; else the current claim."""
        if self.gave_way is not None and self.gave_way[1] == self.current_id:
            return self.gave_way[0]
        return self.current_id

    @property
    def unreviewed_only(self) -> bool:
        """The older name of one list mode, kept for code and tests that read it."""
        return self.list_mode == "unreviewed"

    @unreviewed_only.setter
    def unreviewed_only(self, value: bool) -> None:
        if value:
            self.list_mode = "unreviewed"
        elif self.list_mode == "unreviewed":
            self.list_mode = "all"
