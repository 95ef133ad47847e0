"""``factdesk backup`` and ``factdesk restore FILE``: copies of the desk, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from factdesk.settings.locations import resolve_db_path
from factdesk.store.backup import KEEP, backup_dir, backup_now, list_backups, restore


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup",
        parents=[common],
        help="copy the desk into its backup folder (or list the backups)",
        description=f"Copy the desk, safely even while the app has it open, into the folder "
        f"next to it (DESK.backups/). The newest {KEEP} backups are kept. factdesk also makes "
        "one before upgrading a desk and on the first open of each day.",
    )
    backup.add_argument("--list", action="store_true", help="list the backups, oldest first")
    backup.set_defaults(func=run_backup)

    restore_parser = subparsers.add_parser(
        "restore",
        parents=[common],
        help="replace the desk with a backup (the current desk is backed up first)",
        description="Check that FILE is a whole, healthy desk, back up the current desk, then "
        "make FILE the desk. A running app opens the restored desk again at its next poll "
        "or write, and says so.",
    )
    restore_parser.add_argument(
        "file", metavar="FILE", help="a backup (see: factdesk backup --list)"
    )
    restore_parser.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    desk_path = resolve_db_path(args.db)
    if args.list:
        backups = list_backups(desk_path)
        if not backups:
            print(f"no backups of {desk_path} yet (they go in {backup_dir(desk_path)})")
        for path in backups:
            print(path)
        return 0
    print(f"backed up {desk_path} to {backup_now(desk_path)}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    desk_path = resolve_db_path(args.db)
    saved = restore(Path(args.file).expanduser(), desk_path)
    kept = f"; the desk it replaced is in {saved}" if saved else ""
    print(f"restored {desk_path} from {args.file}{kept}")
    return 0
