"""Keep stored scores true to the desk: a claim's score depends on desk-wide signals.

Extraction scores a claim once, but two of the signals ``score_claim`` weighs change as the
desk grows: ``single-source-name`` (another article may name the same thing later) and a
conflicting claim elsewhere (found when a later article is indexed). After each import the
claims those could have changed for are scored again, inside the import's transaction, and
only those whose signals did change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from factdesk.score.combined import (
    CONFLICT_NAME,
    CONFLICT_SIGNAL,
    DESK_PREFIX,
    desk_signals,
    score_claim,
)


def articles_in_conflict_with(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """Articles holding a claim that conflicts with one of this article's current claims."""
    rows = conn.execute(
        """SELECT DISTINCT o.article_id FROM claims c
           JOIN claim_matches m ON m.label = 'conflicts'
             AND (m.claim_id = c.id OR m.other_claim_id = c.id)
           JOIN claims o ON o.id = CASE WHEN m.claim_id = c.id THEN m.other_claim_id
                                        ELSE m.claim_id END
           WHERE c.article_id = ?""",
        [article_id],
    )
    return {row[0] for row in rows}


def _desk_part(reasons: list[dict]) -> set[tuple[str, float]]:
    """The desk signals among a score's reasons, as (name, weight), whatever their order."""
    return {
        (str(r["feature"]), float(r.get("weight", 0.0)))
        for r in reasons
        if isinstance(r, dict) and str(r.get("feature", "")).startswith(DESK_PREFIX)
    }


def claims_in_conflict_with(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """Claims elsewhere on the other end of a conflict with this article's current claims:
    the only claims outside the article whose conflict signal an import can change."""
    rows = conn.execute(
        """SELECT m.other_claim_id FROM claims c
           JOIN articles a ON a.id = c.article_id AND a.version = c.version
           JOIN claim_matches m ON m.claim_id = c.id AND m.label = 'conflicts'
           WHERE c.article_id = ?
           UNION
           SELECT m.claim_id FROM claims c
           JOIN articles a ON a.id = c.article_id AND a.version = c.version
           JOIN claim_matches m ON m.other_claim_id = c.id AND m.label = 'conflicts'
           WHERE c.article_id = ?""",
        [article_id, article_id],
    )
    return {row[0] for row in rows}


_WEIGHED_CONFLICT = json.dumps(f"{DESK_PREFIX}{CONFLICT_NAME}")
"""How a score that weighed a conflict elsewhere names it in its stored reasons (JSON)."""


def claims_gaining_conflict(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """``claims_in_conflict_with``, less the claims whose score already weighs a conflict.

    What an import changes for a claim of another article is whether it conflicts with
    something: its flags are its own article's, and that article is rescored whole when they
    change (``rescore_articles``). A claim in conflict whose stored reasons name the conflict
    signal was scored with every signal it has now, so reading its row and its signals again,
    as ``_rescore`` would, finds nothing to change: on a large desk each article conflicts
    with hundreds of claims, most of them long in conflict (issue 15).
    """
    ids = sorted(claims_in_conflict_with(conn, article_id))
    gaining: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT id FROM claims WHERE id IN ({','.join('?' * len(chunk))})"
            " AND instr(COALESCE(score_reasons, ''), ?) = 0",
            [*chunk, _WEIGHED_CONFLICT],
        )
        gaining.update(row[0] for row in rows)
    return gaining


_ROWS = """SELECT c.id, c.text, c.kind, c.sourcing, c.flags, c.score, c.score_reasons,
                  EXISTS (SELECT 1 FROM claim_matches m WHERE m.label = 'conflicts'
                          AND (m.claim_id = c.id OR m.other_claim_id = c.id))
           FROM claims c JOIN articles a ON a.id = c.article_id AND a.version = c.version
           WHERE {where}"""


def rescore_articles(conn: sqlite3.Connection, article_ids: Iterable[int]) -> int:
    """Score again the current claims of these articles whose desk signals changed; return
    how many scores changed.

    A stored score lists the desk signals it weighed among its reasons; the sentence model's
    part depends only on the text, so a claim whose signals are the same keeps its score
    without running the model again (claims just scored at import are most of them).
    """
    changed = 0
    for article_id in sorted(set(article_ids)):
        rows = conn.execute(_ROWS.format(where="c.article_id = ?"), [article_id]).fetchall()
        changed += _rescore(conn, rows)
    return changed


def rescore_claims(conn: sqlite3.Connection, claim_ids: Iterable[int]) -> int:
    """``rescore_articles`` for single claims (current ones only): a new conflict changes
    the claim on its other end, not the rest of that claim's article."""
    ids = sorted(set(claim_ids))
    changed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        where = f"c.id IN ({','.join('?' * len(chunk))})"
        changed += _rescore(conn, conn.execute(_ROWS.format(where=where), chunk).fetchall())
    return changed


def _rescore(conn: sqlite3.Connection, rows: list[tuple]) -> int:
    changed = 0
    for claim_id, text, kind, sourcing, flags, old, reasons_json, conflicted in rows:
        signals = json.loads(flags) + ([CONFLICT_SIGNAL] if conflicted else [])
        if _desk_part(json.loads(reasons_json or "[]")) == _desk_part(
            desk_signals(kind, sourcing, signals, text)
        ):
            continue  # the desk signals it was scored with still hold: the score stands
        score, reasons = score_claim(text, kind=kind, sourcing=sourcing, flags=signals)
        if abs(score - old) < 1e-9:
            continue
        conn.execute(
            "UPDATE claims SET score = ?, score_reasons = ? WHERE id = ?",
            [score, json.dumps(reasons), claim_id],
        )
        changed += 1
    return changed
