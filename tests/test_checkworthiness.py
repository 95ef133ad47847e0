"""The learned check-worthiness score: packaged weights, runtime parity, order, reasons, CLI,
and the CLEF measures. Nothing here trains a model: every test reads the exported file."""

from __future__ import annotations

import gzip
import json
import math
import re
from importlib import resources
from pathlib import Path

import pytest
from factdesk.cli.entry import main
from factdesk.score import combined
from factdesk.score import model as cw
from factdesk.score.combined import score_claim

from tools import evaluate_checkworthiness as ev

CHECKWORTHY = "Unemployment rose to 7.8 percent in 2009, the highest rate in 26 years."
CHATTER = ("Thank you very much.", "What do you think about that?", "Good evening, everyone.")


def exported() -> dict:
    raw = resources.files("factdesk").joinpath("data", cw.DATA_FILE).read_bytes()
    return json.loads(gzip.decompress(raw))


def test_model_file_is_packaged_small_and_loads_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The load's cost is bounded by its size (2 MB packed, 4 MB of JSON) and paid once per
    process; its time against segmentation is in ``bench/bench_scoring.py``."""
    resource = resources.files("factdesk").joinpath("data", cw.DATA_FILE)
    raw = resource.read_bytes()
    assert len(raw) <= 2 * 1024 * 1024
    assert len(gzip.decompress(raw)) <= 4 * 1024 * 1024
    reads: list[int] = []
    read = cw.read_model

    def counted(data: bytes) -> cw.Model:
        reads.append(len(data))
        return read(data)

    monkeypatch.setattr(cw, "_MODEL", None)
    monkeypatch.setattr(cw, "read_model", counted)
    model = cw.load_model()
    for _ in range(3):
        assert cw.load_model() is model
        cw.score(CHECKWORTHY)
    assert reads == [len(raw)]
    assert sum(len(p.weights) for p in model.parts) > 1000
    assert model.meta["cv_by_debate"]["MAP"] > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We cut taxes by 3.5% in 2017.",
            ["w:we", "w:cut", "w:taxes", "w:by", "w:<num>", "w:%", "w:in", "w:<year>",
             "p:<s> we", "p:we cut", "p:cut taxes", "p:taxes by", "p:by <num>", "p:<num> %",
             "p:% in", "p:in <year>", "p:<year> </s>", "cue:date", "cue:first_plural",
             "cue:money", "cue:number", "cue:past_fact", "cue:percent", "len:5-9"],
        ),
        (
            "Didn’t you say that?",
            ["w:didn't", "w:you", "w:say", "w:that", "w:?", "p:<s> didn't", "p:didn't you",
             "p:you say", "p:say that", "p:that ?", "p:? </s>", "cue:negation", "cue:question",
             "cue:second_person", "len:1-4"],
        ),
    ],
)  # fmt: skip
def test_tokenisation_is_what_training_saw(text: str, expected: list[str]) -> None:
    assert cw.features(text) == expected


def test_trainer_uses_the_runtime_readers() -> None:
    from tools import train_checkworthiness as train

    assert train.features is cw.features
    parts = exported()["parts"]
    assert {p["reader"] for p in parts} <= {"features", "bow"}
    assert sum(p["mix"] for p in parts) == pytest.approx(1.0, abs=1e-5)
    bow = next((p for p in parts if p["reader"] == "bow"), None)
    if bow is not None:  # bag-of-words words are written as the runtime names them
        assert all(name.startswith("w:") for name in bow["weights"])


def _reader(part: dict, text: str) -> list[str]:
    return cw.bow_features(text) if part["reader"] == "bow" else cw.features(text)


@pytest.mark.parametrize("text", [CHECKWORTHY, *CHATTER, "", "ünïcödé ½ — 🙂", "Tax tax TAX."])
def test_runtime_score_equals_a_hand_sum_over_the_exported_file(text: str) -> None:
    data = exported()
    rate = data["meta"]["base_rate"]
    z = math.log((1 - rate) / rate)
    for part in data["parts"]:
        counts: dict[str, int] = {}
        for feature in _reader(part, text):
            if feature in part["weights"]:
                counts[feature] = counts.get(feature, 0) + 1
        norm = math.sqrt(sum(c * c for c in counts.values())) if part["norm"] and counts else 1
        total = sum(part["weights"][f] * c for f, c in counts.items()) / norm
        z += part["mix"] * (part["bias"] + total)
    assert cw.score(text) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)


def test_claims_with_figures_rank_above_chatter() -> None:
    top = cw.score(CHECKWORTHY)
    assert all(top > cw.score(text) + 0.2 for text in CHATTER)
    assert min(map(cw.score, CHATTER)) > 0.0 and top < 1.0


def test_explain_names_the_features_that_moved_the_score() -> None:
    model = cw.load_model()
    reasons = cw.explain(CHECKWORTHY, limit=5)
    assert 1 <= len(reasons) <= 5
    effects = [abs(r["weight"]) for r in reasons]
    assert effects == sorted(effects, reverse=True)
    assert any(r["weight"] > 0 for r in reasons)
    assert all(r["feature"].startswith(("word", "words", "cue", "length")) for r in reasons)
    total = model.bias + model.prior_shift + sum(w for _, w in model.contributions(CHECKWORTHY))
    assert total == pytest.approx(cw.logit(CHECKWORTHY))
    assert cw.explain("Thank you.")[0]["weight"] < 0


def test_score_claim_adds_the_fitted_desk_signals_once_each() -> None:
    text = "The brigade lost 300 men near the river last week."
    fit = combined.fitted()
    plain, _ = score_claim(text, sourcing="named")
    flagged, reasons = score_claim(
        text,
        sourcing="anonymous",
        flags=["anonymous-source", "single-source-name", "private-individual", "conflicts"],
    )
    assert flagged > plain
    named = [r["feature"] for r in reasons]
    assert named.count("desk: anonymous source") == 1
    assert "desk: conflicting claims elsewhere" in named
    assert [abs(r["weight"]) for r in reasons] == sorted(
        (abs(r["weight"]) for r in reasons), reverse=True
    )
    present = ["anonymous source", "private individual", "conflicting claims elsewhere"]
    z = fit.scale * cw.logit(text) + fit.bias + sum(fit.weights.get(n, 0.0) for n in present)
    assert flagged == pytest.approx(cw.sigmoid(z), abs=2e-3)
    assert 0.0 <= score_claim("", flags=())[0] <= 1.0


def test_a_signal_on_most_claims_gets_no_weight() -> None:
    """single-source-name is on most claims of a desk of unrelated articles: it ranks nothing."""
    assert "single-source name" not in combined.fitted().weights
    _, reasons = score_claim("Prices rose 4% in May.", flags=["single-source-name"])
    assert not any("single-source" in r["feature"] for r in reasons)


def test_the_fit_leaves_out_common_and_rare_signals() -> None:
    from tools.fit_desk_signals import Example, usable_signals

    def example(i: int, signals: set[str]) -> Example:
        return Example(f"a{i % 7}", 0.0, frozenset(signals), i % 2 == 0, 0.5)

    data = [
        example(i, {"single-source name"} | ({"a figure"} if i % 3 == 0 else set()))
        for i in range(60)
    ]
    data[0] = example(0, {"a figure", "a denial"})
    keep, share = usable_signals(data)
    assert share["single-source name"] > 0.5
    assert "single-source name" not in keep
    assert "a figure" in keep
    assert "a denial" not in keep  # once in 60 claims: too rare to fit


def test_shipped_weights_name_only_known_signals() -> None:
    data = json.loads(combined.SIGNALS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) <= set(combined.SIGNALS)
    assert 0.0 < data["scale"] <= 2.0


def test_score_cli_plain_text_keeps_input_order(tmp_path: Path, capsys) -> None:
    source = tmp_path / "talk.txt"
    source.write_text(f"{CHATTER[0]}\n\n{CHECKWORTHY}\n", encoding="utf-8")
    assert main(["score", str(source)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [text for _, text in rows] == [CHATTER[0], CHECKWORTHY]
    assert float(rows[1][0]) > float(rows[0][0])


def test_score_cli_answers_clef_input_in_clef_results_format(tmp_path: Path, capsys) -> None:
    debate = tmp_path / "debate.tsv"
    debate.write_text(
        f"1\tHOLT\t{CHATTER[2]}\t0\n2\tSMITH\t{CHECKWORTHY}\t1\n3\tHOLT\t{CHATTER[1]}\t0\n",
        encoding="utf-8",
    )
    assert main(["score", str(debate)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [int(n) for n, _ in rows] == [1, 2, 3]
    official = re.compile(r"^[1-9][0-9]{0,3}\t([-+]?\d*\.\d+|\d+)$")  # CLEF's format checker
    assert all(official.match("\t".join(row)) for row in rows)
    assert float(rows[1][1]) == max(float(s) for _, s in rows)


def test_score_cli_missing_file_is_one_line_and_non_zero(tmp_path: Path, capsys) -> None:
    assert main(["score", str(tmp_path / "nope.txt")]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("factdesk:") and "nope.txt" in err and "\n" not in err


def test_measures_match_a_hand_computed_ranking() -> None:
    labels = {1: 0, 2: 1, 3: 0, 4: 0, 5: 1}
    # Scores put the lines in order 1..5; lines 3 and 4 tie and keep their file order.
    ranked = ev.ranked_labels(labels, [(1, 0.9), (2, 0.8), (3, 0.5), (4, 0.5), (5, 0.1)])
    assert ranked == [0, 1, 0, 0, 1]
    m = ev.debate_measures(ranked)
    assert m["AP"] == pytest.approx((1 / 2 + 2 / 5) / 2)
    assert m["R-prec"] == pytest.approx(1 / 2)
    assert m["P@5"] == pytest.approx(2 / 5)
    assert m["P@10"] == pytest.approx(2 / 10)
    assert ev.debate_measures([0, 0, 0])["AP"] == 0.0
    with pytest.raises(ev.ClefFormatError):
        ev.ranked_labels(labels, [(1, 0.3)])


def test_evaluator_averages_over_debates(tmp_path: Path, capsys) -> None:
    gold, run = tmp_path / "gold", tmp_path / "run"
    gold.mkdir(), run.mkdir()
    (gold / "a.tsv").write_text("1\tX\tone\t1\n2\tX\ttwo\t0\n3\tX\tthree\t1\n", encoding="utf-8")
    (gold / "b.tsv").write_text("1\tY\tone\t0\n2\tY\ttwo\t1\n", encoding="utf-8")
    (run / "a.txt").write_text("1\t0.1\n2\t0.9\n3\t0.5\n", encoding="utf-8")  # AP (1/2+2/3)/2
    (run / "b.txt").write_text("1\t0.2\n2\t0.7\n", encoding="utf-8")  # AP 1
    assert ev.main([str(gold), "--pred", str(run)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert f"MAP {((1 / 2 + 2 / 3) / 2 + 1) / 2:.4f}" in last
    (run / "b.txt").write_text("1\tlots\n", encoding="utf-8")
    assert ev.main([str(gold), "--pred", str(run)]) == 1


def test_reasons_leave_out_function_words_but_the_score_keeps_them() -> None:
    from factdesk.score.model import FUNCTION_WORDS, explain, load_model

    text = "We won't go on an immediate march to the city now, but it allows us to advance."
    reasons = explain(text, limit=10)
    assert reasons, "a sentence with content words has reasons"
    for reason in reasons:
        words = reason["feature"].split('"')[1::2]
        for phrase in words:
            tokens = phrase.replace("(start)", "<s>").replace("(end)", "</s>").split()
            assert not all(token in FUNCTION_WORDS for token in tokens), reason
    assert any(feature.startswith("w:the") for feature, _ in load_model().contributions(text))


def test_reasons_never_name_the_digits_a_figure_was_cut_into() -> None:
    """The bag-of-words part reads "40,000" as "40" and "000": a claim's reasons said
    ``word "000"``. The digits still count in the score; the desk's "a figure" names them."""
    from factdesk.score.model import explain, load_model

    text = "Around 40,000 trout died after diesel leaked into the reservoir, the water board said."

    reasons = explain(text, limit=10)
    assert reasons
    assert not any(part.isdigit() for r in reasons for part in r["feature"].split('"')[1::2])
    assert any(feature == "w:000" for feature, _ in load_model().contributions(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Full figures at https://stats.example/ferries/2026 show 40 sailings were cut.",
            "example",
        ),
        (
            "Write to complaints@quayferries.example.com if a sailing was cut, the operator said.",
            "example",
        ),
        ("The report, posted on www.quaywatch.org, says 40 sailings were cut.", "org"),
        ("The report at quaywatch.org/ferries says 40 sailings were cut.", "quaywatch"),
        ("Данные на https://porty.example.ru/otchet показывают, что рейсов стало меньше.", "porty"),
    ],
)
def test_no_feature_or_reason_reads_a_web_or_mail_address(text: str, address: str) -> None:
    """A claim's reason read ``word "example"``, a word of a link in the sentence (found33):
    an address names a site, not what is asserted, so neither reader takes its words."""
    assert not any(address in f for f in cw.features(text) + cw.bow_features(text))
    _, reasons = score_claim(text, kind="statistic", sourcing="named")
    assert not any(address in reason["feature"] for reason in reasons)
    assert "w:cut" in cw.features(text) or "w:рейсов" in cw.bow_features(text)


