"""Domain objects handed out by the Desk: plain dataclasses, no database rows leak past it."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factdesk.text.counts import counted


@dataclass(slots=True)
class ArticleSummary:
    """One queue row: everything the queue draws, without the body or the claims."""

    id: int
    title: str
    outlet: str | None
    author: str | None
    date_text: str | None
    date_iso: str | None
    url: str | None
    source_path: str | None
    imported_at: str
    version: int
    claims: int = 0
    reviewed: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    """Verdict -> number of claims with it (only verdicts that occur)."""
    top_score: float = 0.0
    """The highest check-worthiness of its claims: the queue's "most check-worthy" sort."""
    place: str | None = None
    """Where it was filed from (a wire dateline's place), when the article says."""
    rereview: int = 0
    """Reviews of an older version a re-import could not carry to this text, still waiting
    (``Desk.needs_review``): the queue shows them beside the verdicts ("↻2")."""

    @property
    def unreviewed(self) -> int:
        return self.claims - self.reviewed

    @property
    def progress(self) -> float:
        return self.reviewed / self.claims if self.claims else 1.0

    @property
    def has_work(self) -> bool:
        """Whether a reviewer has something to do here: a claim without a verdict, or a review
        a re-import handed back (the queue's bold title, the offer of the next article)."""
        return bool(self.unreviewed or self.rereview)

    @property
    def done(self) -> bool:
        """Whether nothing is left to do here: it has claims and no work (the queue sorts and
        counts by this; an article with no claims is neither done nor work)."""
        return self.claims > 0 and not self.has_work


@dataclass(slots=True)
class Article(ArticleSummary):
    """An article with its current body (the text its current claims' offsets point into)."""

    body: str = ""
    body_sha256: str = ""


@dataclass(slots=True)
class Claim:
    """A checkable claim: a span of one version of an article body, plus its review state."""

    id: int
    article_id: int
    version: int
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    sourcing: str
    score: float
    flags: list[str] = field(default_factory=list)
    score_reasons: list[dict] = field(default_factory=list)
    """The features that moved the score most: [{"feature": ..., "weight": ...}]."""
    provenance: str = "auto"
    """How the claim came into the desk: "auto" (extracted) or "manual" (added by a reviewer).
    Stored in the ``claims.origin`` column; not to be confused with a claim's *origin*, the
    source it is attributed to (``corroborate.index``, ``extract.origins``)."""
    hidden: bool = False
    paragraph: int = 1
    verdict: str | None = None
    note: str = ""
    evidence: list[str] = field(default_factory=list)
    """Evidence URLs, one per entry."""
    reviewer: str | None = None
    updated_at: str | None = None
    attribution: str | None = None
    """The attribution check: confirmed, misattributed or None (not checked)."""
    speaker_type: str | None = None
    """"person" or "organisation" when the speaker is one; None for unnamed sources."""
    affiliation: str | None = None
    """Whom an unnamed source is tied to ("a source close to the minister": the minister)."""
    via: str | None = None
    """The outlet the words came through ("told TASS"): a channel, never the origin."""
    extractor: int = 1
    """The extractor version that wrote the claim (``reextract`` brings old ones up to date)."""
    speaker_by: str | None = None
    """The reviewer who set speaker, type, sourcing and affiliation by hand (None: the engine)."""


@dataclass(slots=True)
class ReviewState:
    """The reviewable part of a claim: what a history entry records before and after."""

    verdict: str | None
    note: str
    evidence: tuple[str, ...]
    hidden: bool
    attribution: str | None = None
    """confirmed / misattributed / None: did the speaker say it (the verdict judges content)."""


