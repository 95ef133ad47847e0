"""``factdesk paths``: where the desk, its configuration and its backups live.

Printed without opening the desk, so it answers even when the desk is damaged or locked.
"""

from __future__ import annotations

import argparse

from factdesk.cli.commands.output import print_json
from factdesk.settings.locations import config_path, resolve_db_path
from factdesk.store.backup import backup_dir
from factdesk.text.sanitize import sanitize_line


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "paths",
        parents=[common],
        help="print where the desk, the configuration and the backups are",
        description="Print the desk file, config.toml and the backup folder this command line "
        "would use (after --db, $FACTDESK_DB and $FACTDESK_CONFIG).",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table for people (default), json for scripts",
    )
    parser.set_defaults(func=run_paths)


def run_paths(args: argparse.Namespace) -> int:
    desk = resolve_db_path(args.db)
    places = {"desk": desk, "config": config_path(), "backups": backup_dir(desk)}
    if args.format == "json":
        print_json({name: str(path) for name, path in places.items()})
        return 0
    for name, path in places.items():
        state = "" if path.exists() else "  (not created yet)"
        print(f"{name + ':':9}{sanitize_line(str(path))}{state}")
    return 0
