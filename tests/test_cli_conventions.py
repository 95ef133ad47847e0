"""Command-line conventions: help and an example everywhere, completion, pipes, paths."""

from __future__ import annotations

import argparse
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from factdesk.cli.commands.completion import command_tree
from factdesk.cli.entry import build_parser, main
from factdesk.cli.examples import EXAMPLES, subparsers_of
from factdesk.desk.service import Desk


def all_commands() -> dict[str, object]:
    found: dict[str, object] = {}

    def walk(parser, prefix: str) -> None:
        for name, sub in subparsers_of(parser).items():
            found[f"{prefix}{name}"] = sub
            walk(sub, f"{prefix}{name} ")

    walk(build_parser(), "")
    return found


def test_every_command_has_help_text_and_an_example(capsys) -> None:
    commands = all_commands()
    assert {"import", "export", "publish", "paths", "completion", "names merge"} <= set(commands)
    for path, parser in commands.items():
        assert parser.description and len(parser.description) > 15, f"{path}: no description"
        assert "example:\n  factdesk " in (parser.epilog or "") or "example:\n  " in (
            parser.epilog or ""
        ), f"{path}: no example"
        with pytest.raises(SystemExit) as leaving:
            main([*path.split(), "--help"])
        assert leaving.value.code == 0
        out = capsys.readouterr().out
        assert parser.description.split()[0] in out and "example:" in out, path
    top = build_parser().format_help()
    for path in commands:
        if " " not in path:
            assert path in top


