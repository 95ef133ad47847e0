"""CSV: one row per claim, for a spreadsheet.

RFC 4180 (every field that needs it quoted, CRLF line ends), UTF-8; ``--excel`` puts a UTF-8
byte-order mark first (without it spreadsheet programs on Windows read UTF-8 as their ANSI code
page and show ``â€”`` for ``—``) and ``--delimiter ';'`` suits locales that write 1,5. A
spreadsheet runs a cell
that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula, so such a
cell gets a leading ``'``: an article cannot plant ``=HYPERLINK(...)`` in a reviewer's sheet.
Article text is cleaned for export (CSV is plain text, read by people); multi-line cells stay
multi-line inside their quotes.
"""

from __future__ import annotations

import csv
import io
from typing import Final

from factdesk.domain.publication import SCHEMA_TYPES
from factdesk.export.claimreview import claimant
from factdesk.export.options import ExportOptions
from factdesk.export.records import ExportRecord
from factdesk.export.reviewers import Reviewers
from factdesk.text.markdown import prose
from factdesk.text.sanitize import clean_export_line, clean_for_export

COLUMNS: Final = (
    "article_id",
    "title",
    "outlet",
    "date",
    "source_path",
    "article_url",
    "claim_id",
    "text",
    "kind",
    "speaker",
    "claimant",
    "claimant_type",
    "sourcing",
    "flags",
    "score",
    "verdict",
    "verdict_at",
    "attribution_check",
    "note",
    "evidence",
    "reviewer",
    "updated_at",
    "fingerprint",
    "fact_check_note",
    "language",
)
"""The issue's columns in its order, then the fingerprint and the full clipboard note.

``claimant`` is who the claim is published as coming from (empty for an anonymous source),
``verdict_at`` when the current verdict was given, ``attribution_check`` the result of checking
that the claimant really said it (empty until checked), ``language`` the one ClaimReview's
``inLanguage`` gives (``ExportRecord.language``; last, so no column a script reads moved)."""

DELIMITERS: Final = (",", ";", "\t", "|")
"""What ``--delimiter`` takes (``\t`` written as the two characters or as a real tab)."""
BOM: Final = "\ufeff"

CLAIMANT_WORDS: Final = {schema: word for word, schema in SCHEMA_TYPES.items()}
"""schema.org type -> the claimant type as ``factdesk publish`` spells it (organisation)."""

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _line(value: str | None) -> str:
    return clean_export_line(value) if value else ""


def csv_row(record: ExportRecord, language: str | None = None) -> dict[str, str]:
    """The cells of one claim, sanitised and neutralised; ``language``: ``[desk] language``."""
    article, claim = record.article, record.claim
    who = claimant(record)
    cells = {
        "article_id": str(article.id),
        "title": _line(article.title),
        "outlet": _line(article.outlet),
        "date": _line(article.date_iso or article.date_text),
        "source_path": _line(article.source_path),
        "article_url": _line(record.publication.appearance_url or article.url),
        "claim_id": str(claim.id),
        "text": _line(prose(claim.text)),
        "kind": claim.kind,
        "speaker": _line(claim.speaker),
        "claimant": _line(who["name"]) if who else "",
        "claimant_type": CLAIMANT_WORDS[who["@type"]] if who else "",
        "sourcing": claim.sourcing,
        "flags": "; ".join(claim.flags),
        "score": f"{claim.score:.4f}",
        "verdict": claim.verdict or "",
        "verdict_at": record.verdict_at or "",
        "attribution_check": _line(record.attribution_check),
        "note": clean_for_export(claim.note.strip()),
        "evidence": "\n".join(_line(item) for item in record.evidence),
        "reviewer": _line(claim.reviewer),
        "updated_at": claim.updated_at or "",
        "fingerprint": record.fingerprint,
        "fact_check_note": record.note_text,
        "language": _line(record.language(language)),
    }
    return {name: neutralise(value) for name, value in cells.items()}


def parse_delimiter(text: str) -> str:
    """One delimiter character; ``\t`` and ``tab`` mean a tab. Raises ValueError otherwise."""
    value = {"\\t": "\t", "tab": "\t"}.get(text, text)
    if value not in DELIMITERS:
        raise ValueError(f"delimiter {text!r}: use one of , ; \\t |")
    return value


def render_csv(
    records: list[ExportRecord],
    warnings: list[str],
    options: ExportOptions | None = None,
    language: str | None = None,
) -> str:
    options = options or ExportOptions()
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(
        buffer, fieldnames=COLUMNS, lineterminator="\r\n", delimiter=options.delimiter
    )
    writer.writeheader()
    rows = [csv_row(record, language) for record in records]
    if options.anonymise_reviewers:  # the option was the report's alone: CSV kept the logins
        # the report's numbering (one home, ``Reviewers``), and merged notes' logins too
        reviewers = Reviewers(options, records)
        for row, record in zip(rows, records, strict=True):
            if record.claim.reviewer:
                row["reviewer"] = reviewers.name(record.claim.reviewer)
            for column in ("note", "fact_check_note"):
                row[column] = neutralise(reviewers.note(row[column]))
    writer.writerows(rows)
    return (BOM if options.excel else "") + buffer.getvalue()
