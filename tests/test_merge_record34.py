"""Merging between desks keeps who did what, and the later change (mend34, issue 13).

Three desks of the seeds exchange JSON Lines exports, as colleagues do: a merge that only adds
a colleague's note leaves the claim ours; a verdict cleared on one desk is not brought back by
an older export, and a later clear there withdraws the verdict it cleared here; a login known
only from a merged file is shown by name, not as written, in the next export.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from export_support import open_seeded
from factdesk.desk.merge import merge_file, merge_note
from factdesk.desk.service import Desk
from factdesk.export import export_file, export_options, export_text
from factdesk.export.options import ExportOptions
from factdesk.export.reviewers import Reviewers


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A clock that moves a minute at every reading: each change of the test is later than
    the one before, as changes made at a desk are (a real clock gives two merges one second)."""
    moments = iter(
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=n) for n in range(10**6)
    )

    def ticking() -> str:
        return next(moments).isoformat(timespec="seconds").replace("+00:00", "Z")

    for module in ("factdesk.desk.service", "factdesk.desk.merge", "factdesk.store.history"):
        monkeypatch.setattr(f"{module}.now", ticking)
    yield


@pytest.fixture
def desks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: None) -> Iterator[dict]:
    """Three desks holding the seeds: Nadia's, Tomas's and Ruth's."""
    opened = {
        name: open_seeded(tmp_path / f"{name}.db", monkeypatch, reviewer=name)
        for name in ("nadia", "tomas", "ruth")
    }
    yield opened
    for desk in opened.values():
        desk.close()


def sent(desk: Desk, tmp_path: Path, name: str = "") -> Path:
    """The desk's JSON Lines export, as a colleague receives it."""
    path = tmp_path / f"{name or desk.reviewer}-{len(list(tmp_path.iterdir()))}.jsonl"
    return export_file(desk, "jsonl", path).path


def claim_of(desk: Desk, index: int = 0):
    """The same claim on every seeded desk (the seeds are imported alike)."""
    return desk.claims(1)[index]


# -- 1. the reviewer of record -----------------------------------------------------------


def test_a_note_added_by_a_merge_leaves_the_claim_ours(desks: dict, tmp_path: Path) -> None:
    """Nadia and Tomas both rated a claim disputed, each with a note. Nadia's merge of Tomas's
    file made Tomas the claim's reviewer of record: her report said "Reviewed by" him, and
    Ruth, merging Nadia's export, put Nadia's whole note under "tomas: "."""
    nadia, tomas, ruth = desks["nadia"], desks["tomas"], desks["ruth"]
    claim = claim_of(nadia).id
    nadia.set_verdict(claim, "disputed")
    nadia.set_note(claim, "The port authority gives a lower tonnage.")
    tomas.set_verdict(claim, "disputed")
    tomas.set_note(claim, "Two shipping registers disagree on the year.")
    merge_file(nadia, sent(tomas, tmp_path))
    merged = nadia.claim(claim)
    assert merged.reviewer == "nadia"
    assert merged.note == (
        "The port authority gives a lower tonnage.\n\n"
        "tomas: Two shipping registers disagree on the year."
    )
    assert nadia.history(claim)[-1].reviewer == "tomas"  # the history says who added what
    # Ruth rated it too, with her own note: each paragraph keeps its writer
    ruth.set_verdict(claim, "disputed")
    ruth.set_note(claim, "Called the harbour office.")
    merge_file(ruth, sent(nadia, tmp_path))
    assert ruth.claim(claim).note == (
        "Called the harbour office.\n\n"
        "nadia: The port authority gives a lower tonnage.\n\n"
        "tomas: Two shipping registers disagree on the year."
    )
    assert ruth.claim(claim).reviewer == "ruth"


