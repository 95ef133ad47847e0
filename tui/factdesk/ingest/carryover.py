"""Moving review work from an article's old version to its new one when a file changes.

The matching itself is ``factdesk.ingest.reanchor``; this module reads the old claims' review state,
writes it onto the matched new claims through ``store.history.record`` (action ``reanchor``,
via ``import``) so the history shows where every verdict came from, and returns what could not
be placed. The old version's claims and verdicts stay in the desk untouched: nothing is deleted.

Only the same words carry a review (``reanchor.same_words``), and a reviewer's speaker
correction: who says words is read from those words. A new claim that is an old reviewed one
with other words gets none of it (the engine's speaker of the new words): a history row
(before and after the same, so no verdict is read into it, by a merge either) says what the
earlier words had ("was contradicted", "the speaker set by hand: X") and quotes them, and the
old claim waits for re-review with its verdict.

Links go as a verdict does. A claim's own evidence links are carried to its same words in the
new version (the old claim keeps them, as it keeps its verdict), and a link into the article
from another claim moves to them, so the citing claim's evidence is the current version's
claim, not one the article no longer shows: one history row per link, by the import channel,
before and after the same (the JSON Lines history carries it; a merge reads no verdict into
it). A link on other words stays where it was, and the not-carried row counts the old
claim's own; a link into the article that stays on words the new version changed or no longer
prints says so on the citing claim (a row, as a move does): the reviewer linked those words, so
the link is not moved to others, but the citing claim's history must not be silent about
evidence the article no longer shows (mend44's leftover).
"""

from __future__ import annotations

import json
import sqlite3

from factdesk.domain.models import LINK_CARRIED, NOT_CARRIED, ReviewState, was_words
from factdesk.extract.claims import ClaimDraft, paragraph_of
from factdesk.ingest.claim_writer import write_claims
from factdesk.ingest.reanchor import OldClaim, anchor_claims
from factdesk.store.attribution import write_attribution
from factdesk.store.db import now
from factdesk.store.history import carry_link, current_state, link_moved_detail, record

_OLD_SQL = """
SELECT c.id, c.start, c.text, c.origin, c.hidden, c.kind, c.speaker, c.sourcing, c.score,
       c.score_reasons, c.flags, c.names, v.verdict, COALESCE(v.note, ''),
       COALESCE(v.evidence, '[]'), v.attribution, c.speaker_type, c.affiliation, c.speaker_by,
       c.via
FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
WHERE c.article_id = ? AND c.version = ?
ORDER BY c.start, c.id
"""
_LINKS_SQL = """
SELECT claim_id, linked_claim_id FROM claim_links
WHERE claim_id IN (SELECT id FROM claims WHERE article_id = :article AND version = :version)
   OR linked_claim_id IN (SELECT id FROM claims WHERE article_id = :article AND version = :version)
ORDER BY created_at, claim_id, linked_claim_id
"""
"""Every link from or into the old version's claims, in the order they were made."""
_FRESH = ReviewState(None, "", (), False)
_UNSHOWN = ReviewState(None, "", (), True)


