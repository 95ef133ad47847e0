"""No new test sentence copied from a labelled split.

A unit test made from a labelled sentence (names swapped, the rest kept) teaches the engine the
labels: the rule it pins passes on that split and says nothing about articles nobody has seen,
which is what every figure of issues 12 and 13 is judged on. Two lanes of session 27 landed such
tests although their brief forbade it, and reviewers found them only by reading. This check
finds them mechanically: a string in a test module that shares a run of ``RUN`` words with an
unsealed split's articles or pairs sentences.

Earlier sessions' tests held 218 such strings (``KNOWN``, counted per module on 2026-12-05);
session 28 rewrote every one in another shape (other names, verb, order, topic), so no module
may hold any. Sealed splits are never read. Opening a sealed split adds its texts: a string that
then shares a run is rewritten, or, for a stock phrase of the trade only, counted in ``KNOWN``
after a reading by eye.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import tools.evaluate_attribution as attribution
import tools.evaluate_pairs as pairs

RUN = 8
"""Words in a run: at eight, stock phrases ("in a statement on Monday") do not reach a run,
while a copied sentence with its names swapped keeps several."""

KNOWN: dict[str, int] = {}
"""Strings per module allowed to share a run with the data (stock phrases read by eye)."""

WORD = re.compile(r"\w+")
TESTS = Path(__file__).parent


def runs(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def labelled_texts() -> Iterator[str]:
    """Every unsealed split's article files and pairs sentences, as the evaluators list them."""
    for split in attribution.SPLITS:
        if split in attribution.SEALED:
            continue
        for path in sorted((attribution.DATA / split).iterdir()):
            if path.suffix in {".txt", ".md", ".html"}:
                yield path.read_bytes().decode("utf-8", "replace")
    sealed = set(pairs.SEALED_FILES.values())
    for path in pairs.CLUSTERS:
        if path not in sealed:
            yield path.read_text(encoding="utf-8")


def copied(module: Path, data: set[tuple[str, ...]]) -> list[tuple[int, str]]:
    """The module's strings that share a run with the data: (line, the first shared run)."""
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            shared = runs(node.value) & data
            if shared:
                found.append((node.lineno, " ".join(min(shared))))
    return sorted(found)


def test_no_test_module_copies_more_labelled_sentences_than_it_did() -> None:
    data: set[tuple[str, ...]] = set()
    for text in labelled_texts():
        data |= runs(text)
    assert len(data) > 100_000  # the splits were read
    grown = []
    for module in sorted(TESTS.glob("test_*.py")):
        found = copied(module, data)
        if len(found) > KNOWN.get(module.name, 0):
            grown.append(f"{module.name}: {len(found)} > {KNOWN.get(module.name, 0)}: {found}")
    assert not grown, "test strings share a run of words with a labelled split:\n" + "\n".join(
        grown
    )


def test_a_copied_sentence_is_found_and_a_rewritten_one_is_not(tmp_path: Path) -> None:
    data = runs("The harbour master said on Tuesday that the pier would stay shut until spring.")
    module = tmp_path / "test_x.py"
    module.write_text(
        'A = "Ms Vell, the harbour master, said on Tuesday that the pier would stay shut."\n'
        'B = "The pier stays closed until March, the port authority told reporters."\n',
        encoding="utf-8",
    )
    assert [line for line, _ in copied(module, data)] == [1]
