"""The labeller-agreement study (tools/label_agreement.py): a second labelling is scored by the
evaluator's own rules, the blind package hides every label, and a sealed split is refused.
A two-article split written here; no spaCy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import label_agreement as study
from tools.evaluate_attribution import Sentence

BODY = (
    "Mayor Ilse Varga said the bridge would reopen in May.\n\n"
    "A council engineer, speaking on condition of anonymity, put the repairs at 4 million.\n\n"
    "The river rose two metres overnight.\n"
)


def _sentence(start: int, text: str, sourcing: str, speaker: str | None) -> dict:
    return {
        "record": "sentence",
        "article": "a.txt",
        "lang": "en",
        "start": start,
        "end": start + len(text),
        "text": text,
        "claim": True,
        "speaker": speaker,
        "speaker_type": None,
        "sourcing": sourcing,
        "affiliation": None,
        "check_worthy": True,
    }


def _split(tmp_path: Path, labels: list[tuple[str, str | None]]) -> Path:
    """A split folder ``mine`` with one article and its three claims labelled ``labels``."""
    (tmp_path / "mine").mkdir(exist_ok=True)
    (tmp_path / "mine" / "a.txt").write_text(BODY, encoding="utf-8")
    rows = [
        {
            "record": "article",
            "article": "a.txt",
            "lang": "en",
            "style": "local",
            "dateline": None,
            "place": None,
            "outlet": None,
        }
    ]
    for text, (sourcing, speaker) in zip(BODY.strip().split("\n\n"), labels, strict=True):
        rows.append(_sentence(BODY.index(text), text, sourcing, speaker))
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


FIRST = [("named", "Mayor Ilse Varga"), ("anonymous", "a council engineer"), ("none", None)]


def test_the_blind_package_keeps_text_and_offsets_and_hides_every_label(tmp_path: Path) -> None:
    _split(tmp_path, FIRST)
    assert study.blind("mine", tmp_path / "out", tmp_path) == 3
    rows = [json.loads(line) for line in (tmp_path / "out" / "to_label.jsonl").open()]
    sentences = [r for r in rows if r["record"] == "sentence"]
    assert {r["sourcing"] for r in sentences} == {"TODO"}
    assert {r["speaker"] for r in sentences} == {"TODO"}
    assert "Varga" not in json.dumps([r["speaker"] for r in sentences])
    assert (tmp_path / "out" / "articles" / "a.txt").read_text(encoding="utf-8") == BODY
    assert all(BODY[r["start"] : r["end"]] == r["text"] for r in sentences)


def test_the_blind_package_leaves_the_datelines_to_the_labeller_and_says_so(
    tmp_path: Path,
) -> None:
    """The first labeller's dateline, place and outlet are labels ``compare`` scores: the package
    leaves them null, and its README (written by the tool, not by hand) says they are to fill."""
    labels = _split(tmp_path, FIRST)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    rows[0].update(dateline="PORT ELLIS, May 2 -", place="Port Ellis", outlet="Tidewire")
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    study.blind("mine", tmp_path / "out", tmp_path)
    package = (tmp_path / "out" / "to_label.jsonl").read_text(encoding="utf-8")
    article = json.loads(package.splitlines()[0])
    assert (article["dateline"], article["place"], article["outlet"]) == (None, None, None)
    assert "Port Ellis" not in package and "Tidewire" not in package
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "# mine: a blind package" in readme and "(3 claim sentences)" in readme
    assert "`dateline`, `place` and `outlet` are null here" in readme


def test_agreement_reads_a_surname_as_its_name_and_parts_on_sourcing() -> None:
    def label(sourcing: str, speaker: str | None) -> Sentence:
        return Sentence("a.txt", "en", 0, 1, "x", True, speaker, None, sourcing)

    assert study.agree(label("named", "Mayor Ilse Varga"), label("named", "Varga"))
    assert not study.agree(label("named", "Ilse Varga"), label("named", "Tomas Varga"))
    assert not study.agree(label("anonymous", "an official"), label("unattributed", None))
    assert study.agree(label("none", None), label("none", None))


def test_kappa_is_one_for_full_agreement_and_zero_at_chance() -> None:
    assert study.kappa([("named", "named"), ("none", "none")]) == pytest.approx(1.0)
    chance = [("named", "named"), ("named", "none"), ("none", "named"), ("none", "none")]
    assert study.kappa(chance) == pytest.approx(0.0)


def test_a_second_labelling_is_scored_as_the_engine_is(tmp_path: Path) -> None:
    _split(tmp_path, FIRST)
    second = [("named", "Varga"), ("unattributed", None), ("none", None)]
    (tmp_path / "b").mkdir()
    second_file = _split(tmp_path / "b", second)
    report = study.compare("mine", second_file, tmp_path, engine=False, listing=True)
    assert "3 of 3 claims labelled twice" in report
    # against the first labels: the named claim right, the anonymous one missed (1 of 2)
    assert "speaker accuracy     50.0% (1/2)" in report
    assert "whole attribution agreed 2/3" in report
    assert "anonymous:'a council engineer' | unattributed:None" in report


def test_the_validation_split_lists_no_disagreement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _split(tmp_path, FIRST)
    second = [("named", "Varga"), ("unattributed", None), ("none", None)]
    (tmp_path / "b").mkdir()
    second_file = _split(tmp_path / "b", second)
    monkeypatch.setattr(study, "VALIDATION", ("mine",))
    report = study.compare("mine", second_file, tmp_path, engine=False, listing=True)
    assert "whole attribution agreed 2/3" in report
    assert "a council engineer" not in report and "disagreements" not in report
    assert "validation split" in report


def test_the_default_dump_leaves_the_validation_and_sealed_splits_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tools import dump_extraction
    from tools import evaluate_attribution as ea

    assert ea.VALIDATION
    if not ea.SEALED:  # none sealed from a session's opening until its new split lands (open31)
        monkeypatch.setattr(ea, "SEALED", ("heldout5",))  # a tuning split stands in for one
    SEALED, SPLITS, VALIDATION = ea.SEALED, ea.SPLITS, ea.VALIDATION
    default = {folder.name for folder in dump_extraction.folders_of([])}
    assert not default & {*VALIDATION, *SEALED}
    assert {s for s in SPLITS if s not in VALIDATION and s not in SEALED} <= default
    assert "seeds" in default
    assert [f.name for f in dump_extraction.folders_of([VALIDATION[0]])] == [VALIDATION[0]]
    for group in ("all", "validation", "read"):  # review36: a group never dumps a validation one
        assert not {f.name for f in dump_extraction.folders_of([group])} & set(VALIDATION)
    assert {f.name for f in dump_extraction.folders_of(["read"])} == set(ea.chosen_splits("read"))
    assert dump_extraction.main(["unused.txt", "validation"]) == 2


def test_the_dump_reads_an_option_as_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dump_extraction --help` printed nothing and wrote the whole dump into a file named
    `--help` (the lead, session 38): an option first is the usage, never the output file."""
    from tools import dump_extraction

    monkeypatch.chdir(tmp_path)
    assert dump_extraction.main(["--help"]) == 0
    assert dump_extraction.main(["-x", "dev4"]) == 2
    assert not list(tmp_path.iterdir())


