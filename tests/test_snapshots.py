"""Snapshot tests (pytest-textual-snapshot) of the real app on the seeds.

Deterministic: a fresh temporary desk per test, a fixed reviewer, fixed terminal sizes, no
verdict history (its timestamps would differ). Update with ``pytest --snapshot-update`` only
after looking at the SVGs in the report.
"""

from __future__ import annotations

from snapshot_app import build_app


def test_queue(snap_compare) -> None:
    assert snap_compare(build_app(), terminal_size=(120, 36))


def test_review_wide(snap_compare) -> None:
    assert snap_compare(build_app(), press=["enter"], terminal_size=(160, 48))


def test_review_80x24_stacks_the_panes(snap_compare) -> None:
    assert snap_compare(build_app(), press=["enter"], terminal_size=(80, 24))


def test_note_modal(snap_compare) -> None:
    assert snap_compare(build_app(), press=["enter", "j", "n"], terminal_size=(120, 36))


def test_help(snap_compare) -> None:
    assert snap_compare(build_app(), press=["enter", "question_mark"], terminal_size=(120, 36))
