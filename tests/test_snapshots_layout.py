"""The review screen, the queue and help at each of the four sizes issue 14 names (80×24 and
160×48 of the review screen are in test_snapshots.py). Measured checks of the same layouts are
in test_app_layout.py; these are the pictures, to look at when they change."""

from __future__ import annotations

import pytest
from snapshot_app import article_settled, build_app
from textual.pilot import Pilot


@pytest.mark.parametrize("size", [(100, 30), (120, 40)])
def test_review_at(snap_compare, size) -> None:
    assert snap_compare(build_app(), press=["enter"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 48)])
def test_queue_at(snap_compare, size) -> None:
    assert snap_compare(build_app(), terminal_size=size)


def test_help_at_80x24(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        await article_settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(build_app(), run_before=run_before, terminal_size=(80, 24))


def test_names_at_80x24(snap_compare) -> None:
    """The names view's header keeps its keys whole ("s splits" was cut) and its table the
    article counts (a long list of spellings gives way first)."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("N")
        await pilot.pause()

    assert snap_compare(build_app(), run_before=run_before, terminal_size=(80, 24))
