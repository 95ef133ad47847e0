"""What the screens and widgets use of the app that hosts them, as a typed contract.

Textual types ``node.app`` as a plain ``App``; the screens need the desk, the queue's sort and
the app's navigation. Importing ``FactDeskApp`` here would close an import cycle (the app
imports every screen), so the contract is a Protocol that ``FactDeskApp`` satisfies, checked
when it is read: a screen mounted in another app fails with a message naming what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from rich.cells import cell_len, set_cell_size
from textual.app import App
from textual.notifications import SeverityLevel

from factdesk.desk.reextraction import ReextractRun
from factdesk.desk.service import Desk
from factdesk.ui.browser import Opener
from factdesk.ui.clipboard import CopyResult
from factdesk.ui.pending import PendingWrites

NOTICE = "notice"
"""The kind of the brief status lines (a verdict saved, a copy, a sort): each replaces the
last one still shown (``FactDeskApp.notify``)."""
NOTICE_SECONDS = 2.5
"""How long a brief status line (``notice``) stays when nothing replaces it: long enough to
read a verdict's "saved", short enough to be gone by the next thought. Read at each call, so a
test on a loaded machine can lengthen it instead of racing the clock."""


@runtime_checkable
class DeskHost(Protocol):
    """The app as the screens see it (``FactDeskApp`` implements it)."""

    desk: Desk
    sort: str
    """The queue's sort order: J/K in the review screen follow it."""
    last_article_id: int | None
    """The article the reviewer is on, or was on last: the queue selects it when shown again.
    Set by the review screen alone, whenever it shows an article (``ReviewBase.shown_here``)."""
    reextraction: ReextractRun | None
    """The background re-extraction of older claims, once it has started."""
    pending: PendingWrites
    """Review writes waiting for the desk, in order (``ui.pending``)."""

    def open_review(
        self, article_id: int, claim_id: int | None = None, *, said: str = ""
    ) -> None: ...

    def open_export(self, article_id: int | None, claim_id: int | None) -> None: ...

    def switch_to_queue(self) -> None: ...

    def browser(self) -> Opener | None: ...

    def copy_text(self, text: str, what: str) -> CopyResult: ...

    def reextract_if_stale(self, article_id: int) -> bool: ...

    def ask_import(self) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        kind: str | None = None,
    ) -> None: ...


def host(app: object) -> DeskHost:
    """``app`` (a node's ``self.app``) as the desk app it must be."""
    if not isinstance(app, DeskHost):
        raise TypeError(f"this needs the factdesk app, not {type(app).__name__}")
    return app


TOAST_EDGE = 3
"""A toast's left edge and padding; its words have the rest of the row (``factdesk.tcss``:
the toasts' rack has no scroll-bar gutter, which took two cells more)."""


def one_row(message: str, screen_width: int, shorter: Sequence[str] = ()) -> str:
    """``message``, else the first of its ``shorter`` forms that fits the one row a toast has
    on a screen ``screen_width`` wide, else the last form cut with "…".

    At 80×24 "note saved, evidence: 1 URL · claim #424" wrapped to a second row in Textual's
    40-cell toast, and the toast hid the Elsewhere panel's line. A toast is one row, as wide
    as its words: a line longer than the row is cut, never wrapped over a panel. A hint puts
    its key and verb first and its reason after, so a cut takes the reason; a shorter form
    (without the reason) is said whole before any form is cut (desk36: at 80 columns a cut
    took "D here shows it again" and a verdict's "z undoes")."""
    room = screen_width - TOAST_EDGE
    forms = (message, *shorter)
    if room <= 1:
        return message
    for form in forms:
        if cell_len(form) <= room:
            return form
    return set_cell_size(forms[-1], room - 1).rstrip() + "…"


def notice(
    app: App,
    message: str,
    *,
    severity: SeverityLevel = "information",
    timeout: float | None = None,
    whole: bool = False,
    shorter: Sequence[str] = (),
) -> None:
    """A brief status line (plain text, never markup) in place of the last one still shown;
    an app that is not the desk's (a test's bare App) shows it as an ordinary toast. It stays
    ``timeout`` seconds, ``NOTICE_SECONDS`` by default. An information line is one row, cut
    with "…" where the toast is narrower (``one_row``); a warning, an error, or a line said
    ``whole`` (the reason of a suggestion ``v`` applied, read nowhere else at 80 columns)
    wraps whole. ``shorter``: the line's shorter forms, said where the first does not fit."""
    timeout = NOTICE_SECONDS if timeout is None else timeout
    if severity == "information" and not whole:
        message = one_row(message, app.size.width, shorter)
    if isinstance(app, DeskHost):
        app.notify(message, markup=False, severity=severity, timeout=timeout, kind=NOTICE)
    else:
        app.notify(message, markup=False, severity=severity, timeout=timeout)
