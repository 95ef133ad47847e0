"""The real app, SIGKILLed at random moments a dozen times, loses no change it confirmed on
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

from crash_driver import soak, write_article

pytestmark = pytest.mark.serial  # real processes killed at random moments: one at a time

KILLS = 12
"""Each kill is a fresh app process (~2 s of CPU); the seed changes every run, so the runs add
up, and ``bench/bench_soak.py`` does hundreds in one go."""


def test_kills_at_random_moments_lose_no_confirmed_change(tmp_path: Path) -> None:
    source = tmp_path / "audit.txt"
    write_article(source, paragraphs=40)  # ~80 claims: more than twelve kills can review
    db = tmp_path / "desk.db"
    desk = Desk.open(db, config=load_config())
    assert not desk.import_paths([source]).failed
    assert len(desk.claims()) >= 60, "enough claims that the review never runs out"
    desk.close()
    seed = int(os.environ.get("FACTDESK_CRASH_SEED", random.randrange(1 << 30)))
    tally = soak(db, KILLS, seed)
    assert tally.problems == [], f"seed {seed}: {tally.problems}"
    assert tally.kills == KILLS
    # About a third of the kills land during start-up, before any key, and every other cycle
    # confirms one or two changes: fewer than a quarter as many as kills would take ten
    # start-up kills in twelve (a chance of about 2 in 10,000).
    assert tally.confirmed >= KILLS // 4, f"seed {seed}: too few changes were made to mean much"
