"""Project files: the version is written once (pyproject.toml) and read from package metadata;
the licence file matches the declared licence; the changelog has a place for the next change."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import factdesk
import pytest
from factdesk.cli.entry import main

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_comes_from_the_installed_metadata() -> None:
    assert factdesk.__version__ == version("factdesk") == PYPROJECT["project"]["version"]


def test_version_is_written_once_in_the_package() -> None:
    init = (ROOT / "tui" / "factdesk" / "__init__.py").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["version"] not in init


def test_version_falls_back_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import PackageNotFoundError

    def missing(name: str) -> str:
        raise PackageNotFoundError(name)

    monkeypatch.setattr("importlib.metadata.version", missing)
    assert factdesk._installed_version() == "0+unknown"


def test_cli_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"factdesk {factdesk.__version__}"


def test_licence_file_matches_the_declared_licence() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def test_changelog_has_an_unreleased_section_above_the_releases() -> None:
    lines = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").splitlines()
    headings = [line for line in lines if line.startswith("## ")]
    assert headings[0] == "## [Unreleased]"
    assert f"## [{PYPROJECT['project']['version']}] - " in "\n".join(headings)
