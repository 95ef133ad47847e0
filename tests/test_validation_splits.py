"""This session's validation splits (``VALIDATION`` in tools/evaluate_attribution.py and
tools/evaluate_pairs.py): their figures stay in the default run, their errors are never
printed, and the study, fitting and census tools leave them out.

Every split here is an invented stub (its labels, articles and sentences written in the test,
the engine and the matcher replaced by stubs): no labelled split is read, sealed or not.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import evaluate_pairs as ev  # noqa: E402
import fit_pairs  # noqa: E402
import pairs_census  # noqa: E402

from tools import ablation_study, carry_study, fit_desk_signals, train_speaker_ranker  # noqa: E402
from tools import evaluate_attribution as ea  # noqa: E402

MISS = "the stub engine missed this sentence"


class _Tally:
    labelled = 3


def _stub_attribution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Two invented splits, ``tunestub`` and ``valstub`` (the validation one), and an engine
    stub that misses one sentence in each."""
    for split in ("tunestub", "valstub"):
        (tmp_path / split).mkdir()
        (tmp_path / f"{split}.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(ea, "SPLITS", ("tunestub", "valstub"))
    monkeypatch.setattr(ea, "SEALED", ())
    monkeypatch.setattr(ea, "VALIDATION", ("valstub",))
    monkeypatch.setattr(ea, "read_labels", lambda _path: ({}, []))
    monkeypatch.setattr(ea, "extract_split", lambda *_args: ({}, {}))

    def evaluate(*args: object) -> dict[str, _Tally]:
        errors = args[4]
        if isinstance(errors, list):
            errors.append(f"a.txt: missed claim: {MISS}")
        return {"all": _Tally()}

    monkeypatch.setattr(ea, "evaluate", evaluate)
    monkeypatch.setattr(ea, "render", lambda _tallies: "speaker 90.0% (stub figures)")
    monkeypatch.setattr(ea, "render_datelines", lambda *_args: "datelines stub")


def test_attribution_errors_skip_the_validation_split_but_not_its_figures(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The stubs show what the tuple does; the first line pins the real tuple, so a bare
    ``--errors`` skips the split this session opened (each opening changes this line)."""
    assert ea.VALIDATION[-1] == "heldout48"  # the real one: session 46's (open46)
    _stub_attribution(monkeypatch, tmp_path)
    assert ea.chosen_splits("all") == ("tunestub", "valstub")  # the default run scores it
    assert ea.main(["--errors", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "split tunestub: 0 articles" in out and "split valstub: 0 articles" in out
    assert out.count("speaker 90.0% (stub figures)") == 2
    assert out.count(MISS) == 1  # the tuning split's miss, not the validation split's
    assert out.index(MISS) < out.index("split valstub")
    assert ea.VALIDATION_NOTE.format(split="valstub") in out
    assert ea.main(["valstub", "--errors", "--data", str(tmp_path)]) == 0  # by name: the same
    out = capsys.readouterr().out
    assert MISS not in out and "split valstub: 0 articles" in out
    assert ea.VALIDATION_NOTE.format(split="valstub") in out
    assert ea.main(["valstub", "--data", str(tmp_path)]) == 0  # no --errors: no note either
    assert "validation" not in capsys.readouterr().out


def test_the_validation_splits_are_session_36s_judge_half_and_the_split_opened_now() -> None:
    """Session 46's landing test (open46): heldout48 (opened now) and session 36's judge half of
    the 47 tuning splits it had, drawn then once and kept, so no split a lane has read becomes a
    judge; heldout37 and heldout38 (read from session 37), heldout39 (from session 38), heldout40
    (from session 39), heldout41 (from session 40), heldout42 (from session 41), heldout43 (from
    session 42), heldout44 (from session 43), heldout45 (from session 44), heldout46 (from
    session 45) and heldout47 (session 45's validation split, read from session 46) are read. The
    other half is ``read``, and nothing is both, sealed or aside."""
    opened = (
        "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43",
        "heldout44", "heldout45", "heldout46", "heldout47", "heldout48",
    )  # fmt: skip
    tuning36 = [s for s in ea.SPLITS if s not in ("heldout20", *opened, *ea.SEALED)]
    assert len(tuning36) == 47
    judge = random.Random(36).sample(tuning36, 24)
    assert tuple(s for s in ea.SPLITS if s in {*judge, "heldout48"}) == ea.VALIDATION
    assert len(ea.VALIDATION) == 25 and ea.chosen_splits("validation") == ea.VALIDATION
    read = ea.chosen_splits("read")
    assert len(read) == 34 and set(read) == set(tuning36) - set(judge) | set(opened[:11])
    assert not set(read) & {*ea.VALIDATION, *ea.ASIDE, *ea.SEALED}
    assert ea.SEALED == ("heldout49",)  # written in session 46 by label46


def test_errors_refuse_every_real_validation_split(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``validation --errors`` (and each by name) prints every one of the 25 real splits'
    figures and the note, never a miss; ``read --errors`` lists its misses. Stub folders and
    a stub engine stand in for the splits: nothing labelled is read."""
    real = ea.VALIDATION
    _stub_attribution(monkeypatch, tmp_path)
    monkeypatch.setattr(ea, "SPLITS", ("tunestub", *real))
    monkeypatch.setattr(ea, "VALIDATION", real)
    for split in real:
        (tmp_path / split).mkdir()
        (tmp_path / f"{split}.jsonl").write_text("", encoding="utf-8")
    assert ea.main(["validation", "--errors", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert MISS not in out and "tunestub" not in out
    for split in real:
        assert f"split {split}: 0 articles" in out
        assert ea.VALIDATION_NOTE.format(split=split) in out
        assert ea.main([split, "--errors", "--data", str(tmp_path)]) == 0
        assert MISS not in capsys.readouterr().out
    assert ea.main(["read", "--errors", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count(MISS) == 1 and "split tunestub" in out and "split dev:" not in out


def _fixture_split(data: Path, split: str, sourcings: list[tuple[str, str | None]]) -> None:
    """An invented split of one article, a sentence per (sourcing, speaker), each a claim."""
    (data / split).mkdir()
    text = " ".join(f"Claim {i} of {split} was made." for i in range(len(sourcings)))
    (data / split / "a.txt").write_text(text, encoding="utf-8")
    rows = [{"record": "article", "article": "a.txt", "lang": "en"}]
    start = 0
    for i, (sourcing, speaker) in enumerate(sourcings):
        sentence = f"Claim {i} of {split} was made."
        rows.append({
            "record": "sentence", "article": "a.txt", "lang": "en", "start": start,
            "end": start + len(sentence), "text": sentence, "claim": True, "speaker": speaker,
            "speaker_type": "person" if speaker else None, "sourcing": sourcing,
            "affiliation": None, "check_worthy": i % 2 == 0,
        })  # fmt: skip
        start += len(sentence) + 1
    lines = (json.dumps(row) for row in rows)
    (data / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _stub_engine(folder: Path, _db: object, places: dict) -> tuple[dict, dict]:
    """Every sentence found, each said by Ada Lind; one in three anonymous; a dateline-less
    article (no place, no outlet): the pooled sums have something on every row."""
    body = (folder / "a.txt").read_text(encoding="utf-8")
    claims, start = [], 0
    for i, sentence in enumerate(body.split(". ")):
        end = start + len(sentence) + (0 if sentence.endswith(".") else 1)
        sourcing = "anonymous" if i % 3 == 2 else "named"
        speaker = None if sourcing == "anonymous" else "Ada Lind"
        claims.append(ea.Extracted(start, end, body[start:end], speaker, sourcing, i / 10))
        start = end + 1
    places["a.txt"] = (None, None)
    return {"a.txt": body}, {"a.txt": claims}


def test_pooled_is_the_sum_of_the_splits_tallies(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--pooled`` prints ``render`` of the per-split tallies added field by field, and a line
    per split with its own counts (two invented splits, the engine a stub)."""
    _fixture_split(tmp_path, "onestub", [("named", "Ada Lind"), ("named", "Bo Sand"),
                                         ("anonymous", None)])  # fmt: skip
    _fixture_split(tmp_path, "twostub", [("named", "Ada Lind"), ("none", None),
                                         ("anonymous", None), ("anonymous", None)])  # fmt: skip
    monkeypatch.setattr(ea, "SPLITS", ("onestub", "twostub"))
    monkeypatch.setattr(ea, "SEALED", ())
    monkeypatch.setattr(ea, "VALIDATION", ("onestub", "twostub"))
    monkeypatch.setattr(ea, "extract_split", _stub_engine)
    runs: dict[str, ea.SplitRun] = {}
    args = ea.argparse.Namespace(data=tmp_path, labels_only=False, db=None, errors=False)
    for split in ("onestub", "twostub"):
        assert ea.run_split(split, args, runs) == 0
    one, two = runs["onestub"].tallies["all"], runs["twostub"].tallies["all"]
    assert (one.speaker_right, one.sourced, two.speaker_right, two.sourced) == (2, 3, 2, 3)
    capsys.readouterr()
    assert ea.main(["validation", "--pooled", "--quiet", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    summed = one + two
    assert (summed.labelled, summed.sourced, summed.speaker_right) == (7, 6, 4)
    assert summed.confusion["anonymous"] == one.confusion["anonymous"] + two.confusion["anonymous"]
    assert summed.scores == one.scores + two.scores
    assert ea.render(ea.pool([runs["onestub"].tallies, runs["twostub"].tallies])) in out
    assert "pooled over 2 splits: 2 articles, 7 labelled claims" in out
    assert "speaker accuracy     66.7% (4/6)" in out
    assert "claim recall        " not in out.split("pooled over")[0]  # --quiet: no split's table
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if "stub " in line}
    assert rows["onestub"][:2] == ["66.7%", "(2/3)"] and rows["twostub"][:2] == ["66.7%", "(2/3)"]
    assert ea.main(["onestub", "--quiet", "--data", str(tmp_path)]) == 2  # --quiet needs --pooled


def test_attribution_errors_never_list_the_aside_split(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The aside split (``ASIDE``) is a figure only, like the validation split: ``--errors``
    gives its figures and a note, never its misses, in the default run and by name (two lanes
    of session 30 printed heldout20's misses with a bare ``--errors``)."""
    assert ea.ASIDE == ("heldout20",)  # the real one, set aside by COMMON
    _stub_attribution(monkeypatch, tmp_path)
    (tmp_path / "asidestub").mkdir()
    (tmp_path / "asidestub.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(ea, "SPLITS", ("tunestub", "asidestub"))
    monkeypatch.setattr(ea, "VALIDATION", ())
    monkeypatch.setattr(ea, "ASIDE", ("asidestub",))
    assert ea.chosen_splits("all") == ("tunestub", "asidestub")  # its figure is in the default
    assert ea.main(["--errors", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "split tunestub: 0 articles" in out and "split asidestub: 0 articles" in out
    assert out.count(MISS) == 1 and out.index(MISS) < out.index("split asidestub")
    assert ea.ASIDE_NOTE.format(split="asidestub") in out
    assert ea.main(["asidestub", "--errors", "--data", str(tmp_path)]) == 0  # by name: the same
    out = capsys.readouterr().out
    assert MISS not in out and "split asidestub: 0 articles" in out
    assert ea.ASIDE_NOTE.format(split="asidestub") in out


def test_the_attribution_studies_leave_the_validation_split_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ablation_study, "VALIDATION", ("valstub",))
    monkeypatch.setattr(ablation_study, "SPLITS", ("tunestub", "valstub"))
    monkeypatch.setattr(ablation_study, "SEALED", ())
    monkeypatch.setattr(ablation_study, "FRESH", ())
    monkeypatch.setattr(ablation_study, "ASIDE", ())
    assert ablation_study._names(["spent"]) == ["tunestub"]
    with pytest.raises(SystemExit, match="validation"):
        ablation_study._names(["valstub"])
    dumped: list[str] = []
    monkeypatch.setattr(carry_study, "VALIDATION", ("valstub",))
    monkeypatch.setattr(carry_study, "SPLITS", ("tunestub", "valstub"))
    monkeypatch.setattr(carry_study, "SEALED", ())
    monkeypatch.setattr(carry_study, "dump", lambda split: dumped.append(split) or [])
    assert carry_study.main(["dump", "--cache", str(tmp_path)]) == 0
    assert carry_study.main(["dump", "valstub", "--cache", str(tmp_path)]) == 0
    assert dumped == ["tunestub"]


def test_the_desk_signal_fit_refuses_the_kept_splits(monkeypatch: pytest.MonkeyPatch) -> None:
    """fit_desk_signals reads the evaluator's tuples: a sealed split is never run, the validation
    and aside splits only for their figure (``--measure``), never fitted on (open32 found it
    fitting on any split it was given)."""
    monkeypatch.setattr(fit_desk_signals, "SEALED", ("sealstub",))
    monkeypatch.setattr(fit_desk_signals, "VALIDATION", ("valstub",))
    monkeypatch.setattr(fit_desk_signals, "ASIDE", ("asidestub",))
    read: list[str] = []
    two = [
        fit_desk_signals.Example("a", 1.0, frozenset(), True, 0.7),
        fit_desk_signals.Example("b", -1.0, frozenset(), False, 0.3),
    ]
    monkeypatch.setattr(fit_desk_signals, "examples", lambda split: read.append(split) or two)
    assert fit_desk_signals.main(["sealstub", "--measure"]) == 2
    assert fit_desk_signals.main(["valstub"]) == 2
    assert fit_desk_signals.main(["asidestub", "--write"]) == 2
    assert read == []
    assert fit_desk_signals.main(["valstub", "--measure"]) == 0  # its figure only
    assert read == ["valstub"]


def test_the_speaker_ranker_reads_the_evaluators_validation_split() -> None:
    """One home: the ranker never trains on what the evaluator calls validation."""
    assert train_speaker_ranker.VALIDATION is ea.VALIDATION


def test_the_studies_and_the_ranker_read_the_evaluators_aside_split() -> None:
    """One home: the aside split the ranker never trains on and the ablation study never
    ablates is the evaluator's (review28b found it defined twice)."""
    assert train_speaker_ranker.ASIDE is ea.ASIDE
    assert ablation_study.ASIDE is ea.ASIDE
    assert ea.ASIDE and not set(ea.ASIDE) & set(ea.SEALED + ea.VALIDATION)


TUNE = ev.Topic(
    "kiln",
    "tunestub",
    "2025-06-02",
    same=(
        "A kiln fire closed the Brasker pottery works on Monday.",
        "Fire broke out in a kiln at Brasker's pottery works, which shut on Monday.",
    ),
    other=("Brasker said its pottery works stayed open through Monday.",),
    related=("Brasker pottery sales rose last spring.",),
)
VALID = ev.Topic(
    "ferry",
    "valstub",
    "2025-06-03",
    same=(
        "The Oddny ferry to Halvøy was cancelled on Tuesday because of gales.",
        "Gales forced the cancellation of Tuesday's Oddny crossing to Halvøy.",
    ),
    other=("The Oddny ferry sailed to Halvøy on time on Tuesday.",),
    related=("A second Oddny ferry is being built in Gdynia.",),
)


def _stub_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ev, "SPLITS", ("tunestub", "valstub"))
    monkeypatch.setattr(ev, "SEALED", ())
    monkeypatch.setattr(ev, "SEALED_FILES", {})
    monkeypatch.setattr(ev, "VALIDATION", ("valstub",))
    monkeypatch.setattr(ev, "read_topics", lambda *_args: [TUNE, VALID])


def test_pairs_errors_skip_the_validation_split_but_not_its_figures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stub_pairs(monkeypatch)
    monkeypatch.setattr(ev, "Indexer", lambda **_kwargs: object())
    monkeypatch.setattr(ev, "_shared_anchor", lambda *_args: "name")

    def wrong(_indexer: object, _topics: object, chosen: list[ev.Pair]) -> list[tuple[str, str]]:
        return [(p.label, "conflicts" if p.label == "same" else "same") for p in chosen]

    monkeypatch.setattr(ev, "run", wrong)  # every pair mislabelled: every one an error
    assert ev.main(["--errors"]) == 0
    out = capsys.readouterr().out
    assert "\ntunestub: " in out and "\nvalstub: " in out  # both splits' figures
    assert out.count("same      precision") == 2
    assert TUNE.same[0] in out  # the tuning split's errors are listed
    assert not any(s in out for s in (*VALID.same, *VALID.other, *VALID.related))
    assert ev.VALIDATION_NOTE.format(split="valstub") in out
    assert ev.main(["--errors", "--split", "valstub"]) == 0
    out = capsys.readouterr().out
    assert "\nvalstub: " in out and ev.VALIDATION_NOTE.format(split="valstub") in out
    assert not any(s in out for s in (*VALID.same, *VALID.other))


def test_the_pairs_census_leaves_the_validation_split_out(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stub_pairs(monkeypatch)
    monkeypatch.setattr(ev, "Indexer", lambda **_kwargs: object())
    filed: list[set[str]] = []
    monkeypatch.setattr(ev, "Desk", lambda _i, topics: filed.append({t.split for t in topics}))
    walked: list[tuple[str, tuple[str, ...], set[str]]] = []

    def note(what: str):  # type: ignore[no-untyped-def]
        def record(_desk: object, pairs: list[ev.Pair], splits: tuple[str, ...], *_rest) -> None:
            walked.append((what, splits, {p.split for p in pairs}))

        return record

    monkeypatch.setattr(pairs_census, "census", note("census"))
    monkeypatch.setattr(pairs_census, "reach", note("reach"))
    monkeypatch.setattr(pairs_census, "sweep", lambda _i, _t, pairs, _o: walked.append(
        ("sweep", (), {p.split for p in pairs})))  # fmt: skip
    monkeypatch.setattr(pairs_census, "event_census", lambda _d, _t, pairs, splits: walked.append(
        ("events", splits, {p.split for p in pairs})))  # fmt: skip
    monkeypatch.setattr(pairs_census, "argument_census",
                        lambda _d, _t, pairs, splits: walked.append(
                            ("arguments", splits, {p.split for p in pairs})))  # fmt: skip
    monkeypatch.setattr(pairs_census, "denial_census",
                        lambda _d, _t, pairs, splits: walked.append(
                            ("denials", splits, {p.split for p in pairs})))  # fmt: skip
    for what in ("census", "reach", "sweep", "events", "arguments", "denials"):
        assert pairs_census.main([what]) == 0
    assert [w[2] for w in walked] == [{"tunestub"}] * 6
    assert filed == [{"tunestub"}] * 5  # census's, reach's, events', arguments', denials' desks
    for what in ("sweep", "events", "arguments", "denials"):
        assert pairs_census.main([what, "--split", "valstub"]) == 2  # never swept nor read
        assert "validation" in capsys.readouterr().err


def test_census_show_prints_no_pair_of_the_validation_split(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stub_pairs(monkeypatch)
    monkeypatch.setattr(pairs_census, "classify", lambda _desk, _pair: ("never compared", "x"))
    pairs = ev.pairs_of([TUNE, VALID])
    pairs_census.census(object(), pairs, ("tunestub", "valstub"), show="never")  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert TUNE.same[0] in out
    assert not any(s in out for s in (*VALID.same, *VALID.other, *VALID.related))
    assert ev.VALIDATION_NOTE.format(split="valstub") in out
    assert "\nvalstub: missed same: 1" in out  # its counts stay


def test_reach_pools_no_validation_split(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stub_pairs(monkeypatch)
    counts = {
        "tunestub": Counter({"same": 3, "same compared": 2}),
        "valstub": Counter({"same": 7, "same compared": 1}),
    }
    monkeypatch.setattr(pairs_census, "reach_counts", lambda *_args: dict(counts))
    pairs_census.reach(object(), [], ("tunestub", "valstub"))  # type: ignore[arg-type]
    rows = {line.split()[0]: line.split()[1:3] for line in capsys.readouterr().out.splitlines()}
    assert rows["valstub"] == ["7", "1"]  # its own line
    assert rows["pooled"] == ["3", "2"]  # not in the pooled one


def test_fit_pairs_never_fits_on_the_validation_split(monkeypatch: pytest.MonkeyPatch) -> None:
    _stub_pairs(monkeypatch)
    asked: list[tuple[str, ...]] = []

    class Stop(Exception):
        pass

    def collect(splits: tuple[str, ...]) -> None:
        asked.append(tuple(splits))
        raise Stop

    monkeypatch.setattr(fit_pairs, "collect", collect)
    with pytest.raises(Stop):
        fit_pairs.main([])
    assert asked == [("tunestub",)]