@dataclass(slots=True)
class Change:
    """One row of the append-only history."""

    id: int
    claim_id: int
    at: str
    reviewer: str
    action: str
    """edit, undo, redo, add, import, reanchor or merge."""
    before: ReviewState
    after: ReviewState
    reverts: int | None = None
    channel: str = "app"
    """How the change came in: app, cli, import or merge (the ``history.via`` column; not
    ``Origin.via``, the outlet a claim was reported through)."""
    detail: str = ""

    def describe(self, reverted: Change | None = None) -> str:
        """A short human description for the history list and notifications.

        ``reverted``: the change this undo or redo entry reverts (its ``reverts``), when the
        caller has it (``worded`` finds it in a claim's history). Adding a claim, a link and a
        speaker correction leave no trace in an undo entry's own fields (only ``hidden``
        moves, or nothing), so without it "z" after "w" read "undo: no change" and after "a"
        "undo: hidden"; with it the entry is worded from the change it takes back."""
        if self.action in ("undo", "redo") and reverted is not None:
            words = reverted._words_when_reverted(self)
            if words:
                return f"{self.action}: {words}"
        parts = []
        if self.before.verdict != self.after.verdict:
            parts.append(
                f"verdict {self.before.verdict or 'none'} → {self.after.verdict or 'none'}"
            )
        if self.before.note != self.after.note:
            parts.append("note edited")
        if self.before.evidence != self.after.evidence:
            parts.append("evidence edited")
        if self.before.attribution != self.after.attribution:
            parts.append(
                f"attribution {self.before.attribution or 'unchecked'} → "
                f"{self.after.attribution or 'unchecked'}"
            )
        if self.before.hidden != self.after.hidden:
            parts.append("hidden" if self.after.hidden else "shown")
        text = ", ".join(parts) or "no change"
        if self.action in ("link", "unlink") and self.detail:
            other = json.loads(self.detail).get("linked_claim_id")
            text = f"{self.action}ed claim {other}"
        if self.action == "add":  # a claim made by hand: "shown" read as nonsense there
            text = "added the claim by hand"
        if self.action == "speaker" and self.detail:
            text = _speaker_words(self.detail, self, backwards=False)
        if self.action == "reanchor":
            text = _reanchor_words(self.detail, text)
        if self.action in ("undo", "redo"):
            text = f"{self.action}: {text}"
        return text

    def _words_when_reverted(self, entry: Change) -> str | None:
        """This change's words in the undo or redo ``entry`` that reverts it, None for the
        changes whose own undo entry says what moved (a verdict, a note, a hide). A speaker
        change reads in the entry's direction ("undo: speaker B → A"), as a verdict does."""
        if self.action in ("add", "link", "unlink"):
            return self.describe()
        if self.action == "speaker" and self.detail:
            return _speaker_words(self.detail, entry, backwards=entry.action == "undo")
        return None


NOT_CARRIED = "not carried"
"""How a re-import's history row begins when an earlier version's review of other words was
not carried to the new claim (``ingest.carryover``)."""


LINK_CARRIED = "link "
"""How a re-import's history row begins when it carried a link to another claim onto the
same words of the new version ("link to claim 12 carried from claim 4 (version 1), …") or
moved a link into the article there ("link moved from claim 4 (version 1) to claim 9 …"):
the row says it whole (``ingest.carryover``)."""


def was_words(state: ReviewState, links: int = 0, speaker: str | None = None) -> str:
    """An earlier review in a few words: "contradicted (attribution confirmed, a note)";
    ``links``: how many claims were linked to it as evidence; ``speaker``: whom the reviewer
    set as its speaker, if they did."""
    extra = [f"attribution {state.attribution}"] if state.attribution else []
    extra += ["a note"] * bool(state.note)
    extra += [counted(len(state.evidence), "evidence link")] if state.evidence else []
    extra += [counted(links, "linked claim")] if links else []
    extra += [f"the speaker set by hand: {speaker}"] if speaker else []
    return (state.verdict or "no verdict") + (f" ({', '.join(extra)})" if extra else "")


