"""Where the desk keeps its files.

Every location can be overridden by an environment variable so that tests (and reviewers
who keep several desks) never touch the real user directories.

| what          | default                                         | override          |
|---------------|-------------------------------------------------|-------------------|
| desk database | ``platformdirs.user_data_dir("factdesk")/desk.db`` | ``--db``, ``FACTDESK_DB`` |
| configuration | ``platformdirs.user_config_dir("factdesk")/config.toml`` | ``FACTDESK_CONFIG`` |
| exports       | ``platformdirs.user_documents_dir()/factdesk`` | ``FACTDESK_EXPORT_DIR`` |
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "factdesk"


def default_db_path() -> Path:
    """The desk file used when neither ``--db`` nor ``FACTDESK_DB`` names one."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "desk.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` beats ``FACTDESK_DB``, which beats the platform default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("FACTDESK_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def config_path() -> Path:
    """The one configuration file (reviewer, desk name and URL, keymap)."""
    env = os.environ.get("FACTDESK_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def export_dir() -> Path:
    """Where the export dialog suggests writing when this reviewer has exported nothing yet
    from this desk: ``factdesk`` in the documents folder, made on the first export. A
    fact-checker looks for a report among their documents; the folder ``make run`` was
    started in (the project's checkout) was suggested before. ``factdesk export -o NAME``
    still writes NAME where the command runs, as any command line tool does.
    ``FACTDESK_EXPORT_DIR`` overrides it (the tests point it at a temporary folder)."""
    env = os.environ.get("FACTDESK_EXPORT_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_documents_dir()) / APP_NAME
