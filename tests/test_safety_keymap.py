"""Key bindings from config.toml are checked per screen: an unknown id, an invalid key name
and two actions on one key of the same screen are each one line naming the file and line;
that entry is left out, the others apply."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.ui.app import FactDeskApp
from factdesk.ui.keymap import check_keymap, key_problem
from snapshot_app import build_app, open_review, record_notifications

README = Path(__file__).resolve().parent.parent / "README.md"
CONFIG = """reviewer = "tester"

[keys]
"verdict-disputed" = "2,h"
"verdict-corroborated" = "v"
"no-such-binding" = "q"
"help" = "ctrl+banana"
"""


def write_config(tmp_path: Path, text: str = CONFIG) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_bad_entry_is_one_line_with_file_and_line(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    checked = check_keymap(load_config(path), FactDeskApp)
    assert checked.keymap == {"verdict-disputed": "2,h"}
    lines = {re.search(r"line (\d+)", p).group(1): p for p in checked.problems}  # type: ignore[union-attr]
    assert set(lines) == {"5", "6", "7"} and all(str(path) in p for p in checked.problems)
    assert "accept-suggestion" in lines["5"] and "review screen" in lines["5"]
    assert "no such binding id" in lines["6"]
    assert "ctrl+banana" in lines["7"] and "not a key name" in lines["7"]


def test_key_names() -> None:
    for good in ("v", "V", "?", "ctrl+s", "f2", "enter", "question_mark", "left_square_bracket"):
        assert key_problem(good) is None, good
    for bad in ("ctrl+banana", "Enter", "hyper+", "cmd+s", "banana", " "):
        assert key_problem(bad) is not None, bad


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    example = re.search(r'`("verdict-corroborated" = "[^"]+")`', README.read_text("utf-8"))
    assert example is not None
    path = write_config(tmp_path, f"[keys]\n{example.group(1)}\n")
    checked = check_keymap(load_config(path), FactDeskApp)
    assert checked.problems == [] and checked.keymap


async def test_the_app_names_the_bad_lines_and_applies_the_rest(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    path = write_config(tmp_path)
    seeded_desk.config = replace(seeded_desk.config, keys=load_config(path).keys, path=path)
    app = build_app(seeded_desk)
    shown = record_notifications(app)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_review(pilot)
        assert sum(str(path) in m and "line" in m for m in shown) == 3, shown
        first = screen.current_id
        await pilot.press("h")  # the remapped key works
        await pilot.pause()
        assert seeded_desk.claim(first).verdict == "disputed"
        second = screen.current_id
        await pilot.press("c")  # the clashing remap was left out: c still corroborates
        await pilot.pause()
        assert seeded_desk.claim(second).verdict == "corroborated"
