"""factdesk: a keyboard-driven terminal desk for fact-checking news articles claim by claim."""

from importlib.metadata import PackageNotFoundError, version


def _installed_version() -> str:
    """The version pyproject.toml declares, read from the installed metadata (the one place
    it is written); a checkout run from source without an install reports a dev marker."""
    try:
        return version("factdesk")
    except PackageNotFoundError:
        return "0+unknown"


__version__ = _installed_version()
