"""Review keys for corroboration: the Elsewhere panel, links, the suggestion, names, conflicts.

Kept apart from ``review_actions.py`` so each file reads as one idea; it builds on those keys
(``v`` applies a verdict like any verdict key) and on the state in ``review_base``. Every
write goes through the Desk: a link is ``Desk.link`` (stored, in the history, undoable), an
accepted suggestion is ``action_verdict`` like any verdict key, so ``z`` undoes it.
"""

from __future__ import annotations

from factdesk.corroborate.index import Related
from factdesk.desk.service import DeskError
from factdesk.domain.verdicts import MERGE_CONFLICT, NEEDS_REVIEW
from factdesk.ui.host import host
from factdesk.ui.screens.names import NamesScreen
from factdesk.ui.screens.review_actions import ReviewActions
from factdesk.ui.screens.review_base import HIDDEN
from factdesk.ui.widgets.elsewhere import ElsewherePanel


class ElsewhereActions(ReviewActions):
    """The ``action_*`` methods behind o, l, L, [, ], v, N and the f cycle."""

    # -- the Elsewhere panel --------------------------------------------------------------

    @property
    def elsewhere(self) -> ElsewherePanel:
        return self.query_one(ElsewherePanel)

    def _match(self) -> Related | None:
        """The highlighted match of the current claim (the panel is brought up to date)."""
        panel = self.elsewhere
        if panel.claim_id != self.current_id:
            panel.show_for(self.current_id)
        panel.flush()
        match = panel.selected
        if match is None:
            self.say("nothing elsewhere for this claim")
        return match

    def action_match_next(self) -> None:
        self._step_match(1)

    def action_match_prev(self) -> None:
        self._step_match(-1)

    def _step_match(self, delta: int) -> None:
        """``[``/``]``: the previous or next match; with none, say so, as o, l and L do (the
        keys did nothing, which reads as a key that does not work)."""
        if self.elsewhere.step(delta) is None:
            self.say("nothing elsewhere for this claim")

    def action_open_elsewhere(self) -> None:
        """Open the other article at the matching claim, on top: Esc comes back here. Said
        in a toast: the opened article looks like any other, and at 80 columns the footer
        has no room for "esc Back"."""
        match, here = self._match(), self.current_id
        if match is not None:
            self.save_position_now()
            said = f"claim #{match.other_claim_id} in its article · Esc: back to claim #{here}"
            host(self.app).open_review(match.article_id, match.other_claim_id, said=said)

    def on_elsewhere_panel_chosen(self, event: ElsewherePanel.Chosen) -> None:
        """Enter on a match. (A named handler: ``@on`` is not collected from a mixin.)"""
        self.action_open_elsewhere()

    def action_link_match(self) -> None:
        self._set_link(True)

    def action_unlink_match(self) -> None:
        self._set_link(False)

    def _set_link(self, on: bool) -> None:
        claim, match = self.current_claim, self._match()
        if claim is None or match is None:
            return
        cid, other = claim.id, match.other_claim_id
        step = self.desk.link if on else self.desk.unlink

        def done(change: object) -> str:
            if self.current_id == cid:
                self.move_to(cid)  # redraws the history and the panel's ↔ marks
            if change is None:
                return f"claim #{other} was {'already' if on else 'not'} linked"
            if on:
                return f"↔ claim #{other} linked as evidence · L removes it"
            return f"link to claim #{other} removed · z to undo"

        try:  # through the review's one queue of writes (``_write``)
            self._write(lambda: step(cid, other), claim_id=cid,
                        what="link" if on else "unlink", done=done,
                        failed=lambda error: self.say(str(error), severity="warning"))  # fmt: skip
        except DeskError as error:
            self.say(str(error), severity="warning")

    # -- the suggested verdict ------------------------------------------------------------

    def action_accept_suggestion(self) -> None:
        """``v``: the verdict the panel suggests, applied like any verdict key (undoable)."""
        claim = self.current_claim
        if claim is None:
            self.say(self.nothing_listed("mark"))
            return
        panel = self.elsewhere
        shown = panel.suggestion if panel.claim_id == claim.id else None
        suggestion = shown or self.desk.suggestion(claim.id)
        if suggestion.verdict is None:
            self.say(f"no suggestion: {suggestion.reason}")
            return
        self.action_verdict(suggestion.verdict, because=suggestion.reason)

    # -- names ----------------------------------------------------------------------------

    def action_names(self) -> None:
        if self.article is not None:
            self.app.push_screen(NamesScreen(self.desk, self.article_id, self.article.title))

    # -- the f cycle: all, unreviewed, merge conflicts ------------------------------------

    def action_cycle_list_mode(self) -> None:
        """``f``: all claims → unreviewed only → merge conflicts (if any here) → all."""
        modes = self.list_modes()
        index = modes.index(self.list_mode) if self.list_mode in modes else -1
        self.list_mode = modes[(index + 1) % len(modes)]
        self._refilter()
        if self.shown and self.current_claim is None:
            self.move_to(self.shown[0].id)
        else:
            self.move_to(self.current_id)
        words = {"all": "all claims", "unreviewed": "unreviewed only",
                 MERGE_CONFLICT: f"merge conflicts ({len(self.conflicts)})",
                 HIDDEN: f"hidden claims ({len(self.hidden)}) · D restores one",
                 NEEDS_REVIEW: f"needs re-review ({len(self.rereview)}): old verdicts whose "
                               "claim a re-import lost · D settles one"}  # fmt: skip
        self.say(words[self.list_mode])
