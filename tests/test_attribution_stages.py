"""tools/attribution_stages.py: where a wrong speaker starts going wrong, by stage (invented
articles in a temporary split; the labelled splits are read by hand, never here), and that the
splits whose errors are never listed are refused."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import attribution_stages as stages  # noqa: E402
from tools.evaluate_attribution import ASIDE, SEALED, VALIDATION, Extracted, Sentence  # noqa: E402


@pytest.mark.parametrize("split", [*VALIDATION, *ASIDE, *SEALED])
def test_the_validation_aside_and_sealed_splits_are_refused(
    split: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stages.refused(split)
    assert stages.main([split]) == 2
    assert "refused" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        stages.collect(split)


def test_a_tuning_split_is_not_refused() -> None:
    assert not stages.refused("dev4")  # a read split (dev is one of session 36's judge half)


def _sentence(sourcing: str, speaker: str | None) -> Sentence:
    return Sentence("a.txt", "en", 0, 10, "x", True, speaker=speaker, sourcing=sourcing)


def _got(sourcing: str, speaker: str | None) -> Extracted:
    return Extracted(0, 10, "x", speaker, sourcing, 0.5)


def test_wrong_is_the_evaluators_verdict() -> None:
    assert not stages.wrong(_sentence("named", "Ms Ilse Marr"), _got("named", "Marr"))
    assert stages.wrong(_sentence("named", "Ilse Marr"), _got("named", "Petra Marr"))
    assert stages.wrong(_sentence("anonymous", None), _got("unattributed", "aides"))
    assert not stages.wrong(_sentence("none", None), _got("unattributed", "residents"))
    assert stages.wrong(_sentence("none", None), _got("named", "Ilse Marr"))


def _split(tmp_path: Path, body: str, labels: list[tuple[str, str, str | None]]) -> Path:
    """A one-article split ``inv`` under ``tmp_path``: each label (sentence text, sourcing,
    speaker) at the text's offset in ``body``."""
    folder = tmp_path / "inv"
    folder.mkdir()
    (folder / "inv_article.txt").write_text(body, encoding="utf-8")
    rows = [{"record": "article", "article": "inv_article.txt", "lang": "en", "style": "news",
             "dateline": None, "place": None, "outlet": None}]  # fmt: skip
    for text, sourcing, speaker in labels:
        start = body.index(text)
        rows.append({
            "record": "sentence", "article": "inv_article.txt", "lang": "en", "start": start,
            "end": start + len(text), "text": text, "claim": True, "speaker": speaker,
            "speaker_type": "person" if speaker else None, "sourcing": sourcing,
            "affiliation": None, "check_worthy": True,
        })  # fmt: skip
    (tmp_path / "inv.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n", "utf-8")
    return tmp_path


def test_stages_of_an_invented_article(tmp_path: Path) -> None:
    said = "Dagny Holm, the ferry operator's chief executive, said fares would rise by 12% in May."
    nobody = "The ferry operator carried 41,000 passengers across the strait in 2023."
    pair = "The crossing takes 50 minutes. It closes for repairs in March."
    last = "Holm said the new timetable would add four sailings a day from June."
    body = f"Ferry fares to rise\n\n{said}\n\n{nobody}\n\n{pair}\n\n{last}\n"
    data = _split(tmp_path, body, [
        (said, "named", "Dagny Holm"),  # right: not listed
        (nobody, "none", None),  # right: not listed
        (pair, "named", "Quentin Arbel"),  # one label over two sentences: the cut
        (last, "named", "Quentin Arbel"),  # no candidate names him: reference
    ])  # fmt: skip
    entries = stages.collect("inv", data)
    by_text = {e.text: e for e in entries}
    assert set(by_text) == {pair, last}
    assert by_text[pair].stage == "segmentation"
    assert "split over 2" in by_text[pair].evidence[0]
    assert by_text[last].stage == "reference"
    assert any(line.startswith("candidates:") and "Dagny Holm" in line
               for line in by_text[last].evidence)  # fmt: skip
    table = stages.counts(entries)
    assert "segmentation" in table and "reference" in table and "parse" not in table
    shown = stages.render(entries)
    assert "label: named 'Quentin Arbel'" in shown and "[reference]" in shown


def test_a_source_given_to_a_sourceless_claim_by_its_own_verb_is_the_cue(tmp_path: Path) -> None:
    said = "Mirela Oduya said the clinic had treated 300 patients since it opened."
    body = f"Clinic busy\n\n{said}\n"
    entries = stages.collect("inv", _split(tmp_path, body, [(said, "none", None)]))
    assert [(e.stage, e.got_speaker) for e in entries] == [("cue", "Mirela Oduya")]


def test_the_head_of_the_speaker_and_how_it_hangs_on_the_verb() -> None:
    from factdesk.language.parse import parse_all

    (doc,) = parse_all(["Ines Barta, the harbour master, told reporters the quay would shut."])
    head = stages._head(list(doc), _sentence("named", "Ines Barta"))
    assert head is not None and head.text == "Barta"
    assert stages._attached(head) == "subject of 'told'"
    (doc,) = parse_all(["The levy will fund new fire engines, the council said on Monday."])
    assert stages._head(list(doc), _sentence("named", "Cal Fire Service")) is None  # lowercase


def test_an_article_with_no_engine_record_is_counted_apart_not_as_choice() -> None:
    """review32 item 13: an unrecorded article's entries swelled the choice count."""
    entry = stages.Entry("dev", "a.txt", "en", "A claim.", "named", "X", "none", None, "")
    entry.stage = stages.UNRECORDED
    table = stages.counts([entry])
    assert "unrecorded" in table and "choice" not in table
