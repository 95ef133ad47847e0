"""The labelled claim pairs (tests/data/pairs) are well formed and counted as documented.

Checks the clusters files and the pairs built from them only: nothing here runs the matcher,
so the held-out splits stay unseen (the matcher's quality on dev is in test_semantic.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import evaluate_pairs as ev  # noqa: E402


def test_every_split_has_the_pairs_the_readme_counts() -> None:
    pairs = ev.pairs_of(ev.read_topics())
    per_split = Counter(p.split for p in pairs)
    assert dict(per_split) == {
        "dev": 300, "heldout": 180, "dev2": 294, "heldout2": 294, "heldout3": 504,
        "heldout4": 588, "heldout5": 630, "heldout6": 630, "heldout7": 672,
        "heldout8": 588, "dev3": 163, "heldout9": 588, "dev4": 163, "heldout10": 588,
        "heldout11": 588, "heldout12": 588, "heldout13": 588, "heldout14": 588,
        "heldout15": 588, "heldout16": 588, "heldout17": 588, "heldout18": 588,
        "heldout19": 588, "heldout20": 588, "heldout21": 588, "heldout22": 588,
        "heldout23": 588, "heldout24": 588, "heldout25": 588, "heldout26": 588,
        "heldout27": 588, "heldout28": 588,
    }  # fmt: skip
    held3 = Counter(p.label for p in pairs if p.split == "heldout3")
    assert held3 == Counter({"same": 84, "conflicts": 96, "related": 288, "unrelated": 36})
    held4 = Counter(p.label for p in pairs if p.split == "heldout4")
    assert held4 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held5 = Counter(p.label for p in pairs if p.split == "heldout5")
    assert held5 == Counter({"same": 105, "conflicts": 120, "related": 360, "unrelated": 45})
    held6 = Counter(p.label for p in pairs if p.split == "heldout6")
    assert held6 == Counter({"same": 105, "conflicts": 120, "related": 360, "unrelated": 45})
    held7 = Counter(p.label for p in pairs if p.split == "heldout7")
    assert held7 == Counter({"same": 112, "conflicts": 128, "related": 384, "unrelated": 48})
    held8 = Counter(p.label for p in pairs if p.split == "heldout8")
    assert held8 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held9 = Counter(p.label for p in pairs if p.split == "heldout9")
    assert held9 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held10 = Counter(p.label for p in pairs if p.split == "heldout10")
    assert held10 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held11 = Counter(p.label for p in pairs if p.split == "heldout11")
    assert held11 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held12 = Counter(p.label for p in pairs if p.split == "heldout12")
    assert held12 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held13 = Counter(p.label for p in pairs if p.split == "heldout13")
    assert held13 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held14 = Counter(p.label for p in pairs if p.split == "heldout14")
    assert held14 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held15 = Counter(p.label for p in pairs if p.split == "heldout15")
    assert held15 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held16 = Counter(p.label for p in pairs if p.split == "heldout16")
    assert held16 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held17 = Counter(p.label for p in pairs if p.split == "heldout17")
    assert held17 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held18 = Counter(p.label for p in pairs if p.split == "heldout18")
    assert held18 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held19 = Counter(p.label for p in pairs if p.split == "heldout19")
    assert held19 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held20 = Counter(p.label for p in pairs if p.split == "heldout20")
    assert held20 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held21 = Counter(p.label for p in pairs if p.split == "heldout21")
    assert held21 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held22 = Counter(p.label for p in pairs if p.split == "heldout22")
    assert held22 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held23 = Counter(p.label for p in pairs if p.split == "heldout23")
    assert held23 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held24 = Counter(p.label for p in pairs if p.split == "heldout24")
    assert held24 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held25 = Counter(p.label for p in pairs if p.split == "heldout25")
    assert held25 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held26 = Counter(p.label for p in pairs if p.split == "heldout26")
    assert held26 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held27 = Counter(p.label for p in pairs if p.split == "heldout27")
    assert held27 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    held28 = Counter(p.label for p in pairs if p.split == "heldout28")
    assert held28 == Counter({"same": 98, "conflicts": 112, "related": 336, "unrelated": 42})
    dev3 = Counter(p.label for p in pairs if p.split == "dev3")
    assert dev3 == Counter({"same": 28, "conflicts": 32, "related": 96, "unrelated": 7})
    dev4 = Counter(p.label for p in pairs if p.split == "dev4")
    assert dev4 == Counter({"same": 28, "conflicts": 32, "related": 96, "unrelated": 7})


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("clusters3.txt", "heldout3"),
        ("clusters4.txt", "heldout4"),
        ("clusters5.txt", "heldout5"),
        ("clusters6.txt", "heldout6"),
        ("clusters7.txt", "heldout7"),
        ("clusters8.txt", "heldout8"),
        ("clusters10.txt", "heldout9"),
        ("clusters12.txt", "heldout10"),
        ("clusters13.txt", "heldout11"),
        ("clusters14.txt", "heldout12"),
        ("clusters15.txt", "heldout13"),
        ("clusters16.txt", "heldout14"),
        ("clusters17.txt", "heldout15"),
        ("clusters18.txt", "heldout16"),
        ("clusters19.txt", "heldout17"),
        ("clusters20.txt", "heldout18"),
        ("clusters21.txt", "heldout19"),
        ("clusters22.txt", "heldout20"),
        ("clusters23.txt", "heldout21"),
        ("clusters24.txt", "heldout22"),
        ("clusters25.txt", "heldout23"),
        ("clusters26.txt", "heldout24"),
        ("clusters27.txt", "heldout25"),
        ("clusters28.txt", "heldout26"),
        ("clusters29.txt", "heldout27"),
        ("clusters30.txt", "heldout28"),
    ],
)
def test_a_late_held_out_set_is_whole_topics_of_its_own(name: str, split: str) -> None:
    topics = ev.read_clusters(ev.PAIRS / name)
    assert len(topics) >= 10 and {t.split for t in topics} == {split}
    for t in topics:
        assert len(t.same) == 4 and len(t.other) == 2, t.name
        assert len(t.related) == 2 and len(t.near) == 2, t.name
        assert all(s and not s.startswith(("same:", "other:")) for s in t.same + t.other)
    every = [s for t in ev.read_topics() for s in t.same + t.other + t.related + t.near]
    assert len(every) == len(set(every))  # no sentence labelled twice
    names = [t.name for t in ev.read_topics()]
    assert len(names) == len(set(names))


def test_the_sealed_splits_are_left_out_of_the_default_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spent = (
        "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
        "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
        "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
        "heldout24", "heldout25", "heldout26", "heldout27",
    )  # fmt: skip
    for split in spent:  # closing figures given: tuning data now
        assert split in ev.SPLITS and split not in ev.SEALED
    assert ev.SEALED == ("heldout28",) and "heldout28" in ev.SPLITS  # the lead runs it by name

    def no_index(*_args: object, **_kwargs: object) -> object:
        return object()

    seen: list[str] = []

    def note(_indexer: object, _topics: object, chosen: list[ev.Pair]) -> list[tuple[str, str]]:
        seen.extend(pair.split for pair in chosen)
        return [(pair.label, "same") for pair in chosen]

    monkeypatch.setattr(ev, "Indexer", no_index)
    monkeypatch.setattr(ev, "run", note)  # no matcher: only which splits are walked
    sealed_files = set(ev.SEALED_FILES.values())
    assert not set(ev.files_for(("dev", "heldout2", "heldout5"))) & sealed_files
    for split, path in ev.SEALED_FILES.items():  # read only when that split is run
        assert set(ev.files_for((split,))) & sealed_files == {path}
    assert ev.main([]) == 0
    assert set(seen) == {"dev", "heldout", "dev2", "heldout2", "dev3", "dev4", *spent}
    assert not set(seen) & set(ev.SEALED)
    seen.clear()
    assert ev.main(["--split", "heldout5"]) == 0
    assert set(seen) == {"heldout5"}
    assert "heldout5: 630 pairs" in capsys.readouterr().out
    seen.clear()
    assert ev.main(["--split", "heldout28"]) == 0  # by name only (run is stubbed: no matching)
    assert set(seen) == {"heldout28"}
    assert "heldout28: 588 pairs" in capsys.readouterr().out


def test_skip_leaves_a_split_out_of_the_run_but_not_off_the_desk(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--errors`` over every split but one or two: ``--skip`` (again for more). The skipped
    splits' sentences are still filed, so the others' figures are those of the full run."""
    seen: list[str] = []
    filed: set[str] = set()

    def note(_indexer: object, topics: list[ev.Topic], chosen: list[ev.Pair]) -> list:
        seen.extend(pair.split for pair in chosen)
        filed.update(topic.split for topic in topics)
        return [(pair.label, pair.label) for pair in chosen]

    monkeypatch.setattr(ev, "Indexer", lambda **_kwargs: object())
    monkeypatch.setattr(ev, "run", note)  # no matcher: only which splits are walked
    monkeypatch.setattr(ev, "_shared_anchor", lambda *_args: "name")
    assert ev.main(["--errors", "--skip", "heldout5", "--skip", "dev"]) == 0
    assert seen and not {"heldout5", "dev"} & set(seen) and "heldout6" in seen
    assert {"heldout5", "dev"} <= filed
    out = capsys.readouterr().out
    assert "\nheldout6: 630 pairs" in out and "\nheldout5:" not in out
    with pytest.raises(SystemExit):
        ev.main(["--skip", "nosuchsplit"])


