"""Rows to domain objects: the only place that knows how the tables spell a claim.

The Desk queries with the SQL here and hands callers the dataclasses these functions build,
so no widget or command ever sees a row (Elia's ``database/converters.py`` habit).
"""

from __future__ import annotations

import json

from factdesk.domain.models import ArticleSummary, Change, Claim, ReviewState
from factdesk.domain.verdicts import VERDICTS
from factdesk.store.checksums import verify_history, verify_review

_SUMMARY_TEMPLATE = """
SELECT a.id, a.title, a.outlet, a.author, a.date_text, a.date_iso, a.url, a.source_path,
       a.imported_at, a.version, a.place,
       COUNT(c.id) AS claims,
       COUNT(v.verdict) AS reviewed,
       {verdict_sums},
       COALESCE(MAX(c.score), 0) AS top_score,
       (SELECT COUNT(*) FROM rereview r JOIN claims rc ON rc.id = r.claim_id
        WHERE r.article_id = a.id AND rc.hidden = 0) AS rereview
FROM articles a
LEFT JOIN claims c ON c.article_id = a.id AND c.version = a.version AND c.hidden = 0
LEFT JOIN verdicts v ON v.claim_id = c.id
{where}
GROUP BY a.id
"""

SUMMARY_SQL = _SUMMARY_TEMPLATE.replace(
    "{verdict_sums}",
    ",\n       ".join(f"SUM(v.verdict = '{name}') AS \"{name}\"" for name in VERDICTS),
)
"""Per-article counts with one column per verdict of the registry; ``{where}`` is filled in.
The re-review count is a subquery on ``rereview``'s article index, once per article (not
a join: it would multiply the claim rows it is grouped with); that table holds only the
reviews re-imports left behind, so it stays small."""

_CLAIM_COLUMNS = """
SELECT c.*, v.verdict, COALESCE(v.note, '') AS note, COALESCE(v.evidence, '[]') AS evidence,
       v.reviewer, v.updated_at, v.attribution, v.claim_id AS review_claim_id,
       v.checksum AS review_checksum
"""

CLAIM_SQL = (
    _CLAIM_COLUMNS
    + """FROM claims c
JOIN articles a ON a.id = c.article_id AND a.version = c.version
LEFT JOIN verdicts v ON v.claim_id = c.id
"""
)
"""Claims of each article's current version only: what the review and the exports show."""

ANY_CLAIM_SQL = _CLAIM_COLUMNS + "FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id\n"
"""Claims of any version: a link may point at a claim that a newer version replaced."""


def summary_from_row(row: dict) -> ArticleSummary:
    counts = {verdict: row[verdict] for verdict in VERDICTS if row[verdict]}
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        date_text=row["date_text"],
        date_iso=row["date_iso"],
        url=row["url"],
        source_path=row["source_path"],
        imported_at=row["imported_at"],
        version=row["version"],
        claims=row["claims"],
        reviewed=row["reviewed"],
        counts=counts,
        top_score=row["top_score"] or 0.0,
        place=row["place"],
        rereview=row["rereview"],
    )


def claim_from_row(row: dict) -> Claim:
    """A claim with its review; the review row is checked against its checksum first."""
    if row.get("review_claim_id") is not None:
        verify_review(
            {
                "claim_id": row["review_claim_id"],
                "verdict": row["verdict"],
                "note": row["note"],
                "evidence": row["evidence"],
                "reviewer": row["reviewer"],
                "updated_at": row["updated_at"],
                "attribution": row["attribution"],
                "checksum": row["review_checksum"],
            }
        )
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        version=row["version"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        kind=row["kind"],
        speaker=row["speaker"],
        sourcing=row["sourcing"],
        score=row["score"],
        flags=json.loads(row["flags"]),
        score_reasons=json.loads(row["score_reasons"]),
        provenance=row["origin"],
        hidden=bool(row["hidden"]),
        paragraph=row["paragraph"],
        verdict=row["verdict"],
        note=row["note"],
        evidence=json.loads(row["evidence"]),
        reviewer=row["reviewer"],
        updated_at=row["updated_at"],
        attribution=row.get("attribution"),
        speaker_type=row.get("speaker_type"),
        affiliation=row.get("affiliation"),
        via=row.get("via"),
        extractor=row.get("extractor") or 1,
        speaker_by=row.get("speaker_by"),
    )


def _state(row: dict, suffix: str) -> ReviewState:
    return ReviewState(
        verdict=row[f"verdict_{suffix}"],
        note=row[f"note_{suffix}"],
        evidence=tuple(json.loads(row[f"evidence_{suffix}"])),
        hidden=bool(row[f"hidden_{suffix}"]),
        attribution=row.get(f"attribution_{suffix}"),
    )


def change_from_row(row: dict) -> Change:
    """A history entry, checked against its checksum first."""
    verify_history(row)
    return Change(
        id=row["id"],
        claim_id=row["claim_id"],
        at=row["at"],
        reviewer=row["reviewer"],
        action=row["action"],
        before=_state(row, "before"),
        after=_state(row, "after"),
        reverts=row["reverts"],
        channel=row["via"],
        detail=row["detail"],
    )
