"""Claim extraction (interface; the real rules are being written).

``extract_claims(body, article_date=None) -> list[ClaimDraft]``: every checkable claim of a
body, in text order, with exact offsets (``body[start:end] == text``).
``describe_span(body, start, end, article_date=None) -> ClaimDraft``: the same analysis for a
span a reviewer selected by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(slots=True)
class ClaimDraft:
    start: int
    end: int
    text: str
    kind: str = "statement"
    speaker: str | None = None
    sourcing: str = "none"
    flags: list[str] = field(default_factory=list)
    score: float = 0.0
    score_reasons: list[dict] = field(default_factory=list)
    paragraph: int = 1
    names: list[str] = field(default_factory=list)
    """Proper names mentioned in the claim (for the desk-wide single-source-name flag)."""


def paragraph_of(body: str, offset: int) -> int:
    """1-based paragraph of ``offset``: blocks between blank lines, or lines if there are none."""
    head = body[:offset]
    if re.search(r"\n[ \t]*\n", body):
        return len(re.findall(r"\n[ \t]*\n(?=[ \t]*\S)", head)) + 1
    return head.count("\n") + 1


def describe_span(body: str, start: int, end: int, article_date: str | None = None) -> ClaimDraft:
    return ClaimDraft(start, end, body[start:end], paragraph=paragraph_of(body, start))


def extract_claims(body: str, article_date: str | None = None) -> list[ClaimDraft]:
    drafts = []
    for match in re.finditer(r"[^.!?\n]+[.!?]?", body):
        text = match.group().strip()
        if len(text.split()) < 6:
            continue
        start = match.start() + match.group().index(text)
        drafts.append(describe_span(body, start, start + len(text), article_date))
    return drafts
