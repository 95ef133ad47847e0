"""factdesk: a keyboard-driven terminal desk for fact-checking news articles claim by claim."""

from __future__ import annotations


def _installed_version() -> str:
    """The version pyproject.toml declares, read from the installed metadata (the one place
    it is written); a checkout run from source without an install reports a dev marker."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factdesk")
    except PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> str:
    """``factdesk.__version__``, read on first use: looking it up in the installed metadata
    scans the environment's packages (~0.5 s on a busy machine), which no command but
    ``--version`` needs, so it must not be paid on every start."""
    if name == "__version__":
        value = _installed_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'factdesk' has no attribute {name!r}")
