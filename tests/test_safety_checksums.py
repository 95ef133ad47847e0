"""Corruption quick_check misses: a flipped bit inside a record. Bodies and review rows carry
checksums verified on read; ``factdesk check`` runs integrity_check and every checksum; the
daily backup is made only from a desk that passes; the app checks in the background, after
its first screen."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store import backup as backup_module
from factdesk.store import db as db_module
from factdesk.store.backup import KEEP, backup_now, list_backups
from factdesk.store.checksums import CorruptDeskError
from factdesk.ui.screens.queue import QueueScreen
from snapshot_app import build_app, record_notifications

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MARK = "Zqxjv checked this with two sources"


def reviewed_desk(path: Path) -> int:
    desk = Desk.open(path, config=load_config())
    desk.import_paths([sorted(SEEDS.iterdir())[0]])
    claim_id = desk.claims()[0].id
    desk.set_note(claim_id, MARK)
    desk.set_verdict(claim_id, "disputed")
    desk.close()
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")  # no stale copies in free pages: every occurrence is a live row
    conn.close()
    return claim_id


def flip(path: Path, needle: bytes, occurrence: int = -1) -> None:
    """Flip the lowest bit of the first byte of one occurrence of ``needle`` in the file."""
    data = bytearray(path.read_bytes())
    spots = [i for i in range(len(data)) if data.startswith(needle, i)]
    assert spots, needle
    data[spots[occurrence]] ^= 0x01
    path.write_bytes(bytes(data))


def flip_verdict_note(path: Path) -> None:
    """Flip one bit of the note in the verdicts row (the history rows hold copies too)."""
    original = path.read_bytes()
    for occurrence in range(original.count(MARK.encode())):
        path.write_bytes(original)
        flip(path, MARK.encode(), occurrence)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        note = conn.execute("SELECT note FROM verdicts").fetchone()[0]
        conn.close()
        if note != MARK:
            return
    raise AssertionError("the note of the verdicts row was not found")


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


def test_a_flipped_bit_in_a_note_is_caught_on_read_and_by_check(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    claim_id = reviewed_desk(path)
    flip_verdict_note(path)
    assert quick_check(path) == "ok"  # what SQLite alone sees
    desk = Desk.open(path, config=load_config())
    with pytest.raises(CorruptDeskError, match=f"review of claim {claim_id}"):
        desk.claim(claim_id)
    with pytest.raises(CorruptDeskError):
        desk.set_verdict(claim_id, "corroborated")  # never written over unseen damage
    desk.close()
    assert cli.main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"review of claim {claim_id} is damaged" in out


def test_a_flipped_bit_in_an_article_text_is_caught(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    body = sorted(SEEDS.iterdir())[0].read_text(encoding="utf-8")
    word = max(body.split(), key=len).encode()
    flip(path, word, 0)
    assert quick_check(path) == "ok"
    assert cli.main(["check", "--db", str(path)]) == 1
    assert "is damaged" in capsys.readouterr().out


def test_check_passes_a_healthy_desk(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    assert cli.main(["check", "--db", str(path)]) == 0
    assert "ok: integrity check passed" in capsys.readouterr().out


def test_no_daily_backup_from_a_damaged_desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    good = [backup_now(path) for _ in range(KEEP)]
    flip_verdict_note(path)
    monkeypatch.setattr(backup_module, "backup_due", lambda *_args: True)
    monkeypatch.setattr(db_module, "backup_due", lambda *_args: True)
    for _day in range(KEEP + 1):  # an open that may write (a read command leaves the backup)
        desk = Desk.open(path, config=load_config())
        said = " ".join(desk.open_warnings)
        desk.close()
        assert "desk fails its check" in said and "no daily backup" in said
    assert list_backups(path) == good


def test_a_healthy_desk_still_gets_its_daily_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    Desk.open(path, config=load_config()).close()
    assert [p for p in list_backups(path) if "daily" in p.name]


async def test_the_app_checks_in_the_background_after_its_first_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    flip_verdict_note(path)
    desk = Desk.open(path, config=load_config(), defer_daily=True)
    assert desk.store.daily_due and list_backups(path) == []
    app = build_app(desk, check=True)
    seen: list[tuple[bool, bool]] = []
    original = Desk.background_check

    def spy(self: Desk) -> str | None:
        on_screen = isinstance(app.screen, QueueScreen) and app.screen.is_mounted
        seen.append((threading.current_thread() is not threading.main_thread(), on_screen))
        return original(self)

    monkeypatch.setattr(Desk, "background_check", spy)
    shown = record_notifications(app)
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seen == [(True, True)]
        assert any("desk fails its check" in m for m in shown), shown
    assert list_backups(path) == []
    desk.close()


@pytest.mark.parametrize(
    "row",
    [
        (1, 2, "same", 0.8734, "same wording about Kharkiv"),
        (7, None, "«Вельмора» — 22.0", 22.0, float("inf"), True, "\ud800", ["a", {"b": 1}]),
        (),
    ],
)
def test_a_row_sum_is_the_json_of_its_values_as_it_always_was(row: tuple) -> None:
    """The sums stored in every desk: the encoder made once (issue 15) writes what
    ``json.dumps`` with the same options wrote, or every stored sum would fail."""
    import hashlib
    import json

    from factdesk.store.rowsum import row_sum

    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    assert row_sum(*row) == digest
