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
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from factdesk.desk.conflicts import MergeConflict
from factdesk.desk.mergefile import MergeError, TheirClaim, read_export
from factdesk.desk.service import Desk
from factdesk.desk.speaker import check_kept
from factdesk.domain.fingerprint import fingerprint
from factdesk.domain.models import Claim, ReviewState
from factdesk.store import history
from factdesk.store.db import now
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
                f"; {counted(len(self.checks_differ), 'attribution check')} differing (ours kept)"
                if self.checks_differ
                else ""
            )
        )


MERGED_LABEL: Final = re.compile(r"(\S{1,64}): (?=\S)")
"""The head of a paragraph a merge wrote (``login: their note``)."""


def merge_note(ours: str, theirs: str, who: str, logins: Collection[str] = ()) -> str:
    """Our note, then theirs under their name, unless ours already says what theirs says.

    Paragraph by paragraph: a note that went to a colleague and came back inside theirs
    (their merge wrote ``ours``, a blank line, ``login: …``) is not added a second time. Two
    desks merging each other's exports doubled every note at each exchange, ours coming back
    under their login ("carol: Carol note" under Carol's own "Carol note").

    ``logins``: the reviewers this desk knows (its history, the file's reviewers). A later
    paragraph headed ``login: `` is a third reviewer's note relayed under its name only for a
    known login; any other head ("Update: …") is the colleague's own words. Each run of their
    new paragraphs that no known login heads is put under ``who: ``, so a paragraph after a
    relayed one is never read as the relayed reviewer's."""
    theirs = theirs.strip("\n")
    if not theirs.strip() or theirs.strip() in ours:
        return ours
    if not ours.strip():
        return theirs
    known_logins = {who, *logins}
    known = {_said(block) for block in _paragraphs(ours)}
    known |= {_said(block, known_logins) for block in _paragraphs(ours)}
    blocks = _paragraphs(theirs)
    fresh = [
        (index, block)
        for index, block in enumerate(blocks)
        if _said(block) not in known
        and _said(block, known_logins if index > 0 else ()) not in known
    ]
    if not fresh:
        return ours
    added: list[str] = []
    relayed_before = True
    for index, block in fresh:
        relayed = index > 0 and _label(block, known_logins) is not None
        if relayed:
            added.append(block)  # their copy of a known reviewer's note, under its name
        elif relayed_before or _label(block, ()) is not None:
            # a run's first paragraph, or one headed by no login: the colleague's words
            added.append(f"{who}: {block}")
        else:
            added.append(block)
        relayed_before = relayed
    return f"{ours}\n\n" + "\n\n".join(added)


def _paragraphs(note: str) -> list[str]:
    """A note's paragraphs (a blank line between), each without its outer blank lines."""
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", note) if block.strip()]


def _label(block: str, logins: Collection[str]) -> str | None:
    """The ``login: `` head of a paragraph if ``logins`` has it (any head when empty)."""
    label = MERGED_LABEL.match(block)
    if label is None or (logins and label.group(1) not in logins):
        return None
    return label.group(1)


def _said(block: str, logins: Collection[str] = ()) -> str:
    """A paragraph's words for comparing (spacing folded), without the ``login: `` head a merge
    put before it when that head is one of ``logins``."""
    if logins and (label := MERGED_LABEL.match(block)) and label.group(1) in logins:
        block = block[label.end() :]
    return " ".join(block.split())


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
    logins = {*desk.logins(), *(t.reviewer for t in theirs_all if t.reviewer)}
    for start in range(0, len(matches), CHUNK):
        with desk.store.transaction():
            for match in matches[start : start + CHUNK]:
                if _still_holds(desk, match.claim):
                    _apply(desk, match.claim.id, match.theirs, match.how, report, logins)
                else:
                    report.moved += 1
                    report.unmatched.append(match.theirs)
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
) -> None:
    """Apply one of their claims to ours (the caller holds the transaction); ``logins``: the
    reviewers known to this desk and the file (``merge_note``)."""
    if not theirs.has_review:
        report.unchanged += 1
        return
    ours = history.current_state(desk.store.conn, claim_id)
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
        return
    evidence = tuple(dict.fromkeys((*ours.evidence, *theirs.evidence)))
    note = merge_note(ours.note, theirs.note, who, logins)
    attribution = ours.attribution or _their_check(desk, claim_id, theirs)
    after = ReviewState(ours.verdict or theirs.verdict, note, evidence, ours.hidden, attribution)
    if after == ours:
        # a differing check is counted once, as differing: counted "unchanged" as well, the
        # summary's numbers added up to more claims than the file had
        report.unchanged += not differs
        return
    detail = f"merged from {report.source} (matched by {how})"
    history.record(
        desk.store.conn, claim_id, ours, after, action="merge", channel="merge", reviewer=who,
        detail=detail,
    )  # fmt: skip
    (report.applied if after.verdict != ours.verdict else report.joined).append(claim_id)


def _their_check(desk: Desk, claim_id: int, theirs: TheirClaim) -> str | None:
    """Their attribution check, unless our claim has no speaker (``check_kept``): they checked
    a speaker this desk does not see, and "they did say it" would name nobody here."""
    if theirs.attribution is None:
        return None
    return check_kept(desk.claim(claim_id).speaker, theirs.attribution)


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
