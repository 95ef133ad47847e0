"""Drive the real app in a pty with review keys and SIGKILL it at random moments.

A change counts as *confirmed* only when the screen showed its toast ("disputed · claim #7
saved", "note saved"): that is the moment a reviewer believes it is stored. After every kill
the desk is read back and must hold every confirmed change, in order, plus at most the one
key that was in flight when the process died; and ``PRAGMA integrity_check`` must say ok.

Shared by ``tests/test_crash_app.py`` (CI, 5 kills) and ``bench/bench_soak.py`` (many more).
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from pty_harness import AppInPty

VERDICT_KEYS = {"corroborated": "1", "disputed": "2", "contradicted": "3", "unverifiable": "4"}
CURRENT = re.compile(r"(unreviewed|corroborated|disputed|contradicted|unverifiable)\s+#(\d+) · ")
QUEUE_READY = "Sort"
NOTE_OPEN = "Evidence URLs"
TOAST_GAP = 3.2
"""Seconds a toast may stay on screen: the same toast text is not expected again sooner."""


@dataclass
class Change:
    field: str  # "verdict" or "note"
    claim: int
    value: str | None


@dataclass
class Tally:
    kills: int = 0
    confirmed: int = 0
    in_flight: int = 0
    startup_kills: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def write_article(path: Path, paragraphs: int = 80) -> None:
    """One long article with about two checkable claims a paragraph."""
    lines = ["Audit finds council missed housing targets", ""]
    for i in range(paragraphs):
        lines.append(
            f"The audit said {i % 90 + 5} per cent of the {1000 + i * 13:,} homes planned in "
            f"district {i} were never built. Officials spent {i * 3 + 12} million pounds on "
            f"consultants in {2000 + i % 24}, the report found."
        )
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def read_state(db: Path) -> tuple[dict[int, tuple[str | None, str]], int]:
    """(claim -> (verdict, note), highest history id), after checking integrity."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity check"
        rows = conn.execute(
            "SELECT c.id, v.verdict, COALESCE(v.note, '') FROM claims c "
            "LEFT JOIN verdicts v ON v.claim_id = c.id"
        ).fetchall()
        top = conn.execute("SELECT COALESCE(MAX(id), 0) FROM history").fetchone()[0]
    finally:
        conn.close()
    return {claim: (verdict, note) for claim, verdict, note in rows}, top


