"""Every extracted claim of the labelled splits and the seeds, as one text file to diff.

    PYTHONPATH=tui python -m tools.dump_extraction OUT.txt            # every unsealed split but
                                                                      # the validation ones
    PYTHONPATH=tui python -m tools.dump_extraction OUT.txt dev4 heldout2  # these splits only
    PYTHONPATH=tui python -m tools.dump_extraction OUT.txt read       # the read half only

Why: a change meant to make extraction cheaper must not change what it extracts. The figures
of ``evaluate_attribution`` can stay equal while a speaker, a flag or a score moves, so this
writes the whole output of the real import path (``Desk.import_paths``, as the evaluation
imports) for every article: each claim's offsets, kind, speaker, type, affiliation, channel,
sourcing, flags, score and its reasons, then the article's name mentions. Run it on main and on
the branch and ``diff`` the two files: any line that differs is a change of output.

The default run leaves out this session's validation splits (``evaluate_attribution.VALIDATION``,
one home) as it leaves out the sealed ones: a dump shows the engine's output on a split's text,
and a validation split is read as figures only. Name one to dump it (the lead's closing check);
a group name (``all``, ``validation``, ``read``) never dumps one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from tools.evaluate_attribution import DATA, VALIDATION, chosen_splits

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIELDS = (
    "start", "end", "kind", "speaker", "speaker_type", "affiliation", "via", "sourcing",
    "flags", "score", "score_reasons", "paragraph", "hidden", "extractor",
)  # fmt: skip


def dump_folder(folder: Path) -> Iterator[str]:
    """One line per claim and per article's mentions, in file-name and text order."""
    from factdesk.desk.service import Desk
    from factdesk.names.mentions import find_mentions

    with tempfile.TemporaryDirectory(prefix="factdesk-dump-") as tmp:
        desk = Desk.open(Path(tmp) / "dump.db", reviewer="dump")
        try:
            desk.import_paths([folder])
            summaries = sorted(desk.articles(), key=lambda s: s.source_path or "")
            for summary in summaries:
                name = Path(summary.source_path or "").name
                body = desk.article(summary.id).body
                yield f"## {folder.name}/{name} {summary.title!r} {summary.outlet!r}"
                for claim in desk.claims(summary.id, include_hidden=True):
                    row = {key: getattr(claim, key, None) for key in FIELDS}
                    yield json.dumps(row, ensure_ascii=False, sort_keys=True)
                mentions = [(m.start, m.end, m.kind) for m in find_mentions(body)]
                yield json.dumps({"mentions": mentions})
        finally:
            desk.close()


def folders_of(names: Sequence[str]) -> list[Path]:
    """The folders a run dumps: the named splits, or by default every split but the sealed and
    the validation ones (``VALIDATION``: figures only, never its output) and the seeds."""
    if names:
        return [DATA / split for name in names for split in named(name)]
    return [DATA / s for s in chosen_splits("all") if s not in VALIDATION] + [SEEDS]


def named(name: str) -> tuple[str, ...]:
    """The splits one name dumps: a split named alone, even a validation one (the lead's
    closing check); a group (``all``, ``validation``, ``read``) without the ``VALIDATION``
    ones (review36: ``validation`` and ``all`` grew to 26 validation splits this session, and
    a lane checking that its change moves no output would dump every one of them)."""
    splits = chosen_splits(name)
    return splits if splits == (name,) else tuple(s for s in splits if s not in VALIDATION)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("-"):  # `--help` is no file to write the dump into
        print(__doc__, file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    out, folders = Path(args[0]), folders_of(args[1:])
    if args[1:] and not folders:
        print("nothing to dump: a validation split is dumped only by its own name", file=sys.stderr)
        return 2
    with out.open("w", encoding="utf-8") as handle:
        for folder in folders:
            for line in dump_folder(folder):
                handle.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
