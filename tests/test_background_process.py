"""Background work in child processes (issue 15): the full check and re-extraction run outside
the app's process, report back, never lose a reviewer's verdict, and never outlive the app.

Waits are bounded loops on what the app shows or the child reports, never timings.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factdesk.desk import background
from factdesk.desk.background import WorkerProcess
from factdesk.desk.service import Desk
from factdesk.extract.attribution import VERSION
from factdesk.settings.config import load_config
from factdesk.store.deskfile import connect_readonly
from factdesk.ui.app import make_app
from factdesk.ui.screens.queue import QueueScreen
from snapshot_app import FakeClipboard, open_review, record_notifications
from snapshot_app import seeded_desk as new_seeded_desk
from test_app_reextract import _age
from test_safety_checksums import flip_verdict_note, reviewed_desk


def gone(pid: int) -> bool:
    """True when no process ``pid`` exists (it exited and was reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def age_two_short(desk: Desk) -> tuple[int, int, list[int]]:
    """``_age`` on the two shortest articles only: (the reviewed claim cut short, its true end,
    the two claims no new claim can match). A child parses what it re-extracts, so two short
    articles (two progress reports) cost it a fraction of all five seeds."""
    short = sorted(desk.articles(), key=lambda a: len(desk.article(a.id).body))[:2]
    aged = [_age(desk, article.id) for article in sorted(short, key=lambda a: a.id)]
    assert desk.stale_articles() == sorted(a.id for a in short)
    return aged[0][0], aged[0][1], [ghost for *_, ghost in aged]


def test_the_check_runs_in_a_child_and_names_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    flip_verdict_note(path)
    desk = Desk.open(path, config=load_config(), defer_daily=True)
    pids: list[int] = []
    try:
        problem = desk.check_in_background(started=pids.append)
    finally:
        desk.close()
    assert problem is not None and "desk fails its check" in problem and str(path) in problem
    assert pids and pids[0] != os.getpid() and gone(pids[0])


def test_the_check_in_a_child_makes_the_days_backup_of_a_healthy_desk(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    reviewed_desk(path)
    for old in path.with_name(path.name + ".backups").glob("*daily*"):
        old.unlink()
    desk = Desk.open(path, config=load_config(), defer_daily=True)
    try:
        assert desk.store.daily_due
        assert desk.check_in_background() is None
        assert not desk.store.daily_due
    finally:
        desk.close()
    assert list(path.with_name(path.name + ".backups").glob("*daily*"))


async def wait_until(pilot, done, rounds: int = 3000) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until ``done()``; bounded by rounds, never by a clock."""
    for _ in range(rounds):
        if done():
            return
        await pilot.pause(0.1)
    raise AssertionError("the app never got there")


async def test_the_app_reextracts_in_a_child_while_a_verdict_is_given() -> None:
    desk = new_seeded_desk()
    _target, _end, (ghost, _) = age_two_short(desk)
    app = make_app(desk, clipboard=FakeClipboard(), processes=True)
    said = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: len(app.background_pids) == 2)  # check, re-extraction
        assert os.getpid() not in app.background_pids
        screen = await open_review(pilot)
        claim_id = screen.current_id
        await pilot.press("1")  # a verdict while the child re-extracts the desk
        await pilot.pause()
        await wait_until(pilot, lambda: any(f"#{ghost}" in m for m in said))
        await app.workers.wait_for_complete()
        assert desk.claim(claim_id).verdict == "corroborated"  # kept through the run
        assert desk.stale_articles() == []
        assert desk.claim(ghost).verdict == "unverifiable"
    assert all(gone(pid) for pid in app.background_pids)
    desk.close()


async def test_quitting_at_the_first_screen_leaves_no_background_process() -> None:
    desk = new_seeded_desk()
    target, _end, _ghosts = age_two_short(desk)
    app = make_app(desk, clipboard=FakeClipboard(), processes=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: len(app.background_pids) == 2)
        assert isinstance(app.screen, QueueScreen)
        await pilot.press("q")
    assert len(app.background_pids) == 2
    assert all(gone(pid) for pid in app.background_pids)
    assert desk.claim(target).verdict == "disputed"
    desk.close()


async def test_quitting_mid_run_stops_the_child_at_once_and_the_next_run_finishes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Quitting mid-run closes the children's standard input, as the app's death does (the
    kernel closes the pipe): the re-extracting child exits at once by itself (status 0, not
    the grace period's SIGTERM, made long here), with the article it was on rolled back and
    nothing lost, and no process is left; the next run, in a child of its own, re-extracts
    what is left and keeps ids and verdicts. One story, two re-extracting children (each
    loads the language model: seconds of CPU), where two tests had three."""
    monkeypatch.setattr(background, "STOP_GRACE_SECONDS", 300)
    exits: list[tuple[str, int | None]] = []
    stop = WorkerProcess.stop

    def recording_stop(child: WorkerProcess) -> None:
        stop(child)
        exits.append((child.job, child.process.returncode))

    monkeypatch.setattr(WorkerProcess, "stop", recording_stop)
    desk = new_seeded_desk()
    try:
        target, end, ghosts = age_two_short(desk)
        app = make_app(desk, clipboard=FakeClipboard(), processes=True)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_until(pilot, lambda: len(app.background_pids) == 2)
            await wait_until(pilot, lambda: app.reextraction is not None)
            assert isinstance(app.screen, QueueScreen)
            await pilot.press("q")
        assert len(app.background_pids) == 2
        assert all(gone(pid) for pid in app.background_pids)
        assert ("reextract", 0) in exits and all(code == 0 for _, code in exits)
        seen = app.reextraction  # the last report the app had
        assert seen is not None and seen.total == 2 and seen.done >= 1
        conn = connect_readonly(desk.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
        assert [c for _, c in seen.unplaced] == ghosts[: seen.done]
        # The second article was rolled back, or finished before the pipe closed.
        left = desk.stale_articles()
        assert len(left) <= 1 and all(g.verdict == "unverifiable" for g in map(desk.claim, ghosts))
        progress: list[int] = []
        pids: list[int] = []
        run = desk.reextract_in_background(
            progress=lambda r: progress.append(r.done), started=pids.append
        )
        assert run.finished and run.done == run.total == len(left)
        assert progress == list(range(1, len(left) + 1))
        claim = desk.claim(target)  # this process's connection sees the children's commits
        assert (claim.end, claim.verdict, claim.extractor) == (end, "disputed", VERSION)
        assert all(desk.claim(ghost).verdict == "unverifiable" for ghost in ghosts)
        assert desk.stale_articles() == []
        if left:
            assert [c for _, c in run.unplaced] == ghosts[1:]
            assert pids[0] != os.getpid() and gone(pids[0])
    finally:
        desk.close()
