"""What a reviewer sets to publish a claim's review: the ClaimReview fields no extractor knows.

Every field is optional. ``None`` means "not set: use the default the export derives" (the
claim's own text trimmed, the extracted speaker, the article's date and URL). The claimant
type ``none`` publishes no claimant at all: an anonymous source is never a Person.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Final

PERSON: Final = "person"
ORGANISATION: Final = "organisation"
NO_CLAIMANT: Final = "none"
CLAIMANT_TYPES: Final[tuple[str, ...]] = (PERSON, ORGANISATION, NO_CLAIMANT)

SCHEMA_TYPES: Final[dict[str, str]] = {PERSON: "Person", ORGANISATION: "Organization"}
"""Claimant type -> the schema.org type it is published as."""


class PublicationError(ValueError):
    """A publication field that cannot be stored; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Publication:
    """The publication fields of one claim (``None``: not set, use the derived default)."""

    summary: str | None = None
    """Short ``claimReviewed`` (Google recommends under 75 characters)."""
    claimant: str | None = None
    """Who made the claim, as published (default: the extracted speaker)."""
    claimant_type: str | None = None
    """``person``, ``organisation`` or ``none`` (publish no claimant); ``None`` lets the
    export judge from the name."""
    claim_date: str | None = None
    """When the claim was made, ISO ``YYYY-MM-DD``."""
    appearance_url: str | None = None
    """Where the claim appeared (overrides the article's URL)."""
    first_appearance_url: str | None = None
    """Where it first appeared, when the reviewer traced it."""
    headline: str | None = None
    """The review's headline."""
    language: str | None = None
    """The review's language, a BCP 47 tag such as ``en`` or ``uk``."""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in fields(cls))

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in self.names())