def test_a_sealed_split_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(study, "SEALED", ("heldout99",))
    assert study.main(["compare", "heldout99", "x.jsonl"]) == 2


@pytest.mark.parametrize(
    "split",
    [
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
        "heldout36",
        "heldout37",
        "heldout38",
        "heldout39",
        "heldout40",
        "heldout41",
        "heldout42",
        "heldout43",
        "heldout44",
        "heldout45",
        "heldout46",
        "heldout47",
        "heldout48",
        "heldout49",
    ],
)
def test_the_kept_second_labellings_cover_their_split_claim_for_claim(split: str) -> None:
    """The second labellings the README's agreement table reads (second/<split>.jsonl) label
    every claim of the split once, at its offsets, with no field left TODO."""
    from tools.evaluate_attribution import DATA, read_labels

    _, first = read_labels(DATA / f"{split}.jsonl")
    _, second = read_labels(DATA / "second" / f"{split}.jsonl")
    claims = [(s.article, s.start, s.end, s.text) for s in first if s.claim]
    assert [(s.article, s.start, s.end, s.text) for s in second] == claims
    assert all(study.TODO not in (s.sourcing, s.speaker, s.speaker_type) for s in second)
    assert {s.sourcing for s in second} <= {"named", "anonymous", "unattributed", "none"}
