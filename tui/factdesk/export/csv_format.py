"""CSV: one row per claim, for a spreadsheet.

RFC 4180 (every field that needs it quoted, CRLF line ends), UTF-8. A spreadsheet runs a cell
that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula, so such a
cell gets a leading ``'``: an article cannot plant ``=HYPERLINK(...)`` in a reviewer's sheet.
Article text is cleaned for export (CSV is plain text, read by people); multi-line cells stay
multi-line inside their quotes.
"""

from __future__ import annotations

import csv
import io
from typing import Final

from factdesk.export.rows import ExportRecord
from factdesk.text.sanitize import clean_export_line, clean_for_export

COLUMNS: Final = (
    "article_id",
    "title",
    "outlet",
    "date",
    "source_path",
    "claim_id",
    "text",
    "kind",
    "speaker",
    "sourcing",
    "flags",
    "score",
    "verdict",
    "note",
    "evidence",
    "reviewer",
    "updated_at",
    "fingerprint",
    "fact_check_note",
)
"""The issue's columns in its order, then the fingerprint and the full clipboard note."""

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _line(value: str | None) -> str:
    return clean_export_line(value) if value else ""


def csv_row(record: ExportRecord) -> dict[str, str]:
    """The cells of one claim, sanitised and neutralised."""
    article, claim = record.article, record.claim
    cells = {
        "article_id": str(article.id),
        "title": _line(article.title),
        "outlet": _line(article.outlet),
        "date": _line(article.date_iso or article.date_text),
        "source_path": _line(article.source_path),
        "claim_id": str(claim.id),
        "text": _line(claim.text),
        "kind": claim.kind,
        "speaker": _line(claim.speaker),
        "sourcing": claim.sourcing,
        "flags": "; ".join(claim.flags),
        "score": f"{claim.score:.4f}",
        "verdict": claim.verdict or "",
        "note": clean_for_export(claim.note.strip()),
        "evidence": "\n".join(_line(item) for item in record.evidence),
        "reviewer": _line(claim.reviewer),
        "updated_at": claim.updated_at or "",
        "fingerprint": record.fingerprint,
        "fact_check_note": record.note_text,
    }
    return {name: neutralise(value) for name, value in cells.items()}


def render_csv(records: list[ExportRecord], warnings: list[str]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_row(record) for record in records)
    return buffer.getvalue()
