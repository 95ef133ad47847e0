"""Bad input is one line: reviewer names, merge files (surrogates, nesting, BOM), config
(BOM, nesting), file names in messages, read-only desks still export, merge matches a
fingerprint only together with the text."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.merge import merge_file
from factdesk.desk.service import Desk
from factdesk.export import export_text
from factdesk.settings.config import ConfigError, load_config

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())


def one_line(err: str) -> bool:
    return len(err.splitlines()) == 1 and "Traceback" not in err and "internal error" not in err


def test_a_reviewer_name_that_is_not_utf8_is_one_line(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factdesk.cli.commands.open.has_terminal", lambda: True)
    db = str(tmp_path / "desk.db")
    assert cli.main(["stats", "--db", db, "--reviewer", "bad\udcff"]) == 1
    err = capsys.readouterr().err
    assert one_line(err) and "not valid UTF-8" in err
    monkeypatch.setenv("FACTDESK_REVIEWER", "bad\udcff")
    for command in (["stats"], ["open"]):
        assert cli.main([*command, "--db", db]) == 1
        err = capsys.readouterr().err
        assert one_line(err) and "FACTDESK_REVIEWER" in err
    monkeypatch.setenv("FACTDESK_REVIEWER", "evil\x1b]0;x\x07")
    with pytest.raises(ConfigError, match="control"):
        load_config()


def export_lines(desk: Desk) -> list[dict]:
    desk.set_verdict(desk.claims()[0].id, "disputed")
    text = export_text(desk, "jsonl").text
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda line: line.replace('"note": "', '"note": "\\ud800', 1), "lone surrogate"),
        (lambda line: '{"x": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
    ],
)
def test_merge_files_are_validated_first_with_a_line_number(
    seeded_desk: Desk, tmp_path: Path, capsys, mutate, reason: str
) -> None:
    lines = [json.dumps(item) for item in export_lines(seeded_desk)]
    lines[2] = mutate(lines[2])
    path = tmp_path / "theirs.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = seeded_desk.change_mark()
    assert cli.main(["merge", str(path), "--db", str(seeded_desk.path)]) == 1
    err = capsys.readouterr().err
    assert one_line(err) and "line 3" in err and reason in err
    assert seeded_desk.change_mark() == before


def test_a_bom_is_accepted_in_merge_files_and_config(seeded_desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "theirs.jsonl"
    lines = export_lines(seeded_desk)
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(map(json.dumps, lines)).encode())
    assert merge_file(seeded_desk, path).unmatched == []
    config = tmp_path / "bom.toml"
    config.write_bytes(b'\xef\xbb\xbfreviewer = "ana"\n')
    assert load_config(config).reviewer in ("tester", "ana")  # env wins; it parses


def test_deeply_nested_config_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "deep.toml"
    config.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(ConfigError, match=r"nested too deeply|not valid TOML"):
        load_config(config)


def test_file_names_in_messages_are_sanitised(desk: Desk, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad\x1b]0;PWNED\x07.jsonl"
    assert cli.main(["merge", str(bad), "--db", str(desk.path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "PWNED" in err and one_line(err)


def test_merge_needs_the_text_as_well_as_the_fingerprint(seeded_desk: Desk, tmp_path: Path) -> None:
    lines = export_lines(seeded_desk)
    target = lines[5]
    target["text"] = "A sentence that is nowhere in this desk at all, about zebras."
    target["verdict"] = "contradicted"
    path = tmp_path / "theirs.jsonl"
    path.write_text("\n".join(map(json.dumps, lines)), encoding="utf-8")
    report = merge_file(seeded_desk, path)
    assert any(t.fingerprint == target["fingerprint"] for t in report.unmatched)
    assert seeded_desk.claims()[5].verdict is None


def test_a_read_only_desk_still_exports(seeded_desk: Desk, tmp_path: Path, capsys) -> None:
    seeded_desk.close()
    path = seeded_desk.path
    folder = path.parent
    locked = subprocess.run(["chattr", "+i", str(path), str(folder)], capture_output=True)
    if locked.returncode:
        pytest.skip("chattr +i is not available here")
    try:
        out = tmp_path.parent / f"{tmp_path.name}-out.csv"
        assert cli.main(["export", "--db", str(path), "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").count("\n") > 10
    finally:
        subprocess.run(["chattr", "-i", str(path), str(folder)], check=False)
