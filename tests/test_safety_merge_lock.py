"""Merge matches outside the write lock and applies in short transactions, each re-checking
what it matched: another writer is never refused as "busy" while a merge matches, and a
verdict set between matching and applying is kept (a conflict), never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.desk import merge
from factdesk.desk.service import Desk
from factdesk.export import export_text
from factdesk.settings.config import load_config


def colleague_file(desk: Desk, tmp_path: Path, count: int = 9) -> Path:
    """Their export: verdicts on our first ``count`` claims."""
    lines = [json.loads(line) for line in export_text(desk, "jsonl").text.splitlines()]
    for item in lines[:count]:
        item["verdict"], item["reviewer"] = "corroborated", "bob"
    path = tmp_path / "bob.jsonl"
    path.write_text("\n".join(map(json.dumps, lines)), encoding="utf-8")
    return path


def impatient(desk: Desk, name: str) -> Desk:
    """Another process's desk that gives up on a held lock at once."""
    other = Desk.open(desk.path, config=load_config(reviewer=name))
    other.store.conn.execute("PRAGMA busy_timeout = 20")
    return other


def test_another_writer_is_not_busy_while_a_merge_matches(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = colleague_file(seeded_desk, tmp_path)
    target = seeded_desk.claims()[-1].id
    other = impatient(seeded_desk, "carol")
    match = merge._Matcher.match
    written: list[str] = []

    def matching_while_carol_writes(self, theirs):  # type: ignore[no-untyped-def]
        if not written:
            other.set_verdict(target, "disputed", channel="cli")  # raises if the desk is busy
            written.append("carol")
        return match(self, theirs)

    monkeypatch.setattr(merge._Matcher, "match", matching_while_carol_writes)
    report = merge.merge_file(seeded_desk, path)
    other.close()
    assert written == ["carol"]
    assert seeded_desk.claim(target).verdict == "disputed"
    assert len(report.applied) == 9


def test_each_transaction_applies_a_bounded_chunk(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = colleague_file(seeded_desk, tmp_path)
    monkeypatch.setattr(merge, "CHUNK", 2)
    per_transaction: list[int] = []
    apply = merge._apply

    def counting(desk, claim_id, theirs, how, report, *rest):  # type: ignore[no-untyped-def]
        if not desk.store.conn.in_transaction:
            raise AssertionError("applied outside a transaction")
        per_transaction[-1] += 1
        return apply(desk, claim_id, theirs, how, report, *rest)

    transaction = seeded_desk.store.transaction

    def opening():  # type: ignore[no-untyped-def]
        per_transaction.append(0)
        return transaction()

    monkeypatch.setattr(merge, "_apply", counting)
    monkeypatch.setattr(seeded_desk.store, "transaction", opening)
    merge.merge_file(seeded_desk, path)
    applied = [n for n in per_transaction if n]
    assert sum(applied) == len(seeded_desk.claims()) and max(applied) <= 2


def test_a_verdict_set_between_matching_and_applying_is_kept(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = colleague_file(seeded_desk, tmp_path)
    first = seeded_desk.claims()[0].id
    match_all = merge._match_all

    def then_carol_writes(matcher, theirs_all, report):  # type: ignore[no-untyped-def]
        matches = match_all(matcher, theirs_all, report)
        other = impatient(seeded_desk, "carol")
        other.set_verdict(first, "contradicted", channel="cli")
        other.close()
        return matches

    monkeypatch.setattr(merge, "_match_all", then_carol_writes)
    report = merge.merge_file(seeded_desk, path)
    assert seeded_desk.claim(first).verdict == "contradicted"
    assert [c.claim_id for c in report.conflicts] == [first]
    assert len(report.applied) == 8
