"""D1: nothing writes over the desk: export -o, the export dialog, backup and restore refuse
the desk, its -wal/-shm, links to it and its backup folder, in one line, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store.backup import backup_now, restore
from factdesk.store.db import StoreError
from factdesk.store.deskfile import clashes_with_desk
from factdesk.ui.screens.export import ExportScreen
from snapshot_app import record_notifications
from textual.app import App
from textual.widgets import Input

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def one_seed(path: Path) -> Desk:
    desk = Desk.open(path, config=load_config())
    desk.import_paths([sorted(SEEDS.iterdir())[0]])
    desk.set_verdict(desk.claims()[0].id, "disputed")
    return desk


def targets(tmp_path: Path, path: Path) -> dict[str, Path]:
    saved = backup_now(path)
    (tmp_path / "alias.db").symlink_to(path)
    os.link(path, tmp_path / "hard.db")
    sub = tmp_path / "sub"
    sub.mkdir()
    return {
        "desk": path,
        "relative": sub / ".." / path.name,
        "wal": path.with_name(path.name + "-wal"),
        "shm": path.with_name(path.name + "-shm"),
        "symlink": tmp_path / "alias.db",
        "hardlink": tmp_path / "hard.db",
        "backup": saved,
        "backup-folder-new": saved.with_name("new.csv"),
    }


def test_cli_export_refuses_every_desk_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    desk = one_seed(path)
    for name, target in targets(tmp_path, path).items():
        before = target.read_bytes() if target.exists() else None
        code = cli.main(["export", "--db", str(path), "-o", str(target), "--format", "csv"])
        err = capsys.readouterr().err
        assert code == 1, name
        assert "export refused, nothing was written" in err and len(err.splitlines()) == 1, name
        assert (target.read_bytes() if target.exists() else None) == before, name
    assert desk.claims()[0].verdict == "disputed"  # the desk still opens and holds its work
    desk.close()


def test_export_to_an_unrelated_file_still_works(tmp_path: Path, capsys) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    assert clashes_with_desk(tmp_path / "desk.db.csv", path) is None
    assert cli.main(["export", "--db", str(path), "-o", str(tmp_path / "desk.db.csv")]) == 0


class Host(App):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.result: object = "not dismissed"

    def on_mount(self) -> None:
        self.push_screen(ExportScreen(self.desk, None), self._done)

    def _done(self, result: object) -> None:
        self.result = result


async def test_export_dialog_refuses_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    desk = one_seed(path)
    before = path.read_bytes()
    app = Host(desk)
    shown = record_notifications(app)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(path)
        await pilot.click("#export-ok")
        await pilot.pause()
        if type(app.screen).__name__ == "ConfirmScreen":  # "replace it?": even a yes is refused
            await pilot.press("y")
            await pilot.pause()
        assert app.result == "not dismissed"
        assert any("is the desk" in message for message in shown)
    assert path.read_bytes() == before
    desk.set_verdict(desk.claims()[1].id, "corroborated")  # later work still lands in the desk
    desk.close()
    reopened = Desk.open(path, config=load_config())
    assert reopened.claims()[1].verdict == "corroborated"
    reopened.close()


def test_restore_refuses_a_link_to_the_desk_itself(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    one_seed(path).close()
    os.link(path, tmp_path / "hard.db")
    with pytest.raises(StoreError, match="nothing was restored"):
        restore(tmp_path / "hard.db", path)