def test_their_verdict_over_our_bare_note_keeps_the_note_ours(desks: dict, tmp_path: Path) -> None:
    """Nadia wrote a note and gave no verdict yet; Tomas's verdict comes in. The verdict and
    the reviewer of record are his; her note is headed with her login, so an export's reader
    (which reads a note's unheaded first paragraph as the reviewer of record's) and Ruth's
    merge keep it hers, and an anonymised export shows her number there, not her login."""
    nadia, tomas, ruth = desks["nadia"], desks["tomas"], desks["ruth"]
    claim = claim_of(nadia).id
    nadia.set_note(claim, "Asked the ministry for the 2019 figures.")
    tomas.set_verdict(claim, "unverifiable")
    tomas.set_note(claim, "No public source for the figure.")
    merge_file(nadia, sent(tomas, tmp_path))
    merged = nadia.claim(claim)
    assert (merged.verdict, merged.reviewer) == ("unverifiable", "tomas")
    assert merged.note == (
        "nadia: Asked the ministry for the 2019 figures.\n\ntomas: No public source for the figure."
    )
    merge_file(ruth, sent(nadia, tmp_path))  # Ruth had nothing on it
    assert ruth.claim(claim).note == merged.note
    report = export_text(nadia, "markdown", options=export_options(nadia, anonymise_reviewers=True))
    assert "nadia" not in report.text and "tomas" not in report.text
    # and back at Tomas: her paragraph comes under her name, his own is not added again
    merge_file(tomas, sent(nadia, tmp_path))
    assert tomas.claim(claim).note == (
        "No public source for the figure.\n\nnadia: Asked the ministry for the 2019 figures."
    )


def test_their_note_onto_our_verdict_alone_is_headed_with_their_login(
    desks: dict, tmp_path: Path
) -> None:
    """review44 A14: Nadia rated a claim disputed with no note; Tomas rated it disputed with
    one. The merge keeps the claim Nadia's (her verdict, the same) and took his note bare, so
    her report's "Reviewed by" Nadia read his words as hers, and Ruth's merge of her export
    too. His note comes under his login, as it does after a note of hers."""
    nadia, tomas, ruth = desks["nadia"], desks["tomas"], desks["ruth"]
    claim = claim_of(nadia).id
    nadia.set_verdict(claim, "disputed")
    tomas.set_verdict(claim, "disputed")
    tomas.set_note(claim, "Two shipping registers disagree on the year.")
    merge_file(nadia, sent(tomas, tmp_path))
    merged = nadia.claim(claim)
    assert merged.reviewer == "nadia"
    assert merged.note == "tomas: Two shipping registers disagree on the year."
    merge_file(ruth, sent(nadia, tmp_path))  # Ruth had nothing on it: the head travels
    assert ruth.claim(claim).note == merged.note
    # and back at Tomas his own words are not added a second time
    merge_file(tomas, sent(nadia, tmp_path))
    assert tomas.claim(claim).note == "Two shipping registers disagree on the year."


def test_a_note_headed_by_a_known_login_is_named_at_its_start_too() -> None:
    """``Reviewers.note`` replaced a login only after a blank line; a note a merge headed with
    its writer's login (above) begins with it, in the note and after the fact-check note's
    "Note: "."""
    reviewers = Reviewers(ExportOptions(anonymise_reviewers=True, logins=("ilse", "bram")))
    assert reviewers.note("bram: Seen.\n\nilse: Also seen.") == (
        "Reviewer 2: Seen.\n\nReviewer 1: Also seen."
    )
    assert reviewers.note("Verdict: FALSE\nNote: bram: Seen.") == (
        "Verdict: FALSE\nNote: Reviewer 2: Seen."
    )
    assert reviewers.note("Brammer: not a login") == "Brammer: not a login"


def test_a_first_paragraph_headed_by_another_known_login_is_relayed() -> None:
    """Their note may open with a third reviewer's paragraph under its login (their merge
    headed their own note so): it keeps that name, not theirs before it."""
    assert merge_note("Ours.", "wim: Wim's.\n\nTheirs.", "ada", {"wim", "ada"}) == (
        "Ours.\n\nwim: Wim's.\n\nada: Theirs."
    )
    # the first paragraph is still their words when its head is no other login
    assert merge_note("Ours.", "Datum: 4. März", "ada", {"wim", "ada"}) == (
        "Ours.\n\nada: Datum: 4. März"
    )


# -- 2. the later change wins --------------------------------------------------------------


def test_a_verdict_cleared_here_is_not_brought_back_by_an_older_export(
    desks: dict, tmp_path: Path
) -> None:
    """Nadia took Tomas's verdict, then cleared it (she found the claim was no claim). His
    export, older than her clear, gave it back at every merge."""
    nadia, tomas = desks["nadia"], desks["tomas"]
    claim = claim_of(nadia).id
    tomas.set_verdict(claim, "contradicted")
    tomas.set_attribution(claim, "confirmed")
    older = sent(tomas, tmp_path)
    merge_file(nadia, older)
    assert nadia.claim(claim).verdict == "contradicted"
    nadia.set_verdict(claim, None)
    nadia.set_attribution(claim, None)
    report = merge_file(nadia, older)
    assert (nadia.claim(claim).verdict, nadia.claim(claim).attribution) == (None, None)
    assert report.kept_cleared == [claim] and not report.applied
    assert "1 verdict of theirs older than our clear, not taken" in report.summary()
    # a verdict he gives after her clear is later: it is taken
    tomas.set_verdict(claim, "disputed")
    merge_file(nadia, sent(tomas, tmp_path))
    assert nadia.claim(claim).verdict == "disputed"


