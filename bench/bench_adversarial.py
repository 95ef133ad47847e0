"""Adversarial soak (issue 11): the ways a desk lost work or was taken for something else.

Bounded in count and time; prints one line per part with its counts:
- kills during export, backup, restore and merge (SIGKILL at a random moment): nothing lost,
  the desk passes ``full_check``, no ``.partial`` outlives the next start;
- two writers editing one note: the second save is refused, the first note stays;
- undo under a colleague's change: refused, the colleague's verdict stays;
- time-zone changes between backups: the backup just made is always there and newest;
- foreign SQLite files with user_version 0-99: refused, byte for byte untouched;
- single-bit flips anywhere in a desk: how many the open check, the checksums, or nobody
  catches (and of those, how many changed no data).

``python -m bench adversarial``; exit status 1 when work was lost or a foreign file touched.
``python -m bench.bench_adversarial flips --flips 400 --seed 2`` runs the parts named (kills,
writers, zones, foreign, flips), with that many flips and that seed: a class of flips the
checks miss is found and measured without the rest (about 30 s for 400 flips).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factdesk.cli import entry as cli
from factdesk.desk.merge import merge_file
from factdesk.desk.service import ChangedMeanwhile, Desk
from factdesk.export import export_text
from factdesk.settings.config import load_config
from factdesk.store.backup import backup_now, list_backups
from factdesk.store.checksums import full_check
from factdesk.store.deskfile import StoreError, connect_readonly, preflight

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KILLS = 6
FLIPS = 60
TIME_LIMIT = 240.0


def desk_with_reviews(path: Path, reviewer: str = "bench") -> None:
    desk = Desk.open(path, config=load_config(reviewer=reviewer))
    desk.import_paths([SEEDS])
    for number, claim in enumerate(desk.claims()[:40]):
        desk.set_verdict(claim.id, ("corroborated", "disputed", "contradicted")[number % 3])
        if number % 4 == 0:
            desk.set_note(claim.id, f"note {number}: checked with two sources")
    desk.close()


def verdicts(path: Path) -> list[tuple]:
    conn = connect_readonly(path)
    try:
        return conn.execute("SELECT claim_id, verdict, note FROM verdicts ORDER BY 1").fetchall()
    finally:
        conn.close()


def healthy(path: Path) -> bool:
    conn = connect_readonly(path)
    try:
        return full_check(conn).ok
    finally:
        conn.close()


def run_killed(args: list[str], env: dict[str, str], rng: random.Random) -> None:
    command = [sys.executable, "-m", "factdesk", *args]
    proc = subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(rng.uniform(0.05, 1.2))
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def kills_part(folder: Path, rng: random.Random, env: dict[str, str]) -> tuple[str, bool]:
    path = folder / "kill.db"
    desk_with_reviews(path)
    other = folder / "other.db"
    desk_with_reviews(other, "colleague")
    theirs = folder / "theirs.jsonl"
    desk = Desk.open(other, config=load_config(reviewer="colleague"))
    theirs.write_text(export_text(desk, "jsonl").text, encoding="utf-8")
    desk.close()
    # Kept out of the backups folder: the backup kills that complete and each restore's own
    # backup of the desk rotate the oldest out (``KEEP``), and on a quiet machine more of
    # them complete before the kill, so the one restored could be gone when compared.
    saved = copy_desk(backup_now(path), folder / "saved.db")
    counts = {}
    lost = 0
    for op in ("export", "backup", "restore", "merge"):
        for number in range(KILLS):
            before = verdicts(path)
            if op == "merge":  # the same desk merged without a kill: what a rerun must reach
                clean = copy_desk(path, folder / f"clean-{number}.db")
            args = {
                "export": ["export", "-o", str(folder / "out.csv")],
                "backup": ["backup"],
                "restore": ["restore", str(saved)],
                "merge": ["merge", str(theirs)],
            }[op] + ["--db", str(path)]
            run_killed(args, env, rng)
            Desk.open(path, config=load_config()).close()  # the next start cleans up
            after = verdicts(path)
            partials = list(path.parent.rglob("*.partial"))
            ok = healthy(path) and not partials
            if op in ("export", "backup"):
                ok = ok and after == before
            elif op == "restore":
                ok = ok and after in (before, verdicts(saved))
            else:  # merge: never a verdict of ours gone, and merging again completes it
                ours = {row[0]: row[1] for row in before if row[1]}
                ok = ok and all(
                    dict((r[0], r[1]) for r in after).get(k) == v for k, v in ours.items()
                )
                ok = ok and completed_equals_clean(path, clean, theirs)
            lost += not ok
            counts[op] = counts.get(op, 0) + 1
    line = ", ".join(f"{n} {op} kills" for op, n in counts.items())
    return f"kills: {line}: {lost} lost work or left a .partial", lost == 0


def copy_desk(path: Path, copy: Path) -> Path:
    """A consistent copy (SQLite's backup API: the WAL included)."""
    source, target = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def completed_equals_clean(path: Path, clean: Path, theirs: Path) -> bool:
    """After a killed merge, merging the file again gives what one unkilled merge gives."""
    for desk_path in (path, clean):
        desk = Desk.open(desk_path, config=load_config())
        merge_file(desk, theirs)
        desk.close()
    return verdicts(path) == verdicts(clean)


def writers_part(folder: Path) -> tuple[str, bool]:
    path = folder / "writers.db"
    desk_with_reviews(path)
    mine = Desk.open(path, config=load_config(reviewer="ana"))
    theirs = Desk.open(path, config=load_config(reviewer="ben"))
    refused = notes_kept = undo_refused = verdicts_kept = 0
    claims = mine.claims()[:20]
    for claim in claims:
        opened = (claim.note, tuple(claim.evidence))
        theirs.set_note(claim.id, f"ben's note on {claim.id}")
        try:
            mine.set_note(claim.id, "ana's note", opened=opened)
        except ChangedMeanwhile:
            refused += 1
        notes_kept += mine.claim(claim.id).note == f"ben's note on {claim.id}"
        mine.set_verdict(claim.id, "unverifiable")
        theirs.set_verdict(claim.id, "corroborated")
        try:
            mine.undo()
        except ChangedMeanwhile:
            undo_refused += 1
        verdicts_kept += mine.claim(claim.id).verdict == "corroborated"
    mine.close()
    theirs.close()
    n = len(claims)
    line = (
        f"two writers, one note: {refused}/{n} stale saves refused, {notes_kept}/{n} notes kept; "
        f"undo under a colleague's change: {undo_refused}/{n} refused, {verdicts_kept}/{n} kept"
    )
    return line, refused == notes_kept == undo_refused == verdicts_kept == n


def zones_part(folder: Path, env: dict[str, str]) -> tuple[str, bool]:
    path = folder / "zones.db"
    desk_with_reviews(path)
    zones = ["Pacific/Kiritimati", "Etc/GMT+12", "UTC", "America/New_York", "Asia/Kolkata"]
    ok = 0
    runs = 12
    for number in range(runs):
        zone_env = {**env, "TZ": zones[number % len(zones)]}
        result = subprocess.run(
            [sys.executable, "-m", "factdesk", "backup", "--db", str(path)],
            env=zone_env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        )  # fmt: skip
        made = Path(result.stdout.rsplit(" to ", 1)[-1].strip())
        ok += made.exists() and list_backups(path)[-1] == made
    return f"time zones between backups: {ok}/{runs} backups present and newest", ok == runs


def foreign_part(folder: Path) -> tuple[str, bool]:
    refused = untouched = 0
    for version in range(100):
        path = folder / f"foreign-{version}.db"
        conn = sqlite3.connect(path)
        conn.executescript(
            f"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT); "
            f"INSERT INTO items (name) VALUES ('x'); PRAGMA user_version = {version};"
        )
        conn.close()
        before = path.read_bytes()
        with open(os.devnull, "w") as quiet:
            stderr, sys.stderr = sys.stderr, quiet
            try:
                code = cli.main(["stats", "--db", str(path)])
            finally:
                sys.stderr = stderr
        refused += code != 0
        extra = [p for p in folder.iterdir() if p.name.startswith(path.name + "-")]
        untouched += path.read_bytes() == before and not extra
    return (
        f"foreign SQLite files, user_version 0-99: {refused}/100 refused, "
        f"{untouched}/100 untouched",
        refused == untouched == 100,
    )


def logical(path: Path) -> list[str] | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def _table_of(line: str) -> str:
    """The table an ``iterdump`` line writes to."""
    if line.startswith("INSERT INTO "):
        return line.split('"')[1] if '"' in line[:14] else line.split()[2]
    return "schema"


def flips_part(folder: Path, rng: random.Random, flips: int = FLIPS) -> tuple[str, bool]:
    path = folder / "flips.db"
    desk_with_reviews(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    original = path.read_bytes()
    reference = logical(path)
    by_open = by_checksum = harmless = missed = 0
    missed_in: dict[str, int] = {}
    for number in range(flips):
        copy = folder / f"flip-{number}.db"
        data = bytearray(original)
        spot = rng.randrange(100, len(data))  # the 100-byte header aside
        data[spot] ^= 1 << rng.randrange(8)
        copy.write_bytes(bytes(data))
        try:
            _version, conn = preflight(copy)
        except StoreError:
            by_open += 1
            continue
        try:
            report = full_check(conn)
        finally:
            conn.close()
        if not report.ok:
            by_checksum += 1
        else:
            dump = logical(copy)
            if dump == reference:
                harmless += 1
            else:
                missed += 1
                changed = set(dump or []) ^ set(reference or [])
                for table in {_table_of(line) for line in changed}:
                    missed_in[table] = missed_in.get(table, 0) + 1
        for extra in folder.glob(f"flip-{number}.db*"):
            extra.unlink()
    line = (
        f"bit flips: {flips} single-bit flips: {by_open} refused on open, {by_checksum} caught "
        f"by integrity_check/checksums, {harmless} changed no data, {missed} missed"
        + (f" (in {', '.join(f'{t} {n}' for t, n in sorted(missed_in.items()))})" if missed else "")
    )
    return line, True


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_adversarial")
    parser.add_argument("parts", nargs="*", help="kills, writers, zones, foreign, flips (all)")
    parser.add_argument("--flips", type=int, default=FLIPS)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="factdesk-adversarial-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tui"), "FACTDESK_REVIEWER": "bench",
           "FACTDESK_CONFIG": str(folder / "none.toml")}  # fmt: skip
    os.environ["FACTDESK_CONFIG"] = str(folder / "none.toml")
    os.environ["FACTDESK_REVIEWER"] = "bench"
    parts = {
        "kills": lambda: kills_part(folder, rng, env),
        "writers": lambda: writers_part(folder),
        "zones": lambda: zones_part(folder, env),
        "foreign": lambda: foreign_part(folder),
        "flips": lambda: flips_part(folder, rng, args.flips),
    }
    unknown = sorted(set(args.parts) - parts.keys())
    if unknown:  # a misspelt part ran nothing and said nothing
        shutil.rmtree(folder, ignore_errors=True)
        parser.error(f"unknown part {', '.join(unknown)} (the parts: {', '.join(parts)})")
    failed = False
    try:
        for name, part in parts.items():
            if args.parts and name not in args.parts:
                continue
            if time.monotonic() - started > TIME_LIMIT:
                print("time limit reached: later parts skipped")
                break
            line, ok = part()
            print(("" if ok else "FAILED ") + line, flush=True)
            failed |= not ok
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"adversarial soak: {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
