"""The fuzz properties of ``tests/test_fuzz_properties.py`` with many more examples.

python -m bench fuzz            # or: python -m bench.bench_fuzz [EXAMPLES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import test_fuzz_properties as props

from bench import asked_for_help

EXAMPLES = 2000


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    examples = int(argv[0]) if argv else EXAMPLES
    runs = settings(
        max_examples=examples, deadline=None, database=None,
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip

    @runs
    @given(
        raw=props.text, a=st.integers(-3, 320), b=st.integers(-3, 320), note=props.note_text,
        verdict=st.sampled_from(["corroborated", "disputed", "contradicted", "unverifiable"]),
    )  # fmt: skip
    def whole_desk(raw: str, a: int, b: int, note: str, verdict: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            props.check_desk(Path(folder), raw, (a, b), note, verdict)

    started = time.perf_counter()
    whole_desk()
    print(f"{examples} arbitrary-Unicode articles: import, claims, note, 4 exports: no failure"
          f" ({time.perf_counter() - started:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
