"""tools/train_cue.py: the features a learned cue decision reads, its deterministic fit, and the
committed weights (invented sentences only; the folds read the labelled splits by hand)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import train_cue  # noqa: E402
from tools.train_cue import ANONYMOUS, Model, fit, render_weights, score  # noqa: E402

BODY = """Ferry timetable cut for winter

Harbour master Idris Quane told reporters on Friday that two crossings would stop in November.

The operator repainted its oldest vessel over the summer.

A deckhand on the late boat says nobody on the crew heard of the cut in advance.

Islanders found out about the change from a notice at the pier.
"""


def _rows() -> dict[str, dict]:
    rows = train_cue.article_rows(BODY)
    return {row["text"].split()[0] + row["text"].split()[1]: row for row in rows}


def test_a_speech_verb_is_read_with_its_subject_and_clause_never_its_lemma() -> None:
    rows = _rows()
    told = set(rows["Harbourmaster"]["features"])
    assert "c:told_by|has:ccomp" in told or "c:people_speech|has:ccomp" in told
    assert any(f.endswith("|subj:PERSON") for f in told)
    assert rows["Harbourmaster"]["proposal"] == "Idris Quane"
    assert not any("tell" in f or "told" in f.split("|")[-1] for f in told if "c:" not in f)
    deed = set(rows["Theoperator"]["features"])
    assert "no_cue" in deed  # "repainted" is in no class of speech
    assert not any(f.startswith("cue|") for f in deed)
    assert rows["Adeckhand"]["proposal"] == ANONYMOUS
    learned = set(rows["Islandersfound"]["features"])
    assert "c:finding|particle" in learned  # a verb of finding with "out": learning


def test_russian_and_ukrainian_units_are_read_by_the_stem_classes() -> None:
    said = train_cue.cyrillic_features("«Мост откроют в мае», — сообщил Остап Гранин.")
    assert "c:report_past|after_dash" in said and "c:report_past|next_capital" in said
    according = train_cue.cyrillic_features("За словами лікарки, черга скоротилася вдвічі.")
    assert "p:according|start:1" in according and "no_cue" not in according
    deed = train_cue.cyrillic_features("Завод оштрафовали на два миллиона рублей.")
    assert "c:deed" in deed and "no_cue" in deed


def _fixture() -> list[dict]:
    speech = ["bias", "c:people_speech", "c:people_speech|subj:PERSON"]
    deed = ["bias", "c:other_verb", "c:other_verb|subj:PERSON"]
    rows = [{"split": "x", "lang": "en", "gold": "named", "features": speech}] * 6
    rows += [{"split": "x", "lang": "en", "gold": "none", "features": deed}] * 6
    rows += [{"split": "x", "lang": "en", "gold": "none", "features": speech}]
    return rows


def test_the_fit_is_deterministic_and_learns_speech_from_deed() -> None:
    rows = _fixture()
    model = fit(rows, l2=1.0, steps=100)
    assert render_weights(model, rows) == render_weights(fit(rows, l2=1.0, steps=100), rows)
    assert (
        model.probability(rows[0]["features"]) > 0.7 > 0.3 > model.probability(rows[6]["features"])
    )


def test_the_wiring_vetoes_a_deed_and_adds_a_missed_speaker_only_past_the_margin() -> None:
    model = Model({"speech": 4.0, "deed": -4.0})
    base = {"split": "x", "lang": "en", "speaker": None, "rules_speaker": None}
    rows = [
        {**base, "gold": "none", "rules_sourcing": "named", "rules_speaker": "Ada Lind",
         "own": True, "features": ["deed"], "proposal": "Ada Lind"},  # a deed read as speech
        {**base, "gold": "named", "speaker": "Ben Ora", "rules_sourcing": "none", "own": False,
         "features": ["speech"], "proposal": "Ben Ora"},  # a verb the rules missed
        {**base, "gold": "named", "speaker": "Cy Marr", "rules_sourcing": "named",
         "rules_speaker": "Cy Marr", "own": True, "features": [], "proposal": None},  # unsure
    ]  # fmt: skip
    result = score(rows, model, 0.9)
    assert (result.vetoes, result.vetoes_right, result.additions, result.additions_right) == (
        1, 1, 1, 1)  # fmt: skip
    assert (result.speaker_rules, result.speaker_hybrid, result.sourced) == (1, 2, 2)
    assert (result.none_rules, result.none_hybrid) == (1, 0)


def test_collect_refuses_the_aside_sealed_and_validation_splits() -> None:
    for split in (*train_cue.ASIDE, *train_cue.SEALED, *train_cue.VALIDATION):
        with pytest.raises(SystemExit):
            train_cue.collect_split(split)
    assert train_cue.main(["validate", *train_cue.ASIDE]) == 2  # validate: validation only
    assert not set(train_cue.tuning_splits()) & set(
        train_cue.VALIDATION + train_cue.ASIDE + train_cue.SEALED
    )


def test_the_committed_weights_regenerate_from_the_cache_they_name() -> None:
    committed = json.loads(train_cue.WEIGHTS.read_text("utf-8"))
    if committed["splits"] != sorted(train_cue.tuning_splits()):
        # A split opened (or sealed) since the weights were written: they are not wrong, only
        # older than the split list; regenerating needs the slow collect, not a red suite.
        new = sorted(set(train_cue.tuning_splits()) ^ set(committed["splits"]))
        pytest.skip(
            f"the tuning splits changed since {train_cue.WEIGHTS.name} ({', '.join(new)}): "
            "python -m tools.train_cue collect && python -m tools.train_cue weights"
        )
    cache = train_cue.CACHE
    if not all((cache / f"{s}.json").exists() for s in train_cue.tuning_splits()):
        pytest.skip(f"no collected rows in {cache} (python -m tools.train_cue collect)")
    rows = train_cue.load(train_cue.tuning_splits(), cache)
    rendered = render_weights(fit(rows), rows)
    if json.loads(rendered)["rows_sha256"] != committed["rows_sha256"]:
        pytest.skip("the cache holds other rows (another engine): collect again to compare")
    assert rendered == train_cue.WEIGHTS.read_text("utf-8")


def test_the_rows_digest_covers_the_neighbours_features() -> None:
    """``fit`` reads ``context`` (``features_of``), so two caches differing only there must not
    pass for the same rows."""
    row = {"split": "devx", "gold": "named", "features": ["bias", "v=say"], "context": ["p:v=say"]}
    other = {**row, "context": ["n:v=build"]}
    model = Model({"bias": 0.0})

    def digest(rows: list[dict]) -> str:
        return json.loads(render_weights(model, rows))["rows_sha256"]

    assert digest([row]) != digest([other])


def _no_collect(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    collected: list[str] = []

    def collect_split(split: str, *args: object, **kwargs: object) -> list[dict]:
        collected.append(split)
        return []

    monkeypatch.setattr(train_cue, "collect_split", collect_split)
    monkeypatch.setattr(train_cue, "load", lambda splits, cache: [])
    monkeypatch.setattr(train_cue, "fit", lambda rows, **kwargs: Model({"bias": 0.0}))
    return collected


@pytest.mark.parametrize(
    "options",
    [["--l2", "1"], ["--margin", "0.8", "0.9"], ["--no-context"], ["--lang", "ru"],
     ["--margin", "0.95"]],
)  # fmt: skip
def test_validate_takes_no_sweep_option(
    monkeypatch: pytest.MonkeyPatch, options: list[str]
) -> None:
    collected = _no_collect(monkeypatch)
    split = train_cue.VALIDATION[0]
    assert train_cue.main(["validate", split, *options]) == 2
    assert train_cue.main(["validate", split, split]) == 2  # once
    assert collected == []  # refused before the split is read


def test_validate_scores_the_split_once_at_the_chosen_margin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    collected = _no_collect(monkeypatch)
    split = train_cue.VALIDATION[0]
    with pytest.raises(SystemExit):  # no margin list: the folds chose CHOSEN
        train_cue.main(["validate", split, "--chosen", "0.8"])
    assert train_cue.main(["validate", split]) == 0
    assert collected == [split]
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{split}@{train_cue.CHOSEN}")
