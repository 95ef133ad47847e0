"""The Elsewhere panel loads the top matches, not every match a claim ever got.

A claim is given 100 stored matches (more than the seeds hold, so one seed article is copied
as a sixth); the desk and the panel must decode at most ``ELSEWHERE_CAP`` of them, with every
match counted in the head and "N more" loading the rest on request. Work is counted (rows
decoded, statements run), never timed.
"""

from __future__ import annotations

import sqlite3

import pytest
from factdesk.corroborate import index as crossref
from factdesk.desk.elsewhere import ELSEWHERE_CAP
from factdesk.desk.service import Desk
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.elsewhere import MORE_ID, WEAK_ID, ElsewherePanel, fitted_head, listed
from snapshot_app import build_app
from textual.content import Content
from textual.widgets import OptionList, Static

COLUMNS = "(claim_id, other_claim_id, label, similarity, reason)"
"""claim_matches' columns a test writes (the checksum left out: not checked then)."""

MATCHES = 100
LABELS = ("same",) * 10 + ("conflicts",) * 10 + ("related",) * 80


def copy_article(conn: sqlite3.Connection, article_id: int) -> None:
    """A copy of an article and its claims under new ids (a sixth article for the desk)."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)") if row[1] != "id"]
    names = ", ".join(f'"{c}"' for c in columns)
    new_id = conn.execute(
        f"INSERT INTO articles ({names}) SELECT {names} FROM articles WHERE id = ?", [article_id]
    ).lastrowid
    claim_columns = [
        row[1] for row in conn.execute("PRAGMA table_info(claims)") if row[1] not in ("id",)
    ]
    picked = ", ".join("?" if c == "article_id" else f'"{c}"' for c in claim_columns)
    names = ", ".join(f'"{c}"' for c in claim_columns)
    conn.execute(
        f"INSERT INTO claims ({names}) SELECT {picked} FROM claims WHERE article_id = ?",
        [new_id, article_id],
    )


@pytest.fixture
def crowded(seeded_desk: Desk) -> tuple[Desk, int, int, list[int]]:
    """(desk, article id, claim id, the ids of its 100 matches in the panel's order)."""
    desk = seeded_desk
    articles = [a.id for a in desk.articles()]
    with desk.store.transaction() as conn:
        copy_article(conn, articles[-1])
    first = articles[0]
    claim = desk.claims(first)[0].id
    others = [
        row[0]
        for row in desk.store.conn.execute(
            "SELECT id FROM claims WHERE article_id != ? ORDER BY id", [first]
        )
    ][:MATCHES]
    assert len(others) == MATCHES
    rows = [
        (claim, other, LABELS[n], 99.0 - n * 0.5, "test match") for n, other in enumerate(others)
    ]
    with desk.store.transaction() as conn:
        conn.execute("DELETE FROM claim_matches WHERE ? IN (claim_id, other_claim_id)", [claim])
        conn.executemany(f"INSERT INTO claim_matches {COLUMNS} VALUES (?, ?, ?, ?, ?)", rows)
    return desk, first, claim, others


class Counter:
    """Rows decoded into ``Related`` (with text and time) and statements run meanwhile."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, desk: Desk) -> None:
        self.rows = 0
        self.statements: list[str] = []
        decode = crossref._related

        def counted(row: tuple) -> crossref.Related:
            self.rows += 1
            return decode(row)

        monkeypatch.setattr(crossref, "_related", counted)
        desk.store.conn.set_trace_callback(self.statements.append)

    def reset(self) -> None:
        self.rows, self.statements[:] = 0, []


def test_the_desk_loads_the_top_matches_and_counts_them_all(crowded, monkeypatch) -> None:
    desk, _, claim, others = crowded
    counter = Counter(monkeypatch, desk)
    view = desk.elsewhere(claim)
    assert counter.rows == len(view.matches) == ELSEWHERE_CAP
    assert [r.other_claim_id for r in view.matches] == others[:ELSEWHERE_CAP]
    assert view.tally == {"same": 10, "conflicts": 10, "related": 80}
    assert view.total == MATCHES and view.more == MATCHES - ELSEWHERE_CAP
    detailed = [s for s in counter.statements if "ci.facts" in s]
    assert len(detailed) == 1, "each match is looked up once"
    assert len(counter.statements) < 30
    assert view.suggestion == desk.suggestion(claim)
    counter.reset()
    assert len(desk.elsewhere(claim, None).matches) == MATCHES
    assert counter.rows == MATCHES


async def test_the_panel_shows_the_cap_then_all_on_request(crowded, monkeypatch) -> None:
    desk, article, claim, others = crowded
    counter = Counter(monkeypatch, desk)
    app = build_app(desk)
    async with app.run_test(size=(160, 48)) as pilot:
        app.open_review(article, claim)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.current_id == claim
        panel = screen.query_one(ElsewherePanel)
        for _ in range(100):  # it loads after the move's frame: later on a busy machine
            if panel.claim_id == claim:
                break
            await pilot.pause(0.05)
        matches = screen.query_one("#elsewhere-matches", OptionList)
        assert panel.claim_id == claim
        assert counter.rows <= ELSEWHERE_CAP
        assert [r.other_claim_id for r in panel.related] == others[:ELSEWHERE_CAP]
        assert matches.option_count == ELSEWHERE_CAP + 1
        more = matches.get_option_at_index(ELSEWHERE_CAP)
        assert more.id == MORE_ID and f"{MATCHES - ELSEWHERE_CAP} more" in str(more.prompt)
        summary = str(screen.query_one("#elsewhere-summary", Static).render())
        assert "=10 same" in summary and "≠10 conflicts" in summary and "~80 related" in summary
        matches.focus()
        matches.highlighted = ELSEWHERE_CAP
        await pilot.press("enter")
        await pilot.pause()
        assert [r.other_claim_id for r in panel.related] == others
        assert matches.option_count == MATCHES

        # related matches with little wording in common fold into one line until asked for
        with desk.store.transaction() as conn:
            conn.execute("DELETE FROM claim_matches WHERE claim_id = ? AND label != 'related'",
                         [claim])  # fmt: skip
            conn.execute("UPDATE claim_matches SET similarity = 5.0 WHERE claim_id = ?"
                         " AND similarity < 85", [claim])  # fmt: skip
        panel.cap = ELSEWHERE_CAP
        panel.show_for(claim)
        panel.flush()
        assert [r.other_claim_id for r in panel.related] == others[20:29]
        assert matches.option_count == 9 + 2
        line = matches.get_option_at_index(9)
        assert line.id == WEAK_ID and "11 weakly related" in str(line.prompt)
        assert matches.get_option_at_index(10).id == MORE_ID
        matches.highlighted = 9
        await pilot.press("enter")
        await pilot.pause()
        assert [r.other_claim_id for r in panel.related] == others[20:]


def test_weakly_related_matches_fold_unless_linked() -> None:
    """A ``related`` match under the floor folds away; a linked one, or any same/conflicts
    match however little wording it shares, stays in the list."""

    def match(n: int, label: str, similarity: float, linked: bool = False) -> crossref.Related:
        return crossref.Related(1, n, 2, "Title", None, "text", label, similarity, "", "", "",
                                linked)  # fmt: skip

    matches = [match(2, "same", 3.0), match(3, "conflicts", 0.0), match(4, "related", 40.0),
               match(5, "related", 0.0), match(6, "related", 9.9, linked=True),
               match(7, "related", 9.9)]  # fmt: skip
    shown, weak = listed(matches, fold=True)
    assert [m.other_claim_id for m in shown] == [2, 3, 4, 6] and weak == 2
    assert listed(matches, fold=False) == (matches, 0)


def test_a_head_too_long_for_its_rows_says_how_many_more() -> None:
    """desk37: the Elsewhere head (3 rows, 5 on a wide and tall screen) cut a long reason
    mid-word with nothing to say so; it ends on "… +N lines" at a word's end, as the
    match list ends on "… N more matches", and is left whole when it fits or before layout."""
    head = Content(
        "origin Tova Brisk · time unknown  =3 same  ≠6 conflicts\nsuggests ~ disputed v 1 "
        "origin says this in 4 articles; 5 other origins say otherwise: Ilse Marr, Orla Penn"
    )
    assert fitted_head(head, 44, 8) is head and fitted_head(head, 0, 3) is head
    rows = fitted_head(head, 44, 3).plain.split("\n")
    assert len(rows) == 3 and all(len(row) <= 44 for row in rows), rows
    whole = len(head.wrap(44))
    mark = f" … +{whole - 3} lines"
    assert rows[-1].startswith("suggests") and rows[-1].endswith(mark), rows
    assert rows[-1].removesuffix(mark).endswith("v 1 origin"), rows  # (at a word's end)
