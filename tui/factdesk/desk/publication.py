"""The Desk's publishing side: the per-claim fields a ClaimReview needs beyond the verdict.

Kept apart from the review core because publishing is a separate decision (a reviewed claim
is not necessarily published) and these fields have no place in the undo history: they are
metadata a reviewer fills in once, last value wins, with who and when recorded on the row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from factdesk.domain.publication import CLAIMANT_TYPES, Publication, PublicationError
from factdesk.store import db as store_db
from factdesk.store.rowsum import PUBLICATION_COLUMNS, row_sum
from factdesk.text.sanitize import clean_text
from factdesk.text.urls import refuse_url

if TYPE_CHECKING:
    from factdesk.domain.models import Claim
    from factdesk.store.db import Store

LANGUAGE_TAG: Final = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
"""BCP 47 in the shape schema.org's inLanguage expects: ``en``, ``uk``, ``pt-BR``, ``zh-Hant``."""

URL: Final = re.compile(r"^https?://[^\s/?#]+\.[^\s]*$|^https?://[^\s/?#]+$")

CLAIMANT_TYPE_WORDS: Final[dict[str, str]] = {
    "person": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "org": "organisation",
    "none": "none",
    "nobody": "none",
    "anonymous": "none",
}


def normalise_field(name: str, value: str | None) -> str | None:
    """One field as stored: trimmed, checked; "" clears it (back to the derived default)."""
    if value is None:
        return None
    text = " ".join(clean_text(value).split())
    if not text:
        return None
    checker = _CHECKS.get(name)
    return checker(text) if checker else text


def _claimant_type(text: str) -> str:
    word = CLAIMANT_TYPE_WORDS.get(text.casefold())
    if word is None:
        raise PublicationError(
            f"unknown claimant type {text!r}: use one of {', '.join(CLAIMANT_TYPES)}"
        )
    return word


def _iso_date(text: str) -> str:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise PublicationError(f"claim date {text!r} is not a date like 2025-11-19") from None
    if day > datetime.now(UTC).date() + timedelta(days=1):  # a day's grace: time zones
        # "2062-11-19" for 2026 was published as a claim made decades after its review
        raise PublicationError(
            f"claim date {day.isoformat()} is in the future: a claim is reviewed after it is made"
        )
    return day.isoformat()


def _url(text: str) -> str:
    if not URL.match(text) or refuse_url("URL", text):
        raise PublicationError(f"{text!r} is not an http(s) URL")
    return text


def _language(text: str) -> str:
    if not LANGUAGE_TAG.match(text):
        raise PublicationError(f"language {text!r} is not a language tag like en, uk or pt-BR")
    return text


_CHECKS = {
    "claimant_type": _claimant_type,
    "claim_date": _iso_date,
    "appearance_url": _url,
    "first_appearance_url": _url,
    "language": _language,
}


class PublicationMixin:
    """``Desk`` methods for the publication fields (uses the Desk's ``store`` and ``claim``)."""

    store: Store

    if TYPE_CHECKING:  # what Desk provides; declared so the type checker sees the contract

        @property
        def reviewer(self) -> str: ...

    def claim(self, claim_id: int) -> Claim:  # provided by Desk
        raise NotImplementedError

    def publication(self, claim_id: int) -> Publication:
        """The fields set for one claim; all ``None`` when the reviewer set none."""
        self.claim(claim_id)  # a clear error for an unknown id
        return self.publications([claim_id]).get(claim_id, Publication())

    def publications(self, claim_ids: list[int] | None = None) -> dict[int, Publication]:
        """Claim id -> fields, for the claims that have any (all claims when ``None``)."""
        names = Publication.names()
        sql = f"SELECT claim_id, {', '.join(names)} FROM publication"
        rows: list[Any]
        if claim_ids is None:
            rows = self.store.conn.execute(sql).fetchall()
        else:
            rows = []
            for start in range(0, len(claim_ids), 500):
                chunk = claim_ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows += self.store.conn.execute(
                    f"{sql} WHERE claim_id IN ({marks})", chunk
                ).fetchall()
        return {row[0]: Publication(**dict(zip(names, row[1:], strict=True))) for row in rows}

    def set_publication(self, claim_id: int, **changes: str | None) -> Publication:
        """Set some fields ("" clears one; ``None`` leaves it as it is); returns all fields.

        Raises ``PublicationError`` naming the first bad value; nothing is written then.
        """
        unknown = set(changes) - set(Publication.names())
        if unknown:
            raise PublicationError(f"unknown publication field(s): {', '.join(sorted(unknown))}")
        current = self.publication(claim_id)
        clean = {
            name: normalise_field(name, value)
            for name, value in changes.items()
            if value is not None
        }  # "" became None here: the field is cleared
        updated = replace(current, **clean)
        if updated == current:
            return current
        names = Publication.names()
        values = [getattr(updated, name) for name in names]
        keys = ["claim_id", *names, "reviewer", "updated_at"]
        row = dict(zip(keys, [claim_id, *values, self.reviewer, store_db.now()], strict=True))
        with self.store.transaction() as conn:
            conn.execute(
                f"""INSERT OR REPLACE INTO publication ({", ".join(row)}, checksum)
                    VALUES ({", ".join("?" * (len(row) + 1))})""",
                [*row.values(), row_sum(*(row[name] for name in PUBLICATION_COLUMNS))],
            )
        return updated
