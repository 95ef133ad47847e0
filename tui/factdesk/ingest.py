"""Import: files -> decoded articles -> extracted claims -> the store (minimal first cut)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.extract import extract_claims
from factdesk.models import ImportOutcome, ImportReport
from factdesk.store import now

if TYPE_CHECKING:
    from factdesk.desk import Desk

SUFFIXES = (".txt", ".md", ".markdown")


def _files(paths: Iterable[str | Path]) -> list[Path]:
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found


def import_paths(
    desk: Desk,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportReport:
    report = ImportReport()
    files = _files(paths)
    for done, path in enumerate(files, 1):
        report.outcomes.append(import_file(desk, path))
        if progress:
            progress(done, len(files), str(path))
    return report


def import_file(desk: Desk, path: Path) -> ImportOutcome:
    body = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    sha = hashlib.sha256(body.encode()).hexdigest()
    conn = desk.store.conn
    if conn.execute("SELECT 1 FROM article_versions WHERE body_sha256 = ?", [sha]).fetchone():
        return ImportOutcome(str(path), "unchanged")
    title = body.strip().splitlines()[0][:120]
    stamp = now()
    drafts = extract_claims(body)
    with desk.store.transaction():
        article_id = conn.execute(
            "INSERT INTO articles (source_path, title, body, body_sha256, imported_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [str(path), title, body, sha, stamp, stamp],
        ).lastrowid
        conn.execute(
            "INSERT INTO article_versions (article_id, version, body, body_sha256, imported_at)"
            " VALUES (?, 1, ?, ?, ?)",
            [article_id, body, sha, stamp],
        )
        for d in drafts:
            conn.execute(
                'INSERT INTO claims (article_id, version, start, "end", text, kind, speaker, '
                "sourcing, score, score_reasons, flags, paragraph, created_at) "
                "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, d.start, d.end, d.text, d.kind, d.speaker, d.sourcing, d.score,
                 json.dumps(d.score_reasons), json.dumps(d.flags), d.paragraph, stamp],
            )  # fmt: skip
    return ImportOutcome(str(path), "imported", article_id, len(drafts))