def test_bash_completion_is_valid_and_completes(capsys) -> None:
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here")
    probe = (
        script
        + 'COMP_WORDS=(factdesk names m); COMP_CWORD=2; _factdesk; echo "${COMPREPLY[*]}"\n'
        + 'COMP_WORDS=(factdesk export --exc); COMP_CWORD=2; _factdesk; echo "${COMPREPLY[*]}"\n'
        + 'COMP_WORDS=(factdesk pu); COMP_CWORD=1; _factdesk; echo "${COMPREPLY[*]}"\n'
    )
    result = subprocess.run([bash, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["merge", "--excel", "publish"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_name_every_command(shell: str, capsys) -> None:
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    tree = command_tree(build_parser())
    for word in tree[""]:
        if not word.startswith("-"):
            assert word in script
    assert "one-per-claim" in script and "anonymise-reviewers" in script


def test_from_factdesk_cli_import_main_is_the_entry_point_in_a_fresh_interpreter() -> None:
    """Tools that run the app in-process (the shared key-latency harness) do ``from
    factdesk.cli import main; main(argv)``: with a submodule named ``main`` that gave the
    module once it was imported. Fresh: nothing imported first, as the tool runs it."""
    code = (
        "from factdesk.cli import main\n"
        "import factdesk.cli.entry, factdesk.cli.commands.open\n"
        "from factdesk.cli import main as again\n"
        "assert callable(main) and again is main is factdesk.cli.entry.main, main\n"
        "raise SystemExit(main(['--db', 'x.db', 'paths', '--help']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tui")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "usage: factdesk paths" in result.stdout


def test_the_console_script_names_the_same_callable() -> None:
    import tomllib

    import factdesk.cli

    script = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    target = script["project"]["scripts"]["factdesk"]
    assert target == "factdesk.cli:main"
    assert factdesk.cli.main is main


def test_no_terminal_no_app_one_line_exit_2(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tui")}
    result = subprocess.run(
        [sys.executable, "-m", "factdesk", "--db", str(tmp_path / "d.db")],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "needs a terminal" in result.stderr
    assert result.stdout == ""


def test_piped_tables_are_untruncated_tsv(seeded_desk: Desk, capsys) -> None:
    assert main(["claims", "--db", str(seeded_desk.path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split("\t")
    assert header[0] == "ID" and "TEXT" in header
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(row) == len(header) for row in rows)
    texts = {int(row[0]): row[header.index("TEXT")] for row in rows}
    longest = max(seeded_desk.claims(), key=lambda claim: len(claim.text))
    assert len(longest.text) > 100
    assert texts[longest.id] == " ".join(longest.text.split()), "whole, not cut with …"


def test_a_terminal_without_unicode_gets_every_line_and_exports_stay_utf8(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under ``PYTHONIOENCODING=ascii`` (or a Latin-1 terminal) every command that printed a
    curly quote or a Cyrillic word ended in "internal error: UnicodeEncodeError". Tables show
    what the terminal lacks as ``\\uXXXX``; an export on standard output is UTF-8, exactly."""
    db = str(seeded_desk.path)
    claim = seeded_desk.claims()[0]
    note = "Підтверджено «двома» листами"
    assert main(["verdict", str(claim.id), "corroborated", "--note", note, "--db", db]) == 0

    def run(*words: str) -> tuple[int, bytes, bytes]:
        out, err = io.BytesIO(), io.BytesIO()
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="ascii"))
        monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="ascii"))
        code = main([*words, "--db", db])
        sys.stdout.flush()
        sys.stderr.flush()
        return code, out.getvalue(), err.getvalue()

    code, table, errors = run("claims")
    assert (code, errors) == (0, b"")
    shown = table.decode("ascii")
    assert "\\u2018" in shown or "\\u201c" in shown or "\\u2019" in shown
    assert len(shown.splitlines()) == len(seeded_desk.claims()) + 1
    code, data, errors = run("export", "--format", "jsonl")
    assert (code, errors) == (0, b"")
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert {r["claim_id"]: r["note"] for r in records}[claim.id] == note
    code, data, _ = run("claims", "--format", "json")
    assert code == 0 and json.loads(data.decode("utf-8"))[0]["text"] == claim.text


def test_closed_streams_never_mix_warnings_into_an_export(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """``2>&-``: Python prints to standard output when standard error is None, so the export's
    warnings (no desk name, no appearance URL) ended the ClaimReview JSON. ``>&-``: an export
    said "internal error: AttributeError"; now one line, and a table goes nowhere, exit 0."""
    db = str(seeded_desk.path)
    seeded_desk.set_verdict(seeded_desk.claims()[0].id, "disputed")
    captured = sys.stdout, sys.stderr
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["export", "--format", "claimreview", "--no-strict", "--db", db]) == 0
    [review] = json.loads(capsys.readouterr().out)
    assert review["reviewRating"]["alternateName"] == "Disputed"
    sys.stderr.close()  # the null stream main put there
    monkeypatch.setattr(sys, "stderr", captured[1])
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["export", "--format", "jsonl", "--db", db]) == 1
    assert capsys.readouterr().err == "factdesk: standard output: cannot write: it is closed\n"
    sys.stdout.close()
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["articles", "--db", db]) == 0
    sys.stdout.close()
    monkeypatch.setattr(sys, "stdout", captured[0])


def test_an_empty_file_is_no_desk_to_read(tmp_path: Path, capsys) -> None:
    """A desk copy that failed half-way (0 bytes): ``stats`` said "0 articles" and made an
    empty desk in it, as if the work were gone. Reading commands now say there is no desk
    and leave the file as it was."""
    empty = tmp_path / "copy.db"
    empty.write_bytes(b"")
    for command in (["stats"], ["articles"], ["verdict", "1", "disputed"]):
        assert main([*command, "--db", str(empty)]) == 1
        err = capsys.readouterr().err
        assert (
            err == f"factdesk: no desk at {empty}: the file is empty "
            "(only import, open and restore create one)\n"
        )
    assert empty.read_bytes() == b""


def test_text_typed_in_an_ascii_locale_is_stored_as_typed(seeded_desk: Desk, capsys) -> None:
    """Under ``LC_ALL=C`` without UTF-8 mode Python reads each byte of a non-ASCII word of the
    command line as a lone surrogate: ``verdict --note "Підтверджено"`` stored 24 U+FFFD."""

    def typed(text: str) -> str:  # the word as Python's argv holds it in an ASCII locale
        return text.encode("utf-8").decode("ascii", "surrogateescape")

    db = str(seeded_desk.path)
    claim = seeded_desk.claims()[0]
    note = "Підтверджено двома листами"
    assert main(["verdict", str(claim.id), "disputed", "--note", typed(note), "--db", db]) == 0
    assert seeded_desk.claim(claim.id).note == note
    broken = "bad" + b"\xff".decode("ascii", "surrogateescape")  # no UTF-8: refused
    assert main(["verdict", str(claim.id), "--note", broken, "--db", db]) == 1
    assert "not valid UTF-8 text" in capsys.readouterr().err
    assert seeded_desk.claim(claim.id).note == note


def test_related_json_carries_the_suggestion(seeded_desk: Desk, capsys) -> None:
    claim = seeded_desk.claims()[0]
    assert main(["related", str(claim.id), "--db", str(seeded_desk.path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = seeded_desk.suggestion(claim.id)
    assert data["claim_id"] == claim.id
    assert data["suggestion"]["verdict"] == expected.verdict
    assert data["suggestion"]["reason"] == expected.reason
    assert [item["claim_id"] for item in data["related"]] == [
        r.other_claim_id for r in seeded_desk.related(claim.id)
    ]


def test_paths_prints_desk_config_and_backups(tmp_path: Path, capsys) -> None:
    db = tmp_path / "somewhere" / "my.db"
    assert main(["paths", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["desk:", str(db)]
    assert out[1].split()[:2] == ["config:", os.environ["FACTDESK_CONFIG"]]
    assert out[2].split()[:2] == ["backups:", str(db.with_name("my.db.backups"))]
    assert not db.exists(), "paths never creates the desk"
    assert main(["paths", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["desk"] == str(db)


def example_lines(command: str) -> list[list[str]]:
    """The example command lines of ``command``'s help, as words after ``factdesk``
    (continuation lines joined)."""
    text = EXAMPLES[command].replace("\\\n", " ")
    return [shlex.split(line.strip())[1:] for line in text.splitlines()]


def test_the_export_and_restore_examples_work_on_a_fresh_config(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Run as a new user would: the --one-per-claim example was refused ('url missing …')
    until it named --claim-base-url, and the restore example named a file no backup has."""
    claim = seeded_desk.claims()[0]
    seeded_desk.set_verdict(claim.id, "disputed")
    db = str(seeded_desk.path)
    seeded_desk.close()
    monkeypatch.chdir(tmp_path)
    for words in example_lines("export"):
        assert main([*words, "--db", db]) == 0, words
    assert (tmp_path / "pages" / f"claim-{claim.id}.json").is_file()
    assert (tmp_path / "report.md").is_file() and (tmp_path / "verdicts.csv").is_file()
    assert main(["backup", "--db", db]) == 0
    capsys.readouterr()
    assert main(["backup", "--list", "--db", db]) == 0
    newest = capsys.readouterr().out.splitlines()[-1]
    words = example_lines("restore")[0]
    assert words[1] == "$(factdesk backup --list | tail -n 1)"  # the newest, as run above
    assert main(["restore", newest, "--db", db]) == 0


def test_names_usage_shows_the_action_is_optional(capsys) -> None:
    """It read 'factdesk names … ACTION ...', as if merge or split were required, and
    'names merge --help' repeated the whole parent usage before its own."""
    for words, usage in (
        (["names"], "[merge NAME NAME… | split NAME]"),
        (["names", "merge"], "usage: factdesk names merge [-h]"),
        (["names", "split"], "usage: factdesk names split [-h]"),
    ):
        with pytest.raises(SystemExit):
            main([*words, "--help"])
        out = capsys.readouterr().out
        assert usage in out and "ACTION ..." not in out.split("\n\n")[0], words


def test_every_argument_says_what_it_is() -> None:
    """CLAIM_ID and ARTICLE_ID were listed bare under 'positional arguments'."""
    bare = [
        f"{path} {action.metavar or action.dest}"
        for path, parser in all_commands().items()
        for action in parser._actions
        if not action.help and not isinstance(action, argparse._SubParsersAction)
    ]
    assert bare == []


def test_help_is_wrapped_to_the_terminal_and_examples_kept(monkeypatch) -> None:
    """The examples' raw formatter left each description on one line (import's ran to 700
    characters); the top level had no example at all."""
    monkeypatch.setenv("COLUMNS", "80")
    parsers = {"": build_parser(), **all_commands()}
    for path, parser in parsers.items():
        text = parser.format_help()
        prose = text.split("\nexample:\n")[0].split("\ngetting started:\n")[0]
        too_long = [line for line in prose.splitlines() if len(line) > 80]
        assert too_long == [], path
    top = build_parser().format_help()
    assert "getting started:\n  factdesk import " in top
    assert "example:\n  factdesk export -o report.md\n" in all_commands()["export"].format_help()
