"""The one writer of claims: extracted at import, added by hand and carried to a new version of
an article (``carryover``) all go through ``write_claims``.

One path means one set of rules for what a stored claim carries: the proper names it mentions
(for the desk-wide ``single-source-name`` flag), flags with the desk-wide flag as the desk
answers at the write (checked again for the whole article right after), and a score that
counts the desk's signals. A claim added by hand used to skip the names and the desk-wide
flag; it cannot now.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from factdesk.extract.attribution import VERSION as EXTRACTOR
from factdesk.extract.claims import ClaimDraft
from factdesk.names import singlesource
from factdesk.names.mentions import find_mentions, mentions_within
from factdesk.score import rescore

AUTO, MANUAL = "auto", "manual"
"""How a claim came into the desk (``Claim.provenance``; the ``claims.origin`` column)."""


def claim_names(drafts: Sequence[ClaimDraft], body: str) -> list[list[str]]:
    """The proper names of each claim: the body's mentions inside its span (the same mentions
    the article's name index is built from, read from the parses the extraction made, so a
    name is compared with itself and nothing is parsed twice). A draft whose text is not its
    span of the body (none the extractor makes) is read on its own."""
    mentions = find_mentions(body)
    return [
        list(dict.fromkeys(m.text for m in mentions_within(mentions, d.start, d.end)))
        if body[d.start : d.end] == d.text
        else list(dict.fromkeys(m.text for m in find_mentions(d.text)))
        for d in drafts
    ]


def write_claims(
    conn: sqlite3.Connection,
    article_id: int,
    version: int,
    drafts: Sequence[ClaimDraft],
    body: str,
    *,
    stamp: str,
    provenance: str = AUTO,
    hidden: bool | None = None,
) -> list[int]:
    """Insert the drafts as claims of ``article_id`` at ``version``; return their ids.

    The caller holds the transaction and then calls ``refresh_desk_signals`` (import does it
    once for every article the import touched). A manual claim is inserted hidden unless
    ``hidden`` says otherwise: the history entry that adds it (``add``, or ``reanchor`` for a
    claim carried to a new version) shows it, so undo can hide it again.
    """
    names = claim_names(drafts, body)
    lone = singlesource.single_sourced(conn, article_id, names, singlesource.key_function()[1])
    shown_later = provenance == MANUAL if hidden is None else hidden
    return [
        _insert(conn, article_id, version, draft, found, single, stamp, provenance,
                int(shown_later))
        for draft, found, single in zip(drafts, names, lone, strict=True)
    ]  # fmt: skip


def _insert(
    conn: sqlite3.Connection,
    article_id: int,
    version: int,
    d: ClaimDraft,
    names: list[str],
    single_source: bool,
    stamp: str,
    provenance: str,
    hidden: int,
) -> int:
    flags = [f for f in d.flags if f != singlesource.FLAG]  # desk-wide: the desk's answer
    if single_source:
        flags.append(singlesource.FLAG)
    claim_id = conn.execute(
        """INSERT INTO claims (article_id, version, start, "end", text, kind, speaker, sourcing,
             score, score_reasons, flags, origin, hidden, paragraph, names, created_at,
             speaker_type, affiliation, via, extractor)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [article_id, version, d.start, d.end, d.text, d.kind, d.speaker, d.sourcing,
         float(d.score), json.dumps(d.score_reasons), json.dumps(flags), provenance, hidden,
         d.paragraph, json.dumps(names), stamp, d.speaker_type, d.affiliation, d.via,
         EXTRACTOR],
    ).lastrowid  # fmt: skip
    assert claim_id is not None  # an INSERT always sets it
    return claim_id


def refresh_desk_signals(conn: sqlite3.Connection, article_ids: Iterable[int]) -> None:
    """Recompute the desk-wide flag, then the scores that weigh it, for these articles."""
    ids = set(article_ids)
    singlesource.refresh_flags(conn, ids, singlesource.key_function()[1])
    rescore.rescore_articles(conn, ids)
