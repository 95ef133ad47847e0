"""``Desk`` methods that bring older claims up to the current extractor while the reviewer works.

The app re-extracts in a worker thread (a 10,000-article desk is minutes of parsing), so this
runs on a connection of its own: an SQLite connection belongs to the thread that opened it,
and the app's connection stays free for the reviewer's keys. Each article is one transaction
(``ingest.reextract``), so the reviewer's writes wait at most for one article; the app sees the
worker's commits as outside changes and redraws. Progress is reported after every article and
the run stops between articles when asked to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from factdesk.store import extraction
from factdesk.store.deskfile import DeskError
from factdesk.text.counts import counted

if TYPE_CHECKING:
    from pathlib import Path

    from factdesk.desk.background import WorkerProcess
    from factdesk.store.db import Store


@dataclass(slots=True)
class ReextractRun:
    """Where a re-extraction run is, and what it could not do."""

    total: int = 0
    done: int = 0
    kept: int = 0
    added: int = 0
    removed: int = 0
    unplaced: list[tuple[int, int]] = field(default_factory=list)
    """(article id, claim id) of claims with review work no new claim matches: left as they
    were, for the reviewer to look at."""
    failed: list[tuple[int, str]] = field(default_factory=list)
    """(article id, reason) of articles that could not be re-extracted (nothing changed)."""
    finished: bool = False

    def snapshot(self) -> ReextractRun:
        """A copy safe to hand to another thread."""
        return replace(self, unplaced=list(self.unplaced), failed=list(self.failed))

    def line(self) -> str:
        """One line for the reviewer: the progress, or what the run did and could not do."""
        if not self.finished:
            return (
                f"Re-extracting older claims: {self.done} of {counted(self.total, 'article')}"
                " (the desk stays usable)"
            )
        said = f"Re-extracted {counted(self.done, 'article')}: {counted(self.kept, 'claim')} kept,"
        said += f" {self.added} new,"
        said += f" {self.removed} dropped"
        if self.unplaced:
            ids = ", ".join(f"#{claim}" for _, claim in self.unplaced[:8])
            more = f" and {len(self.unplaced) - 8} more" if len(self.unplaced) > 8 else ""
            said += f"; not placed (left as they were): {ids}{more}"
        if self.failed:
            said += f"; {counted(len(self.failed), 'article')} failed (first: {self.failed[0][1]})"
        return said


Progress = Callable[[ReextractRun], object]


class ReextractionMixin:
    """Uses the Desk's ``store``, ``path`` and ``readonly``."""

    store: Store
    children: set[WorkerProcess]

    if TYPE_CHECKING:  # what Desk provides; declared so the type checker sees the contract

        @property
        def path(self) -> Path: ...

        @property
        def readonly(self) -> bool: ...

    def is_stale(self, article_id: int) -> bool:
        """True when an older extractor wrote some of the article's current claims."""
        return extraction.is_stale(self.store.conn, article_id)

    def reextract_stale(
        self,
        articles: list[int] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReextractRun:
        """Re-extract ``articles`` (default: every stale one) on a connection of its own, so
        it is safe in a worker thread; articles already current are skipped. ``progress`` gets
        a snapshot after each article; ``cancelled`` is asked before each."""
        run = ReextractRun()
        if self.readonly:
            run.finished = True
            return run
        from factdesk.store.db import Store

        worker = Store(self.path, defer_daily=True)
        try:
            todo = extraction.stale_articles(worker.conn) if articles is None else articles
            run.total = len(todo)
            for article_id in todo:
                if cancelled is not None and cancelled():
                    break
                _one(worker, article_id, run)
                run.done += 1
                if progress is not None:
                    progress(run.snapshot())
        finally:
            worker.close()
        run.finished = True
        return run

    def reextract_in_background(
        self,
        articles: list[int] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        started: Callable[[int], object] | None = None,
    ) -> ReextractRun:
        """``reextract_stale`` in a child process (``desk.worker``), so spaCy's parsing never
        holds this process's interpreter lock while the reviewer types. Blocks until done
        (call it from a worker thread); ``progress`` gets the run after each article,
        ``cancelled`` stops the child (the article it was on is rolled back), ``started``
        gets its process id. Raises ``DeskError`` with the child's reason when it failed."""
        from factdesk.desk.background import WorkerProcess

        run = ReextractRun()
        if self.readonly or articles == []:
            run.finished = True
            return run
        args = ["--articles", *map(str, articles)] if articles else []
        child = WorkerProcess("reextract", self.path, args)
        self.children.add(child)
        if started is not None:
            started(child.pid)
        try:
            for message in child.messages(cancelled):
                if "progress" in message:
                    run = run_from(message["progress"])
                    if progress is not None:
                        progress(run)
                elif "done" in message:
                    run = run_from(message["done"])
            failure = None if cancelled is not None and cancelled() else child.finish()
        finally:
            self.children.discard(child)
            child.close()
        if failure is not None:
            raise DeskError(failure)
        return run


def run_from(fields: Mapping[str, Any]) -> ReextractRun:
    """A run as the worker process reported it (JSON: its pairs came as lists)."""
    counts = {key: int(fields.get(key) or 0) for key in ("total", "done", "kept", "added")}
    return ReextractRun(
        **counts,
        removed=int(fields.get("removed") or 0),
        unplaced=[(int(a), int(c)) for a, c in fields.get("unplaced") or []],
        failed=[(int(a), str(reason)) for a, reason in fields.get("failed") or []],
        finished=bool(fields.get("finished")),
    )


def _one(store: Store, article_id: int, run: ReextractRun) -> None:
    """Re-extract one article if it is still stale, adding what happened to ``run``."""
    if not extraction.is_stale(store.conn, article_id):
        return  # nothing is loaded: a desk already current never loads the extractor
    from factdesk.desk.speaker import _crossref
    from factdesk.ingest.reextract import reextract_article
    from factdesk.language.model import ModelError

    crossref = _crossref()
    try:
        result = reextract_article(
            store, article_id, index=crossref.index_article, forget=crossref.forget,
            prepare=crossref.prepare,
        )  # fmt: skip
    except (DeskError, ModelError, sqlite3.Error, OSError) as error:
        run.failed.append((article_id, f"article {article_id}: {error}"))
        return
    run.kept += result.kept
    run.added += result.added
    run.removed += result.removed
    run.unplaced.extend((article_id, claim) for claim in result.unplaced)
