"""``factdesk merge``: bring a colleague's verdicts, notes and evidence into this desk.

Matching, most certain first: the claim's fingerprint (same body, same span, same text); else
the article (same body hash, an earlier body of ours, same source path, same file name, same
title) and, inside it, the claim text (exact, then rapidfuzz above ``FUZZY_CUTOFF``).

What happens to a matched claim:
- we have no verdict: theirs is applied, in the history as a ``merge`` by the colleague;
- same verdict, or they have none: notes and evidence are joined (nothing of ours is lost);
- different verdicts: nothing is changed; the claim is kept as a merge conflict, shown under
  the ``merge-conflict`` filter until a reviewer next changes the claim.

The file is validated whole before anything is written. Matching (the costly part: fuzzy
text over every candidate) runs outside the write lock, so the app and other commands keep
writing meanwhile; the matches are then applied ``CHUNK`` claims per short transaction, each
re-checking that the claim it matched is still the span and text it matched (a re-import
meanwhile) and reading the review state inside the transaction (a verdict set meanwhile
becomes a conflict, never overwritten). A kill between transactions keeps what was applied
and loses nothing of ours; merging the file again completes it, because a second merge of the
same file changes nothing: a joined note already contains theirs, evidence is a set, a
conflict is a unique row.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from sqlite3 import Connection
from typing import Final

from factdesk.desk.conflicts import MergeConflict
from factdesk.desk.joined_notes import headed_note, merge_note, note_heads
from factdesk.desk.mergefile import MergeError, TheirChange, TheirClaim, read_export, when
from factdesk.desk.service import Desk
from factdesk.desk.speaker import check_kept
from factdesk.domain.fingerprint import fingerprint
from factdesk.domain.models import Claim, ReviewState
from factdesk.store import history
from factdesk.store.db import now, stamp
from factdesk.text.counts import counted
from factdesk.text.fold import folded

__all__ = ["MergeConflict", "MergeError", "MergeReport", "merge_file"]

FUZZY_CUTOFF: Final = 88.0
"""rapidfuzz ratio (0-100) above which an edited claim text is taken as the same claim."""

CHUNK: Final = 200
"""Their claims applied per transaction: the write lock is held for milliseconds, so a
verdict key in the app or a concurrent command never finds the desk busy during a merge."""


@dataclass(frozen=True, slots=True)
class CheckDiffers:
    """A colleague's attribution check that disagrees with ours (ours is kept)."""

    claim_id: int
    ours: str
    theirs: str
    reviewer: str


@dataclass(slots=True)
class MergeReport:
    source: str
    applied: list[int] = field(default_factory=list)
    """Claims that got the colleague's verdict."""
    joined: list[int] = field(default_factory=list)
    """Claims whose note or evidence gained the colleague's."""
    linked: int = 0
    """Links between claims re-created from the colleague's."""
    unchanged: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)
    """New conflicts of this run (a conflict known from an earlier merge is not repeated)."""
    known_conflicts: int = 0
    checks_differ: list[CheckDiffers] = field(default_factory=list)
    """Claims both checked for attribution, differently: ours kept, theirs listed."""
    missing_articles: list[str] = field(default_factory=list)
    unmatched: list[TheirClaim] = field(default_factory=list)
    matched_by: dict[str, int] = field(default_factory=dict)
    moved: int = 0
    """Matched claims whose span or text changed before their turn came (left unmatched)."""
    kept_cleared: list[int] = field(default_factory=list)
    """Claims whose verdict was cleared here after theirs was given: left cleared."""
    withdrawn: list[int] = field(default_factory=list)
    """Claims whose verdict they cleared after ours was given: cleared here too."""

    def summary(self) -> str:
        how = ", ".join(f"{count} by {way}" for way, count in sorted(self.matched_by.items()))
        return (
            f"{counted(len(self.applied), 'verdict')} applied, "
            f"{len(self.joined)} notes/evidence joined, "
            f"{counted(self.linked, 'link')} added, "
            f"{self.unchanged} unchanged, {counted(len(self.conflicts), 'new conflict')} "
            f"({self.known_conflicts} already known), "
            f"{counted(len(self.unmatched), 'claim')} not found, "
            f"{counted(len(self.missing_articles), 'article')} missing"
            + (f"; matched {how}" if how else "")
            + (f"; {self.moved} changed meanwhile" if self.moved else "")
            + (
                f"; {counted(len(self.kept_cleared), 'verdict')} of theirs older than our "
                "clear, not taken"
                if self.kept_cleared
                else ""
            )
            + (
                f"; {counted(len(self.withdrawn), 'verdict')} withdrawn (cleared there later)"
                if self.withdrawn
                else ""
            )
            + (
                f"; {counted(len(self.checks_differ), 'attribution check')} differing (ours kept)"
                if self.checks_differ
                else ""
            )
        )