def _reanchor_words(detail: str, moved: str) -> str:
    """A re-import's row: "carried from version 1: verdict none → disputed", with the earlier
    words when spacing or punctuation moved, or the whole not-carried sentence. A row written
    before words had to match ("… : fuzzy 93") says the words changed, as they had."""
    if detail.startswith((NOT_CARRIED, LINK_CARRIED)):
        return detail
    version = re.search(r"\(version (\d+)\)", detail)
    text = f"carried from {f'version {version[1]}' if version else 'the earlier version'}: {moved}"
    if re.search(r": fuzzy \d+", detail):
        text += " (the words changed)"
    earlier = detail.partition("; earlier words ")[2]
    return f"{text} (earlier words {earlier})" if earlier else text


def _speaker_words(detail: str, entry: Change, *, backwards: bool) -> str:
    """A speaker correction: who before and after (from a ``speaker`` entry's ``detail``),
    and the attribution check when ``entry`` moved it too. The type is named when nothing
    else changed ("X (named) → X (named, organisation)" rather than the same words twice)."""
    moved = json.loads(detail)
    old, new = moved.get("before", {}), moved.get("after", {})
    if backwards:
        old, new = new, old
    typed = _who(old) == _who(new) and old.get("speaker_type") != new.get("speaker_type")
    text = f"speaker {_who(old, typed)} → {_who(new, typed)}"
    if entry.before.attribution != entry.after.attribution:  # the check went with it
        text += (
            f", attribution {entry.before.attribution or 'unchecked'} → "
            f"{entry.after.attribution or 'unchecked'}"
        )
    return text


def _who(side: dict, typed: bool = False) -> str:
    """One side of a speaker correction: the name and sourcing, and the type if ``typed``."""
    how = [str(side.get("sourcing"))] + [side.get("speaker_type") or "no type"] * typed
    return f"{side.get('speaker') or 'none'} ({', '.join(how)})"


def worded(changes: Sequence[Change], among: Sequence[Change] | None = None) -> dict[int, str]:
    """Change id -> its words, an undo or redo worded from the change it reverts when that
    is among ``among`` (``changes`` unless given; one claim's history holds both:
    ``Desk.history``). Give the few changes shown and the whole history as ``among``: only
    those shown are worded (the claim detail redraws at every move)."""
    by_id = {change.id: change for change in (changes if among is None else among)}
    return {
        change.id: change.describe(by_id.get(change.reverts) if change.reverts else None)
        for change in changes
    }


@dataclass(slots=True)
class ImportOutcome:
    """What happened to one file on import."""

    path: str
    status: str
    """imported, unchanged, updated or failed."""
    article_id: int | None = None
    claims: int = 0
    message: str = ""
    rereview: list[int] = field(default_factory=list)
    """Claim ids of an earlier version whose verdict could not be moved to the new version."""

    @property
    def rereview_words(self) -> str:
        """Says "1 earlier verdict needs re-review" (or N verdicts need): the CLI's line and
        the app's notice both say it (they said "1 earlier verdicts need")."""
        count = len(self.rereview)
        return f"{counted(count, 'earlier verdict')} need{'s' * (count == 1)} re-review"


@dataclass(slots=True)
class ImportReport:
    """The summary line of an import run."""

    outcomes: list[ImportOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0

    def summary(self) -> str:
        claims = sum(outcome.claims for outcome in self.outcomes if outcome.status != "unchanged")
        return (
            f"{self.count('imported')} imported, {self.count('unchanged')} unchanged, "
            f"{self.count('updated')} updated, {self.count('failed')} failed, "
            f"{counted(claims, 'claim')} found"
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """A proper name found in a text, with ``text[start:end] == mention.text``.

    A domain type because the layers that find names (``names.mentions``), attribute claims
    (``extract``) and compare them (``corroborate``) all pass mentions around.
    """

    start: int
    end: int
    text: str
    kind: str = "name"
    """person, organisation, place, group, or name (another proper name: an event, a law)."""
