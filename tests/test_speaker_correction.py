"""The reviewer corrects who makes a claim: stored as theirs, undoable, kept across re-import,
read by origins and exports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from factdesk.cli.entry import main
from factdesk.desk.service import Desk
from factdesk.domain.models import worded
from factdesk.store.deskfile import DeskError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _claim(desk: Desk, snippet: str):
    found = [c for c in desk.claims() if snippet in c.text]
    assert len(found) == 1, snippet
    return found[0]


def test_correction_is_the_reviewers_and_feeds_the_origin(seeded_desk: Desk) -> None:
    claim = _claim(seeded_desk, "Analysts warn that the current offensive")
    assert (claim.sourcing, claim.speaker_by) == ("unattributed", None)
    change = seeded_desk.set_speaker(
        claim.id, speaker="Jane Roe", speaker_type="person", sourcing="named",
        affiliation=None, channel="cli",
    )  # fmt: skip
    assert change is not None and change.action == "speaker"
    fixed = seeded_desk.claim(claim.id)
    assert (fixed.speaker, fixed.speaker_type, fixed.sourcing) == ("Jane Roe", "person", "named")
    assert fixed.speaker_by == "tester"
    assert "unattributed" not in fixed.flags
    assert seeded_desk.origin(claim.id)[0] == "Jane Roe"
    assert "speaker Analysts (unattributed) → Jane Roe (named)" in change.describe()


def test_anonymous_correction_sets_the_flag_and_an_unnamed_origin(seeded_desk: Desk) -> None:
    claim = _claim(seeded_desk, "Gerasimov also noted that over 80%")
    seeded_desk.set_speaker(
        claim.id, speaker=None, speaker_type=None, sourcing="anonymous",
        affiliation="General Staff",
    )  # fmt: skip
    fixed = seeded_desk.claim(claim.id)
    assert "anonymous-source" in fixed.flags
    who, key = seeded_desk.origin(claim.id)
    assert who == "an unnamed source (General Staff)" and key.startswith("anonymous:")


def test_correction_is_undone_and_redone(seeded_desk: Desk) -> None:
    claim = _claim(seeded_desk, "Analysts warn that the current offensive")
    seeded_desk.set_speaker(claim.id, speaker="Jane Roe", speaker_type="person",
                                sourcing="named")  # fmt: skip
    seeded_desk.undo()
    back = seeded_desk.claim(claim.id)
    assert (back.speaker, back.sourcing, back.speaker_by) == ("Analysts", "unattributed", None)
    assert seeded_desk.origin(claim.id)[0] != "Jane Roe"
    seeded_desk.redo()
    assert seeded_desk.claim(claim.id).speaker == "Jane Roe"
    told = list(worded(seeded_desk.history(claim.id)).values())
    assert told[-2:] == [
        "undo: speaker Jane Roe (named) → Analysts (unattributed)",
        "redo: speaker Analysts (unattributed) → Jane Roe (named)",
    ]


def test_undoing_an_added_claim_a_link_or_a_type_says_what(seeded_desk: Desk) -> None:
    """An undo entry of an added claim, a link or a speaker's type holds none of it in its own
    fields: it is worded from the change it takes back ("undo: hidden", "undo: no change"
    before)."""
    article = seeded_desk.articles()[0].id
    body = seeded_desk.article(article).body
    start = body.index(" ", 200) + 1
    added = seeded_desk.add_claim(article, start, start + 40)
    seeded_desk.undo()
    assert list(worded(seeded_desk.history(added.id)).values())[-1] == (
        "undo: added the claim by hand"
    )
    one, other = (c.id for c in seeded_desk.claims()[:2])
    seeded_desk.link(one, other)
    seeded_desk.undo()
    assert list(worded(seeded_desk.history(one)).values())[-1] == f"undo: linked claim {other}"
    claim = _claim(seeded_desk, "Analysts warn that the current offensive")
    seeded_desk.set_speaker(claim.id, speaker="Analysts", speaker_type="organisation",
                            sourcing="unattributed")  # fmt: skip
    seeded_desk.undo()
    assert list(worded(seeded_desk.history(claim.id)).values())[-2:] == [
        "speaker Analysts (unattributed, no type) → Analysts (unattributed, organisation)",
        "undo: speaker Analysts (unattributed, organisation) → Analysts (unattributed, no type)",
    ]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"speaker": None, "speaker_type": None, "sourcing": "named"}, "needs a name"),
        ({"speaker": "X", "speaker_type": "robot", "sourcing": "named"}, "person or organisation"),
        ({"speaker": "X", "speaker_type": None, "sourcing": "rumour"}, "sourcing must be"),
    ],
)
def test_bad_corrections_are_refused(seeded_desk: Desk, fields: dict, message: str) -> None:
    claim = _claim(seeded_desk, "Analysts warn that the current offensive")
    with pytest.raises(DeskError, match=message):
        seeded_desk.set_speaker(claim.id, **fields)
    assert seeded_desk.claim(claim.id).speaker_by is None


def test_correction_survives_reimport_of_a_changed_file(desk: Desk, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(SEEDS / "003_98698ad64311fac1.txt", article)
    desk.import_paths([article])
    claim = _claim(desk, "Analysts warn that the current offensive")
    desk.set_speaker(claim.id, speaker="Jane Roe", speaker_type="person", sourcing="named")
    article.write_text(article.read_text("utf-8") + "\n\nA new closing line was added.\n")
    desk.import_paths([article])
    moved = _claim(desk, "Analysts warn that the current offensive")
    assert moved.id != claim.id  # a new version
    assert (moved.speaker, moved.sourcing, moved.speaker_by) == ("Jane Roe", "named", "tester")


def test_a_correction_stays_on_its_words_when_a_reimport_rewords_them(
    desk: Desk, tmp_path: Path
) -> None:
    """review43 D: who says words is read from those words, as a verdict judges them: a
    correction of a claim reworded by the new version stays on the earlier words, the new
    claim has the engine's speaker, and its history says what was not carried."""
    article = tmp_path / "a.txt"
    shutil.copy(SEEDS / "003_98698ad64311fac1.txt", article)
    desk.import_paths([article])
    claim = _claim(desk, "Analysts warn that the current offensive")
    desk.set_speaker(claim.id, speaker="Jane Roe", speaker_type="person", sourcing="named")
    text = article.read_text("utf-8")
    article.write_text(text.replace("could mark a turning point", "may mark a turning point"))
    desk.import_paths([article])
    reworded = _claim(desk, "Analysts warn that the current offensive may mark")
    assert (reworded.speaker, reworded.sourcing, reworded.speaker_by) == (
        "Analysts", "unattributed", None,
    )  # fmt: skip
    [told] = desk.history(reworded.id)
    assert told.describe() == (
        f"not carried from claim {claim.id} (version 1), the words changed: was no verdict "
        f"(the speaker set by hand: Jane Roe) on the earlier words “{claim.text}”"
    )
    assert desk.claim(claim.id).speaker_by == "tester"  # the earlier words keep it