@pytest.mark.parametrize("path", ev.CLUSTERS, ids=lambda p: p.name)
def test_every_line_is_a_comment_a_header_or_a_known_kind(path: Path) -> None:
    kinds = {"same", "other", "related", "near"}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("## "):
            head = dict(part.strip().split(": ", 1) for part in line[3:].split("|"))
            assert set(head) == {"topic", "split", "date"}, (path.name, number)
            assert head["split"] in ev.SPLITS, (path.name, number)
            date.fromisoformat(head["date"])
        elif line and not line.startswith("#"):
            kind, sep, text = line.partition(": ")
            assert sep and kind in kinds and text.strip(), (path.name, number, line)


def test_count_only_builds_the_pairs_and_matches_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("--count-only must not index or match anything")

    monkeypatch.setattr(ev, "Indexer", refuse)
    monkeypatch.setattr(ev, "predict", refuse)
    assert ev.main(["--count-only"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16766 pairs:") and "heldout3 same 84" in out
    assert "heldout4 conflicts 112" in out and "heldout4 same 98" in out
    assert "heldout5 conflicts 120" in out and "heldout5 same 105" in out
    assert "heldout6 conflicts 120" in out and "heldout6 same 105" in out
    assert "heldout7 conflicts 128" in out and "heldout7 same 112" in out
    assert "heldout8 conflicts 112" in out and "heldout8 same 98" in out
    assert "heldout9 conflicts 112" in out and "heldout9 same 98" in out
    assert "heldout10 conflicts 112" in out and "heldout10 same 98" in out
    assert "heldout11 conflicts 112" in out and "heldout11 same 98" in out
    assert "heldout12 conflicts 112" in out and "heldout12 same 98" in out
    assert "heldout13 conflicts 112" in out and "heldout13 same 98" in out
    assert "heldout14 conflicts 112" in out and "heldout14 same 98" in out
    assert "heldout15 conflicts 112" in out and "heldout15 same 98" in out
    assert "heldout16 conflicts 112" in out and "heldout16 same 98" in out
    assert "heldout17 conflicts 112" in out and "heldout17 same 98" in out
    assert "heldout18 conflicts 112" in out and "heldout18 same 98" in out
    assert "heldout19 conflicts 112" in out and "heldout19 same 98" in out
    assert "heldout20 conflicts 112" in out and "heldout20 same 98" in out
    assert "heldout21 conflicts 112" in out and "heldout21 same 98" in out
    assert "heldout22 conflicts 112" in out and "heldout22 same 98" in out
    assert "heldout23 conflicts 112" in out and "heldout23 same 98" in out
    assert "heldout24 conflicts 112" in out and "heldout24 same 98" in out
    assert "heldout25 conflicts 112" in out and "heldout25 same 98" in out
    assert "heldout26 conflicts 112" in out and "heldout26 same 98" in out
    assert "heldout27 conflicts 112" in out and "heldout27 same 98" in out
    assert "heldout28 conflicts 112" in out and "heldout28 same 98" in out


def test_a_topic_header_and_its_groups_are_read(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(
        "# comment\n## topic: t | split: heldout3 | date: 2026-01-01\n"
        "same: A won.\nsame: A beat B.\nother: B won.\nrelated: It rained.\nnear: A won in 2020.\n",
        encoding="utf-8",
    )
    (topic,) = ev.read_clusters(path)
    assert (topic.name, topic.split, topic.date) == ("t", "heldout3", "2026-01-01")
    labels = Counter(p.label for p in ev.pairs_of([topic]))
    assert labels == Counter({"same": 1, "conflicts": 2, "related": 6})
