"""Benchmarks and soaks (``make bench``): figures as ratios against a baseline measured in the
same run, never timed tests."""

from collections.abc import Sequence

HELP = ("-h", "--help")


def asked_for_help(argv: Sequence[str], doc: str | None) -> bool:
    """True, with the benchmark's docstring printed, when ``argv`` asks for help. The
    benchmarks that take bare numbers (desk sizes, counts) read ``--help`` as one and raised
    ``ValueError`` (bench33); those built on argparse answer it themselves."""
    if not any(arg in HELP for arg in argv):
        return False
    print((doc or "").strip())
    return True
