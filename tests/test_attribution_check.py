"""The attribution check (did the speaker say it?), kept apart from the verdict on the content."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from desk_template import open_seeded
from factdesk.cli.entry import main
from factdesk.desk.service import Desk, DeskError
from factdesk.extract.reported import reported_content
from factdesk.settings.config import load_config
from factdesk.store.history import current_state, record
from factdesk.ui.widgets.claim_detail import ClaimDetail
from hypothesis import given
from hypothesis import strategies as st
from snapshot_app import build_app, open_review, record_notifications


def test_set_attribution_keeps_the_verdict_and_is_in_the_history_and_undo(
    seeded_desk: Desk,
) -> None:
    claim = seeded_desk.claims()[0]
    seeded_desk.set_verdict(claim.id, "disputed")
    change = seeded_desk.set_attribution(claim.id, "Confirmed")
    assert change is not None and "attribution unchecked → confirmed" in change.describe()
    now = seeded_desk.claim(claim.id)
    assert (now.verdict, now.attribution) == ("disputed", "confirmed")
    assert seeded_desk.history(claim.id)[-1].after.attribution == "confirmed"
    seeded_desk.set_attribution(claim.id, "misattributed")
    seeded_desk.undo()
    assert seeded_desk.claim(claim.id).attribution == "confirmed"
    seeded_desk.redo()
    assert seeded_desk.claim(claim.id).attribution == "misattributed"
    assert seeded_desk.set_attribution(claim.id, "misattributed") is None  # no change, no entry
    seeded_desk.set_attribution(claim.id, None)
    assert seeded_desk.claim(claim.id).attribution is None
    assert seeded_desk.claim(claim.id).verdict == "disputed"


def test_the_note_says_what_the_verdict_judges_and_the_check(seeded_desk: Desk) -> None:
    claim = seeded_desk.claims()[0]
    assert "Attribution: not checked" in seeded_desk.note_text(claim.id)
    assert "(on the content)" in seeded_desk.note_text(claim.id)
    seeded_desk.set_attribution(claim.id, "misattributed")
    assert "Attribution: MISATTRIBUTED" in seeded_desk.note_text(claim.id)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sets_clears_and_refuses_bad_words(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "cli.db")
    open_seeded(Path(db), load_config()).close()  # the seeds' claims, imported once per run
    code, out, _ = run(capsys, "--db", db, "attribution", "1", "confirmed")
    assert code == 0 and "confirmed" in out
    with pytest.raises(SystemExit) as refused:  # a wrong word is a usage error, as argparse's
        main(["--db", db, "attribution", "1", "perhaps"])
    err = capsys.readouterr().err
    assert refused.value.code == 2 and err.count("\n") == 1 and "confirmed, misattributed" in err
    desk = Desk.open(db)
    assert desk.claim(1).attribution == "confirmed"
    assert desk.history(1)[-1].channel == "cli"
    desk.close()

    def listed() -> str | None:  # what a script reads: claims --format json said nothing of it
        _, out, _ = run(capsys, "--db", db, "claims", "--format", "json")
        return {c["id"]: c for c in json.loads(out)}[1]["attribution"]

    assert listed() == "confirmed"
    assert run(capsys, "--db", db, "attribution", "1", "--clear")[0] == 0
    assert listed() is None
    desk = Desk.open(db)
    assert desk.claim(1).attribution is None
    desk.close()
    with pytest.raises(SystemExit):
        main(["--db", db, "attribution", "1", "confirmed", "--clear"])


def test_no_check_for_the_writers_own_assertion_in_the_desk_and_the_cli(
    tmp_path: Path, capsys
) -> None:
    """One rule in the desk: a claim with no speaker gets no check (the app's A and the CLI
    both go through it); clearing a check it carries from before stays allowed."""
    db = str(tmp_path / "own.db")
    desk = open_seeded(Path(db), load_config())
    own = next(c for c in desk.claims() if c.speaker is None)
    with pytest.raises(DeskError, match=f"claim {own.id} has no speaker to check"):
        desk.set_attribution(own.id, "misattributed")
    desk.close()
    code, out, err = run(capsys, "--db", db, "attribution", str(own.id), "confirmed")
    assert code != 0 and out == "" and err.count("\n") == 1
    assert f"claim {own.id} has no speaker to check" in err
    desk = Desk.open(db)
    assert desk.claim(own.id).attribution is None and desk.history(own.id) == []
    was = next(c for c in desk.claims() if c.speaker is not None)
    desk.set_attribution(was.id, "confirmed")  # checked, then found the writer's own
    desk.set_speaker(was.id, speaker=None, speaker_type=None, sourcing="none")
    with desk.store.transaction() as conn:  # as a desk from before the change cleared it
        state = current_state(conn, was.id)
        stale = replace(state, attribution="confirmed")
        record(conn, was.id, state, stale, action="edit", channel="cli", reviewer="old")
    desk.close()
    assert run(capsys, "--db", db, "attribution", str(was.id), "--clear")[0] == 0
    desk = Desk.open(db)
    assert desk.claim(was.id).attribution is None
    desk.close()


def test_taking_the_speaker_away_takes_the_check_with_it_in_one_undoable_change(
    seeded_desk: Desk,
) -> None:
    """A check ("confirmed: they did say it") names nobody once the claim is the writer's own:
    the one speaker change clears it, says so, and z gives both back (issue 13); the same
    speaker written again (its case, its type) keeps the check."""
    claim = next(c for c in seeded_desk.claims() if c.speaker is not None)
    seeded_desk.set_speaker(
        claim.id, speaker="Invented Spokesperson", speaker_type="person", sourcing="named"
    )
    seeded_desk.set_attribution(claim.id, "confirmed")
    same = seeded_desk.set_speaker(
        claim.id, speaker="invented  spokesperson", speaker_type="organisation", sourcing="named"
    )
    assert same is not None and seeded_desk.claim(claim.id).attribution == "confirmed"
    seeded_desk.set_speaker(
        claim.id, speaker="Invented Spokesperson", speaker_type="person", sourcing="named"
    )
    change = seeded_desk.set_speaker(claim.id, speaker=None, speaker_type=None, sourcing="none")
    assert change is not None and "attribution confirmed → unchecked" in change.describe()
    assert seeded_desk.claim(claim.id).attribution is None
    assert len(seeded_desk.history(claim.id)) == 5  # one entry for both
    seeded_desk.undo()
    back = seeded_desk.claim(claim.id)
    assert (back.speaker, back.attribution) == ("Invented Spokesperson", "confirmed")
    seeded_desk.redo()
    gone = seeded_desk.claim(claim.id)
    assert (gone.speaker, gone.attribution) == (None, None)


async def test_a_speaker_changed_by_hand_takes_the_check_of_the_old_one_away(
    seeded_desk: Desk,
) -> None:
    """``w`` naming another speaker clears "confirmed" (it was checked of the one named
    before: kept, it vouched for someone nobody checked), says so in the notice, in one
    history entry; ``z`` gives back the speaker and the check together."""
    from factdesk.ui.screens.speaker import SpeakerScreen
    from textual.widgets import Input, Select

    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_review(pilot)
        named = next(c for c in screen.shown if c.speaker is not None)
        screen.move_to(named.id)
        await pilot.press("A")
        await pilot.pause()
        assert seeded_desk.claim(named.id).attribution == "confirmed"
        said = record_notifications(app)
        await pilot.press("w")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, SpeakerScreen)
        dialog.query_one("#speaker-name", Input).value = ""
        await pilot.press(*"Invented Other Speaker")
        dialog.query_one("#speaker-type", Select).value = "person"
        dialog.query_one("#speaker-sourcing", Select).value = "named"
        await pilot.press("ctrl+s")
        await pilot.pause()
        changed = seeded_desk.claim(named.id)
        assert (changed.speaker, changed.attribution) == ("Invented Other Speaker", None)
        assert any("attribution confirmed → unchecked" in message for message in said)
        await pilot.press("z")
        await pilot.pause()
        back = seeded_desk.claim(named.id)
        assert (back.speaker, back.attribution) == (named.speaker, "confirmed")


async def test_key_A_cycles_the_check_and_z_takes_it_back(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_review(pilot)
        claim = screen.current_id
        await pilot.press("A")
        await pilot.pause()
        assert seeded_desk.claim(claim).attribution == "confirmed"
        await pilot.press("A")
        await pilot.pause()
        assert seeded_desk.claim(claim).attribution == "misattributed"
        assert seeded_desk.claim(claim).verdict is None
        await pilot.press("z")
        await pilot.pause()
        assert seeded_desk.claim(claim).attribution == "confirmed"
        assert screen.current_id == claim
        # the writer's own assertion names nobody whose words could be checked: A says so
        own = next(c for c in screen.shown if c.speaker is None)
        screen.move_to(own.id)
        said = record_notifications(app)
        await pilot.press("A")
        await pilot.pause()
        assert seeded_desk.claim(own.id).attribution is None
        assert any("no speaker to check" in message for message in said)
        assert "no speaker to check" in screen.query_one(ClaimDetail).text
        # a check left from before the speaker went (a desk older than the rule that clears
        # it with the speaker) is cleared by A, never cycled on
        seeded_desk.set_speaker(claim, speaker=None, speaker_type=None, sourcing="none")
        with seeded_desk.store.transaction() as conn:
            state = current_state(conn, claim)
            stale = replace(state, attribution="misattributed")
            record(conn, claim, state, stale, action="edit", channel="app", reviewer="old")
        screen.refresh_claim(claim)
        screen.move_to(claim)
        await pilot.press("A")
        await pilot.pause()
        assert seeded_desk.claim(claim).attribution is None


def test_reported_content_of_that_complements_and_according_to() -> None:
    assert reported_content(
        "A spokeswoman told the broadcaster on Friday that the regulator has closed its inquiry."
    ) == ("The regulator has closed its inquiry")

    assert reported_content(
        "The mayor reported to the council that the bridge had been ‘fully repaired.’"
    ) == ("The bridge had been ‘fully repaired.’")
    assert reported_content("According to the coroner, the fire started in the kitchen.") == (
        "The fire started in the kitchen"
    )
    assert reported_content("He said that year was hard.") is None
    assert reported_content("Prices rose 3% last month.") is None


def test_the_seed_gerasimov_report_shows_its_content(seeded_desk: Desk) -> None:
    [claim] = [c for c in seeded_desk.claims() if "fully liberated" in c.text]
    content = reported_content(claim.text)
    assert content is not None and content.startswith("Kupyansk had been")


@given(st.text(max_size=400))
def test_reported_content_never_crashes(text: str) -> None:
    found = reported_content(text)
    assert found is None or found.strip()


def test_a_relative_that_is_not_the_reported_content() -> None:
    """The shift (ux28) saw the claim detail give a relative clause's words as the content
    of "X told Y about the Z that happened … and confirmed that W": the first "that" after
    the verb was a relative pronoun (a verb follows it, no subject). Invented sentences."""
    assert reported_content(
        "Writing to parents on Sunday, the head teacher acknowledged a leak that had soaked "
        "two classrooms, adding that lessons would move to the village hall."
    ) == ("Lessons would move to the village hall")
    assert reported_content(
        "The airline warned passengers about a fault that affected 40 flights and said that "
        "refunds would follow."
    ) == ("Refunds would follow")
    assert reported_content("The council said that speed cameras would go up in June.") == (
        "Speed cameras would go up in June"
    )
    assert reported_content("She mentioned the fire that was set in the barn.") is None


def test_a_name_or_a_participle_after_that_still_opens_the_content() -> None:
    """review28b on ux28's relative-"that" skip: a capitalised word in -ed is a name ("that
    Mehmed Aksoy …", "that Ned Brandt …", "that Allied Freight …") and opens the complement;
    a lower-case participle before a noun ("that armed men …") may too, so when no later
    "that" qualifies the first one is the content. Invented sentences."""
    assert reported_content("The prosecutor said that Mehmed Aksoy had fled to Cyprus.") == (
        "Mehmed Aksoy had fled to Cyprus"
    )
    assert reported_content("Officers confirmed that Ned Brandt was detained on Tuesday.") == (
        "Ned Brandt was detained on Tuesday"
    )
    assert reported_content("The union told members that Allied Freight would cut 200 jobs.") == (
        "Allied Freight would cut 200 jobs"
    )
    assert reported_content("The studio announced that Will Harmon would direct the sequel.") == (
        "Will Harmon would direct the sequel"
    )
    assert reported_content("Farmers told the radio that armed men stole their cattle.") == (
        "Armed men stole their cattle"
    )
    assert reported_content("The charity reported that detained workers lacked food.") == (
        "Detained workers lacked food"
    )
    assert reported_content("The weekly claimed that unnamed aides had drafted the memo.") == (
        "Unnamed aides had drafted the memo"
    )
    assert reported_content("The coalition said that left-leaning voters stayed home.") == (
        "Left-leaning voters stayed home"
    )
    # A relative "that" with a later complement is still skipped, past form or -ed alike.
    assert reported_content(
        "Dr Ilse Varga warned staff about the leak that exposed 300 files and said that "
        "the audit would start in May."
    ) == ("The audit would start in May")
    # An auxiliary after "that" is never a complement's subject: not "Was …"; the content is
    # the clause "said" takes with no "that" (mend45, review44 A5).
    assert reported_content("She said the flood that was forecast would reach the town.") == (
        "The flood that was forecast would reach the town"
    )


async def test_the_claim_detail_shows_the_complement_not_a_relative_clause(
    desk: Desk, tmp_path: Path
) -> None:
    """On the screen (the shift's finding): the claim detail's content line is the clause
    the speech verb's "that" opens, not the relative clause an earlier "that" opened.
    Invented article."""
    article = tmp_path / "school.txt"
    article.write_text(
        "Flooded school moves lessons\n\nThe roof of Brackley Primary gave way during the "
        "weekend storm.\n\nWriting to parents on Sunday, the head teacher acknowledged a "
        "leak that had soaked two classrooms, adding that lessons would move to the village "
        "hall.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([article]).failed
    app = build_app(desk)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_review(pilot)
        told = next(c for c in screen.shown if "teacher acknowledged" in c.text)
        screen.move_to(told.id)
        await pilot.pause()
        shown = " ".join(screen.query_one(ClaimDetail).text.split())
        assert "Lessons would move to the village hall" in shown, shown
        assert "Had soaked" not in shown


def test_a_denied_or_unsaid_complement_is_not_the_content() -> None:
    """shift34b: "X denied that Z" showed Z as the content, so the reviewer rated the very
    proposition X put forward as false. Invented sentences, other verbs and orders."""
    assert (
        reported_content("Harbour staff denied that the crane had toppled onto a trawler.") is None
    )
    assert reported_content("The league rejected claims that its referees were paid twice.") is None
    assert (
        reported_content("A bank spokesman said it was not true that branches would shut.") is None
    )
    assert reported_content("The chef did not tell reporters that the kitchen had failed.") is None
    assert reported_content("The airline never claimed that its jets were faster.") is None
    assert reported_content("Nurses said that the ward denied visits after six.") == (
        "The ward denied visits after six"
    )


def test_a_denial_elsewhere_in_the_lead_leaves_the_content() -> None:
    """review34: the denial check read the whole lead, so a negation or denial belonging to
    another verb (a relative clause, an earlier coordinated verb) hid Z. Only the verb that
    introduces Z counts: its own negation, a denial between it and "that", or a denial verb
    taking its word as object. Invented sentences."""
    assert reported_content(
        "A ranger who was not identified said that the bridge had been closed for weeks."
    ) == ("The bridge had been closed for weeks")
    assert reported_content(
        "The governor, who denied any misconduct in March, said that the budget would balance."
    ) == ("The budget would balance")
    assert reported_content(
        "The union, which rejected the pay offer, said that strikes would start on Monday."
    ) == ("Strikes would start on Monday")
    assert reported_content(
        "The insurer said there was no evidence of tampering and told adjusters that the "
        "claims would be paid in full."
    ) == ("The claims would be paid in full")
    assert reported_content(
        "The port denied the rumours, and said that the cranes were working again."
    ) == ("The cranes were working again")
    # the introducing verb's own denial still shows no content
    assert reported_content("The insurer said there was no evidence that bills were high.") is None
    assert reported_content("The mayor flatly denied reports that the depot would be sold.") is None
    assert reported_content("The minister has not publicly stated that the mill shuts.") is None
    assert reported_content("He said he never claimed that the audit was finished.") is None
