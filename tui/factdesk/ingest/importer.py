"""Import: files -> decoded articles -> extracted claims -> the store.

Each file is one outcome: imported, unchanged (its body is already in the desk: same sha256),
updated (a known source path with a new body: a new version of the article), or failed (one
line naming the reason; the other files still import). Each article with its claims, its name
index and re-anchored review work is written in ONE transaction, so a kill midway leaves whole
articles only. Extraction runs before the transaction so the write lock is held briefly.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from factdesk.domain.models import ImportOutcome, ImportReport, ReviewState
from factdesk.extract.claims import ClaimDraft, describe_span, extract_claims
from factdesk.ingest.carryover import carry_review, mark_rereview
from factdesk.ingest.claim_writer import write_claims
from factdesk.ingest.decoding import DecodeError, decode_bytes, no_article
from factdesk.ingest.extract_process import LARGE, Abandoned, extract_abandonably
from factdesk.ingest.meta import ArticleMeta, read_meta
from factdesk.ingest.overlap import mostly_new
from factdesk.ingest.sources import (
    KINDS,
    ClaimRow,
    Piece,
    Skip,
    fetch,
    is_url,
    kind_of,
    parse_map,
    read_feed,
    read_html,
    read_table,
    sniff_format,
    split_front_matter,
    table_body,
    text_front_matter,
)
from factdesk.language.model import ModelError
from factdesk.language.parse import parse_ahead
from factdesk.language.parse_process import ParseProcess, forkable, worth_starting
from factdesk.names import singlesource
from factdesk.score import rescore
from factdesk.store import history
from factdesk.store.db import DeskReplacedError, Store, StoreError, inserted_id, now
from factdesk.text.counts import counted
from factdesk.text.urls import refuse_url

SUFFIXES = tuple(KINDS)
READ_AHEAD = 8
"""Files read and decoded ahead of their import, their new bodies parsed in one batch."""
MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no article is 5 MB, a log or a dump that was dropped in is."""

Progress = Callable[[int, int, str], None]
Started = Callable[[int, int, str], object]
"""Called with (its number, the number of files, its path) as a file's import begins
(``Progress`` is called once it is through): the app names the file a quit leaves out, and
the CLI without a terminal says which file it is on (a 2 MB article takes minutes)."""
IndexHook = Callable[[Store, int], object]
"""Called with (store, article id) inside each article's transaction, after its claims are
written: the Desk passes the corroboration index (``corroborate.index.index_article``), which
ingest may not import (the two are siblings under the Desk)."""


class PrepareHook(Protocol):
    """Called with the claim texts and the body of an article before its transaction, and
    by the import with the store, the claims' (start, end, text) in their order and the
    article's date: the Desk passes the index's ``prepare`` (name mentions, sentence
    vectors, the claims' facts as the desk reads them now), the work of indexing done
    before the write turn, so the turn is held for the writes."""

    def __call__(
        self,
        texts: list[str],
        body: str,
        *,
        store: Store | None = ...,
        spans: Sequence[tuple[int, int, str]] = ...,
        date: str | None = ...,
    ) -> object: ...


Cancelled = Callable[[], bool]
"""Asked between files and between a file's steps (read-ahead parse, extraction, the
index's preparation, the write): True stops the import there. The app's ``q`` sets it; the
write of a file is one transaction, never cut (it commits whole or not at all)."""


class Stopped(Exception):
    """The import was cancelled between two steps (``Cancelled``); caught by ``import_paths``."""


Reopen = Callable[[], Store]
"""Opens the desk again after another program restored it under the import
(``Store.replaced``) and returns its new store: the Desk passes its own ``reopen``."""