class _Matcher:
    """Finds our claim for each of theirs; built once per merge."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.articles = {summary.id: desk.article(summary.id) for summary in desk.articles()}
        self.claims: dict[int, list[Claim]] = {}
        self.by_fingerprint: dict[str, Claim] = {}
        for article in self.articles.values():
            # hidden claims too: a claim we hid must not send theirs to a look-alike neighbour
            claims = desk.claims(article.id, include_hidden=True)
            self.claims[article.id] = claims
            for claim in claims:
                key = fingerprint(article.body_sha256, claim.start, claim.end, claim.text)
                self.by_fingerprint[key] = claim
        self._article_cache: dict[tuple, int | None] = {}

    def article_for(self, theirs: TheirClaim) -> int | None:
        key = theirs.article_key
        if key not in self._article_cache:
            self._article_cache[key] = self._find_article(theirs)
        return self._article_cache[key]

    def _find_article(self, theirs: TheirClaim) -> int | None:
        articles = self.articles.values()
        tests = [
            lambda a: a.body_sha256 == theirs.body_sha256,
            lambda a: theirs.body_sha256 in self._old_hashes(a.id),
            lambda a: bool(theirs.source_path) and a.source_path == theirs.source_path,
            lambda a: (
                bool(theirs.source_path)
                and Path(a.source_path or "").name == Path(theirs.source_path or "").name
            ),
            lambda a: folded(a.title) == folded(theirs.title),
        ]
        for test in tests:
            found = [article.id for article in articles if test(article)]
            if found:
                return found[0]
        return None

    def _old_hashes(self, article_id: int) -> set[str]:
        return set(self.desk.body_hashes(article_id).values())

    def match(self, theirs: TheirClaim) -> tuple[Claim | None, str]:
        """(our claim or None, how it was matched or why not).

        rapidfuzz is imported here, on the one path that needs it, so the CLI (which registers
        every command) does not load it for ``stats`` or ``articles``.
        """
        from rapidfuzz import fuzz, process

        claim = self.by_fingerprint.get(theirs.fingerprint)
        if claim is not None and folded(claim.text) == folded(theirs.text):
            return claim, "fingerprint"  # a fingerprint alone could be forged or stale
        article_id = self.article_for(theirs)
        if article_id is None:
            return None, "article missing"
        candidates = self.claims[article_id]
        exact = [c for c in candidates if folded(c.text) == folded(theirs.text)]
        if exact:
            return min(exact, key=lambda c: abs(c.start - theirs.start)), "text"
        best = process.extractOne(
            theirs.text, [c.text for c in candidates], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        if best is None:
            return None, "claim not found"
        return candidates[best[2]], "fuzzy text"


@dataclass(frozen=True, slots=True)
class _Match:
    """One of their claims and ours it matched, as it was when matched (outside the lock)."""

    theirs: TheirClaim
    claim: Claim
    how: str


def merge_file(desk: Desk, path: str | Path, data: bytes | None = None) -> MergeReport:
    """Merge a ``factdesk export --format jsonl`` file: validated whole first (a bad line
    changes nothing), matched without the write lock, applied in short transactions.
    ``data``: its bytes already read (standard input), ``path`` the name it goes by."""
    theirs_all = read_export(path, data)
    report = MergeReport(Path(path).name)
    matcher = _Matcher(desk)
    matches = _match_all(matcher, theirs_all, report)
    # the logins a relayed paragraph's head may name (merge_note): ours and the file's reviewers
    in_file = (login for t in theirs_all for login in (t.reviewer, *t.history_reviewers))
    logins = {*desk.logins(), *(login for login in in_file if login)}
    for start in range(0, len(matches), CHUNK):
        with desk.store.transaction():
            heads: list[str] = []
            for match in matches[start : start + CHUNK]:
                if _still_holds(desk, match.claim):
                    note = _apply(desk, match.claim.id, match.theirs, match.how, report, logins)
                    heads += note_heads(note, logins)
                else:
                    report.moved += 1
                    report.unmatched.append(match.theirs)
            # a login known only from the file now heads a paragraph here: the desk keeps it,
            # or the next export publishes it as written (export.reviewers)
            desk.learn_logins(heads)
    ours_of = {match.theirs.fingerprint: match.claim.id for match in matches}
    linking = [t for t in theirs_all if t.linked_fingerprints and t.fingerprint in ours_of]
    for start in range(0, len(linking), CHUNK):
        with desk.store.transaction():
            for theirs in linking[start : start + CHUNK]:
                _link(desk, ours_of[theirs.fingerprint], theirs, ours_of, matcher, report)
    return report


def _match_all(
    matcher: _Matcher, theirs_all: list[TheirClaim], report: MergeReport
) -> list[_Match]:
    """Our claim for each of theirs (reads only: no write lock is held)."""
    matches: list[_Match] = []
    missing: dict[tuple, str] = {}
    for theirs in theirs_all:
        claim, how = matcher.match(theirs)
        if claim is None:
            if how == "article missing":
                missing.setdefault(theirs.article_key, _article_label(theirs))
            else:
                report.unmatched.append(theirs)
            continue
        report.matched_by[how] = report.matched_by.get(how, 0) + 1
        matches.append(_Match(theirs, claim, how))
    report.missing_articles = list(missing.values())
    return matches


def _still_holds(desk: Desk, claim: Claim) -> bool:
    """The claim is still the span and text of its article's current version that it was when
    matched (the caller holds the transaction, so this stays true until it commits)."""
    row = desk.store.conn.execute(
        """SELECT c.article_id, c.version, c.start, c."end", c.text, a.version
           FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?""",
        [claim.id],
    ).fetchone()
    then = (claim.article_id, claim.version, claim.start, claim.end, claim.text, claim.version)
    return row is not None and tuple(row) == then


def _link(
    desk: Desk,
    claim_id: int,
    theirs: TheirClaim,
    ours_of: dict[str, int],
    matcher: _Matcher,
    report: MergeReport,
) -> None:
    """Re-create their links, as a ``link`` by the colleague via merge (as ``Desk.link`` would)."""
    who = theirs.reviewer or f"colleague ({report.source})"
    conn = desk.store.conn
    for linked in theirs.linked_fingerprints:
        other = ours_of.get(linked) or getattr(matcher.by_fingerprint.get(linked), "id", None)
        if other is None or other == claim_id:
            continue
        change = history.record_link(
            conn, claim_id, other, True, channel="merge", reviewer=who, linked_by=desk.reviewer
        )
        if change is not None:
            report.linked += 1


def _article_label(theirs: TheirClaim) -> str:
    where = f" ({theirs.source_path})" if theirs.source_path else ""
    return f"{theirs.title or 'untitled'}{where}"


def _apply(
    desk: Desk,
    claim_id: int,
    theirs: TheirClaim,
    how: str,
    report: MergeReport,
    logins: Collection[str] = (),
) -> str:
    """Apply one of their claims to ours (the caller holds the transaction); ``logins``: the
    reviewers known to this desk and the file (``merge_note``).

    Where one desk holds a verdict (or a check) and the other none, the later change wins
    (``_later_side``): a verdict cleared here stays cleared against their older export, and
    their later clear of the verdict we hold withdraws it. The claim's reviewer of record is
    who gave its verdict: theirs when their verdict (or clear) is taken, else ours, so a merge
    that only adds their note leaves the claim ours (an export named them its reviewer, and a
    third desk put our whole note under their login)."""
    if not theirs.has_review:
        report.unchanged += 1
        return ""
    conn = desk.store.conn
    ours = history.current_state(conn, claim_id)
    who = theirs.reviewer or f"colleague ({report.source})"
    differs = bool(ours.attribution and theirs.attribution)
    differs = differs and ours.attribution != theirs.attribution
    if differs:
        # "they did say it" against "they did not": kept as ours, but never passed over in
        # silence (it was counted "unchanged")
        report.checks_differ.append(
            CheckDiffers(claim_id, ours.attribution or "", theirs.attribution or "", who)
        )
    if theirs.verdict and ours.verdict and theirs.verdict != ours.verdict:
        _conflict(desk, claim_id, ours, theirs, who, report)
        return ""
    verdict, verdict_change = _later_side(
        ours.verdict, theirs.verdict, _our_last(conn, claim_id, "verdict"),
        theirs.verdict_change, theirs.updated_at,
    )  # fmt: skip
    attribution, check_change = ours.attribution, None
    if not differs:
        attribution, check_change = _later_side(
            ours.attribution, theirs.attribution, _our_last(conn, claim_id, "attribution"),
            theirs.check_change, theirs.updated_at,
        )  # fmt: skip
        if attribution is not None and attribution != ours.attribution:
            attribution = _their_check(desk, claim_id, attribution)
    if verdict is None and theirs.verdict and not ours.verdict:
        report.kept_cleared.append(claim_id)
    ours_by = _reviewer_of_record(conn, claim_id)
    by, of_record = who, ours_by or who
    if verdict != ours.verdict:  # their verdict, or their clear of ours: the giver's
        by = (verdict_change.reviewer if verdict_change else "") or who
        of_record = by
    our_note = ours.note
    if our_note.strip() and ours_by and ours_by != of_record:
        # our note (on a claim with no verdict) under their verdict: headed by its writer, or
        # an export's reader takes it for the new reviewer of record's (merge_note)
        our_note = headed_note(our_note, ours_by, {*logins, who})
    evidence = tuple(dict.fromkeys((*ours.evidence, *theirs.evidence)))
    # their note onto a claim that stays ours (the same verdict): under their login, even
    # with no note of ours, or an export reads their words as our reviewer's (review44 A14)
    note = merge_note(our_note, theirs.note, who, logins, headed=of_record != who)
    after = ReviewState(verdict, note, evidence, ours.hidden, attribution)
    if after == ours:
        # a differing check is counted once, as differing: counted "unchanged" as well, the
        # summary's numbers added up to more claims than the file had
        report.unchanged += not differs
        return ""
    taken = [change.at for change in (verdict_change, check_change) if change and change.when]
    detail = f"merged from {report.source} (matched by {how})"
    history.record(
        conn, claim_id, ours, after, action="merge", channel="merge", reviewer=by,
        detail=detail, at=_stamp(taken), of_record=of_record,
    )  # fmt: skip
    if after.verdict is None and ours.verdict:
        report.withdrawn.append(claim_id)
    else:
        (report.applied if after.verdict != ours.verdict else report.joined).append(claim_id)
    return note


@dataclass(frozen=True, slots=True)
class _OurChange:
    at: str
    before: str | None
    after: str | None


def _our_last(conn: Connection, claim_id: int, field: str) -> _OurChange | None:
    """The last change of ``field`` (verdict or attribution) in our history of the claim."""
    row = conn.execute(
        f"SELECT at, {field}_before, {field}_after FROM history WHERE claim_id = ? "
        f"AND {field}_before IS NOT {field}_after ORDER BY id DESC LIMIT 1",
        [claim_id],
    ).fetchone()
    return None if row is None else _OurChange(row[0], row[1], row[2])


def _later_side(
    ours: str | None,
    theirs: str | None,
    our_last: _OurChange | None,
    their_last: TheirChange | None,
    their_updated: str | None,
) -> tuple[str | None, TheirChange | None]:
    """The value a field (verdict or check) holds after the merge, and their change it takes
    (None: ours stands). Only where one side holds a value and the other none; the later
    change wins, a clear as much as a verdict:
    - theirs and none here: theirs, unless we cleared ours after they gave theirs (a merge
      must not undo a later change: a cleared verdict came back from an older export);
    - ours and none there: ours, unless they cleared this very value after ours was given.
    A time missing on their side counts as older (a file without history changes nothing it
    did not before, except that it no longer brings back what we cleared)."""
    if ours == theirs or (ours is not None and theirs is not None):
        return ours, None
    if ours is None:
        if their_last is None or their_last.after != theirs:
            their_last = TheirChange(their_updated, "", None, theirs)
        if (
            our_last is not None
            and our_last.after is None
            and _later(when(our_last.at), their_last.when)
        ):
            return None, None
        return theirs, their_last
    if their_last is None or their_last.after is not None or their_last.before != ours:
        return ours, None  # they never held ours, or withdrew another value
    if _later(their_last.when, when(our_last.at) if our_last else None):
        return None, their_last
    return ours, None


def _later(first: datetime | None, second: datetime | None) -> bool:
    """``first`` is a known time after ``second`` (an unknown ``second`` is older)."""
    return first is not None and (second is None or first > second)


def _stamp(taken: list[str | None]) -> str | None:
    """The history time of a merge row that takes their change: when they made it (the latest
    of those taken), so the next comparison weighs their change, not the day it arrived here
    (never after now: a colleague's clock ahead of ours must not outrank our next change).
    None (now) for a row that only joins notes or evidence."""
    moments = [moment for at in taken if (moment := when(at)) is not None]
    if not moments:
        return None
    moment = max(moments)
    current = now()
    if (at_now := when(current)) is not None and moment >= at_now:
        return current
    return stamp(moment)


def _reviewer_of_record(conn: Connection, claim_id: int) -> str | None:
    row = conn.execute("SELECT reviewer FROM verdicts WHERE claim_id = ?", [claim_id]).fetchone()
    return row[0] if row else None


def _their_check(desk: Desk, claim_id: int, check: str) -> str | None:
    """Their attribution check, unless our claim has no speaker (``check_kept``): they checked
    a speaker this desk does not see, and "they did say it" would name nobody here."""
    return check_kept(desk.claim(claim_id).speaker, check)


def _conflict(
    desk: Desk, claim_id: int, ours: ReviewState, theirs: TheirClaim, who: str, report: MergeReport
) -> None:
    conn = desk.store.conn
    last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM history WHERE claim_id = ?", [claim_id])
    cursor = conn.execute(
        """INSERT OR IGNORE INTO merge_conflicts (claim_id, history_id, source, fingerprint,
             reviewer, verdict, note, evidence, their_updated_at, our_verdict, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            claim_id, last.fetchone()[0], report.source, theirs.fingerprint, who,
            theirs.verdict, theirs.note, json.dumps(list(theirs.evidence)), theirs.updated_at,
            ours.verdict, now(),
        ],
    )  # fmt: skip
    if cursor.rowcount:
        conflict = MergeConflict(
            claim_id, ours.verdict, theirs.verdict or "", who, theirs.note, theirs.evidence,
            report.source,
        )  # fmt: skip
        report.conflicts.append(conflict)
    else:
        report.known_conflicts += 1
