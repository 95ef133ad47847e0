"""Hidden claims and claims waiting for re-review after a re-import: listed, restored,
settled, undone; in the Desk and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS
from factdesk.cli.entry import main
from factdesk.desk.service import Desk, DeskError
from factdesk.settings.config import load_config


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def reimported(desk: Desk, tmp_path: Path) -> tuple[Desk, int]:
    """One seed imported, a reviewed claim changed in the file so that no new claim is the
    same one (a number differs), and the file imported again: that review is left behind."""
    path = tmp_path / "article.txt"
    path.write_text(next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    desk.import_paths([path])
    claim = next(c for c in desk.claims() if any(ch.isdigit() for ch in c.text))
    desk.set_verdict(claim.id, "corroborated")
    desk.set_note(claim.id, "matches the ministry map")
    digit = next(ch for ch in claim.text if ch.isdigit())
    changed = claim.text.replace(digit, str((int(digit) + 1) % 10), 1)
    path.write_text(path.read_text(encoding="utf-8").replace(claim.text, changed), "utf-8")
    assert desk.import_paths([path]).outcomes[0].rereview == [claim.id]
    return desk, claim.id


def test_a_lost_review_is_listed_with_its_old_verdict_and_note(reimported) -> None:
    desk, old_id = reimported
    waiting = desk.needs_review()
    assert [c.id for c in waiting] == [old_id]
    assert (waiting[0].verdict, waiting[0].note) == ("corroborated", "matches the ministry map")
    assert waiting[0].version == 1 and desk.article(waiting[0].article_id).version == 2
    assert [c.id for c in desk.claims(verdict="needs-review")] == [old_id]
    assert desk.needs_review(waiting[0].article_id) == waiting
    assert old_id not in {c.id for c in desk.claims()}  # never mixed with the current claims


def test_the_queue_row_counts_the_reviews_waiting_for_re_review(reimported) -> None:
    """After a re-import moved a verdict to needs re-review, the queue row read "0/10 ·10"
    and the desk line "3/191 claims reviewed": nothing said a review waited there (found
    using the app, ui15). The summary counts it, the Verdicts cell shows "↻1", an article
    with one waiting is not done, and settling it clears the count."""
    from factdesk.ui.screens.queue import row_cells

    desk, old_id = reimported
    (summary,) = desk.articles()
    assert summary.rereview == 1 and desk.article_summary(summary.id).rereview == 1
    assert row_cells(summary)[-1].plain.endswith("↻1")
    desk.settle_review(old_id)
    (summary,) = desk.articles()
    assert summary.rereview == 0 and "↻" not in row_cells(summary)[-1].plain


async def test_finishing_an_article_offers_one_whose_review_waits(
    reimported, tmp_path: Path
) -> None:
    """The last verdict of an article offers the next article with work: one whose claims all
    have verdicts but whose old review a re-import handed back is such work (the queue shows
    it unfinished, "↻1"), and was passed over ("every claim on the desk has a verdict")."""
    from factdesk.ui.screens.confirm import ConfirmScreen
    from snapshot_app import build_app

    desk, _ = reimported
    (waiting,) = desk.articles()
    for claim in desk.claims(article_id=waiting.id):
        desk.set_verdict(claim.id, "unverifiable")
    other = tmp_path / "other.txt"
    other.write_text(
        "Council approves budget\n\nThe council approved a budget of 12 million euros on "
        "Monday, the mayor said.\n",
        encoding="utf-8",
    )
    desk.import_paths([other])
    fresh = next(a for a in desk.articles() if a.id != waiting.id)
    assert desk.article_summary(waiting.id).unreviewed == 0 and fresh.unreviewed
    app = build_app(desk)
    async with app.run_test(size=(120, 36)) as pilot:
        app.open_review(fresh.id)
        await pilot.pause()
        for _ in range(fresh.unreviewed):
            await pilot.press("1")
            await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "no next article was offered"
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.article_id == waiting.id


def test_settling_takes_it_off_the_list_and_undo_brings_it_back(reimported) -> None:
    desk, old_id = reimported
    change = desk.settle_review(old_id)
    assert change is not None and change.after.hidden
    assert desk.needs_review() == []
    assert desk.history(old_id)[-1].after.hidden
    desk.undo()
    assert [c.id for c in desk.needs_review()] == [old_id]
    current = desk.claims()[0]
    with pytest.raises(DeskError, match="not waiting for re-review"):
        desk.settle_review(current.id)


def test_the_cli_lists_needs_review_with_the_old_verdict(reimported, capsys) -> None:
    desk, old_id = reimported
    code, out, _ = run(capsys, "--db", str(desk.path), "claims", "--verdict", "needs-review")
    assert code == 0
    row = next(line for line in out.splitlines() if line.split()[0] == str(old_id))
    assert "corroborated" in row and "matches the ministry map" in row
    code, out, _ = run(
        capsys, "--db", str(desk.path), "claims", "--verdict", "needs-review", "--format", "json"
    )
    [listed] = json.loads(out)
    assert (listed["id"], listed["verdict"], listed["version"]) == (old_id, "corroborated", 1)


def test_a_desk_reimported_before_the_list_existed_gets_it(reimported) -> None:
    desk, old_id = reimported
    path = desk.path
    with desk.store.transaction() as conn:
        conn.execute("DROP TABLE rereview")
        conn.execute("PRAGMA user_version = 14")
    desk.close()
    reopened = Desk.open(path, config=load_config())
    try:
        assert [c.id for c in reopened.needs_review()] == [old_id]
    finally:
        reopened.close()


def test_hidden_claims_are_listed_and_restored(seeded_desk: Desk, capsys) -> None:
    claim = seeded_desk.claims()[3]
    seeded_desk.hide_claim(claim.id)
    assert [c.id for c in seeded_desk.claims(only_hidden=True)] == [claim.id]
    assert seeded_desk.claims(claim.article_id, only_hidden=True)[0].hidden
    code, out, _ = run(
        capsys, "--db", str(seeded_desk.path), "claims", "--hidden", "--format", "json"
    )
    assert code == 0 and [c["id"] for c in json.loads(out)] == [claim.id]
    change = seeded_desk.restore_claim(claim.id)
    assert change is not None and change.describe().startswith("shown")
    assert seeded_desk.claims(only_hidden=True) == []
    seeded_desk.undo()
    assert [c.id for c in seeded_desk.claims(only_hidden=True)] == [claim.id]
