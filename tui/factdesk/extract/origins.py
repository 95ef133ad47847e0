"""Whom a claim is attributed to, so copies of one statement count as one origin.

Many articles repeat one wire story or interview: four articles quoting one general's report
are one origin, not four. ``find_origin`` reads attribution grammar: "according to X",
"X told TASS", "in an interview with RIA Novosti", "X reports in Novaya Gazeta", "X, an
adviser, said", "said X", a pronoun ("His update also highlighted") resolved to the previous
sentence, a lead-in line ending in a colon, and unnamed sources ("the Ukrainian military
denied", "speaking on condition of anonymity"). ``Origin.key`` is what independence is judged
by: the name group of who speaks, else of the outlet, else the article itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factdesk.domain.models import Mention
from factdesk.lexicon.english import DEMONYMS, ORIGIN_SPEECH_VERBS

SPEECH = re.compile(rf"\b(?:{'|'.join(sorted(ORIGIN_SPEECH_VERBS, key=lambda w: (-len(w), w)))})\b")
ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
VIA = re.compile(
    r"\b(?:told|interview with|reports? in|reported by|wrote in|writing in|in an? (?:recent )?"
    r"(?:interview|article|op-ed|statement) (?:to|with|in|for))\s+$",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"^\W*(?:he|she|they|his|her|their|it|its)\b", re.IGNORECASE)
ANONYMOUS = re.compile(
    r"condition of anonymity|requested anonymity|declined to be named|asked not to be named|"
    r"\b(?:one|an?) (?:\w+ )?(?:resident|source|official|witness|soldier|diplomat|insider)\b",
    re.IGNORECASE,
)
BODIES = re.compile(
    r"\b(?:the\s+)?((?:" + "|".join(sorted(DEMONYMS)) + r")\s+(?:military|army|government|"
    r"authorities|officials|ministry|forces|side|command|administration))\b"
)
SPEAKER_KINDS = ("person", "organisation", "unit", "outlet", "name")


@dataclass(frozen=True, slots=True)
class Origin:
    who: str | None
    """The person or body the claim is attributed to, as written."""
    via: str | None
    """The outlet or medium it reached the article through (TASS, an interview)."""
    key: str
    """Claims with the same key share one origin."""
    cue: str
    """The words that showed the attribution ("told", "according to", ...)."""

    def describe(self) -> str:
        if self.who and self.via:
            return f"{self.who} via {self.via}"
        return self.who or self.via or "the article itself"


KeyOf = Callable[[str], str]


def _speaker_before(mentions: Sequence[Mention], position: int) -> Mention | None:
    """The subject of a speech verb: a person before it if any, else the nearest name."""
    before = [m for m in mentions if m.end <= position and m.kind in SPEAKER_KINDS]
    people = [m for m in before if m.kind == "person"]
    if people:
        return people[0] if len(people) <= 2 else people[-1]
    return before[-1] if before else None


def _via(text: str, mentions: Sequence[Mention]) -> tuple[Mention | None, str]:
    for m in mentions:
        head = text[max(0, m.start - 40) : m.start]
        cue = VIA.search(head)
        if cue:
            return m, cue.group().strip()
        if re.match(r"\s+interview\b", text[m.end : m.end + 12]) and m.kind == "outlet":
            return m, "interview"
    return None, ""


def _attributed(text: str, mentions: Sequence[Mention]) -> tuple[str | None, str | None, str]:
    """(who, via, cue) from the sentence alone; Nones when it names nobody."""
    via, via_cue = _via(text, mentions)
    according = ACCORDING.search(text)
    if according:
        after = [m for m in mentions if m.start >= according.end() and m is not via]
        if after and after[0].start - according.end() < 6:
            return after[0].text, via.text if via else None, "according to"
    for verb in SPEECH.finditer(text):
        speaker = _speaker_before([m for m in mentions if m is not via], verb.start())
        if speaker is not None and speaker.kind != "place":
            return speaker.text, via.text if via else None, verb.group()
        body = BODIES.search(text[: verb.start()])
        if body:
            return body.group(1), via.text if via else None, verb.group()
        inverted = [m for m in mentions if 0 <= m.start - verb.end() <= 2 and m is not via]
        if inverted and inverted[0].kind in ("person", "name", "organisation"):
            return inverted[0].text, via.text if via else None, verb.group()
    if via is not None:
        return None, via.text, via_cue
    return None, None, ""


def find_origin(
    text: str,
    mentions: Sequence[Mention],
    key_of: KeyOf,
    *,
    article_id: int,
    context: str = "",
    context_mentions: Sequence[Mention] = (),
    speaker: str | None = None,
    lead_in: str = "",
    lead_in_mentions: Sequence[Mention] = (),
) -> Origin:
    """The origin of one claim. ``context`` is the sentence before it (for "His update...")."""
    who, via, cue = _attributed(text, mentions)
    if who is None and context and (PRONOUN.search(text) or context.rstrip().endswith(":")):
        who_before, via_before, cue_before = _attributed(context, context_mentions)
        if who_before or via_before:
            who, via = who_before, via or via_before
            cue = f"{cue or cue_before} (previous sentence)"
    if who is None and via is None and lead_in:
        who, via, cue_before = _attributed(lead_in, lead_in_mentions)
        cue = f"{cue_before} (lead-in)" if who or via else cue
    if who is None and speaker:
        who, cue = speaker, cue or "speaker"
    if who is None and ANONYMOUS.search(text):
        return Origin("an unnamed source", via, f"anonymous:{article_id}", "anonymous")
    if who:
        return Origin(who, via, key_of(who), cue)
    if via:
        return Origin(None, via, key_of(via), cue)
    return Origin(None, None, f"article:{article_id}", "")


def describe_count(articles: int, origins: int) -> str:
    """ "in 4 articles, 1 independent origin" """
    return (
        f"in {articles} article{'s' * (articles != 1)}, "
        f"{origins} independent origin{'s' * (origins != 1)}"
    )
