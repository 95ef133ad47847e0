"""JSON Lines: one object per claim with everything, for machines and for ``factdesk merge``.

Text is carried exactly (the fingerprint and the merge depend on it), but every character the
sanitiser would replace is written as a ``\\uXXXX`` escape, so ``cat``-ing the file cannot
drive a terminal and the decoded data is still byte for byte the desk's.
"""

from __future__ import annotations

import json
from typing import Any, Final

from factdesk.domain.models import Change
from factdesk.export.records import ExportRecord
from factdesk.text.sanitize import replace_unsafe

SCHEMA: Final = "factdesk.claim.v1"
"""Written in every line so a reader can tell a factdesk export from any other JSON Lines."""


def _escape_unsafe(text: str) -> str:
    return replace_unsafe(text, _json_escape)


def _json_escape(char: str) -> str:
    """``\\uXXXX`` for one character; above U+FFFF JSON needs its UTF-16 surrogate pair
    (``\\ue0020`` would read back as U+E002 then "0")."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def safe_json(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` that keeps non-ASCII readable but escapes controls, bidi, invisibles.

    Those characters can only occur inside JSON strings, where ``\\uXXXX`` means the same
    character, so escaping them after encoding is exact.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=_separators(indent))
    return _escape_unsafe(text)


def _separators(indent: int | None) -> tuple[str, str]:
    return (",", ": ") if indent is not None else (", ", ": ")


def _change(change: Change) -> dict[str, Any]:
    return {
        "at": change.at,
        "reviewer": change.reviewer,
        "action": change.action,
        "via": change.channel,
        "verdict_before": change.before.verdict,
        "verdict_after": change.after.verdict,
        "note_before": change.before.note,
        "note_after": change.after.note,
        "evidence_before": list(change.before.evidence),
        "evidence_after": list(change.after.evidence),
        "hidden_before": change.before.hidden,
        "hidden_after": change.after.hidden,
        "attribution_before": change.before.attribution,
        "attribution_after": change.after.attribution,
        "detail": change.detail,
    }


def jsonl_object(record: ExportRecord, language: str | None = None) -> dict[str, Any]:
    """The whole record of one claim (the merge reads these keys back). ``language``: the
    desk's ``[desk] language``, for a claim whose own cannot be told (``record.language``).
    ``speaker`` is the sentence's own spelling ("Holt"); ``speaker_name`` and
    ``speaker_type`` say who that is as the claim detail and the names view do ("Mara Holt",
    person), as the other formats name them."""
    article, claim = record.article, record.claim
    return {
        "schema": SCHEMA,
        "fingerprint": record.fingerprint,
        "article_id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date_text,
        "date_iso": article.date_iso,
        "url": article.url,
        "source_path": article.source_path,
        "article_version": article.version,
        "body_sha256": article.body_sha256,
        "claim_id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "paragraph": claim.paragraph,
        "text": claim.text,
        "language": record.language(language),
        "kind": claim.kind,
        "speaker": claim.speaker,
        "speaker_name": record.speaker_name,
        "speaker_type": record.speaker_kind,
        "sourcing": claim.sourcing,
        "flags": claim.flags,
        "score": round(claim.score, 4),
        "score_reasons": claim.score_reasons,
        "origin": claim.provenance,
        "verdict": claim.verdict,
        "verdict_on": "content",
        "attribution": claim.attribution,
        "verdict_at": record.verdict_at,
        "note": claim.note,
        "evidence": claim.evidence,
        "links": record.links,
        "linked_fingerprints": record.linked_fingerprints,
        "reviewer": claim.reviewer,
        "updated_at": claim.updated_at,
        "fact_check_note": record.note_text,
        "history": [_change(change) for change in record.history],
    }


def render_jsonl(
    records: list[ExportRecord], warnings: list[str], language: str | None = None
) -> str:
    return "".join(safe_json(jsonl_object(record, language)) + "\n" for record in records)