class _Target:
    """Where an import writes: the desk's store, opened again (``reopen``) when another
    program restores the desk under the import.

    Why (review44 A13): a ``factdesk restore`` while an article was extracted threw the
    article's minutes of work away at its write, its line naming the exception's class
    ("DeskReplacedError: …; the change was not saved"), and every file after it failed the
    same way. Nothing an article's write uses was read from the replaced desk but what the
    write reads again under its lock (whether the file is known, ``_store``; the name index,
    ``index_article``), so the article and the files after it go into the desk as restored;
    the files this import wrote before are not in it, and the line says so. Without
    ``reopen`` (the importer on a bare store) the file fails, in words."""

    def __init__(self, store: Store, reopen: Reopen | None) -> None:
        self.store = store
        self.reopen = reopen
        self.restored: list[str] = []
        """Why, each time the desk was opened again, until ``said`` takes it."""

    def current(self) -> Store:
        """The store to read and write now: opened again first when the desk was restored
        since (a cheap look: ``Store.replaced``), so an unchanged file is judged on the
        desk as restored, not on the replaced one."""
        if self.reopen is not None and (why := self.store.replaced()) is not None:
            self.reopened(why)
        return self.store

    def reopened(self, why: str) -> None:
        """Open the desk again (``reopen``), its single-source index made as the import's
        start made it; ``DeskReplacedError`` when there is no way to."""
        if self.reopen is None:
            raise DeskReplacedError(why)
        self.store = self.reopen()
        key_id, key = singlesource.key_function()
        with self.store.transaction() as conn:
            singlesource.ensure_index(conn, key, key_id)
        self.restored.append(why)

    def said(self, written_before: int) -> str:
        """The words for the file during which the desk was opened again (else ""):
        ``written_before``, the files this import wrote before it, are not in the desk."""
        if not self.restored:
            return ""
        why, self.restored = self.restored[-1], []
        them = "it" if written_before == 1 else "them"
        before = (
            f"; {counted(written_before, 'file')} this import wrote before it went into the "
            f"desk the restore replaced: import {them} again"
            if written_before
            else ""
        )
        return f"{why} during the import: written into the desk as restored{before}"


def never() -> bool:
    """What ``cancelled`` is when nobody can stop the import (the CLI: Ctrl+C does); the
    Desk's import passes it too when its caller gives no way to stop."""
    return False


NamesHook = Callable[[Store, str], object]
"""Called with (store, article body) inside each article's transaction, before its claims are
written: the Desk passes the index's ``file_names``, which files the body's name spellings
into their groups, so each claim is written to the search index with its name groups once
(the claims' search rows read the groups as they are written)."""


def _no_preparation(
    texts: list[str],
    body: str,
    *,
    store: Store | None = None,
    spans: Sequence[tuple[int, int, str]] = (),
    date: str | None = None,
) -> None:
    """What ``prepare`` does when the caller has nothing to prepare (the index does it all)."""


def _no_names(store: Store, body: str) -> None:
    """What ``names`` does when the caller files no names first (the index files them)."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to read what is not plain prose (``factdesk import --map/--preset/--format``)."""

    mapping: str | None = None
    """A claims table's columns: ``text=statement,speaker=who,verdict=rating``."""
    preset: str | None = None
    """``liar``: the LIAR TSV layout (no header row)."""
    stdin_format: str | None = None
    """What ``-`` holds (text, markdown, html, feed, table); sniffed when not given."""
    has_header: bool | None = None
    """Whether a table's first row names its columns (default: yes, except for a preset)."""
    language: str | None = None
    """The desk's declared language (``[desk] language``): decoding's tie-break between code
    pages (``decode_bytes``)."""

    def header(self) -> bool:
        return self.has_header if self.has_header is not None else not self.preset


@dataclass(slots=True)
class Prepared:
    """A decoded file, ready to be written: everything computed outside the transaction."""

    path: Path
    source: str
    body: str
    sha: str
    meta: ArticleMeta
    drafts: list[ClaimDraft] | None = None
    claims: list[ClaimRow] | None = None
    """A claims table's rows (they are the claims; extraction is not run)."""
    notice: str = ""


def collect(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, str | None]]:
    """Inputs to import, each with an error when it cannot even be tried.

    Folders are walked recursively for the readable types (``sources.KINDS``), skipping hidden
    files and folders (``.git``) and not following symbolic links to folders (no loops); the
    other files of a folder are named on one line. A file named explicitly must be of a
    readable type too. A URL and ``-`` (standard input) pass through as they are.
    """
    found: list[tuple[Path, str | None]] = []
    for given in paths:
        if isinstance(given, str) and (given == "-" or is_url(given)):
            found.append((Path(given), None) if given == "-" else (_UrlPath(given), None))
            continue
        path = Path(given)
        if path.is_dir():
            files, others = _walk(path)
            left_out = _left_out(others)
            if not files:
                nothing = f"{NOTHING}: no {' '.join(KINDS)} files here"
                found.append((path, f"{nothing}; {left_out}" if others else nothing))
            found.extend((file, None) for file in files)
            if others and files:
                found.append((path, left_out))
        elif path.is_file():
            try:
                kind_of(path)
            except Skip as skip:
                found.append((path, str(skip)))
            else:
                found.append((path, None))
        elif path.exists() or path.is_symlink():
            found.append((path, "not a regular file (or a broken link)"))
        else:
            found.append((path, "no such file or folder"))
    return found


class _UrlPath(type(Path())):  # type: ignore[misc]
    """A URL carried through ``collect`` with its text intact (Path would fold ``//``)."""

    def __new__(cls, url: str) -> _UrlPath:
        made = super().__new__(cls, url)
        made.url = url
        return made

    def __str__(self) -> str:
        return self.url


