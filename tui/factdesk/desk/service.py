"""The Desk: the one service object the CLI and the app both call.

Everything that reads or writes the desk goes through here, so there is one path to the data
and one place where "every change is committed at once and recorded in the history" holds.
The Desk hands out dataclasses from ``factdesk.domain.models``; callers never see SQL or rows.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.desk.article_rows import ArticleRows, article_rows
from factdesk.desk.conflicts import (
    OPEN_CONFLICT_CLAIMS_SQL,
    OPEN_CONFLICTS_SQL,
    MergeConflict,
    open_conflicts,
)
from factdesk.desk.elsewhere import ElsewhereMixin
from factdesk.desk.joined_notes import merge_note
from factdesk.desk.publication import PublicationMixin
from factdesk.desk.queue_rows import changed_articles, queue_mark
from factdesk.desk.reextraction import ReextractionMixin
from factdesk.desk.speaker import SpeakerMixin, check_kept, follow_attribution, speaker_name
from factdesk.desk.undo import REPLAYED_ACTIONS, dropped_key, undo_stacks
from factdesk.domain.models import (
    Article,
    ArticleSummary,
    Change,
    Claim,
    ImportReport,
    ReviewState,
)
from factdesk.domain.verdicts import (
    MERGE_CONFLICT,
    NEEDS_REVIEW,
    UNREVIEWED,
    VERDICTS,
    parse_attribution,
    parse_verdict,
)
from factdesk.settings.config import Config, load_config
from factdesk.settings.locations import config_path, resolve_db_path
from factdesk.store import db as store_db
from factdesk.store.attribution import replay_attribution
from factdesk.store.checksums import verify_body
from factdesk.store.converters import (
    ANY_CLAIM_SQL,
    CLAIM_SQL,
    SUMMARY_SQL,
    change_from_row,
    claim_from_row,
    summary_from_row,
)
from factdesk.store.db import (
    DeskBusyError,
    DeskReplacedError,
    Store,
    now,
    read_state,
    write_state,
)
from factdesk.store.db import holds_write_turn as holds_write_turn  # the app's bridge asks it
from factdesk.store.deskfile import DeskError, desk_files  # StoreError is a DeskError too
from factdesk.store.extraction import (
    names_current,
    origins_current,
    origins_stale,
    pairs_stale,
    refile_when_stale,
)
from factdesk.store.history import current_state, record, replay_link
from factdesk.store.migrations import REFILE_KEY
from factdesk.text.sanitize import clean_text
from factdesk.text.shown_dates import sorting_day
from factdesk.text.urls import refuse_url

if TYPE_CHECKING:
    from factdesk.desk.background import WorkerProcess
    from factdesk.desk.notes import ArticleNotes
    from factdesk.ingest.importer import ImportOptions

REFILE_NOTICE = (
    "re-reading every article's names once, for the per-article name groups of this version"
    " (about half a minute for 10,000 articles)"
)
"""What ``Desk.open`` tells ``on_wait`` before re-filing a desk's names (see ``open``)."""

REJUDGE_NOTICE = (
    "judging every pair of claims again once, for this version's matcher"
    " (about a minute and a half for 2,000 articles)"
)
"""What ``Desk.open`` tells ``on_wait`` before judging a desk's pairs again (``open``)."""

REJUDGE_PROGRESS = "judged again: {done:,} of {total:,} articles"
"""What ``Desk.open`` tells ``on_wait`` as the judging again goes (``_tenths``)."""

REKEY_NOTICE = (
    "counting the origins of every claim again once, for this version's rules (one body in"
    " every language): no claim extracted again, no verdict touched"
)
"""What ``Desk.open`` tells ``on_wait`` before deriving a desk's origin keys again
(``corroborate.index.rekey_origins``)."""

REKEY_PROGRESS = "origins counted again: {done:,} of {total:,} articles"
"""What ``Desk.open`` tells ``on_wait`` as the deriving again goes (``_tenths``)."""