def carry_review(
    conn: sqlite3.Connection,
    article_id: int,
    versions: tuple[int, int],
    new_ids: list[int],
    body: str,
    *,
    reviewer: str,
) -> list[int]:
    """Re-anchor the old version's review work (in the caller's transaction).

    ``versions`` is (old, new); ``reviewer`` is who the history names for the carried work.
    Returns the ids of old claims with a verdict, note, evidence or a manual origin that could
    not be placed in the new version: they need re-review.
    """
    old_version, version = versions
    rows = {row[0]: row for row in conn.execute(_OLD_SQL, [article_id, old_version])}
    states = {cid: _state(row) for cid, row in rows.items()}
    links = conn.execute(_LINKS_SQL, {"article": article_id, "version": old_version}).fetchall()
    linked = {cid for link in links for cid in link}
    work = [
        cid
        for cid, row in rows.items()
        if states[cid] != _FRESH or row[3] == "manual" or row[18] is not None or cid in linked
    ]
    new = [
        conn.execute("SELECT start, text FROM claims WHERE id = ?", [cid]).fetchone()
        for cid in new_ids
    ]
    anchors, lost = anchor_claims(
        [OldClaim(cid, rows[cid][1], rows[cid][2]) for cid in work],
        [tuple(r) for r in new],
        body,
        words_must_match=True,
    )
    moved: dict[int, int] = {}
    """Old claim id -> the new claim with its words: where its links go."""
    reworded: dict[int, tuple[int, str]] = {}
    """Old claim id -> (the new claim in its place with other words, those words)."""
    for anchor in anchors:
        after = states[anchor.old_id]
        if anchor.changed and anchor.index is not None:  # other words: the review stays behind
            target = new_ids[anchor.index]  # (a speaker correction too: it was of those words)
            own = sum(1 for owner, _ in links if owner == anchor.old_id)
            _not_carried(conn, rows[anchor.old_id], target, (old_version, own), reviewer)
            reworded[anchor.old_id] = (target, new[anchor.index][1])
            lost.append(anchor.old_id)
            continue
        if anchor.index is not None:
            target, before = new_ids[anchor.index], _FRESH
            _keep_correction(conn, rows[anchor.old_id], target)
            moved[anchor.old_id] = target
            if after == before:
                continue
        elif anchor.span is not None:
            target = _copy_claim(
                conn, rows[anchor.old_id], (article_id, version), anchor.span, body
            )
            _keep_correction(conn, rows[anchor.old_id], target)
            moved[anchor.old_id] = target
            before = _UNSHOWN
        else:
            raise ValueError(f"anchor of claim {anchor.old_id} has neither a claim nor a span")
        detail = f"from claim {anchor.old_id} (version {old_version}): {anchor.how}"
        if anchor.how == "same words":  # spacing or punctuation moved: the words it was given to
            detail += f"; earlier words “{rows[anchor.old_id][2]}”"
        record(
            conn, target, before, after, action="reanchor", channel="import", reviewer=reviewer,
            detail=detail,
        )  # fmt: skip
    _carry_links(conn, links, (moved, reworded), set(rows), versions, reviewer)
    worth = {cid for cid in lost if _has_review(states[cid]) or rows[cid][3] == "manual"}
    return [cid for cid in lost if cid in worth]


def mark_rereview(
    conn: sqlite3.Connection, article_id: int, version: int, claim_ids: list[int]
) -> None:
    """Keep the old claims ``carry_review`` could not place in the ``rereview`` table: the
    app's needs-review list and ``claims --verdict needs-review`` read them there, long
    after the import's one line on stderr scrolled away."""
    conn.executemany(
        "INSERT OR IGNORE INTO rereview (claim_id, article_id, version, created_at) "
        "VALUES (?, ?, ?, ?)",
        [(claim_id, article_id, version, now()) for claim_id in claim_ids],
    )


def _carry_links(
    conn: sqlite3.Connection,
    links: list[tuple[int, int]],
    placed: tuple[dict[int, int], dict[int, tuple[int, str]]],
    old_ids: set[int],
    versions: tuple[int, int],
    reviewer: str,
) -> None:
    """Carry each link of an old claim that ``moved`` to the same words, and move each link
    into one (a link between two of the article's claims is carried at both ends), with
    one history row each on the claim whose evidence it is. ``placed`` is (moved: old id ->
    the new claim of its words, reworded: old id -> the new claim of other words and those
    words); a link into an old claim in neither stays, and its row says why."""
    moved, reworded = placed
    old_version, version = versions
    for owner, other in links:
        if owner not in old_ids and other not in moved:  # it stays on the earlier words
            _link_stays(conn, owner, (other, old_version), (version, reworded.get(other)),
                        reviewer)  # fmt: skip
            continue
        if owner in old_ids:  # the old claim's own evidence: it keeps it, as it keeps a verdict
            if owner not in moved:
                continue
            to, move = (moved[owner], moved.get(other, other)), False
            detail = (
                f"{LINK_CARRIED}to claim {to[1]} carried from claim {owner} "
                f"(version {old_version}), the same words"
            )
        elif other in moved:  # another claim's evidence: the claim the article shows now
            to, move = (owner, moved[other]), True
            detail = link_moved_detail((other, old_version), (to[1], version))
        else:
            continue
        if carry_link(conn, (owner, other), to, move=move):
            state = current_state(conn, to[0])
            record(conn, to[0], state, state, action="reanchor", channel="import",
                   reviewer=reviewer, detail=detail)  # fmt: skip


