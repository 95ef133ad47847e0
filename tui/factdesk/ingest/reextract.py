"""Re-extraction: an article's current claims brought up to the current extractor, in place.

A desk built by an older extractor keeps its claims (and everything a reviewer did to them)
when the extractor improves. For one article's current version:

1. extract again;
2. every old extracted claim is matched to a new one with the re-anchoring rules
   (``reanchor``: exact text, then near-identical text with the same numbers); a matched claim
   keeps its id (ClaimReview URLs are built from it), its verdict, note, evidence, links and
   history, and takes the new span, kind, attribution, flags and score; a reviewer's own
   attribution (``speaker_by``) is kept as it is;
3. a new claim nobody had is added; an old extracted claim with no match and no review work
   is removed (the extractor no longer finds it); one with review work stays where it is and is
   listed as not placed;
4. claims a reviewer added by hand are re-described (kind, attribution, flags, score of their
   own span), never moved or dropped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from factdesk.extract.attribution import VERSION
from factdesk.extract.claims import ClaimDraft, describe_span, extract_claims
from factdesk.ingest.claim_writer import claim_names, refresh_desk_signals, write_claims
from factdesk.ingest.reanchor import OldClaim, anchor_claims
from factdesk.names import singlesource
from factdesk.score import rescore
from factdesk.store.attribution import attribution_flags, read_attribution
from factdesk.store.db import Store, now

IndexHook = Callable[[Store, int], object]
ForgetHook = Callable[[Store, list[int]], object]
PrepareHook = Callable[[list[str], str], object]
"""The corroboration index's ``index_article``, ``forget`` and ``prepare``, passed in by the
Desk (ingest may not import corroborate: the two are siblings under the Desk)."""

_OLD_SQL = """
SELECT c.id, c.start, c."end", c.text, c.origin, c.speaker_by,
       (v.verdict IS NOT NULL OR COALESCE(v.note, '') != '' OR COALESCE(v.evidence, '[]') != '[]'
        OR c.hidden = 1
        OR EXISTS (SELECT 1 FROM history h WHERE h.claim_id = c.id)
        OR EXISTS (SELECT 1 FROM claim_links l WHERE l.claim_id = c.id OR l.linked_claim_id = c.id))
FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
WHERE c.article_id = ? AND c.version = ?
ORDER BY c.start, c.id
"""


@dataclass(slots=True)
class Reextracted:
    """What re-extraction did to one article."""

    article_id: int
    kept: int = 0
    added: int = 0
    removed: int = 0
    redescribed: int = 0
    unplaced: list[int] = field(default_factory=list)
    """Old claims with review work that no new claim matches: left as they were."""


def reextract_article(
    store: Store,
    article_id: int,
    *,
    index: IndexHook,
    forget: ForgetHook,
    prepare: PrepareHook | None = None,
) -> Reextracted:
    """Re-extract one article's current version (one transaction).

    Everything that reads only the text runs before the transaction: extraction, the
    re-anchoring of the old claims (read again under the lock and used only if they did not
    change meanwhile) and ``prepare`` (the index's parses and vectors), so the write lock is
    held for the writes and the matching, not for the language work (issue 15: a 300 KB
    article held it long enough to time out a reviewer's verdict).
    """
    conn = store.conn
    row = conn.execute(
        "SELECT version, body, date_iso FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    result = Reextracted(article_id)
    if row is None:
        return result
    version, body, date = row
    drafts = extract_claims(body, article_date=date)
    names = claim_names(drafts, body)
    early = conn.execute(_OLD_SQL, [article_id, version]).fetchall()
    placed = _anchor(early, drafts, body)
    if prepare is not None:
        prepare([d.text for d in drafts] + [r[3] for r in early], body)
    with store.transaction(bulk=True):
        old = conn.execute(_OLD_SQL, [article_id, version]).fetchall()
        if old != early:  # a reviewer changed a claim meanwhile: anchor what is there now
            placed = _anchor(old, drafts, body)
        anchors, lost = placed
        auto = [r for r in old if r[4] != "manual"]
        taken: set[int] = set()
        by_id = {r[0]: r for r in auto}
        for anchor in anchors:
            if anchor.index is None:  # the text is still there but no longer extracted
                lost.append(anchor.old_id)
                continue
            taken.add(anchor.index)
            _update(conn, anchor.old_id, drafts[anchor.index], names[anchor.index],
                    keep_speaker=bool(by_id[anchor.old_id][5]))  # fmt: skip
            result.kept += 1
        gone: list[int] = []
        for old_id in lost:
            if by_id[old_id][6]:
                result.unplaced.append(old_id)
                _mark_current(conn, old_id)
            else:
                gone.append(old_id)
        if gone:  # out of the index first, then deleted: one batch each
            forget(store, gone)
            conn.executemany("DELETE FROM claims WHERE id = ?", [(c,) for c in gone])
            result.removed = len(gone)
        fresh = [d for i, d in enumerate(drafts) if i not in taken]
        write_claims(conn, article_id, version, fresh, body, stamp=now())
        result.added = len(fresh)
        for manual in (r for r in old if r[4] == "manual"):
            draft = describe_span(body, manual[1], manual[2], date)
            _update(conn, manual[0], draft, claim_names([draft], body)[0],
                    keep_speaker=bool(manual[5]), keep_span=True)  # fmt: skip
            result.redescribed += 1
        key = singlesource.key_function()[1]
        affected = singlesource.reindex_article(conn, article_id, body, key)
        index(store, article_id)
        affected |= rescore.articles_in_conflict_with(conn, article_id)
        refresh_desk_signals(conn, affected | {article_id})
    return result


def _anchor(old: list[tuple], drafts: list[ClaimDraft], body: str) -> tuple[list, list[int]]:
    """(anchors, lost ids) of the old extracted claims among the new drafts (``reanchor``)."""
    auto = [OldClaim(r[0], r[1], r[3]) for r in old if r[4] != "manual"]
    return anchor_claims(auto, [(d.start, d.text) for d in drafts], body)


def _update(
    conn: sqlite3.Connection, claim_id: int, d: ClaimDraft, names: list[str], *,
    keep_speaker: bool, keep_span: bool = False,
) -> None:  # fmt: skip
    flags = [f for f in d.flags if f != singlesource.FLAG]
    if keep_speaker:  # the reviewer's attribution stays: its flags too (review44 A15)
        flags = attribution_flags(flags, read_attribution(conn, claim_id))
    conn.execute(
        """UPDATE claims SET kind = ?, score = ?, score_reasons = ?, flags = ?, paragraph = ?,
             names = ?, extractor = ? WHERE id = ?""",
        [d.kind, float(d.score), json.dumps(d.score_reasons), json.dumps(flags), d.paragraph,
         json.dumps(names), VERSION, claim_id],
    )  # fmt: skip
    if not keep_span:
        conn.execute(
            'UPDATE claims SET start = ?, "end" = ?, text = ? WHERE id = ?',
            [d.start, d.end, d.text, claim_id],
        )
    if not keep_speaker:
        conn.execute(
            "UPDATE claims SET speaker = ?, speaker_type = ?, sourcing = ?, affiliation = ?, "
            "via = ? WHERE id = ?",
            [d.speaker, d.speaker_type, d.sourcing, d.affiliation, d.via, claim_id],
        )


def _mark_current(conn: sqlite3.Connection, claim_id: int) -> None:
    conn.execute("UPDATE claims SET extractor = ? WHERE id = ?", [VERSION, claim_id])
