"""A merge file's bad field is refused in words, not Python's type names (review46 B14).

Before: "line 1: 'start' is missing or not a int" (and "not a str")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.desk.mergefile import MergeError, read_export

LINE = {"fingerprint": "ab" * 32, "start": 0, "end": 12, "text": "Twelve words"}


@pytest.mark.parametrize(
    ("changed", "said"),
    [
        ({"start": None}, "'start' is missing or not a whole number"),
        ({"end": "12"}, "'end' is missing or not a whole number"),
        ({"start": True}, "'start' is missing or not a whole number"),
        ({"text": 12}, "'text' is missing or not text"),
        ({"note": ["a"]}, "'note' is missing or not text"),
    ],
)
def test_a_bad_field_is_said_in_words(tmp_path: Path, changed: dict, said: str) -> None:
    path = tmp_path / "theirs.jsonl"
    path.write_text(json.dumps({**LINE, **changed}) + "\n", encoding="utf-8")
    with pytest.raises(MergeError) as refused:
        read_export(path)
    assert str(refused.value).endswith(f"line 1: {said}"), str(refused.value)