NOTHING = "nothing to import"
"""How a folder with no article in it is refused (a failure; its other files only named)."""


def _left_out(others: list[Path]) -> str:
    """The files of a folder not imported ("2 files of unknown type left out (.json, .pdf)"),
    said once, so a folder of PDFs is one line, not "nothing to import" and then this."""
    kinds = ", ".join(sorted({p.suffix.lower() or "(none)" for p in others}))
    return f"{counted(len(others), 'file')} of unknown type left out ({kinds})"


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """(readable files, other files) under ``folder``, hidden ones aside."""
    files: list[Path] = []
    others: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                readable = Path(name).suffix.lower() in SUFFIXES
                (files if readable else others).append(Path(root) / name)
    return files, others


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    progress: Progress | None = None,
    *,
    reviewer: str,
    index: IndexHook,
    options: ImportOptions | None = None,
    prepare: PrepareHook = _no_preparation,
    names: NamesHook = _no_names,
    cancelled: Cancelled = never,
    started: Started | None = None,
    reopen: Reopen | None = None,
) -> ImportReport:
    """Import every file under ``paths``; never raises for a bad file (see the report).

    ``reviewer`` is who the history names for review work carried to a file's new version;
    ``index`` indexes each stored article (see ``IndexHook``). When ``cancelled()`` turns
    True the import stops at the next step (``Cancelled``): the report holds the files
    written before it, and the file it was on is not written at all. ``started`` is told
    each file as its import begins. ``reopen``: how to open the desk again when another
    program restores it meanwhile (``_Target``).
    """
    report = ImportReport()
    files = collect(paths)
    target = _Target(store, reopen)
    key_id, key = singlesource.key_function()
    with target.current().transaction() as conn:
        singlesource.ensure_index(conn, key, key_id)
    target.restored.clear()  # restored before anything was read: nothing to say
    with _parse_process(len(files)) as helper, suppress(Stopped):
        _import_files(target, files, options or ImportOptions(), helper, progress, report,
                      (reviewer, index, prepare, names), cancelled, started)  # fmt: skip
    return report


def _parse_process(files: int) -> AbstractContextManager[ParseProcess | None]:
    """A second process to parse the read-ahead in, for a batch big enough to repay its
    start-up on a machine with a core to spare (``parse_process.worth_starting``); else none.
    Forked from this process where that is safe (``parse_process.forkable``: a batch process
    on Linux), which pays from fewer files, else spawned. Closed when the import ends, however
    it ends."""
    fork = forkable()
    return ParseProcess(fork=fork) if worth_starting(files, forked=fork) else nullcontext()


def _import_files(
    target: _Target,
    files: list[tuple[Path, str | None]],
    options: ImportOptions,
    helper: ParseProcess | None,
    progress: Progress | None,
    report: ImportReport,
    how: tuple[str, IndexHook, PrepareHook, NamesHook],
    cancelled: Cancelled = never,
    started: Started | None = None,
) -> None:
    """Each collected file imported in order, its outcomes added to ``report``; ``Stopped``
    when ``cancelled()`` is True before a file or between its steps."""
    reviewer, index, prepare, names = how
    reads = _read_ahead(target, files, options, helper, cancelled)
    for done, (path, error, pieces) in enumerate(reads, 1):
        _check(cancelled)
        if started:
            started(done, len(files), str(path))
        if error:
            skipped = path.is_dir() and not error.startswith(NOTHING)  # files beside articles
            status = "skipped" if skipped else "failed"
            report.outcomes.append(ImportOutcome(str(path), status, message=error))
        elif isinstance(pieces, ImportOutcome):
            report.outcomes.append(pieces)
        else:
            for prepared in pieces:  # a feed's articles: one at a time, each checked
                outcome = _import_prepared(
                    target, prepared, reviewer, (index, prepare, names), cancelled
                )
                written = sum(o.status in ("imported", "updated") for o in report.outcomes)
                if restored := target.said(written):
                    outcome.message = "; ".join(filter(None, (restored, outcome.message)))
                report.outcomes.append(outcome)
        if progress:
            progress(done, len(files), str(path))


Read = tuple[Path, str | None, list[Prepared] | ImportOutcome]
"""A collected file, the reason it is left out (or None), and its articles or its failure."""


def _check(cancelled: Cancelled) -> None:
    """``Stopped`` when the import was cancelled: called between steps, never inside a
    transaction."""
    if cancelled():
        raise Stopped


