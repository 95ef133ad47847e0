"""Atomic writes: an interrupted export leaves the old file whole; bad paths are one line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from factdesk.cli.entry import main
from factdesk.desk.service import Desk
from factdesk.export import FORMATS, ExportError, ExportFormat, export_file, export_text
from factdesk.export.atomic import write_atomic

OLD = "the old, complete export\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_exception_mid_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text(OLD, encoding="utf-8")

    def half_then_crash(handle) -> None:
        handle.write("half of the new ")
        handle.flush()
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write_atomic(target, half_then_crash)
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path) == []


def test_failing_renderer_keeps_the_old_file(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text(OLD, encoding="utf-8")

    def boom(records, warnings, identity, options) -> str:
        raise KeyboardInterrupt

    monkeypatch.setitem(FORMATS, "jsonl", ExportFormat("jsonl", "jsonl", "x", boom))
    with pytest.raises(KeyboardInterrupt):
        export_file(seeded_desk, "jsonl", target)
    assert target.read_text(encoding="utf-8") == OLD


def test_complete_export_replaces_the_file(seeded_desk: Desk, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text(OLD, encoding="utf-8")
    result = export_file(seeded_desk, "csv", target)
    assert target.read_bytes() == export_text(seeded_desk, "csv").text.encode("utf-8")
    assert result.path == target and leftovers(tmp_path) == []
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)


def test_a_named_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/stdout`` or a pipe: renaming over it swapped the device for a plain file
    (as root, ``-o /dev/full`` replaced the device) and the reader got nothing."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # so the writer's open does not wait
    try:
        assert write_atomic(pipe, "one line\n") == pipe
        assert os.read(reader, 100) == b"one line\n"
    finally:
        os.close(reader)
    assert pipe.is_fifo() and leftovers(tmp_path) == []


def test_a_link_keeps_pointing_at_the_new_file(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "out.csv"
    real.parent.mkdir()
    real.write_text(OLD, encoding="utf-8")
    link = tmp_path / "out.csv"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"
    assert leftovers(real.parent) == []


def test_unwritable_paths_are_one_line(seeded_desk: Desk, tmp_path: Path) -> None:
    for bad in (tmp_path / "no-such-folder" / "x.csv", tmp_path):
        with pytest.raises(ExportError) as caught:
            export_file(seeded_desk, "csv", bad)
        assert "\n" not in str(caught.value) and str(bad) in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(seeded_desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(ExportError, match="cannot write here"):
        export_file(seeded_desk, "csv", folder / "x.csv")


def test_cli_unwritable_path_exits_non_zero(
    seeded_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(seeded_desk.path)
    code = main(["export", "--db", db, "-o", str(tmp_path / "missing" / "x.md")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("factdesk: ") and err.count("\n") == 1


def test_cli_stdout_and_file_agree(
    seeded_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(seeded_desk.path)
    assert main(["export", "--db", db, "--format", "markdown", "--article", "1", "2"]) == 0
    stdout = capsys.readouterr().out
    target = tmp_path / "report.md"
    assert main(["export", "--db", db, "--article", "1", "--article", "2", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == stdout
    headings = [line for line in stdout.splitlines() if line.startswith("### ")]
    assert len(headings) == 2 and f"### {seeded_desk.article(2).title}" in headings
    assert main(["export", "--db", db, "--article", "999"]) == 1
    assert "no article 999" in capsys.readouterr().err


def test_cli_output_suffix_picks_the_format_or_is_refused(
    seeded_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o x.pdf`` wrote CSV under a PDF's name and said nothing: a suffix that names no format,
    or none, is one line naming the file and the formats, exit 1, nothing written; a known
    suffix picks its format (in any letter case), and --format overrides the name."""
    db = str(seeded_desk.path)
    for name in ("desk.pdf", "desk"):
        target = tmp_path / name
        assert main(["export", "--db", db, "-o", str(target)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and str(target) in err
        assert "--format csv|jsonl|markdown|claimreview" in err and ".jsonl" in err
        assert not target.exists()
    sheet = tmp_path / "desk.pdf"
    assert main(["export", "--db", db, "-o", str(sheet), "--format", "csv"]) == 0
    assert sheet.read_text(encoding="utf-8").startswith("article_id,")
    lines = tmp_path / "desk.JSONL"
    assert main(["export", "--db", db, "-o", str(lines)]) == 0
    assert json.loads(lines.read_text(encoding="utf-8").splitlines()[0])["claim_id"]
    report = tmp_path / "desk.md"
    assert main(["export", "--db", db, "-o", str(report)]) == 0
    assert report.read_text(encoding="utf-8").startswith("#")


def test_cli_output_dash_is_standard_output(
    seeded_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """Seen at the desk: ``export --format jsonl -o -`` wrote a file named "-" in the current
    folder (and the next such export overwrote it), where ``import -`` reads standard input:
    ``-o -`` is standard output, the same text as no ``-o``, and no file is made."""
    monkeypatch.chdir(tmp_path)
    db = str(seeded_desk.path)
    assert main(["export", "--db", db, "--format", "jsonl"]) == 0
    plain = capsys.readouterr().out
    assert main(["export", "--db", db, "--format", "jsonl", "-o", "-"]) == 0
    assert capsys.readouterr().out == plain != ""
    assert main(["export", "--db", db, "-o", "-"]) == 0  # no suffix to read: CSV, as without -o
    assert capsys.readouterr().out.startswith("article_id,")
    assert not (tmp_path / "-").exists()
