"""``Desk`` methods for the reviewer's correction of who claims a claim.

``set_speaker`` writes the speaker, its type, the sourcing and the affiliation a reviewer
gives (recorded, undoable, marked as theirs); ``clear_speaker`` gives the claim back to the
engine (its analysis of the claim's span, run again). Either way the claim's origin for
independence counting is re-derived at once, so the Elsewhere panel and exports follow.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from factdesk.domain.flags import PRIVATE_INDIVIDUAL
from factdesk.lexicon.cyrillic import has_cyrillic
from factdesk.store.attribution import PRIVATE, SOURCINGS, SPEAKER_TYPES, record_attribution
from factdesk.store.deskfile import DeskError
from factdesk.text.fold import folded

if TYPE_CHECKING:
    from factdesk.domain.models import Article, Change, Claim
    from factdesk.ingest.reextract import Reextracted
    from factdesk.names.groups import NameGroup
    from factdesk.store.db import Store


def check_attribution(
    speaker: str | None, speaker_type: str | None, sourcing: str, affiliation: str | None
) -> None:
    """Raise ``DeskError`` naming the first value that cannot be stored."""
    if sourcing not in SOURCINGS:
        raise DeskError(f"sourcing must be one of {', '.join(SOURCINGS)}, not {sourcing!r}")
    if speaker_type is not None and speaker_type not in SPEAKER_TYPES:
        raise DeskError(f"type must be person or organisation, not {speaker_type!r}")
    if sourcing == "named" and not speaker:
        raise DeskError("a named source needs a name (--name)")
    if sourcing == "none" and (speaker or affiliation):
        raise DeskError("sourcing none takes no name and no affiliation")


def check_kept(speaker: str | None, check: str | None) -> str | None:
    """The attribution check a claim keeps once its speaker is ``speaker``: none without one.

    "Confirmed: they did say it" names nobody on the writer's own assertion. The desk's one
    rule: ``set_attribution`` refuses a check there, and a merge brings none there (a speaker
    change, which also clears it for another name, asks ``check_after_change``)."""
    return check if speaker is not None else None


def check_after_change(before: str | None, after: str | None, check: str | None) -> str | None:
    """The attribution check a claim keeps when the reviewer changes its speaker from
    ``before`` to ``after``: kept only while it is the same speaker (the type, sourcing or
    affiliation corrected, the name's case or spacing); cleared with another name.

    "Confirmed: they did say it" was checked of the speaker named then: kept on a speaker
    renamed, it vouched for someone nobody checked. Cleared in the same undoable entry, and
    the notice says so; ``A`` confirms the new speaker in one key."""
    if after is None or folded(before) != folded(after):
        return None
    return check


def speaker_kind(claim: Claim, group: NameGroup | None) -> str | None:
    """What the speaker is, as every screen says it: the reviewer's type when they set the
    attribution, else the type of the speaker's name group (``Desk.speaker_group``: what the
    names view says) when it is a speaker's type (``SPEAKER_TYPES``), else the claim's own.
    The claim's own came from one sentence's reading, and the detail said "organisation" of a
    person the names view listed as one. A country that says something ("Ukraine said") is a
    place in the names view but its speaker stays an organisation, as the speaker dialog and
    the exports say it (review38: the detail said "place", the dialog "organisation")."""
    if claim.speaker_by or group is None or group.kind not in SPEAKER_TYPES:
        return claim.speaker_type
    return group.kind


def speaker_name(claim: Claim, group: NameGroup | None) -> str | None:
    """Who the speaker is, as every export, the fact-check note and the publish dialog name
    them: the name group's name (``Desk.speaker_group``: as the names view names it for the
    claim's article, "Mara Holt" where the sentence says "Holt"), else the claim's own
    spelling; None when the claim names nobody. The claim detail and the Elsewhere panel said
    "Mara Holt" while the report, the CSV's claimant and ClaimReview's author said "Holt".
    A group named in the other script than the claim's spelling (its article spells none of
    its names: «Минобороны России» in a group named "Ministry of Defence of Russia") leaves
    the claim's own: a Russian review names its claimant in Russian. A Cyrillic group named
    by a case form of the claim's own words (a group first met as «за словами Наталії
    Гнатюк», its claim's speaker «Наталія Гнатюк», the engine's nominative) leaves the
    claim's own too: ClaimReview's author was published in the genitive (review42 A7)."""
    if claim.speaker is None:
        return None
    if group is None or has_cyrillic(group.name) != has_cyrillic(claim.speaker):
        return claim.speaker
    if has_cyrillic(claim.speaker) and _case_form_of(group.name, claim.speaker):
        return claim.speaker
    return group.name


def _case_form_of(group_name: str, speaker: str) -> bool:
    """The same words in another case: same number of words, each the same name
    (``names.spelling.same_name``), so "Гнатюк" in a group "Наталія Гнатюк" still takes
    the group's fuller name."""
    from factdesk.names.spelling import same_name

    return group_name != speaker and same_name(group_name, speaker)


