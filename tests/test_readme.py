"""The README's developer map cannot drift: what it names exists, and it names every
sub-package of the package."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tui" / "factdesk"


def developer_map() -> str:
    """The code block of the "For developers" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## For developers", 1)[1]
    return section.split("```", 2)[1]


def named_entries(block: str) -> list[tuple[str, str]]:
    """(sub-package, module or folder) for every ``name.py``, ``name/`` or ``.tcss`` named,
    each under the sub-package whose line (or continuation lines) it sits on."""
    entries = []
    current = ""
    for line in block.splitlines():
        head = re.match(r"^  (\w+)/", line)
        if head:
            current = head.group(1)
            line = line[head.end() :]
        elif not line.startswith("   "):
            current = ""
        if current:
            entries += [(current, name) for name in re.findall(r"[\w]+(?:\.py|\.tcss|/)", line)]
    return entries


def test_every_sub_package_is_on_the_map() -> None:
    block = developer_map()
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    named = set(re.findall(r"^  (\w+)/", block, re.MULTILINE))
    assert packages - named == set(), f"sub-packages missing from README: {packages - named}"
    assert named - packages == set(), (
        f"README names sub-packages that do not exist: {named - packages}"
    )


def test_every_module_the_map_names_exists() -> None:
    entries = named_entries(developer_map())
    assert len(entries) > 40  # the parser found the map
    missing = [f"{pkg}/{name}" for pkg, name in entries if not (PACKAGE / pkg / name).exists()]
    assert missing == [], f"README names modules that do not exist: {missing}"


def test_the_top_level_folders_exist() -> None:
    for folder in re.findall(r"^(\w+)/", developer_map(), re.MULTILINE):
        assert (ROOT / folder).is_dir() or (ROOT / "tui" / folder).is_dir(), folder
