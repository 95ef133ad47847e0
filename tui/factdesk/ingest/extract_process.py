"""A large article's claims extracted in a child process that a quitting app can abandon.

Why (issue 15): the app's ``q`` stops an import at its next step (``importer.Cancelled``),
but one article's parse and extraction is one step, and for a large article that step is
minutes (a 200 KB article: 8 s of parsing and 37 s of rules, CPU at load 14; a 2 MB article
many times that), all of it in the import's thread, which the process waits for as it ends.
Python cannot stop a thread; it can end a process. So when someone can stop the import (the
app; the CLI passes ``importer.never`` and Ctrl+C stops it there) and an article is at least
``LARGE`` characters, the parse and the rules run in a child: the importer waits for its
answer, asking ``cancelled`` every ``POLL`` seconds, and a cancelled import kills the child
at once and stops (``importer.Stopped``) before anything of that article is written.

The child is ``parse_process.ParseProcess``'s (a new interpreter with the same verified
pipeline, its own session, no terminal), running ``serve`` here. It sends back the drafts
and, for an article whose paragraphs fit the parse cache, their parses (a ``DocBin``), so the
mention finder does not parse the article a second time. Any failure of the child (it cannot
start, its model is refused, it dies, its answer does not read back) is answered by
extracting in this process, as without it: the child can only save time, never an article.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any

from factdesk.extract.claims import ClaimDraft
from factdesk.language import parse
from factdesk.language.parse_process import READY_WAIT, ParseProcess, pack, serve_requests

LARGE = 50_000
"""Characters from which an article is extracted in the child when the import can be
stopped: about ten times a long news story, whose parse and rules take seconds in-process
(the child's start-up, 1.6-2 s of CPU to load the pipeline, is small beside them)."""
POLL = 0.1
"""Seconds between two looks at ``cancelled`` while the child works."""
TARGET = f"{__name__}:serve"
"""What the child runs ("module:function"): ``serve``, or a test's stand-in."""


class Abandoned(Exception):
    """The import was cancelled while the child extracted: the child is ended, nothing kept."""


def serve(conn: Connection) -> None:
    """The child: say it is ready once the pipeline is loaded, then answer each (body, date)
    with ("drafts", (drafts, blocks, packed parses or None)), or ("error", why) when the
    extraction raises, until the pipe closes. A refused model is answered once, then it exits.
    """
    serve_requests(conn, _drafts)


def _drafts(request: tuple[str, str | None]) -> tuple[str, Any]:
    from factdesk.extract.claims import extract_claims

    body, date = request
    try:
        drafts = extract_claims(body, article_date=date)
        blocks = [piece for _, piece in parse.body_cut(body).blocks]
        packed = pack(blocks) if len(blocks) <= parse.CACHE_SIZE else None
    except Exception as error:  # this process's own extraction meets it again
        return ("error", f"{type(error).__name__}: {error}")
    return ("drafts", (drafts, blocks if packed else [], packed))


class _Child(ParseProcess):
    """``ParseProcess``'s child, asked for one article's extraction instead of parses."""

    def extract(self, body: str, date: str | None, cancelled: Callable[[], bool]
                ) -> list[ClaimDraft] | None:  # fmt: skip
        """The drafts of ``body``, or None when the child failed (extract here instead);
        ``Abandoned`` (the child killed) as soon as ``cancelled()`` is True."""
        started = time.monotonic()
        while not self.ready(POLL):
            self._stop_if(cancelled)
            if not self.alive:
                return None
            if time.monotonic() - started > READY_WAIT:
                return None
        try:
            self._conn.send((body, date))
            while not self._conn.poll(POLL):
                self._stop_if(cancelled)
            kind, payload = self._conn.recv()
        except Abandoned:
            raise
        except Exception as error:  # died (EOF), or an answer that does not read back
            self.failure = self.failure or f"{type(error).__name__}: {error}"
            return None
        if kind != "drafts":
            self.failure = self.failure or str(payload)
            return None
        drafts, blocks, packed = payload
        if packed is not None:  # else (or unreadable) the mention finder parses them here
            with suppress(ValueError):
                parse.cache_packed(blocks, packed)
        return list(drafts)

    def _stop_if(self, cancelled: Callable[[], bool]) -> None:
        if cancelled():
            self.abandon()
            raise Abandoned

    def abandon(self) -> None:
        """Kill the child now: it is busy in its parse, not reading its pipe, so closing the
        pipe would be seen only when that is done."""
        self.failure = self.failure or "abandoned"
        self._conn.close()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


def extract_abandonably(body: str, date: str | None, cancelled: Callable[[], bool]
                        ) -> list[ClaimDraft] | None:  # fmt: skip
    """``extract_claims(body)`` made in a child (see the module's docstring): the drafts, None
    when the child could not give them (the caller extracts in this process), ``Abandoned``
    when ``cancelled()`` turned True meanwhile (the child is ended)."""
    child = _Child(target=TARGET)
    try:
        return child.extract(body, date, cancelled)
    finally:
        child.close()  # idempotent: an abandoned child is ended already
