"""What each review key does. Every write goes through the Desk and is confirmed in a toast.

Kept apart from ``review.py`` (layout) and ``review_base.py`` (state and cursor) so each file
reads as one idea; its base class is the state it acts on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from textual.content import Content

from factdesk.desk.language import review_language
from factdesk.desk.service import ChangedMeanwhile, DeskError
from factdesk.desk.speaker import speaker_kind
from factdesk.domain.models import ArticleSummary, ReviewState, worded
from factdesk.domain.publication import PublicationError
from factdesk.domain.turns import in_turn_after, next_with_work
from factdesk.domain.verdicts import ATTRIBUTION_CHECKS
from factdesk.text.counts import counted
from factdesk.text.markdown import prose
from factdesk.text.shown_dates import shown_time
from factdesk.text.urls import doi_of, openable_url, url_problem
from factdesk.ui.guard import reports_desk_errors
from factdesk.ui.host import host
from factdesk.ui.pending import Shows, queued
from factdesk.ui.screens.confirm import ConfirmScreen, NextArticleScreen
from factdesk.ui.screens.evidence import EvidenceScreen
from factdesk.ui.screens.note import NoteConflictScreen, NoteResult, NoteScreen
from factdesk.ui.screens.publish import PublishScreen
from factdesk.ui.screens.review_base import ReviewBase
from factdesk.ui.screens.speaker import ENGINE, SpeakerScreen
from factdesk.ui.widgets.article_view import ArticleView
from factdesk.ui.widgets.text import VERDICT_SYMBOLS, line


def note_saved(before: ReviewState, after: ReviewState, claim_id: int) -> str:
    """What ``n`` saved, in a few words ("note saved, 2 URLs · claim #7"): it said "note
    saved" after an evidence-only edit, and never which claim or how many URLs. Short enough
    for one row of a toast at 80 columns (``host.one_row``): "note saved, evidence: 1 URL ·
    claim #424" wrapped over the Elsewhere line."""
    note = before.note != after.note
    count = evidence_count(after.evidence) if after.evidence else ""
    if before.evidence == after.evidence:
        said = "note saved" if after.note or not note else "note cleared"
    elif not note:
        said = f"evidence: {count}" if count else "evidence cleared"
    elif after.note:
        said = f"note saved, {count}" if count else "note saved, evidence cleared"
    else:
        said = f"note cleared, {count}" if count else "note and evidence cleared"
    return f"{said} · claim #{claim_id}"


def evidence_count(entries: Sequence[str]) -> str:
    """How many evidence entries, URLs and DOIs apart ("1 URL, 1 DOI"): a DOI is evidence
    the dialog takes beside URLs, and the line called a URL and a DOI "2 URLs" (shift33a: a
    reviewer checks the count against what they typed)."""
    dois = sum(1 for entry in entries if doi_of(entry) is not None)
    urls = len(entries) - dois
    parts = [counted(urls, "URL")] if urls else []
    if dois:
        parts.append(counted(dois, "DOI"))
    return ", ".join(parts)


def outside_the_review(old: bool) -> str:
    """What a verdict key on a claim outside the review says, in one row at 80 columns: "this
    claim is not in the review: mark the article's own claims (f: all); D here shows it
    again" was cut before its "D here", the key that deals with the claim."""
    if old:
        return "no verdict on an old review: D here settles it · f cycles to all claims"
    return "no verdict on a hidden claim: D here shows it again · f cycles to all claims"