def _read_ahead(target: _Target, files: list[tuple[Path, str | None]], options: ImportOptions,
                helper: ParseProcess | None = None,
                cancelled: Cancelled = never) -> Iterator[Read]:  # fmt: skip
    """Each file read and decoded ``READ_AHEAD`` files ahead of its import, the articles of
    those files that are new to the desk parsed in one batch (``parse.parse_ahead``; their
    extraction then finds the parses cached). A failure to parse ahead is left to each file's
    own extraction, which reports it on that file's line.

    With a ``helper`` process, the next window is read and handed to it before this one is
    yielded (``_beside``), so it parses while this process extracts and writes this one.
    Only parsing moves: every article is yielded once, in order."""
    windows = (files[start:end] for start, end in _window_bounds(len(files), helper is not None))
    current: _Window | None = None
    for files_read in windows:
        _check(cancelled)
        window: list[Read] = [
            (path, error, [] if error else _prepare_input(path, options))
            for path, error in files_read
        ]
        bodies = _new_bodies(target.store, window, cancelled)
        _check(cancelled)  # reading a window is quick; parsing it is not
        if helper is None:
            _parse_here(bodies)
            yield from window
            continue
        following = _Window(window, bodies)
        if current is None:
            following.sent = helper.ask(bodies)
        else:
            yield from _beside(current, following, helper)
        current = following
    if current is not None and helper is not None:
        yield from _beside(current, None, helper)


def _window_bounds(count: int, beside: bool) -> list[tuple[int, int]]:
    """(start, end) of each read-ahead window of ``count`` files: ``READ_AHEAD`` files each;
    with a helper process (``beside``), the last ones halve (17 files left: 8, 5, 2, 1, 1).

    Why (issue 15): the last window's files are extracted and written here after the helper
    has parsed its last, with nothing left to give it; eight articles of that alone were the
    import's tail (a quarter of a second quiet). Halving windows leave the helper one article
    to parse at the end, and each window is still about as long to parse there as the one
    before it is to write here."""
    bounds, start = [], 0
    while start < count:
        left = count - start
        size = READ_AHEAD if not beside or left >= 2 * READ_AHEAD else (left + 1) // 2
        bounds.append((start, min(start + size, count)))
        start += size
    return bounds


@dataclass(slots=True)
class _Window:
    """A read-ahead window: its files read, the bodies to parse for it, and how many of those
    (from the first) the helper process was asked to parse (``ParseProcess.ask``)."""

    reads: list[Read]
    bodies: list[str]
    sent: int = 0


def _beside(current: _Window, following: _Window | None, helper: ParseProcess) -> Iterator[Read]:
    """``current``'s files, its parses taken from the helper, the ``following`` window handed
    to it (one ask at a time: after the take), and what the helper was not asked for parsed
    here (all of ``current``'s bodies when the helper's parses did not come back). The bodies
    are the ones read when the window was read: an article a window before it imported
    meanwhile is parsed for nothing, which is rarer than a second query.

    Why each file is a turn to ask (issue 15): a window refused while the child was still
    loading its pipeline (``ParseProcess.ready``) was asked for only at the next window, so a
    child ready early in a window sat idle through it, and this process parsed the whole of
    the window after it too (57 articles: about half the batch parsed here). Why the helper
    may take the first bodies only (``ParseProcess.ask``): a child that parses a window more
    slowly than this process extracts and writes one left this process waiting on each
    answer; the bodies it is not asked for are parsed here meanwhile."""
    cached = bool(current.sent) and helper.take()
    if following is not None:
        following.sent = helper.ask(following.bodies)
    _parse_here(current.bodies[current.sent :] if cached else current.bodies)
    for number, read in enumerate(current.reads):
        if number and following is not None and following.bodies and not following.sent:
            following.sent = helper.ask(following.bodies)  # ready since this window began
        yield read


def _parse_here(bodies: list[str]) -> None:
    """``parse.parse_ahead`` in this process; a failure is met again by each file's own
    extraction, which says so on its line (a broken model stops the run here)."""
    try:
        parse_ahead(bodies)
    except (KeyboardInterrupt, SystemExit, ModelError):
        raise
    except Exception:  # the file's own import meets it again and says so on its line
        pass


def _new_bodies(store: Store, window: list[Read], cancelled: Cancelled = never) -> list[str]:
    """The bodies of the articles read that the import will extract (not tables, not those
    already in the desk unchanged), but those a child process will parse (``_in_child``)."""
    return [
        prepared.body
        for _, _, pieces in window
        if not isinstance(pieces, ImportOutcome)
        for prepared in pieces
        if prepared.claims is None
        and not _in_child(prepared, cancelled)
        and _known(store.conn, prepared) != "unchanged"
    ]


