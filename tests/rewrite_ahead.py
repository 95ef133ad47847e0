"""Write pytest's assert-rewritten bytecode of the test modules once, before the test jobs.

``make test`` starts two xdist workers and the serial job at the same moment. On a fresh clone
no test module has its rewritten bytecode yet (``tests/__pycache__/*-pytest-*.pyc``), so each
worker parsed and rewrote the asserts of every test module while collecting (about 3.4 s of CPU
each), and the serial job its own files. The warm-up step runs this beside its import of the
stack, so the jobs read the one copy. It writes exactly what pytest's import hook would (the
same functions, the same file names, checked against the source's size and mtime when read);
pytest rewrites any module whose copy is missing or stale, so if pytest's private API moves,
this says so and does nothing.

Run by the Makefile (``.venv/.warm``): ``python tests/rewrite_ahead.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TESTS = Path(os.path.abspath(__file__)).parent
"""Absolute, symlinks kept: the path pytest imports the modules by (their code names it)."""


class _Quiet:
    """What ``_write_pyc`` calls with its trace messages (pytest's AssertionState)."""

    @staticmethod
    def trace(*_message: object) -> None:
        return None


def rewrite_all() -> int:
    """Write each missing or stale rewritten module; how many were written."""
    from _pytest.assertion import rewrite

    written = 0
    for source in [TESTS / "conftest.py", *sorted(TESTS.glob("test_*.py"))]:
        cache = rewrite.get_cache_dir(source)
        pyc = cache / (source.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(source, pyc) is not None:
            continue
        try:
            stat, code = rewrite._rewrite_test(source, None)  # no config: pytest's defaults
        except (SyntaxError, ValueError, OSError):
            continue  # pytest reports the broken module when it collects it
        if rewrite.try_makedirs(cache) and rewrite._write_pyc(_Quiet(), code, stat, pyc):
            written += 1
    return written


def main() -> int:
    try:
        rewrite_all()
    except (ImportError, AttributeError, TypeError) as error:  # pytest's private API moved
        print(
            f"rewrite_ahead: skipped ({error!r}); pytest rewrites as it collects", file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
