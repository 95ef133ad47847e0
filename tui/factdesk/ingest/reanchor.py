"""Re-anchoring: where a reviewed claim of an article's old version lives in the new version.

When a changed file is re-imported, nothing a reviewer did may be lost. Each old claim that
carries review work (a verdict, a note, evidence, a hide, or that the reviewer added by hand) is
matched, in this order:

1. a new claim with exactly the same text (nearest in the text if it occurs twice);
2. a new claim whose text is at least ``MIN_RATIO`` similar (rapidfuzz ``fuzz.ratio``, 0-100)
   and has the same numbers: 90 keeps a claim through a fixed typo or a reworded word or two
   in a typical 20-40 word sentence, while a different sentence on the same topic scores well
   below 70; a changed figure ("300 troops" -> "3,000 troops") is a different claim even when
   the rest is identical, so the old verdict must not silently move to it;
3. the same text still in the new body although extraction no longer picks it: the claim is
   carried over at its new offsets;
4. otherwise it is listed for re-review (its verdict stays on the old version, never deleted).

A re-import (``words_must_match``) is stricter at step 2: a verdict judges words, so a new
claim takes an old claim's review only when it has the same words (``same_words``: spacing,
punctuation and letter case may differ, a word or a figure may not). A near match with other
words ("would destroy" -> "could damage") comes after step 3 as a ``changed`` anchor: the
new claim it points at gets nothing, and the old review waits for re-review. Re-extraction
keeps step 2 as it is: its body is the same text, only the claim's span moved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from factdesk.text.wording import words_of

MIN_RATIO = 90.0
"""Least rapidfuzz ``fuzz.ratio`` (0-100) for a fuzzy re-anchor; see the module docstring."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(slots=True)
class OldClaim:
    id: int
    start: int
    text: str


@dataclass(slots=True)
class Anchor:
    """Where an old claim goes: a new claim (``index`` into the new list), else the span of
    its text in the new body (``span``, a claim to copy there). Exactly one is set."""

    old_id: int
    index: int | None = None
    span: tuple[int, int] | None = None
    how: str = "exact"
    changed: bool = False
    """The new claim (``index``) is the old one with other words: nothing carries to it."""


def numbers(text: str) -> list[str]:
    return [n.replace(",", "") for n in _NUMBER.findall(text)]


def same_words(old: str, new: str) -> bool:
    """Whether a verdict on ``old`` may stand on ``new``: the same words and figures in the
    same order (``words_of``); a re-import carries a review only so."""
    return old == new or words_of(old) == words_of(new)


def anchor_claims(
    old: list[OldClaim],
    new_texts: list[tuple[int, str]],
    body: str,
    *,
    words_must_match: bool = False,
) -> tuple[list[Anchor], list[int]]:
    """Match ``old`` claims to new claims ``(start, text)`` or body spans.

    Returns (anchors, ids of old claims left for re-review). Each new claim takes at most one
    old claim, so two reviewed claims never collapse into one. ``words_must_match`` (a
    re-import): a near match with other words is a ``changed`` anchor, tried last (see the
    module docstring); the caller decides what, if anything, it carries.
    """
    used: set[int] = set()
    anchors: list[Anchor] = []
    rest: list[OldClaim] = []
    for claim in old:
        index = _exact(claim, new_texts, used)
        if index is None:
            rest.append(claim)
        else:
            used.add(index)
            anchors.append(Anchor(claim.id, index=index, how="exact"))
    lost: list[int] = []
    for claim in rest:
        anchor = _fuzzy(claim, new_texts, used)
        if words_must_match and anchor is not None and anchor.changed:
            anchor = _in_body(claim, body) or anchor
        anchor = anchor or _in_body(claim, body)
        if anchor is None:
            lost.append(claim.id)
            continue
        if anchor.index is not None:
            used.add(anchor.index)
        anchors.append(anchor)
    return anchors, lost


def _exact(claim: OldClaim, new_texts: list[tuple[int, str]], used: set[int]) -> int | None:
    same = [i for i, (_, text) in enumerate(new_texts) if text == claim.text and i not in used]
    if not same:
        return None
    return min(same, key=lambda i: abs(new_texts[i][0] - claim.start))


def _fuzzy(claim: OldClaim, new_texts: list[tuple[int, str]], used: set[int]) -> Anchor | None:
    """The nearest unused new claim with the same numbers, one with the same words first;
    ``changed`` when its words differ."""
    choices = {i: text for i, (_, text) in enumerate(new_texts) if i not in used}
    wanted = numbers(claim.text)
    best = None
    for _, score, index in process.extract(
        claim.text, choices, scorer=fuzz.ratio, score_cutoff=MIN_RATIO, limit=5
    ):
        key = (same_words(claim.text, choices[index]), score)
        if numbers(choices[index]) == wanted and (best is None or key > best[0]):
            best = (key, index)
    if best is None:
        return None
    (same, score), index = best
    if same:
        return Anchor(claim.id, index=index, how="same words")
    return Anchor(claim.id, index=index, how=f"fuzzy {score:.0f}", changed=True)


def _in_body(claim: OldClaim, body: str) -> Anchor | None:
    span = _nearest_occurrence(claim.text, body, claim.start)
    return None if span is None else Anchor(claim.id, span=span, how="carried")


def _nearest_occurrence(text: str, body: str, near: int) -> tuple[int, int] | None:
    """The exact occurrence of ``text`` in ``body`` that starts nearest ``near`` (an old
    offset): a sentence repeated in the article (a quote in the lede and again below) is
    taken where it stood before, not at its first place."""
    if not text:
        return None
    starts = [m.start() for m in re.finditer(re.escape(text), body)]
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near))
    return start, start + len(text)


MIN_PASSAGE = 70.0
"""Least rapidfuzz ``partial_ratio`` (0-100) for ``closest_passage``: a claim re-review left
behind has, by construction, no new claim within ``MIN_RATIO``; the passage that replaced it
("300 troops" -> "3,000 troops", a reworded clause) still scores well above a different
sentence on the same topic."""


def closest_passage(text: str, body: str, near: int) -> tuple[int, int] | None:
    """Where an old claim's ``text`` stands in a newer ``body``: its exact occurrence nearest
    ``near`` (its old offset), else the most similar passage, else None.

    Why: the review screen marks it in the article while the reviewer re-reviews the old
    claim, so they see which words of the new text their old verdict was about (the old
    offsets point into a text that is no longer shown)."""
    if not text or not body:
        return None
    exact = _nearest_occurrence(text, body, near)
    if exact is not None:
        return exact
    found = fuzz.partial_ratio_alignment(text, body, score_cutoff=MIN_PASSAGE)
    if found is None:
        return None
    return _whole_words(body, found.dest_start, found.dest_end)


def _whole_words(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The span shrunk to whole words: an alignment may begin inside the word before (or end
    inside the word after) the passage, or on the full stop before it, which would mark a
    stray letter or two."""
    if 0 < start < end and body[start - 1].isalnum() and body[start].isalnum():
        while start < end and body[start].isalnum():
            start += 1
    if start < end < len(body) and body[end - 1].isalnum() and body[end].isalnum():
        while end > start and body[end - 1].isalnum():
            end -= 1
    while start < end and (body[start].isspace() or body[start] in ".,;:!?"):
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
