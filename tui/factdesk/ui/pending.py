"""Review writes the app could not make at once: queued in the order the keys came, written on
the app's loop as soon as the desk is free, the wait spent off the loop.

Why (review34 items 1-2, issue 15): the app's own import holds the desk's write turn for a
whole article (seconds for a 300 KB one), and a verdict key waited for it on the event loop:
the screen froze, and every key pressed meanwhile waited behind it. Now a write first tries
the desk without waiting (``Desk.not_waiting``); when the desk is held, the write is queued,
the screen shows what it will hold ("saving…"), and a worker waits for the turn in a thread
(``Desk.wait_for_turn``), then writes the queue on the loop, in order, each write as it would
have been made. Keys pressed while something waits queue behind it, so the history (and so
undo) holds them in the order pressed. Every write of the review screen takes this one path
(verdicts, z/Z, A, notes and evidence, speaker, D, a, links, publication fields: mend35a),
and so do the queue screen's z/Z and the names view's merge and split (``queued``);
each says what its claim will look like (``shows``), laid over every read of the claims
meanwhile. A write still refused after ``Desk.turn_timeout`` fails
as any desk write does, said for its claim. Quitting waits for the queue (``FactDeskApp``).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from textual.app import App

from factdesk.desk.service import Desk, DeskBusyError, DeskError, DeskReplacedError
from factdesk.domain.models import Claim

RETRY_S = 0.1
"""How often a queued write tries again while another program holds the desk (this program's
own writer is waited for in a thread, without polling)."""

_T = TypeVar("_T")

Shows = Callable[[Claim], Claim | None]
"""What a queued write makes of its claim as shown: the claim as it will be stored, or None
when it leaves the claims read with it (hidden, restored, settled)."""


@dataclass(slots=True)
class Pending:
    """One queued write: what runs it, what follows success or failure, what it shows."""

    run: Callable[[], object]
    done: Callable[[object], None]
    failed: Callable[[DeskError], None]
    claim_id: int | None
    shows: Shows | None
    """The claim as the write will leave it (None: nothing to show before it is written)."""
    since: float


class PendingWrites:
    """The app's queue of review writes that met a held desk (module docstring)."""

    def __init__(self, app: App, desk: Desk, replaced: Callable[[str], None] | None = None) -> None:
        self.app = app
        self.desk = desk
        self.replaced = replaced
        """Told why, when a write finds the desk restored by another program
        (``DeskReplacedError``): it opens the desk again, and the write is made there."""
        self.queue: deque[Pending] = deque()
        self._drained: list[Callable[[], None]] = []
        self._running = False
        self.refused = 0
        """How many queued writes were refused so far (past the cap, or a desk error): a
        ``q`` waiting for the queue tells whether one was lost while it waited."""

    def __len__(self) -> int:
        return len(self.queue)

    def write(
        self,
        run: Callable[[], object],
        *,
        later: Callable[[object], None],
        failed: Callable[[DeskError], None],
        claim_id: int | None = None,
        shows: Shows | None = None,
    ) -> tuple[bool, object]:
        """(True, what ``run`` returned) when written now: nothing waits and the desk is
        free; else (False, None): queued, and ``later`` (or ``failed``) is called once it is
        written (or refused). A desk error of a write made now is raised, as any key's is."""
        if not self.queue:
            try:
                with self.desk.not_waiting():
                    return True, self._run(run)
            except DeskBusyError:
                pass
        self.queue.append(Pending(run, later, failed, claim_id, shows, time.monotonic()))
        self._start()
        return False, None

    def _run(self, run: Callable[[], _T]) -> _T:
        """``run``; when it finds the desk restored by another program since it was read
        (``DeskReplacedError``: nothing was written), once more on the desk opened again,
        so the key pressed is neither written into what is no longer the desk nor lost: a
        claim the restored desk lacks is refused there, said as any refused write is."""
        try:
            return run()
        except DeskReplacedError as error:
            if self.replaced is None:
                raise
            self.replaced(error.why)
            with self.desk.not_waiting():  # the new connection's, as the first try's was
                return run()

    def why(self) -> str:
        """Who holds the desk, in a few words, for the "saving…" line."""
        importing = any(w.group == "import" and w.is_running for w in self.app.workers)
        return "the import is writing an article" if importing else "another write holds it"

    def shown(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` as the queue will leave them, in their order: every queued write's
        ``shows`` laid over its claim in the order pressed; a claim a write takes out of
        these claims (hidden, restored, settled) is left out."""
        if not any(p.shows is not None for p in self.queue):
            return claims
        shown = []
        for claim in claims:
            now: Claim | None = claim
            for pending in self.queue:
                if now is not None and pending.claim_id == claim.id and pending.shows:
                    now = pending.shows(now)
            if now is not None:
                shown.append(now)
        return shown

    def unreviewed_shift(self, stored: Callable[[int], Claim], skip: set[int]) -> int:
        """How many more claims lack a verdict as shown than as stored (negative: fewer),
        among those with writes waiting outside ``skip`` (the article on screen, counted
        from its claims as shown): the review title's "desk: N left" counts what the screen
        shows. ``stored`` reads a claim; a few claims, read only while writes wait."""
        ids = {p.claim_id for p in self.queue if p.claim_id is not None and p.shows}
        shift = 0
        for claim_id in ids - skip:
            claim = stored(claim_id)
            shown = self.shown([claim])
            before = claim.verdict is None and not claim.hidden
            after = bool(shown) and shown[0].verdict is None and not shown[0].hidden
            shift += int(after) - int(before)
        return shift

    def waits_for(self, claim_id: int) -> bool:
        """A write of this claim waits for the desk."""
        return any(p.claim_id == claim_id for p in self.queue)

    def when_drained(self, then: Callable[[], None]) -> None:
        """``then`` once the queue is empty (at once if it is)."""
        if not self.queue:
            then()
            return
        self._drained.append(then)

    def _start(self) -> None:
        if not self._running:
            self._running = True
            self.app.run_worker(self._drain(), group="pending-writes", exit_on_error=False)

    async def _drain(self) -> None:
        """Write the queue in order as the desk comes free; the waits run in a thread.

        Whatever one write or its callbacks raise stays with that write (review35 item 3):
        it is taken off the queue and said for its claim (``failed``), and the queue goes on.
        One raise used to end this worker with the writes behind it never written, and a
        waiting ``q`` quit without them, telling nobody. ``when_drained`` runs only once the
        queue is empty."""
        try:
            while self.queue:
                first = self.queue[0]
                try:
                    written, result = await self._try(first)
                except Exception as error:  # a write's own error, whatever its kind
                    self._drop(first)
                    self.refused += 1
                    self._call(first, first.failed, _refused(self.desk, error))
                    continue
                if written:
                    self._drop(first)
                    self._call(first, first.done, result)
        finally:
            self._running = False
            if not self.queue:
                drained, self._drained = self._drained, []
                for then in drained:
                    then()

    async def _try(self, first: Pending) -> tuple[bool, object]:
        """One try at the first write: (True, its result) once written; (False, None) while
        the desk stays held (tried again). A write still held out past the cap, or refused,
        raises its ``DeskError``."""
        cap = self.desk.turn_timeout
        left = cap - (time.monotonic() - first.since)
        if left <= 0:
            raise DeskBusyError(
                f"{self.desk.path}: desk is busy: held for {cap:g} s; "
                "the change was not saved, try again"
            )
        if not await asyncio.to_thread(self.desk.wait_for_turn, min(left, 1.0)):
            return False, None
        try:
            with self.desk.not_waiting():
                return True, self._run(first.run)
        except DeskBusyError:  # another program holds it, or the turn was taken again
            await asyncio.sleep(RETRY_S)
            return False, None

    def _drop(self, pending: Pending) -> None:
        """Take a write off the queue (its callbacks may have queued more behind it)."""
        if self.queue and self.queue[0] is pending:
            self.queue.popleft()

    def _call(self, pending: Pending, then: Callable[[_T], None], arg: _T) -> None:
        """A write's ``done`` or ``failed``; one that raises (the claim gone meanwhile, a
        dialog it opens) is said for the write's claim instead of ending the queue."""
        try:
            then(arg)
        except Exception as error:
            where = f"claim #{pending.claim_id}: " if pending.claim_id is not None else ""
            said = "saved, but the screen" if then is pending.done else "not saved, and the screen"
            self.app.notify(
                f"{where}the change that waited for the desk was {said} could not show it: "
                f"{type(error).__name__}: {error}",
                severity="error", markup=False, timeout=15,
            )  # fmt: skip


def queued(
    pending: PendingWrites,
    run: Callable[[], object],
    *,
    what: str,
    done: Callable[[object], None],
    refused: Callable[[DeskError], None],
    say: Callable[[str], None],
) -> bool:
    """A write that shows no claim before it is made (undo and redo, the names view's merge
    and split) through the queue: ``done`` on its result at once when written now, else
    "WHAT: saving… (why)" said, and ``done`` (or ``refused``) once the desk lets it through.
    True when written now. Why: on the queue screen and in the names view these waited for
    an import's article on the event loop, the screen frozen (up to 30 s), after every review
    write had stopped waiting (issue 15)."""
    written, result = pending.write(run, later=done, failed=refused)
    if written:
        done(result)
    else:
        say(f"{what}: saving… ({pending.why()})")
    return written


def _refused(desk: Desk, error: Exception) -> DeskError:
    """A queued write's error as the desk's own kind, one line for the user: a ``DeskError``
    as it is; anything else (SQLite's integrity or database errors, which the store passes
    through) named with the desk."""
    if isinstance(error, DeskError):
        return error
    return DeskError(f"{desk.path}: the desk refused the write: {type(error).__name__}: {error}")