def test_cli_speaker_sets_and_clears(seeded_desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    claim = _claim(seeded_desk, "Analysts warn that the current offensive")
    path = str(seeded_desk.store.path)
    seeded_desk.close()
    code = main(["--db", path, "speaker", str(claim.id), "--name", "Western analysts",
                 "--type", "organisation", "--sourcing", "named"])  # fmt: skip
    assert code == 0
    assert "Western analysts (named, organisation); set by tester" in capsys.readouterr().out
    code = main(["--db", path, "export", "--format", "jsonl", "--output", path + ".jsonl"])
    exported = [json.loads(line) for line in Path(path + ".jsonl").read_text().splitlines()]
    assert any(row.get("speaker") == "Western analysts" for row in exported)
    assert main(["--db", path, "speaker", str(claim.id), "--clear"]) == 0
    assert "Analysts (unattributed); the engine's" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:  # argparse's usage error: exit status 2
        main(["--db", path, "speaker", str(claim.id), "--clear", "--name", "X"])
    assert usage.value.code == 2


def test_the_score_follows_the_reviewers_sourcing_and_its_undo(seeded_desk: Desk) -> None:
    """An anonymous source made the writer's own assertion: the detail still listed "desk:
    anonymous source" among the score's reasons (the score was never weighed again); now it
    is, and undo gives the old one back (found using the app, ui15)."""
    claim = next(c for c in seeded_desk.claims() if c.sourcing == "anonymous")

    def reasons() -> list[str]:
        return [r["feature"] for r in seeded_desk.claim(claim.id).score_reasons]

    assert "desk: anonymous source" in reasons()
    seeded_desk.set_speaker(claim.id, speaker=None, speaker_type=None, sourcing="none")
    assert "desk: anonymous source" not in reasons()
    assert seeded_desk.claim(claim.id).score != claim.score
    seeded_desk.undo()
    assert "desk: anonymous source" in reasons()
    assert seeded_desk.claim(claim.id).score == pytest.approx(claim.score)


def test_private_individual_follows_the_reviewers_speaker(desk: Desk, tmp_path: Path) -> None:
    """review44 A15: a press release's "Northmere Water today announced …" was the engine's
    person, flagged private-individual; the reviewer made the speaker an organisation and the
    flag stayed, with its score reason "desk: private individual" (only the sourcing flags
    followed a correction). Now the flag goes once the speaker is no named person, comes back
    with undo, and with Ctrl+R (the engine's own reading); a re-extraction keeps the
    reviewer's attribution's flags, where it wrote the engine's (anonymous-source went)."""
    article = tmp_path / "river.txt"
    article.write_text(
        "Flood waters rise in Lowmere\n\n"
        "Anna Kowal, who lives near the river, said the water had risen by two metres on "
        "Tuesday.\n\nThe council said it would open a shelter at the school.\n",
        "utf-8",
    )
    desk.import_paths([article])
    claim = _claim(desk, "Anna Kowal")

    def private() -> bool:
        return "private-individual" in desk.claim(claim.id).flags

    def reasons() -> list[str]:
        return [r["feature"] for r in desk.claim(claim.id).score_reasons]

    assert private() and "desk: private individual" in reasons()  # a resident, no role
    desk.set_speaker(
        claim.id, speaker="Lowmere Residents Association", speaker_type="organisation",
        sourcing="named",
    )  # fmt: skip
    assert not private() and "desk: private individual" not in reasons()
    desk.undo()
    assert private() and desk.claim(claim.id).speaker == "Anna Kowal"
    desk.redo()
    assert not private()
    desk.clear_speaker(claim.id)
    assert private() and desk.claim(claim.id).speaker_by is None
    desk.set_speaker(
        claim.id, speaker=None, speaker_type=None, sourcing="anonymous",
        affiliation="the residents' association",
    )  # fmt: skip
    assert not private() and "anonymous-source" in desk.claim(claim.id).flags
    desk.reextract(claim.article_id)
    flags = desk.claim(claim.id).flags
    assert "anonymous-source" in flags and "private-individual" not in flags
