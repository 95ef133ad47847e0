"""`make bench`'s runner: every benchmark runs even after one raised, the run fails at the
end, and the summary repeats each figure printed beside its goal (issue 15)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent


def _runner():
    sys.path.insert(0, str(ROOT))  # bench/ is beside tui/, not installed
    from bench import __main__ as runner

    return runner


def _bench(code: int, line: str):
    def main(argv: list[str]) -> int:
        print(line)
        return code

    return SimpleNamespace(main=main)


def _raises(argv: list[str]) -> int:
    raise ValueError("an invented failure")


def test_every_benchmark_runs_and_a_miss_or_a_raise_fails_at_the_end(capsys) -> None:
    runner = _runner()
    modules = {
        "bench.bench_one": _bench(0, "widgets 1.20x (goal <= 1.5x)"),
        "bench.bench_two": SimpleNamespace(main=_raises),
        "bench.bench_three": _bench(1, "gadgets 4.00x (goal <= 3.0)  MISSED"),
        "bench.bench_four": _bench(0, "a figure alone"),
        "bench.bench_five": _bench(1, "FAILED kills during export: 2 of 6 lost work"),
    }
    names = ["bench_one", "bench_two", "bench_three", "bench_four", "bench_five"]
    code = runner.run(names, modules.__getitem__)
    out, err = capsys.readouterr()
    assert code == 1
    assert "a figure alone" in out, "the benchmark after the raise ran too"
    summary = out.split("== summary")[1]
    assert "one: widgets 1.20x (goal <= 1.5x)" in summary
    assert "three: gadgets 4.00x (goal <= 3.0)  MISSED" in summary
    assert "five: FAILED kills during export" in summary
    assert "a figure alone" not in summary
    assert "bench_two: raised" in err and "bench_three: missed its goal" in err
    assert not isinstance(sys.stdout, runner.GoalLines), "standard output given back"


def test_all_goals_met_passes(capsys) -> None:
    runner = _runner()
    assert runner.run(["bench_one"], {"bench.bench_one": _bench(0, "x (goal <= 1)")}.get) == 0
    assert "1 passed, 0 failed" in capsys.readouterr().out


def test_help_lists_the_benchmarks_and_runs_none(capsys) -> None:
    runner = _runner()
    assert runner.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "python -m bench" in out and "== " not in out, "the text, and nothing run"
    listed = out.split("benchmarks: ")[1].split()
    assert "import" in listed and "attribution" in listed


def test_a_name_no_benchmark_has_fails_before_running_any(capsys) -> None:
    runner = _runner()
    assert runner.main(["attribution", "imprt"]) == 2
    out, err = capsys.readouterr()
    assert "no such benchmark: imprt" in err
    assert "== " not in out, "nothing ran, not even the benchmark named right"


NUMBERED = (
    "bench_app",
    "bench_corroborate",
    "bench_first",
    "bench_fuzz",
    "bench_huge",
    "bench_keys",
    "bench_rejudge",
)
"""The benchmarks that read their arguments as bare numbers (desk sizes, counts)."""


def test_help_prints_what_a_benchmark_does_and_runs_nothing(capsys, monkeypatch) -> None:
    """``--help`` read as a number raised ValueError (bench33); it must print the module's
    docstring and return 0 before anything is measured."""
    import importlib

    _runner()
    for name in NUMBERED:
        module = importlib.import_module(f"bench.{name}")
        for arg in ("--help", "-h"):
            assert module.main([arg]) == 0, name
            shown = capsys.readouterr().out
            assert shown.strip().splitlines()[0] == module.__doc__.strip().splitlines()[0], name
