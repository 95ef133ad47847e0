"""Opening evidence in a web browser, or saying there is none.

``webbrowser`` falls back to console browsers (lynx, w3m, links, www-browser) where no
graphical one is found, over SSH or in a bare console; one of those would take over the
terminal the app is drawn in. Those count as no browser here: the app then shows the URL to
copy instead.
"""

from __future__ import annotations

from collections.abc import Callable

Opener = Callable[[str], bool]
"""Opens a URL; False when the browser refused it."""

CONSOLE_BROWSERS = frozenset({"lynx", "w3m", "links", "elinks", "www-browser", "browsh"})


def find_opener() -> Opener | None:
    """A function opening URLs in a graphical browser, or None when there is none here.

    Called at the first use (``FactDeskApp.url_opener``): ``webbrowser`` looks for a dozen
    browsers on the PATH and may ask ``xdg-settings``, which the first screen must not wait for.
    """
    import webbrowser

    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return None
    name = str(getattr(controller, "name", "") or "").rsplit("/", 1)[-1]
    if name in CONSOLE_BROWSERS:
        return None
    return lambda url: bool(controller.open(url, new=2))
