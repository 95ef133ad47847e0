"""Golden files: each export format on the hand-made desk with a fixed set of verdicts.

The desk is ``fixture_desk`` (claims written by hand, not extracted), so a change to
extraction does not rewrite these. Regenerate after an intended change to a format with:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_export_golden.py

and read the diff of tests/golden/ before keeping it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from export_support import IDENTITY, apply_plan, fix_clock, normalise
from factdesk.desk.service import Desk
from factdesk.export import FORMATS, ExportScope, export_text
from fixture_desk import open_fixture_desk

SCOPE = ExportScope()
"""The whole hand-made desk: three short articles, small enough to read in a diff."""
GOLDEN = Path(__file__).resolve().parent / "golden"
FILES = {
    "csv": "fixture.csv",
    "jsonl": "fixture.jsonl",
    "markdown": "fixture.md",
    "claimreview": "fixture.claimreview.json",
}


@pytest.fixture(scope="module")
def planned_desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """Built once for the four formats."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("FACTDESK_CONFIG", str(tmp_path_factory.mktemp("cfg") / "none.toml"))
        fix_clock(monkeypatch)
        path = tmp_path_factory.mktemp("golden") / "golden.db"
        desk = open_fixture_desk(path, IDENTITY)
        apply_plan(desk)
        yield desk
        desk.close()


def first_difference(got: str, expected: str) -> str:
    """Where two texts first differ, briefly (pytest's full diff of 70 kB takes seconds)."""
    pairs = zip(got.splitlines(), expected.splitlines(), strict=False)
    for number, (a, b) in enumerate(pairs, 1):
        if a != b:
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
            start = max(0, at - 60)
            return (
                f"line {number}, column {at + 1}:\n  got      {a[start : at + 100]!r}\n"
                f"  expected {b[start : at + 100]!r}"
            )
    return f"lengths differ: {len(got)} vs {len(expected)} characters"


def test_every_format_has_a_golden_file() -> None:
    assert set(FILES) == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_matches_golden_file(planned_desk: Desk, fmt: str) -> None:
    text = normalise(export_text(planned_desk, fmt, SCOPE).text)
    golden = GOLDEN / FILES[fmt]
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(text.encode("utf-8"))
    assert golden.exists(), f"no golden file: run UPDATE_GOLDEN=1 pytest {__file__}"
    expected = golden.read_bytes().decode("utf-8")
    if text != expected:
        pytest.fail(
            f"{fmt} export differs from {golden.name} ({first_difference(text, expected)}); "
            "regenerate as the module docstring says if the change is intended"
        )
