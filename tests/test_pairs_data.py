"""The labelled claim pairs (tests/data/pairs) are well formed and counted as documented.

Checks the clusters files and the pairs built from them only: nothing here runs the matcher,
so the held-out splits stay unseen (the matcher's quality on dev is in test_semantic.py).
"""

from __future__ import annotations

import sys
from collections import Counter
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
    }  # fmt: skip
    held3 = Counter(p.label for p in pairs if p.split == "heldout3")
    assert held3 == Counter({"same": 84, "conflicts": 96, "related": 288, "unrelated": 36})


def test_the_third_held_out_set_is_whole_topics_of_its_own() -> None:
    topics = ev.read_clusters(ev.PAIRS / "clusters3.txt")
    assert len(topics) >= 10 and {t.split for t in topics} == {"heldout3"}
    for t in topics:
        assert len(t.same) == 4 and len(t.other) == 2, t.name
        assert len(t.related) == 2 and len(t.near) == 2, t.name
        assert all(s and not s.startswith(("same:", "other:")) for s in t.same + t.other)
    every = [s for t in ev.read_topics() for s in t.same + t.other + t.related + t.near]
    assert len(every) == len(set(every))  # no sentence labelled twice
    names = [t.name for t in ev.read_topics()]
    assert len(names) == len(set(names))


def test_the_sealed_split_is_left_out_of_the_default_run() -> None:
    assert "heldout3" in ev.SPLITS and "heldout3" in ev.SEALED


def test_count_only_builds_the_pairs_and_matches_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("--count-only must not index or match anything")

    monkeypatch.setattr(ev, "Indexer", refuse)
    monkeypatch.setattr(ev, "predict", refuse)
    assert ev.main(["--count-only"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1572 pairs:") and "heldout3 same 84" in out


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
