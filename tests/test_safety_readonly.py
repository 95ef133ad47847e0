"""A desk that cannot be written (read-only folder or file, full disk): a clear message, and
the read-only fallback the app uses to keep running.

Tests run as root, and root ignores permission bits, so ``chmod`` proves nothing here. The
real case uses ``chattr +i`` (the immutable flag binds root too) and is skipped where the
file system does not support it; the same paths are also driven by simulating an unwritable
location, and a full disk by ``PRAGMA max_page_count``, which makes SQLite report SQLITE_FULL.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from desk_template import open_seeded
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store import backup, deskfile
from factdesk.store import db as store
from factdesk.store.db import ReadOnlyDeskError, StoreError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seeded(path: Path) -> Path:
    open_seeded(path, load_config()).close()
    return path


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """``chattr +i`` for the duration; skips the test where chattr is unavailable."""
    if not shutil.which("chattr"):
        pytest.skip("chattr is not available")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode:
        pytest.skip(f"chattr +i unsupported here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def check_fallback(path: Path, capsys: pytest.CaptureFixture, spare: Path) -> None:
    """Refused for writing with a clear line; readable through the fallback; writes refused.
    The commands that only read list the desk; restore is refused in one line, before the
    backup it makes (it was "internal error: OperationalError" after one)."""
    with pytest.raises(ReadOnlyDeskError, match="desk is read-only"):
        Desk.open(path, config=load_config())
    desk = Desk.open(path, config=load_config(), fallback_readonly=True)
    assert desk.store.readonly and desk.store.readonly_reason
    claims = desk.claims()
    assert claims and desk.article_count() == 5
    with pytest.raises(ReadOnlyDeskError, match="desk is read-only"):
        desk.set_verdict(claims[0].id, "disputed")
    with pytest.raises(ReadOnlyDeskError):
        desk.undo()
    assert desk.claim(claims[0].id).verdict is None
    desk.close()
    status = cli.main(["verdict", str(claims[0].id), "disputed", "--db", str(path)])
    err = capsys.readouterr().err
    assert status == 1 and "read-only" in err and err.count("\n") == 1
    # publish with no option shows the fields: it said "desk is read-only"
    reading = (
        ["articles"],
        ["claims", "1"],
        ["stats"],
        ["names"],
        ["related", "1"],
        ["publish", "1"],
    )
    for command in reading:
        assert cli.main([*command, "--db", str(path)]) == 0, command
        assert capsys.readouterr().out.count("\n") > 2, command
    assert cli.main(["publish", "1", "--headline", "Held", "--db", str(path)]) == 1
    assert "desk is read-only" in capsys.readouterr().err
    backups = sorted(path.parent.glob("*.backups/*"))
    status = cli.main(["restore", str(spare), "--db", str(path)])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1
    assert "desk is read-only" in err and "nothing was restored" in err
    assert sorted(path.parent.glob("*.backups/*")) == backups


def test_immutable_folder(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = seeded(folder / "desk.db")
    before = path.read_bytes()
    spare = shutil.copy(path, tmp_path / "spare.db")
    with immutable(folder):
        check_fallback(path, capsys, spare)
    assert path.read_bytes() == before


def test_immutable_file(tmp_path: Path, capsys) -> None:
    path = seeded(tmp_path / "desk.db")
    before = path.read_bytes()
    spare = shutil.copy(path, tmp_path / "spare.db")
    with immutable(path):
        check_fallback(path, capsys, spare)
    assert path.read_bytes() == before


def test_unwritable_location_simulated(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = seeded(tmp_path / "desk.db")
    monkeypatch.setattr(store, "location_writable", lambda _path: False)
    monkeypatch.setattr(deskfile, "location_writable", lambda _path: False)
    monkeypatch.setattr(backup, "location_writable", lambda _path: False)
    check_fallback(path, capsys, shutil.copy(path, tmp_path / "spare.db"))


def test_explicit_readonly_refuses_writes(tmp_path: Path) -> None:
    path = seeded(tmp_path / "desk.db")
    desk = Desk.open(path, config=load_config(), readonly=True)
    with pytest.raises(ReadOnlyDeskError, match="desk is read-only"):
        desk.set_note(desk.claims()[0].id, "a note")
    desk.close()


def test_no_desk_in_a_readonly_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with immutable(folder), pytest.raises(StoreError, match="read-only"):
        Desk.open(folder / "desk.db", config=load_config(), fallback_readonly=True)


def test_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    desk = open_seeded(tmp_path / "desk.db", load_config())
    claim = desk.claims()[0].id
    desk.set_verdict(claim, "corroborated")
    pages = desk.store.conn.execute("PRAGMA page_count").fetchone()[0]
    desk.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "The minister said 40 per cent of funds were spent. " * 300)
    report = desk.import_paths([big])  # import reports a failed file, it does not stop
    [outcome] = report.outcomes
    assert outcome.status == "failed" and "disk is full" in outcome.message
    with pytest.raises(StoreError, match="disk is full"), desk.store.transaction() as conn:
        conn.execute("CREATE TABLE filler (x)")
        conn.execute("INSERT INTO filler VALUES (?)", ["x" * 100_000])
    assert desk.article_count() == 5  # the failed article left nothing behind
    assert desk.claim(claim).verdict == "corroborated"
    desk.set_verdict(claim, "disputed")  # small writes that fit still work
    assert desk.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    desk.close()