def history_since(db: Path, after: int) -> list[tuple[int, str | None, str, str | None, str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT claim_id, verdict_before, note_before, verdict_after, note_after "
            "FROM history WHERE id > ? AND action = 'edit' ORDER BY id",
            [after],
        ).fetchall()
    finally:
        conn.close()


class Session:
    """One app run: keys until a random kill; remembers what the screen confirmed."""

    def __init__(self, app: AppInPty, rng: random.Random, state: dict) -> None:
        self.app, self.rng, self.state = app, rng, state
        self.confirmed: list[Change] = []
        self.in_flight: Change | None = None
        self.recent: dict[str, float] = {}

    def current(self) -> tuple[str, int]:
        screen = self.app.wait_for(CURRENT, 10)
        word, claim = CURRENT.search(screen).groups()
        return word, int(claim)

    def fresh(self, toast: str) -> bool:
        return time.monotonic() - self.recent.get(toast, -99) > TOAST_GAP

    def verdict_key(self, word: str, claim: int) -> tuple[str, str | None, str]:
        choices = [v for v in VERDICT_KEYS if v != word]
        if word != "unreviewed":
            choices.append("cleared")
        choices = [v for v in choices if self.fresh(f"{v} · claim #{claim} saved")]
        verdict = self.rng.choice(choices)
        key = "0" if verdict == "cleared" else VERDICT_KEYS[verdict]
        return key, None if verdict == "cleared" else verdict, f"{verdict} · claim #{claim} saved"

    def set_verdict(self, *, confirm: bool) -> None:
        word, claim = self.current()
        before = self.app.text()
        key, value, toast = self.verdict_key(word, claim)
        change = Change("verdict", claim, value)
        self.in_flight = change
        seen = self.app.watch(toast) if confirm else None
        self.app.press(key)
        if seen is None:
            return
        try:
            self.app.wait_for(lambda s: seen.is_set() and CURRENT.search(s) and s != before, 10)
        finally:
            self.app.unwatch(toast)
        self.confirm(change, toast)
        self.app.wait_for(lambda s: (m := CURRENT.search(s)) and m.groups() != (word, str(claim)))

    def write_note(self, n: int, *, confirm: bool) -> bool:
        _, claim = self.current()
        if self.state[claim][1] or not self.fresh("note saved"):
            return False  # only empty notes: the typed text is then the whole note
        change = Change("note", claim, f"kill test note {n}")
        self.app.press("n")
        self.app.wait_for(NOTE_OPEN, 10)
        self.in_flight = change
        seen = self.app.watch("note saved") if confirm else None
        self.app.press(change.value + "\x13")  # Ctrl+S saves
        if seen is not None:
            try:
                self.app.wait_for(lambda s: seen.is_set() and NOTE_OPEN not in s, 10)
            finally:
                self.app.unwatch("note saved")
            self.confirm(change, "note saved")
        return True

    def confirm(self, change: Change, toast: str) -> None:
        self.confirmed.append(change)
        self.in_flight = None
        self.recent[toast] = time.monotonic()
        verdict, note = self.state[change.claim]
        self.state[change.claim] = (
            (change.value, note) if change.field == "verdict" else (verdict, change.value)
        )


def check(db: Path, session: Session, before: dict, top: int) -> list[str]:
    """Every confirmed change is in the history in order; the desk holds the last of each."""
    rows = history_since(db, top)
    problems = []
    extra = 1 if session.in_flight else 0
    if not len(session.confirmed) <= len(rows) <= len(session.confirmed) + extra:
        problems.append(f"{len(rows)} history rows for {len(session.confirmed)} confirmed")
    for i, change in enumerate(session.confirmed):
        if i >= len(rows):
            problems.append(f"confirmed change lost: {change}")
            continue
        claim, _, _, verdict_after, note_after = rows[i]
        got = verdict_after if change.field == "verdict" else note_after
        if (claim, got) != (change.claim, change.value):
            problems.append(f"history row {i} is {rows[i]}, the screen confirmed {change}")
    state, _ = read_state(db)
    for claim, (verdict, note) in session.state.items():
        if state[claim] != (verdict, note) and not _explained(session.in_flight, claim, state):
            problems.append(f"claim {claim}: desk has {state[claim]}, screen said {verdict, note}")
    return problems


def _explained(in_flight: Change | None, claim: int, state: dict) -> bool:
    """A difference is fine only if it is the key that was in flight at the kill."""
    if in_flight is None or in_flight.claim != claim:
        return False
    verdict, note = state[claim]
    return (verdict if in_flight.field == "verdict" else note) == in_flight.value


STARTUP_EVERY = 3
"""Every third cycle (the second, the fifth, ...) is killed while the app starts up, at a
random moment; the others review first. A fixed share, not a coin per cycle: a short run
still has both kinds, and every reviewing cycle confirms at least one change."""


def one_cycle(db: Path, rng: random.Random, tally: Tally, cycle: int) -> None:
    """Start the app, maybe review a little, SIGKILL it, check the desk."""
    state, top = read_state(db)
    start = time.monotonic()
    app = AppInPty(db)
    session = Session(app, rng, {k: v for k, v in state.items()})
    try:
        if cycle % STARTUP_EVERY == 1:
            time.sleep(rng.uniform(0.05, 1.0))  # killed while starting up
            tally.startup_kills += 1
        else:
            app.wait_for(QUEUE_READY, 20)
            app.press("\r")
            for step in range(rng.randint(1, 2)):
                if rng.random() < 0.2 and session.write_note(cycle * 10 + step, confirm=True):
                    continue
                session.set_verdict(confirm=True)
            if rng.random() < 0.6:
                session.set_verdict(confirm=False)
                time.sleep(rng.uniform(0, 0.15))
    finally:
        app.kill()
    tally.kills += 1
    tally.confirmed += len(session.confirmed)
    tally.in_flight += session.in_flight is not None
    tally.seconds += time.monotonic() - start
    tally.problems.extend(f"cycle {cycle}: {p}" for p in check(db, session, state, top))


def soak(db: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    for cycle in range(kills):
        one_cycle(db, rng, tally, cycle)
    return tally
