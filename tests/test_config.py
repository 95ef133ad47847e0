"""The configuration file: defaults, overrides, and broken files named down to the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import ConfigError, load_config, login_name
from factdesk.settings.locations import default_db_path, resolve_db_path


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("FACTDESK_REVIEWER")
    config = load_config(tmp_path / "absent.toml")
    assert config.reviewer == login_name() and config.desk_name is None and config.path is None


def test_values_are_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("FACTDESK_REVIEWER")
    path = write(
        tmp_path,
        'reviewer = "alice"\n[desk]\nname = "Example Desk"\nurl = "https://example.org"\n'
        '[keys]\n"verdict-corroborated" = "1,c"\n',
    )
    config = load_config(path)
    assert (config.reviewer, config.desk_name, config.desk_url) == (
        "alice", "Example Desk", "https://example.org"
    )  # fmt: skip
    assert config.keys == {"verdict-corroborated": "1,c"} and config.path == path


def test_reviewer_option_beats_environment_beats_file(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, 'reviewer = "alice"\n')
    monkeypatch.setenv("FACTDESK_REVIEWER", "bob")
    assert load_config(path).reviewer == "bob"
    assert load_config(path, reviewer="carol").reviewer == "carol"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('reviewer = "a"\n[desk\n', 2),
        ('reviewer = "a"\n\nname = \n', 3),
        ('[desk]\nname = "x"\nname = "y"\n', 3),
        ('reviewer = "a"\nname = [\n', 2),  # tomllib says "at end of document" here
    ],
)
def test_broken_toml_names_the_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert str(path) in message and f"line {line}" in message and "\n" not in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("# who\nreviewer = 5\n", "line 2: reviewer must be a string"),
        ('desk = "x"\n', "line 1: [desk] must be a table"),
        ('[keys]\n"help" = "f1"\nquit = 1\n', "line 3: [keys] quit must be a string"),
        ('[desk]\nurl = ["x"]\n', "line 2: url must be a string"),
    ],
)
def test_wrong_types_name_the_line(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert words in str(caught.value)


def test_db_location_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(tmp_path / "cli.db") == tmp_path / "cli.db"
    assert resolve_db_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("FACTDESK_DB")
    assert resolve_db_path(None) == default_db_path()
    assert default_db_path().name == "desk.db"


def test_unknown_keys_are_warned_with_file_and_line(tmp_path: Path, capsys, monkeypatch) -> None:
    from factdesk.cli.entry import main

    path = write(
        tmp_path,
        'reviewer = "alice"\n[dsek]\nname = "x"\n[desk]\nname = "D"\ncolour = "red"\n'
        '[ratings.disputed]\nlabel = "Спірне"\nshade = 2\n[keys]\n"anything-goes" = "q"\n',
    )
    config = load_config(path)
    assert config.warnings == (
        f"{path}, line 2: unknown key 'dsek' is ignored",
        f"{path}, line 6: unknown key 'desk.colour' is ignored",
        f"{path}, line 9: unknown key 'ratings.disputed.shade' is ignored",
    )
    assert config.desk_name == "D" and config.ratings["disputed"].label == "Спірне"
    monkeypatch.setenv("FACTDESK_CONFIG", str(path))
    Desk.open(tmp_path / "d.db", config=config).close()  # stats reads a desk; never makes one
    assert main(["stats", "--db", str(tmp_path / "d.db")]) == 0
    err = capsys.readouterr().err
    assert f"factdesk: warning: {path}, line 2: unknown key 'dsek' is ignored" in err
