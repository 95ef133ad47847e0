"""schema.org ClaimReview: the markup fact-check publishers embed, one object per reviewed claim.

Field by field as issue 5 lists them. The desk's name, URL and the claims' base URL come from
the configuration (``[desk]`` in config.toml) or ``--desk-name``/``--desk-url``; an unset one
is written as ``null`` (JSON-LD processors drop nulls) and named in a warning, never guessed.
This is published text, so claim text, names and titles pass through the sanitiser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from factdesk.domain.verdicts import CONTRADICTED, CORROBORATED, DISPUTED, UNVERIFIABLE
from factdesk.export.jsonl_format import safe_json
from factdesk.export.rows import ExportRecord
from factdesk.text.sanitize import sanitize_line

RATINGS: Final[dict[str, int | None]] = {
    CORROBORATED: 3,
    DISPUTED: 2,
    CONTRADICTED: 1,
    UNVERIFIABLE: None,
}
"""Verdict -> ratingValue on a 1..3 scale; Unverifiable is not on the scale at all."""

_ORGANISATION_WORDS = """
    ministry ministries department office agency agencies council committee commission
    government administration parliament assembly senate congress court institute institution
    university college school hospital company corporation corp inc ltd llc plc group bank fund
    foundation association union party army navy forces force police service services bureau
    board authority authorities organisation organization center centre news press media agency
    observatory commissariat command headquarters staff embassy federation league"""
ORGANISATION_WORDS: Final = frozenset(_ORGANISATION_WORDS.split())
"""Words that make a speaker an Organization rather than a Person (general vocabulary)."""

ACRONYM: Final = re.compile(r"^[A-Z0-9&.\-]{2,}$")


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    """Who publishes the reviews; ``None`` means not configured."""

    name: str | None
    url: str | None
    claim_base_url: str | None
    config_file: str = "config.toml"
    """Where the user sets them, named in the warnings."""

    def missing(self) -> list[str]:
        """One warning line per unset value, saying what is null and how to set it."""
        unset = [
            (self.name, "desk name", "author.name", "name", "--desk-name"),
            (self.url, "desk URL", "author.url", "url", "--desk-url"),
            (self.claim_base_url, "claim base URL", "each review's url", "claim_base_url",
             "--claim-base-url"),
        ]  # fmt: skip
        lines = []
        for value, what, field_name, key, option in unset:
            if not value:
                lines.append(
                    f"{what} is not set: {field_name} is null (set [desk] {key} in "
                    f"{self.config_file} or pass {option})"
                )
        return lines


def claim_url(base: str, claim_id: int) -> str:
    """``{id}`` in the base is replaced; otherwise the id is appended as a path segment."""
    if "{id}" in base:
        return base.replace("{id}", str(claim_id))
    joiner = "" if base.endswith(("/", "=", "#")) else "/"
    return f"{base}{joiner}{claim_id}"


def speaker_type(name: str) -> str:
    """Person or Organization, from the name's words: "Defence Ministry", "TASS" are not people."""
    words = name.split()
    if len(words) == 1 and ACRONYM.match(words[0]):
        return "Organization"
    if any(word.strip(".,'’").casefold() in ORGANISATION_WORDS for word in words):
        return "Organization"
    return "Person"


def rating(verdict: str) -> dict[str, Any]:
    value = RATINGS[verdict]
    result: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.capitalize()}
    if value is not None:
        result.update(ratingValue=value, bestRating=3, worstRating=1)
    return result


def _appearance(record: ExportRecord) -> dict[str, Any]:
    article = record.article
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": sanitize_line(article.title)}
    if article.url:
        work["url"] = sanitize_line(article.url)
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": sanitize_line(article.outlet)}
    return work


def _item_reviewed(record: ExportRecord) -> dict[str, Any]:
    claim, article = record.claim, record.article
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        speaker = sanitize_line(claim.speaker)
        item["author"] = {"@type": speaker_type(speaker), "name": speaker}
    if article.date_iso:
        item["datePublished"] = article.date_iso
    item["appearance"] = _appearance(record)
    return item


def claim_review(record: ExportRecord, desk: DeskIdentity) -> dict[str, Any]:
    """One ClaimReview object; the record must have a verdict."""
    claim = record.claim
    assert claim.verdict is not None, "only reviewed claims have a ClaimReview"
    url = claim_url(desk.claim_base_url, claim.id) if desk.claim_base_url else None
    verdict_at = record.verdict_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": sanitize_line(claim.text),
        "url": url,
        "datePublished": verdict_at[:10] if verdict_at else None,
        "author": {"@type": "Organization", "name": desk.name, "url": desk.url},
        "itemReviewed": _item_reviewed(record),
        "reviewRating": rating(claim.verdict),
    }


def render_claimreview(records: list[ExportRecord], warnings: list[str], desk: DeskIdentity) -> str:
    """A JSON array of ClaimReview objects for the reviewed claims among ``records``."""
    warnings.extend(desk.missing())
    reviews = [claim_review(record, desk) for record in records if record.claim.verdict]
    return safe_json(reviews, indent=2) + "\n"