def test_a_later_clear_there_withdraws_the_verdict_it_cleared(desks: dict, tmp_path: Path) -> None:
    """Tomas cleared the verdict Nadia had taken from him: merging his later export, the
    withdrawn rating went on standing on her desk. A clear of a value she does not hold (she
    rated the claim otherwise herself) leaves hers."""
    nadia, tomas = desks["nadia"], desks["tomas"]
    taken, own = claim_of(nadia, 0).id, claim_of(nadia, 1).id
    tomas.set_verdict(taken, "corroborated")
    tomas.set_verdict(own, "corroborated")
    nadia.set_verdict(own, "disputed")
    merge_file(nadia, sent(tomas, tmp_path))
    assert nadia.claim(taken).verdict == "corroborated"
    tomas.set_verdict(taken, None)
    tomas.set_verdict(own, None)
    report = merge_file(nadia, sent(tomas, tmp_path))
    assert nadia.claim(taken).verdict is None and report.withdrawn == [taken]
    assert nadia.claim(own).verdict == "disputed"
    assert nadia.history(taken)[-1].reviewer == "tomas"
    # she rates it again later: his old clear does not take it a second time
    nadia.set_verdict(taken, "unverifiable")
    merge_file(nadia, sent(tomas, tmp_path))
    assert nadia.claim(taken).verdict == "unverifiable"


def test_a_merged_verdict_keeps_the_time_it_was_given(desks: dict, tmp_path: Path) -> None:
    """The history row of a merged verdict carries when the colleague gave it, not when it
    arrived: a clear here between the two would otherwise count as older than the copy."""
    nadia, tomas = desks["nadia"], desks["tomas"]
    claim = claim_of(nadia).id
    given = tomas.set_verdict(claim, "corroborated")
    assert given is not None
    merge_file(nadia, sent(tomas, tmp_path))
    assert nadia.history(claim)[-1].at == given.at


# -- 3. logins known only from a merged file -----------------------------------------------


def test_a_login_known_only_from_a_merged_file_is_not_published(
    desks: dict, tmp_path: Path
) -> None:
    """Ruth's note reached Tomas through Nadia's desk. Tomas's desk had never seen "ruth":
    his anonymised report and his ClaimReview printed "ruth: …" as the note had it."""
    nadia, tomas, ruth = desks["nadia"], desks["tomas"], desks["ruth"]
    claim = claim_of(nadia).id
    for desk in (nadia, ruth, tomas):
        desk.set_verdict(claim, "disputed")
    ruth.set_note(claim, "The photo is from 2019.")
    nadia.set_note(claim, "Reverse image search finds older copies.")
    merge_file(nadia, sent(ruth, tmp_path))
    nadia.set_note(claim, nadia.claim(claim).note + "\n\nChecked the archive too.")
    merge_file(tomas, sent(nadia, tmp_path))
    assert "\n\nruth: The photo is from 2019." in tomas.claim(claim).note
    options = export_options(tomas, anonymise_reviewers=True)
    for fmt in ("markdown", "claimreview", "csv"):
        text = export_text(tomas, fmt, options=options).text
        assert "ruth" not in text and "The photo is from 2019." in text, fmt
    assert "ruth" in tomas.logins()


def test_learned_logins_keep_their_place(desks: dict, tmp_path: Path) -> None:
    """A login learned from a merged file is numbered where it was learned, and keeps that
    place when it later appears in the history ("Reviewer N" must not move)."""
    tomas, ruth = desks["tomas"], desks["ruth"]
    tomas.set_verdict(claim_of(tomas).id, "disputed")
    with tomas.store.transaction():
        tomas.learn_logins(["ruth", "tomas"])
    assert tomas.logins() == ["tomas", "ruth"]
    tomas.set_verdict(claim_of(tomas, 1).id, "disputed")
    with tomas.store.transaction():
        tomas.learn_logins(["olga"])
    ruth.set_verdict(claim_of(ruth, 2).id, "corroborated")
    merge_file(tomas, sent(ruth, tmp_path))  # ruth is in the history now, after olga
    assert tomas.history(claim_of(tomas, 2).id)[-1].reviewer == "ruth"
    assert tomas.logins() == ["tomas", "ruth", "olga"]
