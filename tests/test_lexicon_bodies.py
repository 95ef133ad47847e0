"""One home for the Russian and Ukrainian nouns of a body's kind (``lexicon.bodies``): the
reporting grammar's institution stems, the kind nouns a name may follow and the national
bodies by kind take them from there, so a noun added once reaches every reader, and a copy
written into another lexicon module fails here (review39 item 8: three lists held them)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import source_trees
from factdesk.lexicon import bodies, institutions, kinds, reporting_ru_uk

LEXICON = Path(bodies.__file__).parent
HOME_STEMS = [stem for nouns in bodies.BODY_NOUNS.values() for stem in nouns.both]


def _body_copies(path: Path, patterns: bool) -> list[str]:
    """Where a module writes a stem of the home again: a string that is one (a list's item),
    or, with ``patterns``, a pattern naming one at a word's start («(?:полици\\w+)»).
    Docstrings are prose, never a list."""
    walked = source_trees.nodes(path)
    docs = {id(node.value) for node in walked if isinstance(node, ast.Expr)}
    found = []
    for node in walked:
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in docs:
            continue
        for stem in HOME_STEMS:
            starts = re.search(rf"(?<![\w\\]){re.escape(stem)}", node.value, re.IGNORECASE)
            if node.value == stem or (patterns and starts):
                found.append(f"{path.name}:{node.lineno}:{stem}")
    return sorted(found)


def test_each_noun_is_written_once_in_its_home() -> None:
    assert len(HOME_STEMS) == len(set(HOME_STEMS))
    assert all(stem == stem.lower() and " " not in stem for stem in HOME_STEMS)


def test_no_other_lexicon_module_writes_a_body_noun_again() -> None:
    """The lists are built from the home by kind (``stems``), ``lexicon.institutions``'s
    patterns too: a stem typed into any of them is a second home."""
    found = []
    for path in sorted(LEXICON.glob("*.py")):
        if path.name != "bodies.py":
            found += _body_copies(path, patterns=path.name == "institutions.py")
    assert found == [], "body nouns outside lexicon.bodies: " + ", ".join(found)


def test_the_check_finds_a_copied_noun(tmp_path: Path) -> None:
    """The check above fails on a copy in a list and in a pattern, never on prose."""
    module = tmp_path / "copy.py"
    module.write_text(
        'A = ("министерств", "сайт")\n'
        'B = r"(?:национальн\\w+\\s+)?поліці\\w+"\n'
        'C = r"нацбанк\\w*"\n'  # a compound: the noun does not start a word
        'def f() -> None:\n    """«Міністерства оборони»: a docstring."""\n',
        encoding="utf-8",
    )
    assert _body_copies(module, patterns=True) == ["copy.py:1:министерств", "copy.py:2:поліці"]
    assert _body_copies(module, patterns=False) == ["copy.py:1:министерств"]


@pytest.mark.parametrize(
    "readers",
    [
        (reporting_ru_uk.ORG_STEMS, reporting_ru_uk.GOVERNMENT_NOUNS, kinds.CYRILLIC_BODY_STEMS),
    ],
)
def test_the_readers_share_the_home_s_nouns(readers: tuple[tuple[str, ...], ...]) -> None:
    """A kind every reader names is spelled alike in each: the ministry, the administration,
    the service are one word start in the grammar's stems and the kind nouns."""
    for kind in ("ministry", "administration", "service", "directorate", "committee"):
        for reader in readers:
            assert set(bodies.stems(kind)) <= set(reader), kind


def test_the_national_bodies_read_the_home_s_nouns() -> None:
    """``institutions`` finds a body by the home's nouns in either language."""
    assert institutions.body_kind("Міністерство оборони України") == ("defence", "ukraine")
    assert institutions.body_kind("Министерство обороны России") == ("defence", "russia")
    assert institutions.body_kind("Национальная полиция Украины") == ("police", "ukraine")
    assert institutions.body_kind("Генеральный штаб ВСУ") == ("general-staff", "ukraine")
    assert institutions.body_kind("Кабмин Украины") == ("government", "ukraine")


def test_a_kind_the_home_lacks_fails_at_once() -> None:
    with pytest.raises(KeyError):
        bodies.stems("ministri")
    assert bodies.alternation("police") == "(?:полици|поліці)"
    assert bodies.alternation("court") == "суд"


def test_each_kind_s_nouns_are_read_by_language_not_by_place() -> None:
    """review40 item 3: a line is read into named fields, Russian first, so a reader asks for
    one language by name; a line of three words fails with its kind named, not as an unpacking
    error in whichever reader came first."""
    assert bodies.BODY_NOUNS["cabinet"] == bodies.Nouns(ru="кабмин", uk="кабмін")
    assert bodies.BODY_NOUNS["court"].both == ("суд",)
    with pytest.raises(ValueError, match="'ministry'"):
        bodies._table("ministry: министерств міністерств минобороны")


def test_the_mayor_and_the_lawyer_are_written_once() -> None:
    """review40 item 3: «мэр», «мер» and «адвокат» were typed into two modules' lists
    (``reporting_ru_uk``, ``kinds``); each is now written once, in ``reporting_ru_uk``
    (``MAYOR_STEMS``, ``LAWYER``), and read from there."""
    found: dict[str, list[str]] = {}
    for path in sorted(LEXICON.glob("*.py")):
        for node in source_trees.nodes(path):
            if isinstance(node, ast.Constant) and node.value in ("мэр", "мер", "адвокат"):
                found.setdefault(node.value, []).append(path.name)
    assert found == {w: ["reporting_ru_uk.py"] for w in ("мэр", "мер", "адвокат")}
    assert kinds.CYRILLIC_MAYOR_POSTS[:2] == reporting_ru_uk.MAYOR_STEMS
