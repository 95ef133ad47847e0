"""Hangs: import reads regular files only, up to the size limit, never blocking."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from factdesk.cli import entry as cli
from factdesk.desk.service import Desk

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())


def run_bounded(target, seconds: float = 60.0) -> None:
    """Run ``target`` in a thread; a hang fails the test instead of stopping the suite."""
    errors: list[BaseException] = []

    def body() -> None:
        try:
            target()
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=body, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the import blocked"
    if errors:
        raise errors[0]


def test_a_fifo_and_a_link_to_dev_zero_in_a_folder_are_refused_by_name(
    desk: Desk, tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "z.txt").symlink_to("/dev/zero")
    (folder / "real.txt").write_bytes(SEEDS[0].read_bytes())
    codes: list[int] = []
    run_bounded(lambda: codes.append(cli.main(["import", str(folder), "--db", str(desk.path)])))
    err = capsys.readouterr().err
    assert codes == [1]
    assert "pipe.txt: not a regular file (a FIFO)" in err
    assert "z.txt: not a regular file (a character device)" in err
    assert desk.article_count() == 1  # the real article still imports


def test_a_file_growing_past_the_limit_is_cut_off(desk: Desk, tmp_path: Path) -> None:
    from factdesk.ingest import importer

    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (importer.MAX_BYTES // 5 + 10))
    report = desk.import_paths([big])
    assert report.outcomes[0].status == "failed" and "over 5 MB" in report.outcomes[0].message