def _in_child(prepared: Prepared, cancelled: Cancelled) -> bool:
    """Whether ``prepared`` is parsed and extracted in a child process that a stopped import
    abandons (``extract_process``): a large article, in an import someone can stop."""
    return cancelled is not never and prepared.claims is None and len(prepared.body) >= LARGE


def import_file(store: Store, path: Path, *, reviewer: str, index: IndexHook) -> ImportOutcome:
    """Import one plain file (one article)."""
    return import_input(store, path, reviewer, index, ImportOptions())[0]


def import_input(
    store: Store,
    path: Path,
    reviewer: str,
    index: IndexHook,
    options: ImportOptions,
    prepare: PrepareHook = _no_preparation,
    names: NamesHook = _no_names,
) -> list[ImportOutcome]:
    """Import one input (a feed gives several articles); each failure is one line."""
    pieces = _prepare_input(path, options)
    if isinstance(pieces, ImportOutcome):
        return [pieces]
    target = _Target(store, None)
    return [
        _import_prepared(target, prepared, reviewer, (index, prepare, names)) for prepared in pieces
    ]


def _prepare_input(path: Path, options: ImportOptions) -> list[Prepared] | ImportOutcome:
    """Every article of one input, or the one line that says why it cannot be read."""
    try:
        return prepare_all(path, options)
    except Skip as skip:
        return ImportOutcome(str(path), "failed", message=str(skip))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as error:  # a bug must not stop the other files, nor print a traceback
        return ImportOutcome(str(path), "failed", message=_one_line(error))


def _import_prepared(
    target: _Target,
    prepared: Prepared,
    reviewer: str,
    hooks: tuple[IndexHook, PrepareHook, NamesHook],
    cancelled: Cancelled = never,
) -> ImportOutcome:
    """One article imported; its outcome. A restore of the desk by another program met on
    the way opens the desk again and the article goes there, its extraction kept
    (``_Target``)."""
    path = prepared.path
    _check(cancelled)
    try:
        while True:
            try:
                outcome = _import_into(target.current(), prepared, reviewer, hooks, cancelled)
                break
            except DeskReplacedError as error:
                target.reopened(error.why)  # raises again without a way to open the desk
        if prepared.notice:
            outcome.message = "; ".join(filter(None, (prepared.notice, outcome.message)))
        return outcome
    except Skip as skip:
        return ImportOutcome(str(path), "failed", message=str(skip))
    except sqlite3.Error as error:
        return ImportOutcome(str(path), "failed", message=f"not saved: {error}")
    except StoreError as error:  # its words say what and why; its class is no user's word
        return ImportOutcome(str(path), "failed", message=str(error))
    except (KeyboardInterrupt, SystemExit, ModelError, Stopped):
        raise  # a broken language model is one line for the whole run, not one per file
    except Exception as error:  # a bug must not stop the other files, nor print a traceback
        return ImportOutcome(str(path), "failed", message=_one_line(error))


def _import_into(
    store: Store,
    prepared: Prepared,
    reviewer: str,
    hooks: tuple[IndexHook, PrepareHook, NamesHook],
    cancelled: Cancelled,
) -> ImportOutcome:
    """``_import_prepared``'s steps on one store: extracted once (kept in ``prepared`` when
    the write finds the desk restored and is made again on the desk opened again)."""
    index, prepare, names = hooks
    if _known(store.conn, prepared) == "unchanged":
        known_id = _article_with_sha(store.conn, prepared.sha)
        message = _read_header_again(store, prepared, index)
        return ImportOutcome(str(prepared.path), "unchanged", known_id, message=message)
    if prepared.drafts is None:
        prepared.drafts = _extract_stoppably(prepared, cancelled)
        _check(cancelled)
    drafts = sorted(prepared.drafts, key=lambda d: d.start)  # as the claims are read
    prepare([draft.text for draft in prepared.drafts], prepared.body, store=store,
            spans=[(d.start, d.end, d.text) for d in drafts],
            date=prepared.meta.date_iso)  # outside the lock  # fmt: skip
    _check(cancelled)  # the last check: the write below commits whole
    return _store(store, prepared, reviewer, index, names)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def prepare(path: Path) -> Prepared:
    """Read, check and decode one plain file; ``Skip`` with the reason when it is not one."""
    return prepare_all(path, ImportOptions())[0]