def _tenths(
    on_wait: Callable[[str], None] | None, line: str = REJUDGE_PROGRESS
) -> Callable[[int, int], None] | None:
    """``rejudge``'s (or ``rekey_origins``') progress for ``on_wait``: a ``line`` at each
    tenth of the articles passed and at the end, not one a batch (80 lines on stderr for
    2,000 articles)."""
    if on_wait is None:
        return None
    said = [-1]

    def told(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != said[0]:
            said[0] = tenth
            on_wait(line.format(done=done, total=total))

    return told


UPGRADE_NOTICE = (
    "upgrading this desk (schema {old} → {new}) once: a check and a backup of the whole desk,"
    " then its new schema (about half a minute for 10,000 articles)"
)
"""What ``Desk.open`` tells ``on_wait`` before the backup and migrations of a desk an older
factdesk made (``Store``'s ``on_upgrade``), with the two schema numbers. Measured 21 -> 23 on
the benchmark's 10,000-article desk (780 MB), load 16 on 2 cores: check 7 s, backup 8 s,
migrations 9 s (5 s CPU in all)."""

ARTICLE_SORTS = ("queue", "check-worthy", "title", "date", "imported", "matched")

_MATCHED_WHERE = """c.hidden = 0 AND (
    EXISTS (SELECT 1 FROM claim_matches m JOIN claims o ON o.id = m.other_claim_id
            JOIN articles oa ON oa.id = o.article_id AND oa.version = o.version
            WHERE m.claim_id = c.id AND m.label IN ('same', 'conflicts') AND o.hidden = 0)
    OR EXISTS (SELECT 1 FROM claim_matches m JOIN claims o ON o.id = m.claim_id
               JOIN articles oa ON oa.id = o.article_id AND oa.version = o.version
               WHERE m.other_claim_id = c.id AND m.label IN ('same', 'conflicts')
               AND o.hidden = 0))"""
"""A current claim that another article's claim says too, or contradicts (the Elsewhere
panel's "same" and "conflicts", read as ``crossref.related`` reads them: a pair stored once,
from both ends; current versions, nothing hidden)."""

_MATCHED_FROM = "FROM claims c JOIN articles a ON a.id = c.article_id AND a.version = c.version"

_MATCHED_SQL = (
    f"SELECT c.article_id, COUNT(*) {_MATCHED_FROM} WHERE {_MATCHED_WHERE} GROUP BY c.article_id"
)
"""Per article, its claims ``_MATCHED_WHERE`` holds for. Read only for the "matched" sort."""

_ANY_MATCHED_SQL = f"SELECT 1 {_MATCHED_FROM} WHERE c.article_id = ? AND {_MATCHED_WHERE} LIMIT 1"
"""Whether one article has such a claim (``Desk.has_matches``): its claims alone are read."""

REVIEW_FIELDS = ("verdict", "note", "evidence", "hidden", "attribution")
"""The fields of ``ReviewState``, in the order messages name them."""

RELAYED_LOGINS_KEY = "relayed-logins"
"""``state`` key: logins known only from the heads of relayed paragraphs (``learn_logins``)."""


class ChangedMeanwhile(DeskError):
    """The claim no longer holds what the caller started from: someone changed it meanwhile.

    ``theirs`` is the claim's review state now, ``by``/``at``/``channel`` the last change's
    author, time and channel, so a screen can show both versions and ask.
    """

    def __init__(self, message: str, theirs: ReviewState, by: str, at: str, channel: str) -> None:
        super().__init__(message)
        self.theirs, self.by, self.at, self.channel = theirs, by, at, channel


"""The queue's sort orders, in the order ``s`` cycles through them."""


def _opened_store(
    path: Path,
    *,
    readonly: bool,
    fallback_readonly: bool,
    defer_daily: bool = False,
    on_wait: Callable[[str], None] | None = None,
    event_loop: int | None = None,
) -> Store:
    """The desk file at ``path`` opened, and its one-time jobs done: the one way a Desk gets
    its store (``Desk.open``, and ``Desk.reopen`` after a restore, which skipped the jobs: a
    backup made by older rules stayed so until the next start). ``event_loop``: the app's
    loop thread when reopening under the app, set before the jobs, so a long one
    (``rejudge``, ``rekey_origins``) leaves itself to the next open as it does when asked
    there. See ``Desk.open`` for the rest."""

    def upgrading(old: int, new: int) -> None:
        if on_wait is not None:
            on_wait(UPGRADE_NOTICE.format(old=old, new=new))

    store = Store(
        path,
        readonly=readonly,
        fallback_readonly=fallback_readonly,
        defer_daily=defer_daily,
        on_upgrade=None if on_wait is None else upgrading,
    )
    store.event_loop = event_loop
    if not store.readonly and not names_current(store.conn):
        with store.transaction():  # (other name rules filed it: ``domain.names``)
            refile_when_stale(store.conn)
    if not store.readonly and read_state(store.conn, REFILE_KEY) is not None:
        from factdesk.corroborate import index as crossref

        if on_wait is not None:
            on_wait(REFILE_NOTICE)
        crossref.refile(store)  # once after migration 22, and once a names version
    if not store.readonly and pairs_stale(store.conn):
        from factdesk.corroborate import index as crossref

        if on_wait is not None:
            on_wait(REJUDGE_NOTICE)
        crossref.rejudge(store, _tenths(on_wait))  # once per matcher version
    if not store.readonly and not origins_current(store.conn):
        from factdesk.corroborate import index as crossref

        if on_wait is not None and origins_stale(store.conn):
            on_wait(REKEY_NOTICE)  # (a desk with no origin only records the version)
        crossref.rekey_origins(store, _tenths(on_wait, REKEY_PROGRESS))  # once a version
    return store


class Desk(ElsewhereMixin, PublicationMixin, SpeakerMixin, ReextractionMixin):
    """An open desk: its store plus who is working on it.

    The corroboration methods (``related``, ``names``, ``link``, ``suggestion``...) come from
    ``ElsewhereMixin`` in ``desk_elsewhere``; the publication fields from ``PublicationMixin``.
    """

    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config
        self.children: set[WorkerProcess] = set()
        """Background jobs running in child processes now (``stop_background`` ends them)."""
        self._retired: list[Store] = []
        """Stores of this desk a restore by another program replaced (``reopen``)."""
        self._left: tuple[tuple[int, int, int], int] | None = None
        """(``_count_mark``, claims left to review) as last counted, kept by ``_edit`` and
        ``_uncounted``."""
        self._matched: tuple[tuple[int, int, int], dict[int, int]] | None = None
        """(``_count_mark``, ``matched_counts``) as last read: the "matched" sort asks at every
        next/previous article and every reload, on the UI thread, and the read took 0.35-0.9 s
        on 2,000 articles (review34). Kept like ``_left``: any write drops it, except a write
        known to change no claim (``_uncounted``) or an edit that hides or shows none
        (``_edit``)."""

    @classmethod
    def open(
        cls,
        db: str | Path | None = None,
        *,
        config: Config | None = None,
        reviewer: str | None = None,
        readonly: bool = False,
        fallback_readonly: bool = False,
        defer_daily: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> Desk:
        """Open (creating and migrating if needed) the desk that ``--db``/env/defaults name.

        ``fallback_readonly``: when the desk cannot be written, open it read-only instead of
        failing (``desk.store.readonly``); writes then raise ``ReadOnlyDeskError``.
        ``defer_daily``: the day's backup waits for ``background_check`` (the app's first
        screen must not wait for a full check of the desk).
        ``on_wait``: told before a one-time job that holds the open for seconds, so the
        caller can say why nothing shows yet instead of leaving a blank terminal: the backup
        and migrations of a desk an older factdesk made (``UPGRADE_NOTICE``), then
        re-filing a desk's names after migration 22 (``REFILE_NOTICE``: about 8 s at 2,000
        articles, 35 s at 10,000), then judging the pairs again when another matcher judged
        them (``REJUDGE_NOTICE``, ``corroborate.index.rejudge``), then deriving the claims'
        origin keys again when other rules derived them (``REKEY_NOTICE``,
        ``corroborate.index.rekey_origins``: a desk imported before one body in every
        language was one origin).
        """
        config = config or load_config(reviewer=reviewer)
        store = _opened_store(
            resolve_db_path(db),
            readonly=readonly,
            fallback_readonly=fallback_readonly,
            defer_daily=defer_daily,
            on_wait=on_wait,
        )
        return cls(store, config)

    @property
    def reviewer(self) -> str:
        return self.config.reviewer

    def reread_publishing(self) -> None:
        """Read config.toml's publishing settings again ([desk], [ratings], [reviewers]), keep
        the rest (the reviewer, the keys). The export dialog calls it: a ClaimReview refusal
        says to set ``[desk] name`` in that file, and the edit, made while the app runs,
        counted only after a restart. A broken file raises ``ConfigError`` naming its line."""
        fresh = load_config(self.config.path or config_path(), reviewer=self.config.reviewer)
        # all of it but what the app applied once at start (its keys, and the warnings it
        # showed then), so a publishing setting added later is read again too
        self.config = replace(fresh, keys=self.config.keys, warnings=self.config.warnings)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        """True when every write would raise ``ReadOnlyDeskError`` (see ``readonly_reason``)."""
        return self.store.readonly

    @property
    def readonly_reason(self) -> str:
        return self.store.readonly_reason

    @property
    def open_warnings(self) -> list[str]:
        """What the reviewer should know that did not stop the open (no daily backup made
        because the desk fails its check, a backup that failed): one line each."""
        return list(self.store.warnings)

    def batch(self) -> AbstractContextManager[object]:
        """Several changes committed together (``factdesk verdict ID V --note N``): nested
        writes join this one transaction, so either all of them are saved or none."""
        return self.store.transaction()

    def close(self) -> None:
        self.stop_background()
        self.store.close()
        for store in self._retired:
            store.close()

    def replaced(self) -> str | None:
        """Why the desk file is no longer the one opened (``Store.replaced``: another
        program's ``factdesk restore``), else None."""
        return self.store.replaced()

    def reopen(self) -> None:
        """Open the desk at the same path again, after another program restored it
        (``replaced``): what is stored there now is read, and written to, from here on,
        through ``open``'s own path (``_opened_store``: migrated when the backup is older, its
        names filed again when other rules filed them...; a job that must not run on the
        app's event loop waits for the next open, as it does when asked there). The old
        connection is kept open until ``close``, for a worker thread that may still be reading
        on it; its writes are refused (``DeskReplacedError``). The counts kept are dropped.
        The caller restarts the background jobs that wrote to the old desk (the app:
        ``desk_replaced``)."""
        old = self.store
        self.store = _opened_store(
            old.path, readonly=old.readonly, fallback_readonly=True, event_loop=old.event_loop
        )
        self._retired.append(old)
        self._left = self._matched = None

    def close_and_remove_if_empty(self) -> bool:
        """Close the desk; delete its files when it holds no article. Only for a desk this
        process has just created: ``factdesk import`` of files that all failed left an empty
        desk behind, and every later command then found a desk where there was none."""
        empty = self.article_count() == 0
        self.close()
        if empty:
            for file in desk_files(self.path):
                file.unlink(missing_ok=True)
        return empty

    def stop_background(self) -> None:
        """Stop every child process this desk started (the app quitting): none outlives it."""
        for child in list(self.children):
            child.stop()

    def background_check(self) -> str | None:
        """The full check (integrity_check and every checksum), then the day's backup if it
        is due and the desk passed, in this process on connections of its own (safe in a
        thread). Returns one line for the reviewer when something is wrong, else None.
        The app runs the same in a process of its own: ``check_in_background``."""
        from factdesk.desk.fullcheck import check_line

        daily = self.store.daily_due and not self.store.readonly
        problem = check_line(self.path, daily)
        if daily:
            self.store.daily_due = False
        return problem

    def check_in_background(
        self,
        *,
        cancelled: Callable[[], bool] | None = None,
        started: Callable[[int], object] | None = None,
    ) -> str | None:
        """``background_check`` in a child process (``desk.worker``): its Python work per
        row (checksums, derived tables) never holds this process's interpreter lock. Blocks
        until it is done (call it from a worker thread); ``cancelled`` stops it early (None
        then). ``started`` gets the child's process id."""
        from factdesk.desk.background import WorkerProcess

        daily = self.store.daily_due and not self.store.readonly
        child = WorkerProcess("check", self.path, ["--daily"] if daily else [])
        self.children.add(child)
        if started is not None:
            started(child.pid)
        problem: str | None = None
        try:
            for message in child.messages(cancelled):
                problem = message.get("problem") or problem
            failure = None if cancelled is not None and cancelled() else child.finish()
        finally:
            self.children.discard(child)
            child.close()
        if daily and failure is None:
            self.store.daily_due = False
        return problem or failure

    def data_version(self) -> int:
        """Cheap poll: changes when another process commits to this desk."""
        return self.store.data_version()

    def write_mark(self) -> tuple[int, int]:
        """Changes whenever anything at all is written to the desk: another connection's
        commit (``data_version``) or a row this one wrote (``total_changes``, the reviewer's
        place included). Equal marks: nothing was written in between, so what a screen read
        then is still what the desk holds (the review, back from a dialog, need not read a
        3,000-claim article again)."""
        return self.data_version(), self.store.conn.total_changes

    def change_mark(self) -> tuple[int, int]:
        """Changes whenever anything a reviewer sees may have changed, in any process.

        (other processes' commits, the newest history row): lets a screen skip a redraw.
        """
        row = self.store.conn.execute("SELECT COALESCE(MAX(id), 0) FROM history").fetchone()
        return self.data_version(), row[0]

    def article_rows(self, article_id: int) -> ArticleRows:
        """Every row of one article its review reads, as stored now: after another
        process's commit (most often to another article: the app's background re-extraction
        commits one article at a time), ``ArticleRows.changed_since`` says whether the
        claims on screen changed, and which (``desk.article_rows``)."""
        return article_rows(self.store.conn, article_id)

    # -- articles -------------------------------------------------------------------------

    def articles(self, sort: str = "queue") -> list[ArticleSummary]:
        """Queue rows without bodies or claims, so the queue draws fast on a large desk.

        ``queue``: unreviewed work first (a review waiting after a re-import is work), then
        import order. ``check-worthy``: highest claim score first. ``title``, ``date``:
        alphabetical, newest first (a date without its year at its last such day before the
        import: ``text.shown_dates.sorting_day``).
        ``imported``: the newest import first. ``matched``: most claims said or contradicted
        in other articles first, from ``matched_counts`` (kept until a write may change them:
        the sort asks at every next/previous article and reload, on the UI thread). The last two
        exist because on shift34's scratch desk (789 articles) the article imported last, and
        the one most worth checking against the others, had no order: the queue's order puts
        finished articles last, and ``date`` is the article's own date.
        """
        rows = self.store.query(SUMMARY_SQL.format(where=""))
        return self._sorted([summary_from_row(row) for row in rows], sort)

    def queue_mark(self) -> int:
        """The desk's last change mark (cheap: one indexed read): taken before a read of
        ``articles``, ``changed_articles`` says later which articles another process's commit
        changed (``desk.queue_rows``)."""
        return queue_mark(self.store.conn)

    def changed_articles(self, before: int) -> tuple[int, set[int] | None]:
        """The desk's last change mark now and the ids of the articles changed since the mark
        ``before``, new ones included (None: an article went, read them all)."""
        return changed_articles(self.store.conn, before)

    def articles_again(
        self, summaries: list[ArticleSummary], changed: set[int], sort: str = "queue"
    ) -> list[ArticleSummary]:
        """``summaries`` (one ``articles`` read) with the ``changed`` articles read again (an
        id not among them: an article imported since, added), in ``sort``'s order: what
        ``articles`` gives now when only those changed, without the desk-wide read (the queue
        after another process's commit to a few articles)."""
        fresh = {a: self.article_summary(a) for a in sorted(changed)}
        kept = [fresh.pop(a.id, a) for a in summaries]
        return self._sorted(kept + list(fresh.values()), sort)

    def _sorted(self, summaries: list[ArticleSummary], sort: str) -> list[ArticleSummary]:
        """``summaries`` in the order of ``sort`` (``articles``)."""
        summaries = list(summaries)
        if sort == "queue":
            summaries.sort(key=lambda a: (a.done, a.id))
        elif sort == "check-worthy":
            summaries.sort(key=lambda a: (-a.top_score, a.id))
        elif sort == "title":
            summaries.sort(key=lambda a: (a.title.casefold(), a.id))
        elif sort == "date":
            summaries.sort(key=lambda a: (sorting_day(a.date_iso, a.date_text, a.imported_at),
                                          -a.id), reverse=True)  # fmt: skip
        elif sort == "imported":
            summaries.sort(key=lambda a: (a.imported_at or "", a.id), reverse=True)
        elif sort == "matched":
            matched = self.matched_counts()
            summaries.sort(key=lambda a: (-matched.get(a.id, 0), a.id))
        else:
            raise DeskError(f"unknown sort {sort!r}: use one of {', '.join(ARTICLE_SORTS)}")
        return summaries

    def matched_counts(self) -> dict[int, int]:
        """Article id -> how many of its claims another article says or contradicts.

        Read once per ``_count_mark`` (kept in ``_matched``): the counts change only with the
        desk's claims, matches, versions and hidden flags, all of which are writes, so equal
        marks mean the last read still holds. The dict is shared: callers only read it."""
        mark = self._count_mark()
        if self._matched is None or self._matched[0] != mark:
            self._matched = (mark, dict(self.store.conn.execute(_MATCHED_SQL).fetchall()))
        return self._matched[1]

    def has_matches(self, article_id: int) -> bool:
        """Whether another article says or contradicts any of this article's claims (the
        review sizes its Elsewhere panel by it at every article it opens): the kept
        ``matched_counts`` when current, else a read of this article's claims alone. The
        desk-wide read was 86 ms of the first, longest part of the 300 KB article's open on
        2,000 articles after any desk change (speed40); this one is the same answer."""
        mark = self._count_mark()
        if self._matched is not None and self._matched[0] == mark:
            return self._matched[1].get(article_id, 0) > 0
        return self.store.conn.execute(_ANY_MATCHED_SQL, [article_id]).fetchone() is not None

    def article_summary(self, article_id: int) -> ArticleSummary:
        rows = list(self.store.query(SUMMARY_SQL.format(where="WHERE a.id = ?"), [article_id]))
        if not rows:
            raise DeskError(f"no article {article_id} in this desk")
        return summary_from_row(rows[0])

    def article(self, article_id: int) -> Article:
        """The article with its current body."""
        summary = self.article_summary(article_id)
        row = self.store.conn.execute(
            "SELECT body, body_sha256 FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        verify_body(article_id, row[0], row[1])
        fields = {name: getattr(summary, name) for name in summary.__slots__}
        return Article(**fields, body=row[0], body_sha256=row[1])

    def article_count(self) -> int:
        return self.store.count("articles")

    def unreviewed_count(self) -> int:
        """Claims on the whole desk still without a verdict (each article's current version,
        hidden claims left out): what the queue's desk line counts.

        Counted once, then kept: a reviewer's edit (``_edit``: a verdict, hiding a claim)
        moves the count by what it changed, so the review's title, which asks at every
        article it shows, costs a desk-wide count (30 ms on 60,000 claims) only after
        something else changed the desk (``_count_mark``: an import, a re-extraction, an
        undo, a merge, another process)."""
        mark = self._count_mark()
        if self._left is not None and self._left[0] == mark:
            return self._left[1]
        row = self.store.conn.execute(
            "SELECT COUNT(*) FROM claims c "
            "JOIN articles a ON a.id = c.article_id AND a.version = c.version "
            "LEFT JOIN verdicts v ON v.claim_id = c.id "
            "WHERE c.hidden = 0 AND v.verdict IS NULL"
        ).fetchone()
        self._left = (mark, int(row[0]))
        return self._left[1]

    def _count_mark(self) -> tuple[int, int, int]:
        """What the kept count of claims left to review is good for: ``change_mark`` (other
        processes' commits, history rows) and every row this desk's own connection has written
        (``total_changes``). An import, a re-import, a re-extraction write claims and
        articles on this connection without a history row, and the change mark alone kept a
        stale count through them; counting every write here, rather than dropping the count
        in each such writer, leaves no writer (or a later one) to forget. A write known to
        change no claim's state keeps the count (``_uncounted``); an edit moves it
        (``_keep_count``). A rolled-back edit takes its history row back, so the mark differs
        and the next ask counts afresh."""
        return (*self.change_mark(), self.store.conn.total_changes)

    @contextmanager
    def _uncounted(self) -> Iterator[None]:
        """A write that changes no claim, verdict or article (the reviewer's place, saved at
        every article read) keeps a current count current rather than costing the next
        article read a desk-wide count. Inside the write's transaction."""
        mark = self._count_mark()
        current = self._left is not None and self._left[0] == mark
        matched = self._matched is not None and self._matched[0] == mark
        yield
        if current and self._left is not None:
            self._left = (self._count_mark(), self._left[1])
        if matched and self._matched is not None:
            self._matched = (self._count_mark(), self._matched[1])

    def _keep_count(self, claim_id: int, before: ReviewState, after: ReviewState) -> None:
        """Move the kept count of claims left to review by what one edit changed. Called
        inside the edit's transaction, when the count was current as it began (no other
        writer can commit in between): the new mark is this edit's history row."""
        assert self._left is not None
        current = self.store.conn.execute(
            "SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id "
            "AND a.version = c.version WHERE c.id = ?",
            [claim_id],
        ).fetchone()
        waits = [state.verdict is None and not state.hidden for state in (before, after)]
        move = int(waits[1]) - int(waits[0]) if current else 0
        self._left = (self._count_mark(), self._left[1] + move)

    def body_hashes(self, article_id: int) -> dict[int, str]:
        """{version: sha256 of that version's body} of one article, every version it had.

        What a claim's fingerprint is built from (``domain.fingerprint``), so an export names a
        claim of an older version too, and a merge recognises a colleague's older body.
        """
        rows = self.store.conn.execute(
            "SELECT version, body_sha256 FROM article_versions WHERE article_id = ?", [article_id]
        )
        return {version: sha for version, sha in rows}

    # -- claims ---------------------------------------------------------------------------

    def claims(
        self,
        article_id: int | None = None,
        *,
        include_hidden: bool = False,
        only_hidden: bool = False,
        verdict: str | None = None,
    ) -> list[Claim]:
        """Current claims (of each article's current version), in text order.

        ``verdict`` filters by a verdict word, ``unreviewed``, ``merge-conflict``, or
        ``needs-review`` (those are claims of an older version: see ``needs_review``).
        ``only_hidden``: the claims a reviewer hid (``D``), to list and restore them.
        """
        if verdict == NEEDS_REVIEW:
            return self.needs_review(article_id)
        where: list[str] = []
        params: list[int | str] = []
        if article_id is not None:
            where.append("c.article_id = ?")
            params.append(article_id)
        if only_hidden:
            where.append("c.hidden = 1")
        elif not include_hidden:
            where.append("c.hidden = 0")
        if verdict == UNREVIEWED:
            where.append("v.verdict IS NULL")
        elif verdict == MERGE_CONFLICT:
            where.append(OPEN_CONFLICT_CLAIMS_SQL)
        elif verdict is not None:
            where.append("v.verdict = ?")
            params.append(parse_verdict(verdict))
        sql = CLAIM_SQL + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY c.article_id, c.start, c.id"
        return [claim_from_row(row) for row in self.store.query(sql, params)]

    def needs_review(self, article_id: int | None = None) -> list[Claim]:
        """Claims of an older version whose review a re-import could not carry to the new
        text (``ingest.carryover``), still to be settled: each with its old verdict, note
        and evidence. Settled with ``settle_review`` (the old claim is hidden, undoably)."""
        sql = ANY_CLAIM_SQL + " JOIN rereview r ON r.claim_id = c.id WHERE c.hidden = 0"
        params: list[int] = []
        if article_id is not None:
            sql += " AND c.article_id = ?"
            params.append(article_id)
        sql += " ORDER BY c.article_id, c.start, c.id"
        return [claim_from_row(row) for row in self.store.query(sql, params)]

    def passage_now(self, claim: Claim, body: str | None = None) -> tuple[int, int] | None:
        """Where an older version's claim (one ``needs_review`` lists) stands in its article's
        current text: the same words nearest its old offset, else the most similar passage,
        else None. Its own offsets are into the old version's body, not the text shown.
        ``body``: that current text, when the caller holds it already (the review screen shows
        it), so the article is not read again."""
        from factdesk.ingest.reanchor import closest_passage  # rapidfuzz: not on the start path

        if body is None:
            body = self.article(claim.article_id).body
        return closest_passage(claim.text, body, claim.start)

    def is_rereview(self, claim_id: int) -> bool:
        """Whether this claim is an old version's, left for re-review by a re-import."""
        row = self.store.conn.execute(
            "SELECT 1 FROM rereview WHERE claim_id = ?", [claim_id]
        ).fetchone()
        return row is not None

    def claim(self, claim_id: int) -> Claim:
        """One claim, of any version, hidden or not."""
        rows = list(self.store.query(ANY_CLAIM_SQL + " WHERE c.id = ?", [claim_id]))
        if not rows:
            raise DeskError(f"no claim {claim_id} in this desk")
        return claim_from_row(rows[0])

    def merge_conflicts(self) -> list[MergeConflict]:
        """Open merge conflicts: a colleague's differing verdict, kept aside until a reviewer
        next changes the claim."""
        return open_conflicts(self.store)

    def history(self, claim_id: int) -> list[Change]:
        """Every recorded change of one claim, oldest first."""
        rows = self.store.query("SELECT * FROM history WHERE claim_id = ? ORDER BY id", [claim_id])
        return [change_from_row(row) for row in rows]

    def logins(self) -> list[str]:
        """Every reviewer login the history names, and those a merge learned from a relayed
        paragraph's head (``learn_logins``), in the order each first appears. Both only grow,
        so a login keeps its place: an export numbers "Reviewer N" by it, and one
        folder of public pages names a colleague one way whatever scope each run took; a merge
        reads a paragraph's ``login: `` head as a relayed note only for a login known here."""
        rows = self.store.query(
            "SELECT reviewer, MIN(id) AS first FROM history WHERE reviewer != '' GROUP BY reviewer"
        )
        places = {row["reviewer"]: float(row["first"]) for row in rows}
        for login, mark in self._relayed_logins().items():
            # learned after history row ``mark``: its place is right after that row's
            places[login] = min(places.get(login, mark + 0.5), mark + 0.5)
        return sorted(places, key=lambda login: (places[login], login))

    def learn_logins(self, logins: Iterable[str]) -> None:
        """Remember logins a merge put at the head of a relayed paragraph (``merge_note``:
        a third reviewer's note, passed on by a colleague) that the history does not name: an
        export must know them to show their name instead (``export.reviewers``), and they
        went out as written. The caller holds the transaction."""
        known = set(self.logins())
        new = [login for login in dict.fromkeys(logins) if login and login not in known]
        if not new:
            return
        mark = self.store.conn.execute("SELECT COALESCE(MAX(id), 0) FROM history").fetchone()[0]
        learned = {**self._relayed_logins(), **dict.fromkeys(new, mark)}
        write_state(self.store.conn, RELAYED_LOGINS_KEY, json.dumps(learned))

    def _relayed_logins(self) -> dict[str, int]:
        """The logins ``learn_logins`` kept, each with the history row it came after."""
        value = read_state(self.store.conn, RELAYED_LOGINS_KEY)
        return dict(json.loads(value)) if value else {}

    @property
    def search_is_literal(self) -> bool:
        """True when this desk has no full-text index (an SQLite without FTS5): words are
        then matched by reading every claim, with word forms but no name groups."""
        from factdesk.store import search_index

        return not search_index.available(self.store.conn)

    def find_claims(self, text: str, limit: int = 100) -> list[tuple[Claim, str]]:
        """Current shown claims matching ``text`` across the desk, best first, each with how
        it matched (``desk.search``: "exact", "name" or "words").

        Word forms and name groups through the full-text index (``store.search_index``);
        without one, word forms only ("words" for each).
        """
        if self.search_is_literal:
            return [(claim, "words") for claim in self._literal_search(text, limit)]
        from factdesk.desk import search

        hits = search.search_ids(self.store.conn, search.read_query(self.store.conn, text), limit)
        if not hits:
            return []
        how = dict(hits)
        marks = ",".join("?" * len(how))
        rows = self.store.query(CLAIM_SQL + f" WHERE c.id IN ({marks})", list(how))
        claims = {claim.id: claim for claim in map(claim_from_row, rows)}
        return [(claims[cid], way) for cid, way in hits if cid in claims]

    def name_spellings(self, text: str) -> set[str]:
        """Every spelling of the name group(s) ``text`` names (empty when it names none)."""
        from factdesk.desk import search

        return search.spellings(self.store.conn, text)

    def search_claims(self, text: str, limit: int = 100) -> list[Claim]:
        """The claims of ``find_claims``, best first (the app's Ctrl+F)."""
        return [claim for claim, _ in self.find_claims(text, limit)]

    def _literal_search(self, text: str, limit: int) -> list[Claim]:
        """The claims whose words or speaker hold every typed word, in any ending (the
        test of ``desk.search``, ``text.wordfind``), by article and place: each claim is
        read, as no index narrows them down."""
        from factdesk.desk.search import claim_matches, read_filter

        wanted = read_filter(text)
        if not wanted.words.strip() and not (wanted.flags or wanted.kinds):
            return []
        sql = CLAIM_SQL + " WHERE c.hidden = 0 ORDER BY c.article_id, c.start"
        found: list[Claim] = []
        for row in self.store.query(sql):
            claim = claim_from_row(row)
            if claim_matches(wanted, claim.text, claim.speaker, claim.flags, claim.kind):
                found.append(claim)
                if len(found) >= limit:
                    break
        return found

    # -- review ---------------------------------------------------------------------------

    def _last_change(self, claim_id: int, after_id: int = 0) -> tuple[str, str, str]:
        """(reviewer, time, channel) of the newest history entry of a claim after ``after_id``."""
        row = self.store.conn.execute(
            "SELECT reviewer, at, via FROM history WHERE claim_id = ? AND id > ? "
            "ORDER BY id DESC LIMIT 1",
            [claim_id, after_id],
        ).fetchone()
        return (row[0], row[1], row[2]) if row else ("someone", "an unknown time", "outside")

    def _changed_meanwhile(
        self, claim_id: int, now_state: ReviewState, fields: list[str], doing: str, after: int = 0
    ) -> ChangedMeanwhile:
        by, at, channel = self._last_change(claim_id, after)
        return ChangedMeanwhile(
            f"claim {claim_id}: its {' and '.join(fields)} changed meanwhile ({by}, {at}, "
            f"via {channel}); {doing}",
            now_state, by, at, channel,
        )  # fmt: skip

    def _edit(
        self, claim_id: int, channel: str, expected: dict | None = None, **changes
    ) -> Change | None:
        """Apply a reviewer's edit; a change that changes nothing records nothing.

        Except on a claim with an open merge conflict: there, re-affirming the current state
        is the reviewer's answer ("keep ours"), and recording it settles the conflict.
        ``expected``: the values the reviewer's editor opened with; if the claim holds others
        now (another window or process saved meanwhile), ``ChangedMeanwhile`` is raised and
        nothing is written, rather than saving over their work unseen.
        """
        with self.store.transaction():
            kept = self._left is not None and self._left[0] == self._count_mark()
            matched = self._matched is not None and self._matched[0] == self._count_mark()
            before = current_state(self.store.conn, claim_id)
            stale = [k for k, v in (expected or {}).items() if getattr(before, k) != v]
            if stale:
                raise self._changed_meanwhile(claim_id, before, stale, "nothing was saved")
            after = replace(before, **changes)
            detail = ""
            if "verdict" in changes:
                after, detail = self._with_their_reasons(claim_id, before, after)
            if after == before:
                if not self.has_open_conflict(claim_id):
                    return None
                detail = "kept this desk's review over a merged one"
            change = record(
                self.store.conn, claim_id, before, after, action="edit", channel=channel,
                reviewer=self.reviewer, detail=detail,
            )  # fmt: skip
            if kept:
                self._keep_count(claim_id, before, after)
            else:
                self._left = None
            if matched and after.hidden == before.hidden and self._matched is not None:
                self._matched = (self._count_mark(), self._matched[1])  # a verdict, a note
            else:
                self._matched = None
            return change

    def _with_their_reasons(
        self, claim_id: int, before: ReviewState, after: ReviewState
    ) -> tuple[ReviewState, str]:
        """``after`` with the note and evidence of each open merge conflict whose verdict it
        takes, and the history's words for it (the caller holds the transaction).

        Why: "take theirs: press its verdict key" gave the colleague's verdict and left their
        reasons in the conflict row, out of sight once the conflict was settled, so the claim
        was published with their rating and none of what it rests on. Their words come after
        ours under their login (``joined_notes.merge_note``, as a merge joins a note; ``headed``
        when the claim has no note yet), so the note never reads as the reviewer's own.
        Keeping ours, or a third verdict, takes nothing."""
        if after.verdict is None or after.verdict == before.verdict:
            return after, ""
        taken = [
            conflict
            for conflict in open_conflicts(self.store)
            if conflict.claim_id == claim_id and conflict.theirs == after.verdict
        ]
        if not taken:
            return after, ""
        logins = self.logins()
        note, evidence = after.note, after.evidence
        for conflict in taken:
            known = {*logins, conflict.reviewer}
            note = merge_note(note, conflict.note, conflict.reviewer, known, headed=True)
            evidence = tuple(dict.fromkeys((*evidence, *conflict.evidence)))
        who = " and ".join(dict.fromkeys(conflict.reviewer for conflict in taken))
        files = ", ".join(dict.fromkeys(conflict.source for conflict in taken))
        changed = {"note": note != after.note, "evidence": evidence != after.evidence}
        joined = [word for word, joins in changed.items() if joins]
        detail = f"took {who}'s verdict (merged from {files})" + (
            f", with their {' and '.join(joined)}" if joined else ""
        )
        return replace(after, note=note, evidence=evidence), detail

    def has_open_conflict(self, claim_id: int) -> bool:
        """True while a colleague's differing review of this claim waits to be settled."""
        sql = f"SELECT 1 FROM ({OPEN_CONFLICTS_SQL}) WHERE claim_id = ? LIMIT 1"
        return self.store.conn.execute(sql, [claim_id]).fetchone() is not None

    def set_verdict(
        self, claim_id: int, verdict: str | None, *, channel: str = "app"
    ) -> Change | None:
        """Set (or with ``None`` clear) a claim's verdict; the note is kept either way."""
        normal = parse_verdict(verdict) if verdict is not None else None
        return self._edit(claim_id, channel, verdict=normal)

    def set_attribution(
        self, claim_id: int, check: str | None, *, channel: str = "app"
    ) -> Change | None:
        """Record whether the speaker did say it (``confirmed``/``misattributed``) or clear
        the check with ``None``; the verdict on the content is untouched.

        A claim with no speaker (the writer's own assertion) is refused a check: "confirmed:
        they did say it" would name nobody. The one rule for the app's ``A`` and the CLI;
        clearing stays allowed, so a check left from before the speaker went can go."""
        normal = parse_attribution(check) if check is not None else None
        if check_kept(self.claim(claim_id).speaker, normal) != normal:
            raise DeskError(
                f"claim {claim_id} has no speaker to check: it is the writer's own assertion "
                "(name a speaker first: w in the review, or factdesk speaker)"
            )
        return self._edit(claim_id, channel, attribution=normal)

    def set_note(
        self,
        claim_id: int,
        note: str,
        evidence: Iterable[str] | None = None,
        *,
        channel: str = "app",
        opened: tuple[str, tuple[str, ...]] | None = None,
    ) -> Change | None:
        """Replace the note (and, when given, the evidence URLs) of a claim.

        Typed or pasted text is cleaned like an imported body (NUL and lone surrogates become
        U+FFFD): SQLite and the clipboard cannot carry them. ``opened``: the (note, evidence)
        the editor started from; when the claim holds something else now, ``ChangedMeanwhile``
        (nothing saved) lets the editor show both and ask.
        """
        changes: dict = {"note": clean_text(note).strip("\n")}
        if evidence is not None:
            urls = (clean_text(url).strip() for url in evidence)
            changes["evidence"] = tuple(url for url in urls if url)
            for url in changes["evidence"]:
                if refusal := refuse_url("evidence", url, evidence=True):
                    raise DeskError(refusal)
        expected = None
        if opened is not None:
            expected = {"note": opened[0], "evidence": tuple(opened[1])}
        return self._edit(claim_id, channel, expected, **changes)

    def hide_claim(self, claim_id: int, *, channel: str = "app") -> Change | None:
        """Hide a claim from the review (manual or automatic alike): hidden, never destroyed."""
        return self._edit(claim_id, channel, hidden=True)

    def restore_claim(self, claim_id: int, *, channel: str = "app") -> Change | None:
        """Show a hidden claim again (``D`` on the hidden list): recorded, so undoable."""
        return self._edit(claim_id, channel, hidden=False)

    def settle_review(self, claim_id: int, *, channel: str = "app") -> Change | None:
        """A needs-review claim is dealt with: the old claim is hidden, which takes it off
        the list (recorded in the history, so ``z`` brings it back)."""
        if not self.is_rereview(claim_id):
            raise DeskError(f"claim {claim_id} is not waiting for re-review")
        return self._edit(claim_id, channel, hidden=True)

    def add_claim(self, article_id: int, start: int, end: int, *, channel: str = "app") -> Claim:
        """Add a manual claim for ``body[start:end]`` of the article's current version.

        Analysed and written exactly as an extracted claim (``describe_span``, then the one
        claim writer), so the same span gets the same names, flags and score either way.
        Extraction is imported here so that listing and reviewing never load it.
        """
        from factdesk.extract.claims import describe_span
        from factdesk.ingest.claim_writer import MANUAL, refresh_desk_signals, write_claims

        article = self.article(article_id)
        start, end = _trim_span(article.body, start, end)
        if end <= start:
            raise DeskError("select some article text first: the selection is empty")
        draft = describe_span(article.body, start, end, article.date_iso)
        with self.store.transaction() as conn:
            [claim_id] = write_claims(
                conn, article_id, article.version, [draft], article.body, stamp=now(),
                provenance=MANUAL,
            )  # fmt: skip
            refresh_desk_signals(conn, [article_id])
            hidden = ReviewState(None, "", (), True)
            shown = ReviewState(None, "", (), False)
            record(
                conn, claim_id, hidden, shown, action="add", channel=channel, reviewer=self.reviewer
            )
        return self.claim(claim_id)

    def claim_holding(self, article_id: int, start: int, end: int) -> Claim | None:
        """The claim of the article's current version whose words are exactly
        ``body[start:end]`` (white space around the selection aside, as ``add_claim`` trims
        it), a shown one before a hidden one; None when no claim is. The app asks before ``a``
        adds a claim: a second claim of the same words split their verdicts and notes
        (shift33a: ``a`` then ``s`` walks the sentences after a claim, most of them claims)."""
        article = self.article(article_id)
        start, end = _trim_span(article.body, start, end)
        row = self.store.conn.execute(
            'SELECT id FROM claims WHERE article_id = ? AND version = ? AND start = ? AND "end" = ?'
            " ORDER BY hidden, id LIMIT 1",
            [article_id, article.version, start, end],
        ).fetchone()
        return None if row is None else self.claim(row[0])

    def _undo_stacks(self) -> tuple[list[Change], list[Change]]:
        """This reviewer's undo and redo stacks, replayed from the history (see ``undo``)."""
        marks = ", ".join("?" * len(REPLAYED_ACTIONS))
        rows = self.store.query(
            f"SELECT * FROM history WHERE reviewer = ? AND action IN ({marks}) ORDER BY id",
            [self.reviewer, *REPLAYED_ACTIONS],
        )
        return undo_stacks((change_from_row(row) for row in rows), self._dropped())

    def _dropped(self) -> list[int]:
        """Ids of this reviewer's changes whose undo or redo was refused (see ``_step``)."""
        value = read_state(self.store.conn, dropped_key(self.reviewer))
        return list(json.loads(value)) if value else []

    def _reindex_origin(self, claim_id: int) -> None:
        """A claim's attribution changed: its origin and its score follow
        (``speaker.follow_attribution``)."""
        row = self.store.conn.execute(
            "SELECT article_id FROM claims WHERE id = ?", [claim_id]
        ).fetchone()
        if row:
            follow_attribution(self.store, row[0], claim_id)

    def undo(self, *, channel: str = "app") -> Change | None:
        """Revert this reviewer's last change by appending a reverting entry; None if none."""
        return self._step(redoing=False, channel=channel)

    def redo(self, *, channel: str = "app") -> Change | None:
        """Re-apply the change most recently undone; None when there is nothing to redo."""
        return self._step(redoing=True, channel=channel)

    def _step(self, *, redoing: bool, channel: str) -> Change | None:
        """Undo or redo the top of the stack; refused (``ChangedMeanwhile``) when the claim no
        longer holds the state it would revert. A refused change is dropped from the stacks
        (kept in the history): the message says so, and the next key reaches the change
        beneath rather than hitting the same wall on every press."""
        with self.store.transaction():
            undo, redo = self._undo_stacks()
            stack = redo if redoing else undo
            if not stack:
                return None
            target = stack[-1]
            conn = self.store.conn
            before = current_state(conn, target.claim_id)
            holds = target.before if redoing else target.after
            changed = [
                k for k in REVIEW_FIELDS if getattr(target.before, k) != getattr(target.after, k)
            ]
            stale = [k for k in changed if getattr(before, k) != getattr(holds, k)]
            if stale:
                doing = "nothing was redone" if redoing else "nothing was undone"
                last = self._changed_meanwhile(target.claim_id, before, stale, doing, target.id)
                write_state(conn, dropped_key(self.reviewer),
                            json.dumps([*self._dropped(), target.id]))  # fmt: skip
                refusal = ChangedMeanwhile(
                    f"{'redo' if redoing else 'undo'} refused: {last}; dropped from your "
                    f"{'redo' if redoing else 'undo'} list, the next one goes further back",
                    last.theirs, last.by, last.at, last.channel,
                )  # fmt: skip
            else:
                return self._revert(target, before, changed, redoing=redoing, channel=channel)
        raise refusal  # after the commit: the drop is kept, nothing else was written

    def _revert(
        self,
        target: Change,
        before: ReviewState,
        changed: list[str],
        *,
        redoing: bool,
        channel: str,
    ) -> Change:
        """Apply the undo (or redo) of ``target``; the caller holds the transaction."""
        conn = self.store.conn
        goal = target.after if redoing else target.before
        # Only the fields the change touched go back: a colleague's later note stays.
        after = replace(before, **{k: getattr(goal, k) for k in changed})
        replay_link(conn, target, undoing=not redoing, reviewer=self.reviewer)
        if replay_attribution(conn, target, undoing=not redoing):
            self._reindex_origin(target.claim_id)
        return record(
            conn,
            target.claim_id,
            before,
            after,
            action="redo" if redoing else "undo",
            channel=channel,
            reviewer=self.reviewer,
            reverts=target.id,
        )

    # -- where the reviewer left off ------------------------------------------------------

    def on_event_loop(self, serving: bool = True) -> None:
        """The calling thread is the app's event loop (until the app ends: ``serving``
        False): the desk runs no long job on it. A
        lookup there (the Elsewhere panel) on a desk whose pairs another matcher judged while
        the app was open (another factdesk writing to it) read them as stored instead of
        judging every pair again on the loop (83 s of CPU at 2,000 articles); the next open
        judges them, off the loop (``corroborate.index.rejudge``)."""
        self.store.event_loop = threading.get_ident() if serving else None

    def not_waiting(self) -> AbstractContextManager[None]:
        """Within it, a write that finds the desk held (the app's own import, another
        program) fails at once with ``DeskBusyError``, nothing written, instead of waiting:
        the app's verdict keys run on its event loop, and a wait there froze the screen for
        the whole of an import's article (review34). ``ui.pending`` queues such a write."""
        return self.store.not_waiting()

    def wait_for_turn(self, timeout: float) -> bool:
        """Block until this program's other writer (the app's own import) lets go of the
        desk, or ``timeout`` seconds pass (False); for a thread off the app's loop, which
        then writes on the loop (``not_waiting``). Touches no connection."""
        return self.store.wait_for_turn(timeout)

    @property
    def turn_timeout(self) -> float:
        """Seconds a write waits for this program's other writer before it fails busy
        (``store.db.TURN_TIMEOUT_S``): a write queued by the app waits no longer."""
        return store_db.TURN_TIMEOUT_S

    def save_position(self, article_id: int, claim_id: int | None, *, wait: bool = True) -> bool:
        """Store the reviewer's place; False when ``wait`` is False and another write of this
        process (the app's own import) holds the desk: nothing was written, and nothing was
        waited for. The app saves the place on its event loop after every cursor move, and a
        wait there froze the screen for the whole of an import's article (review34)."""
        value = json.dumps({"article_id": article_id, "claim_id": claim_id})
        try:
            with self.store.transaction(wait=wait) as conn, self._uncounted():
                write_state(conn, f"position:{self.reviewer}", value)
        except DeskBusyError:
            if wait:
                raise
            return False
        except DeskReplacedError:  # restored by another program: the place was in the old
            return True  # desk; the app opens the new one at its next poll (``reopen``)
        return True

    def position(self) -> tuple[int | None, int | None]:
        """(article id, claim id) this reviewer last worked on, or (None, None)."""
        value = read_state(self.store.conn, f"position:{self.reviewer}")
        if value is None:
            return None, None
        where = json.loads(value)
        return where.get("article_id"), where.get("claim_id")

    def export_folder(self) -> Path | None:
        """The folder this reviewer last exported to from the app, while it is one: the
        export dialog offers it first (kept in the desk, as the reviewer's place is, so a
        new session does not send them back to the documents folder)."""
        value = read_state(self.store.conn, f"export-folder:{self.reviewer}")
        folder = Path(value) if value else None
        return folder if folder is not None and folder.is_dir() else None

    def remember_export_folder(self, folder: Path) -> bool:
        """Keep ``folder`` as this reviewer's export folder; False when it could not be kept
        (a read-only desk, a write of this process holding the desk, a full disk or a desk
        file made read-only since it was opened): the app then keeps it for the session
        alone, and nothing waits on the loop for it. Never raises: it runs after the export
        was written, and a desk error there ended the app (review38)."""
        if self.readonly:
            return False
        try:
            with self.store.transaction(wait=False) as conn, self._uncounted():
                write_state(conn, f"export-folder:{self.reviewer}", str(folder))
        except DeskError:  # DeskBusyError, StoreError (disk full, read-only file)
            return False
        return True

    # -- totals ---------------------------------------------------------------------------

    def stats(self) -> dict:
        """Counts by verdict for the desk and per article (for ``factdesk stats``)."""
        articles = self.articles()
        totals = {verdict: 0 for verdict in VERDICTS}
        for article in articles:
            for verdict, count in article.counts.items():
                totals[verdict] += count
        claims = sum(article.claims for article in articles)
        reviewed = sum(article.reviewed for article in articles)
        totals[UNREVIEWED] = claims - reviewed
        return {
            "articles": len(articles),
            "claims": claims,
            "reviewed": reviewed,
            "verdicts": totals,
            "by_article": [
                {
                    "id": a.id,
                    "title": a.title,
                    "claims": a.claims,
                    "reviewed": a.reviewed,
                    **{verdict: a.counts.get(verdict, 0) for verdict in VERDICTS},
                }
                for a in articles
            ],
        }

    # -- the fact-check note: one text for the clipboard and every export -----------------

    def note_links(self, claim_id: int) -> list[str]:
        """The linked claims as evidence lines of the note (``notes.link_line``): each cited
        by its article and words, as ClaimReview cites it."""
        from factdesk.desk.notes import link_line  # local: its markdown is off the start path

        return [link_line(*linked) for linked in self.linked_evidence(claim_id)]

    def note_text(self, claim_id: int) -> str:
        """The fact-check note of one claim, with its links: what ``y`` copies, and the
        ``fact_check_note`` of every export."""
        from factdesk.desk.notes import fact_check_note  # local: off the start path

        claim = self.claim(claim_id)
        article = self.article_summary(claim.article_id)
        speaker = speaker_name(claim, self.speaker_group(claim))
        return fact_check_note(claim, article, self.note_links(claim_id), speaker)

    def article_notes(self, article_id: int) -> ArticleNotes:
        """The notes of an article's reviewed claims (``Y``), each exactly as ``note_text``
        gives it, with how many claims were left out (``notes.has_review``)."""
        from factdesk.desk.notes import article_notes  # local: off the start path

        claims = self.claims(article_id)
        links = {claim.id: self.note_links(claim.id) for claim in claims}
        groups = self.speaker_groups(claims)
        speakers = {c.id: name for c in claims if (name := speaker_name(c, groups.get(c.id)))}
        return article_notes(claims, self.article_summary(article_id), links, speakers)

    # -- import ---------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[int, int, str], None] | None = None,
        options: ImportOptions | None = None,
        cancelled: Callable[[], bool] | None = None,
        started: Callable[[int, int, str], object] | None = None,
    ) -> ImportReport:
        """Import files, folders, URLs and ``-``; see ``factdesk.ingest.importer``.

        Extraction and corroboration are imported here, not at the top: listing and reviewing
        never need them, and they cost most of the start-up time. ``cancelled`` (the app's
        ``q``) stops the import between files and steps (``importer.Cancelled``).
        """
        from factdesk.corroborate import index as crossref
        from factdesk.ingest import importer

        options = options or importer.ImportOptions()
        if options.language is None and self.config.language:  # decoding's tie-break
            options = replace(options, language=self.config.language)
        return importer.import_paths(
            self.store,
            paths,
            progress,
            reviewer=self.reviewer,
            options=options,
            index=crossref.index_article,
            prepare=crossref.prepare,
            names=crossref.file_names,
            cancelled=cancelled or importer.never,
            started=started,
            reopen=self._reopened_store,
        )

    def _reopened_store(self) -> Store:
        """The import's way to go on after another program restored the desk under it
        (review44 A13): the desk opened again (``reopen``), its new store."""
        self.reopen()
        return self.store

    def import_in_worker(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        started: Callable[[int, int, str], object] | None = None,
    ) -> ImportReport:
        """``import_paths`` on a connection of its own, for a worker thread (the app's ``i``):
        an SQLite connection belongs to one thread, and the app's stays free for the keys.
        Each file is one transaction, so a reviewer's write waits for one file at most; the
        app sees the commits as outside changes and redraws. ``cancelled`` stops it between
        steps: the app quitting waits for one step, not for the whole import."""
        worker = Desk(Store(self.path, defer_daily=True), self.config)
        try:
            return worker.import_paths(paths, progress, cancelled=cancelled, started=started)
        finally:
            worker.close()

    def last_import_folder(self) -> Path | None:
        """The folder the newest article was imported from, if it was a local file: where
        the next import most likely comes from."""
        row = self.store.conn.execute(
            "SELECT source_path FROM articles WHERE source_path IS NOT NULL "
            "ORDER BY imported_at DESC, id DESC LIMIT 1"
        ).fetchone()
        if row is None or "://" in row[0]:
            return None
        folder = Path(row[0]).parent
        return folder if folder.is_dir() else None


def _trim_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Clamp a selection to the body and drop surrounding white space."""
    start, end = max(0, min(start, end)), min(len(body), max(start, end))
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