class SpeakerMixin:
    """Uses the Desk's ``store``, ``reviewer``, ``claim`` and ``article``."""

    store: Store

    if TYPE_CHECKING:  # what Desk provides; declared so the type checker sees the contract

        @property
        def reviewer(self) -> str: ...

    def claim(self, claim_id: int) -> Claim:  # provided by Desk
        raise NotImplementedError

    def article(self, article_id: int) -> Article:  # provided by Desk
        raise NotImplementedError

    def set_speaker(
        self,
        claim_id: int,
        *,
        speaker: str | None,
        speaker_type: str | None,
        sourcing: str,
        affiliation: str | None = None,
        channel: str = "app",
    ) -> Change | None:
        """The reviewer's attribution of a claim; None when it is already so."""
        speaker = " ".join((speaker or "").split()) or None
        affiliation = " ".join((affiliation or "").split()) or None
        check_attribution(speaker, speaker_type, sourcing, affiliation)
        fields = {"speaker": speaker, "speaker_type": speaker_type, "sourcing": sourcing,
                  "affiliation": affiliation, "speaker_by": self.reviewer}  # fmt: skip
        return self._write_attribution(claim_id, fields, channel)

    def clear_speaker(self, claim_id: int, *, channel: str = "app") -> Change | None:
        """Give the claim back to the engine: its own analysis of the claim's span."""
        from factdesk.extract.claims import describe_span  # local: keeps spaCy off startup

        claim = self.claim(claim_id)
        article = self.article(claim.article_id)
        if claim.version != article.version:
            raise DeskError(f"claim {claim_id} belongs to an older version of its article")
        draft = describe_span(article.body, claim.start, claim.end, article.date_iso)
        fields = {"speaker": draft.speaker, "speaker_type": draft.speaker_type,
                  "sourcing": draft.sourcing, "affiliation": draft.affiliation,
                  "speaker_by": None,
                  PRIVATE: PRIVATE_INDIVIDUAL in draft.flags}  # the engine's reading  # fmt: skip
        return self._write_attribution(claim_id, fields, channel)

    def stale_articles(self) -> list[int]:
        """Articles whose current claims an older extractor wrote (``reextract`` updates them)."""
        from factdesk.store.extraction import stale_articles  # no extractor loaded to list them

        return stale_articles(self.store.conn)

    def reextract(self, article_id: int) -> Reextracted:
        """Re-extract one article in place, keeping claim ids and review work."""
        from factdesk.ingest.reextract import reextract_article  # local: spaCy off startup

        self.article(article_id)
        crossref = _crossref()
        return reextract_article(
            self.store, article_id, index=crossref.index_article, forget=crossref.forget,
            prepare=crossref.prepare,
        )  # fmt: skip

    def _write_attribution(self, claim_id: int, fields: dict, channel: str) -> Change | None:
        claim = self.claim(claim_id)
        with self.store.transaction() as conn:
            change = record_attribution(
                conn, claim_id, fields, channel=channel, reviewer=self.reviewer,
                check=lambda check: check_after_change(claim.speaker, fields["speaker"], check),
            )  # fmt: skip
            if change is not None:
                follow_attribution(self.store, claim.article_id, claim_id)
        return change


def follow_attribution(store: Store, article_id: int, claim_id: int) -> None:
    """What a claim's attribution decides, derived again once it changed (a reviewer's
    correction, its undo or redo): its origin for independence counting, and its score,
    whose desk signals read the sourcing ("desk: anonymous source" stayed among the reasons
    of a claim the reviewer had made the writer's own). The caller holds the transaction."""
    from factdesk.score import rescore  # local: the sentence model stays off startup

    _crossref().index_article(store, article_id, only_claim=claim_id)
    rescore.rescore_claims(store.conn, [claim_id])


def _crossref() -> ModuleType:
    """The cross-reference index, imported on first use: reading the desk must not load it."""
    from factdesk.corroborate import index

    return index
