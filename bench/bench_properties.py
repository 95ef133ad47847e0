"""Every hypothesis property test of ``tests/`` with ten times the examples ``make test`` runs.

python -m bench properties          # or: python -m bench.bench_properties [SCALE]

``make test`` runs each ``@given`` test with the count it names (``conftest.examples``); here
``FACTDESK_EXAMPLES`` scales them all, so the deep search happens where time is no object.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALE = 10


def main(argv: list[str]) -> int:
    scale = argv[0] if argv else str(SCALE)
    env = {**os.environ, "FACTDESK_EXAMPLES": scale}
    # hypothesis's pytest plugin marks every @given test `hypothesis`.
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "hypothesis"]
    return subprocess.call([*command, "tests"], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