def _link_stays(
    conn: sqlite3.Connection,
    owner: int,
    old: tuple[int, int],
    new: tuple[int, tuple[int, str] | None],
    reviewer: str,
) -> None:
    """Tell the citing claim ``owner`` that its link to the old (claim, version) stays there:
    ``new`` is (the new version, the new claim in its place with other words and those words,
    or None when the version no longer prints them)."""
    (other, old_version), (version, instead) = old, new
    why = (
        f"the words changed in claim {instead[0]} (version {version}) “{instead[1]}”"
        if instead is not None
        else f"version {version} no longer prints them"
    )
    detail = f"{LINK_CARRIED}to claim {other} (version {old_version}) stays on its words: {why}"
    state = current_state(conn, owner)
    record(conn, owner, state, state, action="reanchor", channel="import", reviewer=reviewer,
           detail=detail)  # fmt: skip


def _not_carried(
    conn: sqlite3.Connection, row: tuple, target: int, old: tuple[int, int], reviewer: str
) -> None:
    """Tell the new claim's history that an earlier version's review of other words was not
    carried to it: what it was and the words it was given to (the history list and every
    export's history show it). ``old``: (the old version, how many claims the old claim had
    linked). Nothing is written when the old claim had no review, no link and no speaker set
    by hand."""
    state, (old_version, links) = _state(row), old
    corrected = row[18] is not None
    if not _has_review(state) and not links and not corrected:
        return
    speaker = (row[6] or "none") if corrected else None
    detail = (
        f"{NOT_CARRIED} from claim {row[0]} (version {old_version}), the words changed: "
        f"was {was_words(state, links, speaker)} on the earlier words “{row[2]}”"
    )
    record(conn, target, _FRESH, _FRESH, action="reanchor", channel="import",
           reviewer=reviewer, detail=detail)  # fmt: skip


def _state(row: tuple) -> ReviewState:
    return ReviewState(row[12], row[13], tuple(json.loads(row[14])), bool(row[4]), row[15])


def _keep_correction(conn: sqlite3.Connection, row: tuple, target: int) -> None:
    """A reviewer's attribution of the old claim is theirs on the new one too."""
    if row[18] is None:
        return
    fields = {"speaker": row[6], "speaker_type": row[16], "sourcing": row[7],
              "affiliation": row[17], "speaker_by": row[18]}  # fmt: skip
    write_attribution(conn, target, fields)


def _has_review(state: ReviewState) -> bool:
    return bool(state.verdict or state.note or state.evidence or state.attribution)


def _copy_claim(
    conn: sqlite3.Connection, row: tuple, where: tuple[int, int], span: tuple[int, int], body: str
) -> int:
    """The old claim at its new offsets, through the one claim writer (so it gets the names
    of its new text and every column an extracted claim gets); hidden until ``record`` writes
    its review state. ``where`` is (article id, new version). The caller's import recomputes
    the desk-wide flag and the scores."""
    start, end = span
    draft = ClaimDraft(
        start, end, body[start:end], kind=row[5], speaker=row[6], sourcing=row[7],
        speaker_type=row[16], affiliation=row[17], via=row[19], flags=json.loads(row[10]),
        score=row[8], score_reasons=json.loads(row[9]), paragraph=paragraph_of(body, start),
    )  # fmt: skip
    [claim_id] = write_claims(
        conn, *where, [draft], body, stamp=now(), provenance=row[3], hidden=True
    )  # fmt: skip
    return claim_id
