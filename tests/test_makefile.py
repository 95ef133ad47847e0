"""The Makefile's targets expand to commands a shell can run (checked with ``make -n``).

Why: ``make bench`` once passed ``-e '.[test,bench]'`` through ``$(call ...)``, whose comma split
the argument, so the install line it ran had an unclosed quote and the target failed before any
benchmark started; nothing in ``make test`` runs ``make bench``, so nothing noticed.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(target: str) -> list[str]:
    """The command lines ``make -n TARGET`` prints, as a fresh clone would run them."""
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", target, "VENV=/nonexistent-venv"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    joined = result.stdout.replace("\\\n", " ")  # a recipe line continued with a backslash
    return [line for line in joined.splitlines() if line.strip()]


@pytest.mark.parametrize("target", ["run", "test", "bench", "screenshots"])
def test_every_command_of_a_target_parses_as_shell_words(target: str) -> None:
    lines = dry_run(target)
    assert lines, f"make -n {target} printed no commands"
    for line in lines:
        shlex.split(line)  # raises ValueError on an unclosed quote


def test_bench_installs_both_extras_in_one_argument() -> None:
    installs = [line for line in dry_run("bench") if "install" in line and "bench" in line]
    assert installs, "make bench installs no bench extra"
    for line in installs:
        assert "'.[test,bench]'" in line, line