class ReviewActions(ReviewBase):
    """The ``action_*`` methods of the review screen."""

    def outside_change(self) -> None:
        """Another process changed the desk: redraw from the store, keeping the cursor.

        A new version of the article (re-imported) reloads the text too; otherwise only the
        claims are re-read, so the text keeps its scroll and selection.
        """
        if self.article is None:
            return
        changed: set[int] | None = set()
        if not self._untouched_outside():
            if self.desk.article(self.article_id).body_sha256 != self.article.body_sha256:
                self.load_article(self.article_id, self.current_id)
                return
            before = self._outside_rows
            self._outside_rows = self.desk.article_rows(self.article_id)
            changed = self._outside_rows.changed_since(before)
        if changed is None or host(self.app).pending or not self.refreshed_in_place(changed):
            self.reload_claims()

    def _untouched_outside(self) -> bool:
        """Whether no row of this article changed since the last outside change: its change
        mark did not move (``Desk.changed_articles``; since schema 28 every row the review
        reads moves it). Then neither its text nor its rows are read: for the 300 KB article
        (2,307 claims) ~17 ms of the event loop at every commit the app's background
        re-extraction makes to another article (speed41, speed42). The mark is taken before
        the rows are read, so a commit between is named at the next outside change."""
        seen = self._outside_mark
        moved: set[int] | None = None
        if seen is None:
            self._outside_mark = self.desk.queue_mark()
        else:
            self._outside_mark, moved = self.desk.changed_articles(seen)
        return moved is not None and self.article_id not in moved

    # -- moving ---------------------------------------------------------------------------

    def action_next_claim(self) -> None:
        self._step(1)

    def action_prev_claim(self) -> None:
        self._step(-1)

    def action_first_claim(self) -> None:
        if self.shown:
            self.move_to(self.shown[0].id)

    def action_last_claim(self) -> None:
        if self.shown:
            self.move_to(self.shown[-1].id)

    def _article_step(self, delta: int) -> None:
        """Wraps round: a finished article sorts last (unreviewed first), yet work remains."""
        ids = [a.id for a in self.desk.articles(host(self.app).sort)]
        if not ids or ids == [self.article_id]:
            self.say("no next article" if delta > 0 else "no previous article")
            return
        index = (ids.index(self.article_id) + delta) % len(ids) if self.article_id in ids else 0
        self.go_to_article(ids[index])

    def action_next_article(self) -> None:
        self._article_step(1)

    def action_prev_article(self) -> None:
        self._article_step(-1)

    def action_back(self) -> None:
        """Esc: the filter first, then back to where the reviewer came from, one step at a
        time as a browser's Back goes: the article this screen showed before (``go_back``),
        then the screen under it (the review a Ctrl+F jump or Elsewhere's o left), then the
        queue."""
        if self._close_filter() or self.go_back():
            return
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            host(self.app).switch_to_queue()

    # -- verdicts -------------------------------------------------------------------------

    def action_verdict(self, verdict: str, because: str = "") -> None:
        """A verdict key (or ``v`` with the suggestion's ``because``, said in the toast)."""
        # current_claim is None when a filter hides it: a key never marks what is not on screen
        claim = self.current_claim
        if claim is None:
            self.say(self.nothing_listed("mark"))
            return
        if self.is_old(claim) or claim.hidden:
            self.say(outside_the_review(self.is_old(claim)))
            return
        order = [c.id for c in self.shown]
        queue = self._queue_if_this_may_finish(claim.id, verdict)
        pending, cid = host(self.app).pending, claim.id
        written, change = pending.write(
            lambda: self.desk.set_verdict(cid, verdict or None),
            later=lambda change: self._verdict_saved(cid, change),
            failed=lambda error: self._write_failed(cid, f"the verdict {verdict or 'cleared'}",
                                                    error),
            claim_id=cid,
            shows=lambda c: replace(c, verdict=verdict or None),
        )  # fmt: skip
        fresh = self.refresh_claim(claim.id)
        if written and change is None:  # it said nothing: was the key taken?
            self.move_to(claim.id)
            self.say(
                f"claim #{claim.id} is already {verdict}: nothing changed"
                if verdict
                else f"claim #{claim.id} has no verdict to clear"
            )
            return
        word = fresh.verdict or "cleared"
        why = f" (suggested: {because})" if because else ""
        # a verdict that replaces another says so: a key pressed on a claim already reviewed
        # (the cursor left there by Esc from Elsewhere's o, or by z) overwrote it unseen
        was = f" · was {claim.verdict}, z undoes" if claim.verdict and fresh.verdict else ""
        # the reason a write waits comes last, where a cut at 80 columns takes it, not "z undoes"
        saved = "saved" if written else "saving…"
        waits = "" if written else f" · {pending.why()}"
        said = f"{VERDICT_SYMBOLS.get(word, '·')} {word}{why} · claim #{claim.id} {saved}{was}"
        # v's reason is read whole (the head cuts it at 80)
        self.say(said + waits, whole=bool(why), shorter=[said])
        if not verdict:
            self.move_to(claim.id)
            return
        target = self._next_unreviewed(order, claim.id)
        if target is not None:
            self.move_to(target)
            return
        self.move_to(claim.id)
        left = sum(1 for c in self.claims if c.verdict is None)
        if left:  # a filter hides the rest of the article's work
            self.say(f"no unreviewed claim in this list · {left} left in the article · Esc/f")
        elif not self._offered_done:
            self._offered_done = True
            self._offer_next_article(queue)

    def _verdict_saved(self, claim_id: int, change: object) -> None:
        """A verdict that waited for the desk is written (``ui.pending``): redrawn as stored,
        and said once the last waiting write is through."""
        self._redraw(claim_id)
        if change is None:
            self.say(f"claim #{claim_id}: nothing changed (it held that verdict already)")
        else:
            self._say_saved(f"claim #{claim_id} saved")

    def _say_saved(self, said: str) -> None:
        """A write that waited is through: said, with what still waits."""
        waiting = len(host(self.app).pending)
        if waiting:
            self.say(f"{said} · {counted(waiting, 'change')} still saving…")
        else:
            self.say(f"{said} · every change that waited for the desk is saved")

    def _redraw(self, claim_id: int | None, *, recount: bool = False) -> None:
        """After a write that waited (written or refused): the claim drawn as stored, with
        what still waits laid over it, where this screen shows it. ``recount``: the desk's
        count again (a write refused: what it moved on another article comes back; one
        written leaves the count as shown, so it costs no read of the claims). Nothing on a
        screen the reviewer left (Esc to the queue while the write waited): popped, it is
        still mounted but holds no widgets (``is_attached`` is False), and the redraw failed
        there, said as "saved, but the screen could not show it"."""
        if not self.is_attached or self.article is None:
            return
        if claim_id is not None and any(c.id == claim_id for c in self.claims):
            self.refresh_claim(claim_id)
        elif (
            claim_id is None
            or any(c.id == claim_id for c in (*self.hidden, *self.rereview))
            or self.desk.claim(claim_id).article_id == self.article_id
        ):
            self.reload_claims()
        if recount:
            self.recount()

    def _write_failed(self, claim_id: int | None, what: str, error: DeskError) -> None:
        """A write that waited for the desk was refused at last (busy past the cap, or a
        desk error): said for its claim, in a notification that stays, and the claim shown
        as stored again."""
        where = f"claim #{claim_id}: " if claim_id is not None else ""
        self.app.notify(f"{where}{what} was not saved: {error}", severity="error",
                        markup=False, timeout=15)  # fmt: skip
        self._redraw(claim_id, recount=True)

    def _write(
        self,
        run: Callable[[], object],
        *,
        claim_id: int | None,
        what: str,
        done: Callable[[object], str | None],
        shows: Shows | None = None,
        failed: Callable[[DeskError], None] | None = None,
        later: Callable[[object], str | None] | None = None,
    ) -> bool:
        """One review write, through the app's one queue (``ui.pending``): made now when
        nothing waits and the desk is free (``done`` then, as before), else queued behind
        the writes waiting, in the order pressed: the claim shows what it will hold at once
        (``shows``), "saving…" is said, and once written ``done`` runs on its result and
        what it returns is said (``later`` instead when it waited; or ``failed``, default:
        said for the claim and shown as stored again). Notes, evidence,
        A, speaker, D, a, links and publication fields waited on the event loop for the
        import's article (up to 30 s) before (mend35a). True when written now."""
        pending = host(self.app).pending
        written, result = pending.write(
            run,
            later=lambda result: self._written_later(claim_id, later or done, result),
            failed=failed or (lambda error: self._write_failed(claim_id, what, error)),
            claim_id=claim_id,
            shows=shows,
        )
        if written:
            said = done(result)
            if said:
                self.say(said)
            return True
        if shows is not None and claim_id is not None:
            self._redraw(claim_id)
        where = f" · claim #{claim_id}" if claim_id is not None else ""
        self.say(f"{what}{where} saving… ({pending.why()})")
        return False

    def _written_later(
        self, claim_id: int | None, done: Callable[[object], str | None], result: object
    ) -> None:
        """A queued write is through: ``done`` where this screen still shows its article,
        else a word for it."""
        if (
            self.is_attached
            and self.article is not None
            and (claim_id is None or self.desk.claim(claim_id).article_id == self.article_id)
        ):
            said = done(result)
            if said:
                self._say_saved(said)
        else:
            self._say_saved(f"claim #{claim_id} saved" if claim_id is not None else "saved")

    @reports_desk_errors
    def action_attribution(self) -> None:
        """Cycle the attribution check: unchecked, confirmed, misattributed, unchecked."""
        claim = self.current_claim
        if claim is None:
            self.say(self.nothing_listed("check"))
            return
        order = [None, *ATTRIBUTION_CHECKS]
        following = order[(order.index(claim.attribution) + 1) % len(order)]
        if claim.speaker is None and claim.attribution is not None:
            following = None  # a check left from before the speaker went: A clears it
        # the desk refuses a check with no speaker (the writer's own assertion), in one line
        cid, said = claim.id, f"attribution {following or 'unchecked'}"

        def done(_: object) -> str:
            self.refresh_claim(cid)
            return f"{said} · claim #{cid} saved"

        self._write(lambda: self.desk.set_attribution(cid, following), claim_id=cid,
                    what=said, done=done,
                    shows=lambda c: replace(c, attribution=following))  # fmt: skip
        self.move_to(cid)

    def _next_unreviewed(self, order: list[int], after: int) -> int | None:
        unreviewed = {c.id for c in self.claims if c.verdict is None}
        return next((i for i in in_turn_after(order, after) if i in unreviewed), None)

    def _queue_if_this_may_finish(self, claim_id: int, verdict: str) -> list[ArticleSummary] | None:
        """The queue before a verdict that may finish the article (every other claim has one),
        read only then: the offer of the next article goes on from where this one stood, as
        the queue's cursor does; once finished it sorts last. The offer read it anyway."""
        if not verdict or self._offered_done:
            return None
        if any(c.verdict is None for c in self.claims if c.id != claim_id):
            return None
        return self.desk.articles(host(self.app).sort)

    def _offer_next_article(self, queue: list[ArticleSummary] | None) -> None:
        """The whole article is done (whatever the filter shows): offer, once per visit, the
        next article in line that still has work (``next_with_work`` in ``queue``, the order
        before the last verdict): a claim without a verdict, or a review a re-import handed
        back (the queue counts both as unfinished)."""
        queue = queue if queue is not None else self.desk.articles(host(self.app).sort)
        with_work = {a.id: a for a in queue if a.has_work}
        target = next_with_work([a.id for a in queue], self.article_id, with_work)
        if target is None:
            self.say("every claim on the desk has a verdict")
            return
        left = counted(self.desk_left, "claim")
        question = Content.assemble(
            f"Every claim here has a verdict; {left} left on the desk. Open the next article?\n\n",
            line(with_work[target].title, "bold"),
        )
        self.app.push_screen(
            NextArticleScreen(question), lambda yes: self.go_to_article(target) if yes else None
        )

    # -- notes and clipboard --------------------------------------------------------------

    def action_note(self) -> None:
        claim = self.current_claim
        if claim is not None:
            self.app.push_screen(NoteScreen(claim), lambda r, cid=claim.id: self._saved(cid, r))

    @reports_desk_errors
    def _saved(self, claim_id: int, result: NoteResult | None) -> None:
        if result is None:
            self.say("note: nothing changed")
            return

        def done(change: Any) -> str:
            self.refresh_claim(claim_id)
            if change is None:
                return "note: nothing changed"
            return note_saved(change.before, change.after, claim_id)

        def failed(error: DeskError) -> None:
            if isinstance(error, ChangedMeanwhile):  # saved elsewhere while it waited
                self._redraw(claim_id, recount=True)
                self._clashed(claim_id, result, error)
            else:
                self._write_failed(claim_id, "the note", error)

        evidence = list(result.evidence)
        try:
            with self.in_step():  # a note is this claim's alone: the review redraws it here
                self._write(
                    lambda: self.desk.set_note(
                        claim_id, result.note, result.evidence, opened=result.opened
                    ),
                    claim_id=claim_id,
                    what="note",
                    done=done,
                    failed=failed,
                    shows=lambda c: replace(c, note=result.note, evidence=evidence),
                )
        except ChangedMeanwhile as clash:
            self._clashed(claim_id, result, clash)
            return
        self.move_to(claim_id)

    def _clashed(self, claim_id: int, result: NoteResult, clash: ChangedMeanwhile) -> None:
        """The note was saved meanwhile elsewhere: the reviewer chooses."""
        theirs = (clash.theirs.note, tuple(clash.theirs.evidence))
        screen = NoteConflictScreen(result, *theirs, who=f"{clash.by} ({shown_time(clash.at)})")
        self.app.push_screen(screen, lambda choice: self._settle(claim_id, result, theirs, choice))

    @reports_desk_errors
    def _settle(
        self,
        claim_id: int,
        mine: NoteResult,
        theirs: tuple[str, tuple[str, ...]],
        choice: str | None,
    ) -> None:
        """The reviewer's answer to a note saved meanwhile elsewhere."""
        if choice == "mine":  # saved over theirs, knowingly: still refused if it moved again
            self._saved(claim_id, NoteResult(mine.note, mine.evidence, theirs))
        elif choice == "theirs":
            self.refresh_claim(claim_id)
            self.say("note: kept the version saved meanwhile; yours was dropped")
        else:
            screen = NoteScreen(self.desk.claim(claim_id), draft=mine, opened=theirs)
            self.app.push_screen(screen, lambda r, cid=claim_id: self._saved(cid, r))

    def action_publish(self) -> None:
        claim = self.current_claim
        if claim is None or self.article is None:
            return
        current = self.desk.publication(claim.id)
        language = review_language(claim.text, self.article.body, self.desk.config.language)
        group = self.desk.speaker_group(claim)  # the claimant as the detail names them
        screen = PublishScreen(
            claim, current, self.article.date_iso, self.article.url, language, group
        )
        self.app.push_screen(screen, lambda r, cid=claim.id: self._published(cid, r))

    @reports_desk_errors
    def _published(self, claim_id: int, result: dict[str, str] | None) -> None:
        if result is None:
            self.say("publication fields: nothing changed")
            return

        def run() -> str:
            try:
                before = self.desk.publication(claim_id)
                after = self.desk.set_publication(claim_id, **result)
            except PublicationError as error:
                return f"publication fields not saved: {error}"
            return "publication fields saved" if after != before else "publication: nothing changed"

        self._write(run, claim_id=claim_id, what="publication fields", done=str)

    def action_open_evidence(self) -> None:
        """``b``: open the claim's evidence in the browser; a choice when there are several;
        with no browser here, the URLs are shown (Enter copies one)."""
        claim = self.current_claim
        if claim is None:
            self.say(self.nothing_listed("open"))
            return
        if not claim.evidence:
            self.say("no evidence on this claim · n to add a URL")
            return
        opener = host(self.app).browser()
        entries = list(claim.evidence)
        if opener is not None and len(entries) == 1:
            self._open_evidence(entries[0])
            return
        self.app.push_screen(EvidenceScreen(entries, can_open=opener is not None),
                             self._open_evidence)  # fmt: skip

    def _open_evidence(self, entry: str | None) -> None:
        if entry is None:
            return
        url = openable_url(entry)
        opener = host(self.app).browser()
        if opener is None:
            host(self.app).copy_text(url, "the evidence URL")
        elif problem := url_problem(url):
            self.say(f"not opened: {url} {problem}", severity="warning")
        elif opener(url):
            self.say(f"opened in the browser: {url}")
        else:
            self.say(f"the browser did not open it; the URL: {url}", severity="warning")

    def action_speaker(self) -> None:
        claim = self.current_claim
        if claim is None:
            return
        kind = speaker_kind(claim, self.desk.speaker_group(claim))  # as the detail says it
        screen = SpeakerScreen(claim, kind)
        self.app.push_screen(screen, lambda r, cid=claim.id: self._spoken(cid, r))

    @reports_desk_errors
    def _spoken(self, claim_id: int, result: dict[str, str] | str | None) -> None:
        if result is None:
            self.say("speaker: nothing changed")
            return
        run: Callable[[], object]
        shows: Shows | None = None  # the engine's speaker is known once written
        if result == ENGINE:
            run = lambda: self.desk.clear_speaker(claim_id)  # noqa: E731
        else:
            assert isinstance(result, dict)
            speaker, kind = result["speaker"] or None, result["speaker_type"] or None
            sourcing, tied = result["sourcing"], result["affiliation"] or None
            run = lambda: self.desk.set_speaker(  # noqa: E731
                claim_id, speaker=speaker, speaker_type=kind, sourcing=sourcing, affiliation=tied
            )
            shows = lambda c: replace(  # noqa: E731
                c, speaker=speaker, speaker_type=kind, sourcing=sourcing, affiliation=tied
            )

        def done(change: Any) -> str:
            self.refresh_claim(claim_id)
            return change.describe() if change else "speaker: nothing changed"

        self._write(run, claim_id=claim_id, what="speaker", done=done, shows=shows)

    def action_copy_note(self) -> None:
        claim = self.current_claim
        if claim is not None and self.article is not None:
            # The core builds the text (linked claims included), as for every export.
            host(self.app).copy_text(self.desk.note_text(claim.id), "the fact-check note")

    def action_copy_article_notes(self) -> None:
        if self.article is None:
            return
        notes = self.desk.article_notes(self.article_id)
        if not notes.notes:
            self.say("no claim here is reviewed yet: nothing copied (y copies this claim's note)")
            return
        host(self.app).copy_text(notes.text, notes.describe())

    # -- undo / redo ----------------------------------------------------------------------

    def action_undo(self) -> None:
        self._queued_step(self.desk.undo, "undo", "nothing to undo")

    def action_redo(self) -> None:
        self._queued_step(self.desk.redo, "redo", "nothing to redo")

    def _queued_step(self, step: Callable[[], object], word: str, empty: str) -> None:
        """Undo or redo, in turn after the verdicts waiting for the desk (``ui.pending``):
        it reverts the last change pressed, so it waits behind them."""
        queued(host(self.app).pending, step, what=word,
               done=lambda change: self._stepped(change, empty),
               refused=lambda error: self._write_failed(None, word, error),
               say=self.say)  # fmt: skip

    def _stepped(self, change: object, empty: str) -> None:
        """An undo or redo is through: shown here, or only said when the reviewer left this
        screen while it waited (Esc to the queue: the queue's own z waits behind it)."""
        if self.is_attached:
            self._show_change(change, empty)
        else:
            self.say(empty if change is None else self._told(change))

    def _show_change(self, change, empty: str) -> None:
        if change is None:
            self.say(empty)
            return
        claim = self.desk.claim(change.claim_id)
        if claim.article_id != self.article_id:
            self.go_to_article(claim.article_id, claim.id)
        else:
            self.reload_claims()
            self.move_to(claim.id if not claim.hidden else self.current_id)
        self.say(self._told(change))

    def _told(self, change) -> str:
        """What an undo or redo did, in the history's words, with its claim."""
        told = worded([change], among=self.desk.history(change.claim_id))[change.id]
        return f"{told} · claim #{change.claim_id}"

    # -- adding and hiding claims ---------------------------------------------------------

    def action_add_claim(self) -> None:
        view = self.query_one(ArticleView)
        start, end = view.selected_span()
        if start == end:
            if not view.has_focus:  # from the claim list: to the text, after this claim
                claim = self.current_claim
                view.start_selecting(claim.end if claim is not None else 0)
            # one toast row at 80 columns (``host.one_row``), "then a" before the ways to select
            self.say("select the words in the text, then a (s: sentence; ctrl+shift+arrows: words)")
            return
        same = self.desk.claim_holding(self.article_id, start, end)
        if same is not None:
            if same.hidden:  # the keys before the reason: a cut at 80 columns took "D there"
                self.say(f"nothing added: hidden claim #{same.id} holds these words "
                         "(f lists it, D shows it)")  # fmt: skip
            else:
                self.say(f"claim #{same.id} already holds these words: nothing added")
            return
        article_id = self.article_id

        def added(claim: Any) -> str:
            if self.article_id == article_id:
                self.reload_claims()
                self.move_to(claim.id)
            return f"claim #{claim.id} added"

        try:
            self._write(lambda: self.desk.add_claim(article_id, start, end), claim_id=None,
                        what="the claim added", done=added,
                        failed=lambda error: self.say(str(error), severity="warning"))  # fmt: skip
        except DeskError as error:
            self.say(str(error), severity="warning")

    def action_hide_claim(self) -> None:
        """``D``: hide a claim; on the hidden list, show it again; on the needs-review list,
        settle it. Each is recorded, so ``z`` undoes it. A claim added by hand is asked about
        first, and hidden like any other (the desk destroys no claim, ``Desk.hide_claim``):
        the question once said "Delete", then the toast said "hidden" (review46 B13)."""
        claim = self.current_claim
        if claim is None:
            return
        if self.is_old(claim):
            self._unlist(claim.id, self.desk.settle_review, "settled: off the re-review list")
            return
        if claim.hidden:
            self._unlist(claim.id, self.desk.restore_claim, "shown again",
                         shows=lambda c: replace(c, hidden=False))  # fmt: skip
            return
        if claim.provenance == "manual":
            question = Content.assemble(
                "Hide the claim you added? (f lists hidden claims; D there shows it again)\n\n",
                line(prose(claim.text)),
            )
            self.app.push_screen(
                ConfirmScreen(question), lambda yes: self._hide(claim.id) if yes else None
            )
        else:
            self._hide(claim.id)

    @reports_desk_errors
    def _hide(self, claim_id: int) -> None:
        order = [c.id for c in self.shown]
        index = order.index(claim_id) if claim_id in order else 0
        said = f"claim #{claim_id} hidden · z to undo"
        self._write(lambda: self.desk.hide_claim(claim_id), claim_id=claim_id, what="hidden",
                    done=lambda _: said, later=lambda _: self._relisted(said),
                    shows=lambda c: replace(c, hidden=True))  # fmt: skip
        self._read_claims()
        self._load_side_lists()
        remaining = [i for i in order if i != claim_id]
        self.current_id = remaining[min(index, len(remaining) - 1)] if remaining else None
        self._refilter()
        self.move_to(self.current_id)

    def _relisted(self, said: str) -> str:
        """A hide, restore or settle that waited is through: the side lists from the store."""
        self.reload_claims()
        return said

    @reports_desk_errors
    def _unlist(
        self, claim_id: int, change: Callable[[int], object], done: str, shows: Shows | None = None
    ) -> None:
        """Restore or settle one claim of a side list; the cursor stays in that list."""
        order = [c.id for c in self.shown]
        index = order.index(claim_id) if claim_id in order else 0
        said = f"claim #{claim_id} {done} · z to undo"
        self._write(lambda: change(claim_id), claim_id=claim_id, what=done.split(":")[0],
                    done=lambda _: said, later=lambda _: self._relisted(said),
                    shows=shows)  # fmt: skip
        self.reload_claims()
        remaining = [c.id for c in self.shown]
        self.move_to(remaining[min(index, len(remaining) - 1)] if remaining else claim_id)

    # -- list modes -----------------------------------------------------------------------

    def action_filter(self) -> None:
        """Open the filter with the focus in it now, not after the keys read with ``/``
        (``widget.focus()`` waits its turn behind them): "/nuclear" typed at once filters
        on "nuclear", and its ``n`` no longer opens the note (``ui.typeahead``)."""
        box = self.query_one("#claim-filter")
        box.add_class("-open")
        self.set_focus(box)

    def action_toggle_unreviewed(self) -> None:
        self.unreviewed_only = not self.unreviewed_only
        self._refilter()
        if self.shown and self.current_claim is None:
            self.move_to(self.shown[0].id)
        self.say("unreviewed only" if self.unreviewed_only else "all claims")

    def action_toggle_score_order(self) -> None:
        self.score_order = not self.score_order
        self._refilter()
        self.move_to(self.current_id)
        self.say("score order" if self.score_order else "text order")

    def action_export(self) -> None:
        host(self.app).open_export(self.article_id, self.current_id)