def prepare_all(path: Path, options: ImportOptions) -> list[Prepared]:
    """Every article one input holds, read by the reader its type (or --format) names."""
    if isinstance(path, _UrlPath):
        text, fields = read_html(fetch(str(path)), url=str(path))
        return [_prepared(path, Piece(str(path), text, fields))]
    stdin = str(path) == "-"
    data = _read_stdin() if stdin else _read(path)
    if not data.strip():
        raise Skip("empty file" if not data else "empty file (only white space)")
    if stdin:
        kind = options.stdin_format or sniff_format(data[:2048].decode("utf-8", "replace"))
    else:
        kind = kind_of(path)
    if kind == "feed":
        source = "stdin" if stdin else str(path.resolve())
        return [_prepared(path, piece) for piece in read_feed(data, source)]
    try:
        text = decode_bytes(data, options.language)
    except DecodeError as error:
        raise Skip(str(error)) from None
    source = f"stdin:{hashlib.sha256(data).hexdigest()[:16]}" if stdin else str(path.resolve())
    piece = _piece(kind, text, source, path, options)
    if kind != "table" and (why := no_article(piece.text)):
        raise Skip(why)  # a mis-decoded scrap, not an article with no claims
    return [_prepared(path, piece)]


def _piece(kind: str, text: str, source: str, path: Path, options: ImportOptions) -> Piece:
    if kind == "html":
        body, page = read_html(text)
        return Piece(source, body, page)
    if kind == "table":
        suffix = ".tsv" if path.suffix.lower() == ".tsv" or options.preset == "liar" else ".csv"
        mapping = parse_map(options.mapping, options.preset)
        rows, notice = read_table(text, suffix, mapping, options.header())
        title = "Claims table: " + (path.name if str(path) != "-" else "standard input")
        return Piece(source, table_body(rows), {"title": title}, claims=rows, notice=notice)
    fields: dict[str, str] = {}
    notice = ""
    if kind == "markdown":
        fields, body = split_front_matter(text)
        if body is text and text.startswith(("---", "+++")):  # said, or "---" was the title
            notice = "front matter not read (not valid YAML or TOML): kept in the text"
        text = body
    elif kind == "text":  # front matter only when its block holds a known field
        fields, text = text_front_matter(text)
    if (fields or kind == "markdown") and not text.strip():
        raise Skip("empty file (no text after the front matter)")
    return Piece(source, text, fields, notice=notice)


def _prepared(path: Path, piece: Piece) -> Prepared:
    if not piece.text.strip():
        raise Skip("no article text")
    sha = hashlib.sha256(piece.text.encode("utf-8")).hexdigest()
    meta = read_meta(piece.text, piece.fields)
    notice = piece.notice
    if meta.url and (refusal := refuse_url("url", meta.url)):
        meta.url = None  # the article is kept; a link that is not http(s) is not
        notice = "; ".join(filter(None, (notice, f"{refusal}: left out")))
    return Prepared(path, piece.source, piece.text, sha, meta, claims=piece.claims,
                    notice=notice)  # fmt: skip


def _read(path: Path) -> bytes:
    """The file's bytes, never blocking and never more than ``MAX_BYTES`` + 1.

    Opened non-blocking and checked on the open descriptor (no race with a swap): a FIFO
    would block the import forever and a link to ``/dev/zero`` would read until memory runs
    out, so anything but a regular file is refused by name; the size is checked again by
    reading (a file growing while we read stops at the limit).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise Skip(f"cannot be read: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Skip(f"not a regular file ({_file_kind(info.st_mode)}): not imported")
        if info.st_size > MAX_BYTES:  # in bytes: "5.0 MB" for a file just over read as a lie
            raise Skip(f"file is over 5 MB ({info.st_size:,} bytes): not an article")
        chunks, total = [], 0
        while total <= MAX_BYTES:
            chunk = os.read(descriptor, min(1 << 20, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise Skip(f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if total > MAX_BYTES:
        raise Skip("file is over 5 MB: not an article")
    return b"".join(chunks)


def _file_kind(mode: int) -> str:
    kinds = [
        (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"),
    ]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a plain file")


def _read_stdin() -> bytes:
    import sys

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise Skip("standard input is over 5 MB: not an article")
    return data


def _table_drafts(prepared: Prepared) -> list[ClaimDraft]:
    """A claims table's rows as claims: each row's paragraph, described like a manual claim,
    with the table's speaker winning over what the words show."""
    drafts, start = [], 0
    for row in prepared.claims or []:
        start = prepared.body.index(row.text, start)
        draft = describe_span(prepared.body, start, start + len(row.text))
        if row.speaker:
            draft.speaker, draft.sourcing = row.speaker, "named"
        drafts.append(draft)
        start += len(row.text)
    return drafts


