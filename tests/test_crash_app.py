"""The real app, SIGKILLed at random moments 20+ times, loses no change it confirmed on screen.

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

pytestmark = pytest.mark.serial  # real processes killed at random moments: run alone (make test)

KILLS = 20


def test_kills_at_random_moments_lose_no_confirmed_change(tmp_path: Path) -> None:
    source = tmp_path / "audit.txt"
    write_article(source)
    db = tmp_path / "desk.db"
    desk = Desk.open(db, config=load_config())
    assert not desk.import_paths([source]).failed
    assert len(desk.claims()) >= 60, "enough claims that the review never runs out"
    desk.close()
    seed = int(os.environ.get("FACTDESK_CRASH_SEED", random.randrange(1 << 30)))
    tally = soak(db, KILLS, seed)
    assert tally.problems == [], f"seed {seed}: {tally.problems}"
    assert tally.kills == KILLS
    # About a third of the kills land during start-up, before any key: half as many
    # confirmed changes as kills is what every run reaches, and still enough to mean much.
    assert tally.confirmed >= KILLS // 2, f"seed {seed}: too few changes were made to mean much"