def test_a_stop_missing_its_space_is_no_address() -> None:
    """A bare domain needs a known ending: "cut.Next" is two words still."""
    assert {"w:cut", "w:next"} <= set(cw.features("Fares were cut.Next year they rise."))


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("Asked on Friday about the closure, the depot's owners declined to comment.", True),
        ("Brenholt Timber has not replied to three emails from this newspaper.", True),
        ("The harbour master could not be reached over the weekend.", True),
        ("Пресс-служба завода на письмо редакции пока не ответила.", True),
        ("У мерії від коментарів відмовилися.", True),
        ("The harbour master declined to comment, but said dredging would start in spring.", False),
        ("The airline declined to comment on the 120 cancelled flights.", False),
        ("The tribunal refused to hear the second appeal.", False),
        ("Губернатор отказался от комментариев, но сказал, что паром пустят весной.", False),
        ("Депутаты отказались от поправки.", False),
        ("The dredging contractor, Breckfield Marine, declined to\ncomment.", True),
        ("Haldane Ferries did not reply\n  to two calls and an email on Sunday.", True),
        ("Пресс-служба порта от\nкомментариев отказалась.", True),
        ("The contractor declined to\ncomment, but said\nthe work would resume.", False),
    ],
)
def test_a_bare_refusal_to_comment_is_scored_as_nothing_to_check(text: str, refusal: bool) -> None:
    """review41 section C: "A spokesman ... declined to comment" scored 0.86 (a refusal to
    speak is not checkable; the labelled set marks every such sentence not check-worthy).
    A refusal with something said beside it, or a figure, keeps its score."""
    score, reasons = score_claim(text, sourcing="anonymous", flags=["anonymous-source"])
    assert (score < 0.2) is refusal
    assert ("desk: a refusal to comment" in [r["feature"] for r in reasons]) is refusal
