"""The real app, SIGKILLed at random moments five times, loses no change it confirmed on
screen.

See ``tests/crash_driver.py`` for what "confirmed" means and what is checked after each kill.
The seed is random per run (printed on failure; set ``FACTDESK_CRASH_SEED`` to replay).
``bench/bench_soak.py`` runs the same cycle many more times.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config

pytest.importorskip("pyte")

from crash_driver import STARTUP_EVERY, soak, write_article

pytestmark = pytest.mark.serial  # real processes killed at random moments: one at a time

KILLS = 5
"""Each kill is a fresh app process (~2 s of CPU with its background check): two kills land
during start-up and three after one or two confirmed changes, some with a key in flight; the
seed changes every run, so the runs add up, and ``bench/bench_soak.py`` does hundreds in one
go. Eight kills were 18 s of CPU in a ``make test`` that must stay under three minutes."""


def test_kills_at_random_moments_lose_no_confirmed_change(tmp_path: Path) -> None:
    source = tmp_path / "audit.txt"
    write_article(source, paragraphs=20)  # ~40 claims: more than eight kills can review
    db = tmp_path / "desk.db"
    desk = Desk.open(db, config=load_config())
    assert not desk.import_paths([source]).failed
    assert len(desk.claims()) >= 30, "enough claims that the review never runs out"
    desk.close()
    seed = int(os.environ.get("FACTDESK_CRASH_SEED", random.randrange(1 << 30)))
    try:
        tally = soak(db, KILLS, seed)
    except AssertionError as failed:  # a wait that timed out (AppTimeout) names no seed itself
        raise AssertionError(f"seed {seed} (FACTDESK_CRASH_SEED to replay): {failed}") from None
    assert tally.problems == [], f"seed {seed}: {tally.problems}"
    assert tally.kills == KILLS
    assert tally.startup_kills == len(range(1, KILLS, STARTUP_EVERY))
    # Every cycle that reviews confirms one or two changes before its kill.
    assert tally.confirmed >= KILLS - tally.startup_kills, f"seed {seed}: changes went missing"
