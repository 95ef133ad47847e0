"""One place where a failed desk write becomes a one-line message instead of a dead app.

Why: a desk can turn unwritable under a running app (read-only folder, full disk, a lock held
too long); the core then raises ``DeskError`` (``StoreError``, ``ReadOnlyDeskError``). An
exception escaping a Textual handler ends the whole app, so the reviewer would lose the screen
for a change that simply was not saved. ``FactDeskApp.run_action`` routes every key, palette
command and click action through ``report_desk_errors``; callbacks that are not actions (a
modal's result, a timer) wear the ``@reports_desk_errors`` decorator.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from factdesk.desk.service import DeskError
from factdesk.text.sanitize import sanitize_line

F = TypeVar("F", bound=Callable[..., Any])


def report_desk_error(app: Any, error: DeskError) -> None:
    """The error as one plain line (the message names the file and the reason)."""
    app.notify(sanitize_line(str(error)), severity="error", markup=False, timeout=6)


def reports_desk_errors(method: F) -> F:
    """Decorate a screen or widget method: a ``DeskError`` inside it is shown, not raised."""
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def async_wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return await method(self, *args, **kwargs)
            except DeskError as error:
                report_desk_error(self.app, error)
                return None

        return async_wrapper  # type: ignore[return-value]

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except DeskError as error:
            report_desk_error(self.app, error)
            return None

    return wrapper  # type: ignore[return-value]
