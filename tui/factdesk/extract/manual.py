"""Rows for claims a reviewer adds by hand: the same analysis as extraction, on their span."""

from __future__ import annotations

from factdesk.extract.claims import describe_span


def manual_claim_row(body: str, start: int, end: int, version: int) -> dict:
    """Everything the claims table needs for a manual claim of ``body[start:end]``."""
    draft = describe_span(body, start, end)
    return {
        "version": version,
        "start": draft.start,
        "end": draft.end,
        "text": draft.text,
        "kind": draft.kind,
        "speaker": draft.speaker,
        "sourcing": draft.sourcing,
        "score": draft.score,
        "score_reasons": draft.score_reasons,
        "flags": draft.flags,
        "paragraph": draft.paragraph,
    }