def _extract_stoppably(prepared: Prepared, cancelled: Cancelled) -> list[ClaimDraft]:
    """``_extract``, for a large article in a child process when the import can be stopped
    (``_in_child``): ``Stopped`` as soon as it is, the child ended and nothing of the article
    kept; where the child fails, extracted here."""
    if _in_child(prepared, cancelled):
        try:
            drafts = extract_abandonably(prepared.body, prepared.meta.date_iso, cancelled)
        except Abandoned:
            raise Stopped from None
        if drafts is not None:
            return _fitting(prepared.body, drafts)
    return _extract(prepared)


def _extract(prepared: Prepared) -> list[ClaimDraft]:
    """Claims of the body; a draft whose offsets do not match the body is dropped, not stored."""
    if prepared.claims is not None:
        return _table_drafts(prepared)
    try:
        drafts = extract_claims(prepared.body, article_date=prepared.meta.date_iso)
    except ModelError:
        raise  # a broken install, not a bad file: one line for the whole run
    except Exception as error:
        raise Skip(f"claim extraction failed: {_one_line(error)}") from None
    return _fitting(prepared.body, drafts)


def _fitting(body: str, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The drafts whose offsets match the body (any other is dropped, never stored)."""
    return [
        d for d in drafts if 0 <= d.start <= d.end <= len(body) and body[d.start : d.end] == d.text
    ]


Known = Literal["new", "unchanged"] | tuple[int, int]
"""What the desk has of a file: nothing, exactly its body, or (article id, current version)
of the article at its path with another body."""


def _known(conn: sqlite3.Connection, prepared: Prepared) -> Known:
    """ "new", "unchanged", or (article id, current version) of the article to update."""
    row = conn.execute(
        "SELECT id, version, body_sha256 FROM articles WHERE source_path = ? ORDER BY id DESC",
        [prepared.source],
    ).fetchone()
    if row:
        return "unchanged" if row[2] == prepared.sha else (row[0], row[1])
    seen = conn.execute(
        "SELECT 1 FROM article_versions WHERE body_sha256 = ? LIMIT 1", [prepared.sha]
    ).fetchone()
    return "unchanged" if seen else "new"


_HEADER = ("title", "outlet", "author", "date_text", "date_iso", "url", "place")
"""What the desk reads from an article's header (``ingest.meta``), stored beside its body:
the columns an import writes and a re-import of an unchanged file reads again."""
_HEADER_SET = ", ".join(f"{name} = ?" for name in _HEADER)


def _header(meta: ArticleMeta) -> tuple[str | None, ...]:
    """``meta``'s values of the ``_HEADER`` columns, in their order."""
    return tuple(getattr(meta, name) for name in _HEADER)


def _read_header_again(store: Store, prepared: Prepared, index: IndexHook) -> str:
    """An unchanged file's header as the desk reads it now, where that differs from what
    it read when the file was first imported (a better reader: "Заволжский районный суд
    Твери" was a TASS story's title, the dateline's hard-wrapped line; ui16). The body, the
    claims and every review stay; a new date re-indexes the claims (their time spans).
    Returns what changed, in words, or "" (only the article at this path with this body)."""
    columns = ", ".join(_HEADER)
    row = store.conn.execute(
        f"SELECT id, {columns} FROM articles WHERE source_path = ? AND body_sha256 = ?",
        [prepared.source, prepared.sha],
    ).fetchone()
    meta = prepared.meta
    now_read = _header(meta)
    if row is None or tuple(row[1:]) == now_read:
        return ""
    with store.transaction() as conn:
        conn.execute(f"UPDATE articles SET {_HEADER_SET} WHERE id = ? AND body_sha256 = ?",
                     [*now_read, row[0], prepared.sha])  # fmt: skip
    if row[_HEADER.index("date_iso") + 1] != meta.date_iso:
        index(store, row[0])
    words = {"author": "writer", "date_text": "date", "date_iso": "date", "url": "URL"}
    pairs = zip(_HEADER, row[1:], now_read, strict=True)
    changed = dict.fromkeys(words.get(name, name) for name, old, new in pairs if old != new)
    return f"header read again ({', '.join(changed)}): “{meta.title}”"


def _article_with_sha(conn: sqlite3.Connection, sha: str) -> int | None:
    row = conn.execute(
        "SELECT article_id FROM article_versions WHERE body_sha256 = ? ORDER BY id DESC LIMIT 1",
        [sha],
    ).fetchone()
    return row[0] if row else None


def _store(
    store: Store, prepared: Prepared, reviewer: str, index: IndexHook, names: NamesHook
) -> ImportOutcome:
    path = str(prepared.path)
    with store.transaction() as conn:
        known = _known(conn, prepared)  # again, under the write lock: another process may have
        if known == "unchanged":
            return ImportOutcome(path, "unchanged", _article_with_sha(conn, prepared.sha))
        with store.transaction(bulk=True):  # joined: each article it changes is marked once
            return _write_article(store, conn, prepared, known, (reviewer, index, names))


def _write_article(
    store: Store,
    conn: sqlite3.Connection,
    prepared: Prepared,
    known: Known,
    hooks: tuple[str, IndexHook, NamesHook],
) -> ImportOutcome:
    """The writes of an article ``_known`` found new or changed (``known``, its id and version
    when changed), inside ``_store``'s transaction."""
    reviewer, index, names = hooks
    path = str(prepared.path)
    key = singlesource.key_function()[1]
    stamp = now()
    notice = ""
    update = known if isinstance(known, tuple) else None
    if update is not None:
        update, notice = _same_article(conn, update, prepared)
    if update is None:
        article_id, version = _insert_article(conn, prepared, stamp), 1
    else:
        article_id, old_version = update
        version = old_version + 1
        _update_article(conn, article_id, version, prepared, stamp)
    conn.execute(
        "INSERT INTO article_versions (article_id, version, body, body_sha256, imported_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [article_id, version, prepared.body, prepared.sha, stamp],
    )
    drafts = prepared.drafts or []
    names(store, prepared.body)  # groups first: each claim's search row is written once
    ids = write_claims(conn, article_id, version, drafts, prepared.body, stamp=stamp)
    if prepared.claims is not None and update is None:
        _table_verdicts(conn, ids, prepared.claims, reviewer)
    rereview: list[int] = []
    if update is not None:
        rereview = carry_review(
            conn, article_id, (old_version, version), ids, prepared.body, reviewer=reviewer
        )
        mark_rereview(conn, article_id, version, rereview)
    affected = singlesource.reindex_article(conn, article_id, prepared.body, key)
    singlesource.refresh_flags(conn, affected, key)
    # Names, origins and matches against the desk, in the same transaction: a kill
    # between the two would leave an "unchanged" article that is never indexed.
    index(store, article_id)
    rescore.rescore_articles(conn, affected)  # this article, and flags changed elsewhere
    rescore.rescore_claims(conn, rescore.claims_gaining_conflict(conn, article_id))
    status = "imported" if update is None else "updated"
    return ImportOutcome(path, status, article_id, len(ids), message=notice, rereview=rereview)


def _table_verdicts(
    conn: sqlite3.Connection, ids: list[int], rows: list[ClaimRow], reviewer: str
) -> None:
    """A claims table's ratings as verdicts, recorded in the history like any other change."""
    empty = ReviewState(None, "", (), False)
    for claim_id, row in zip(ids, rows, strict=True):
        if row.verdict:
            after = ReviewState(row.verdict, "", (), False)
            history.record(conn, claim_id, empty, after, action="import", channel="import",
                           reviewer=reviewer)  # fmt: skip


def _same_article(
    conn: sqlite3.Connection, known: tuple[int, int], prepared: Prepared
) -> tuple[tuple[int, int] | None, str]:
    """(``known``, "") when the new text is a version of that article, else (None, the notice
    saying why it is imported as a new article)."""
    article_id, version = known
    old = [
        row[0]
        for row in conn.execute(
            "SELECT text FROM claims WHERE article_id = ? AND version = ?", [article_id, version]
        )
    ]
    is_new, kept = mostly_new(old, [draft.text for draft in prepared.drafts or []])
    if not is_new:
        return known, ""
    return None, (
        f"mostly a different text ({kept:.0%} of article {article_id}'s claims are in it): "
        f"imported as a new article; article {article_id} and its verdicts are kept"
    )


def _insert_article(conn: sqlite3.Connection, prepared: Prepared, stamp: str) -> int:
    return inserted_id(conn.execute(
        f"""INSERT INTO articles (source_path, {", ".join(_HEADER)}, version, body, body_sha256,
              imported_at, updated_at)
            VALUES (?, {", ".join("?" * len(_HEADER))}, 1, ?, ?, ?, ?)""",
        [prepared.source, *_header(prepared.meta), prepared.body, prepared.sha, stamp, stamp],
    ))  # fmt: skip


def _update_article(
    conn: sqlite3.Connection, article_id: int, version: int, prepared: Prepared, stamp: str
) -> None:
    conn.execute(
        f"""UPDATE articles SET {_HEADER_SET}, version = ?, body = ?, body_sha256 = ?,
              updated_at = ?
            WHERE id = ?""",
        [*_header(prepared.meta), version, prepared.body, prepared.sha, stamp, article_id],
    )  # fmt: skip
