"""Pilot tests of the Elsewhere panel, links, the suggested verdict, names and merge conflicts.

Each test finds its claims by what the desk says about them (matches, suggestions), never by
the seeds' texts or ids, and asserts on the store through the Desk after the key presses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.corroborate.index import Related
from factdesk.corroborate.suggest import Suggestion
from factdesk.desk.merge import merge_file
from factdesk.desk.service import Desk
from factdesk.export import export_file
from factdesk.ui.screens.help import key_rows
from factdesk.ui.screens.names import NamesScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.claim_detail import ClaimDetail
from factdesk.ui.widgets.elsewhere import (
    DEBOUNCE,
    ElsewherePanel,
    MatchList,
    match_prompt,
    more_prompt,
    panel_title,
    weak_prompt,
)
from snapshot_app import build_app, record_notifications
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

SIZE = (160, 48)
SETTLE = DEBOUNCE + 0.1


def claim_with(desk: Desk, test) -> tuple[int, int]:
    """(article id, claim id) of the first claim in queue order that passes ``test``."""
    for summary in desk.articles():
        for claim in desk.claims(summary.id):
            if test(claim.id):
                return summary.id, claim.id
    raise AssertionError("no claim in the seeds passes the test")


async def open_at(pilot, article_id: int, claim_id: int) -> ReviewScreen:
    """Open the review at a claim as the palette's jump does, and let the panel load."""
    pilot.app.open_review(article_id, claim_id)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen) and screen.current_id == claim_id
    await panel_loaded(pilot, screen)
    return screen


async def panel_loaded(pilot, screen: ReviewScreen) -> None:
    """Wait (bounded) for the panel to load: it loads after the frame of the move, so on a
    busy machine that can be after ``SETTLE``."""
    for _ in range(100):
        if panel(screen).claim_id == screen.current_id:
            return
        await pilot.pause(0.05)
    raise AssertionError("the Elsewhere panel never loaded the current claim")


def panel(screen: ReviewScreen) -> ElsewherePanel:
    return screen.query_one(ElsewherePanel)


def several_matches(desk: Desk):
    return lambda claim_id: len(desk.related(claim_id)) >= 2


async def test_panel_shows_opens_links_and_unlinks_a_claims_matches(seeded_desk: Desk) -> None:
    """On one claim with several matches: the panel shows the stored matches, origin and
    suggestion; ] moves to the next match and o opens it (Esc comes back); Tab reaches the
    panel, arrows move its cursor and Enter opens a match, like o; l links, L unlinks and z
    undoes, in the store; Esc then goes to the queue, on this article."""
    article, claim = claim_with(seeded_desk, several_matches(seeded_desk))
    expected = seeded_desk.related(claim)
    first, second = expected[0].other_claim_id, expected[1]
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_at(pilot, article, claim)
        # the panel shows the stored matches, the origin and the suggestion
        shown = panel(screen)
        assert shown.claim_id == claim
        assert [r.other_claim_id for r in shown.related] == [r.other_claim_id for r in expected]
        matches = screen.query_one("#elsewhere-matches", OptionList)
        assert matches.option_count == len(expected)
        prompt = str(matches.get_option_at_index(0).prompt)
        assert expected[0].label in prompt and f"{expected[0].similarity:3.0f}%" in prompt
        suggestion = seeded_desk.suggestion(claim)
        assert str(shown.border_title) == panel_title(suggestion)
        summary = str(screen.query_one("#elsewhere-summary", Static).render())
        assert seeded_desk.origin(claim)[0] in summary
        if suggestion.verdict:
            assert suggestion.verdict in summary and "v" in summary
        # ] selects the next match, o opens it on top, Esc comes back
        await pilot.press("right_square_bracket")
        assert panel(screen).selected.other_claim_id == second.other_claim_id
        await pilot.press("o")
        await pilot.pause()
        other = app.screen
        assert isinstance(other, ReviewScreen) and other is not screen
        assert (other.article_id, other.current_id) == (second.article_id, second.other_claim_id)
        assert f"Esc: back to claim #{claim}" in said[-1]  # the way back, said where it opens
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert (screen.article_id, screen.current_id) == (article, claim)
        # Tab reaches the panel; arrows move its cursor, not the claim's; Enter opens, like o
        for _ in range(6):
            if screen.focused is matches:
                break
            await pilot.press("tab")
        assert screen.focused is matches
        await pilot.press("up")
        assert panel(screen).selected.other_claim_id == first
        await pilot.press("down")
        assert panel(screen).selected.other_claim_id == second.other_claim_id
        assert screen.current_id == claim  # the claim cursor stays put
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.current_id == second.other_claim_id
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # [ back to the first match; l links it, L unlinks, z undoes
        await pilot.press("left_square_bracket")
        assert panel(screen).selected.other_claim_id == first
        await pilot.press("l")
        await pilot.pause()
        assert [c.id for c in seeded_desk.links(claim)] == [first]
        assert seeded_desk.history(claim)[-1].action == "link"
        assert panel(screen).related[0].linked
        assert "linked" in str(matches.get_option_at_index(0).prompt)
        detail = screen.query_one(ClaimDetail).text
        assert f"linked claim {first}" in detail
        await pilot.press("y")  # the fact-check note carries the link, as exports do
        copied = app.clipboard_service.system.copied[-1]
        assert seeded_desk.claim(first).text in copied and f"linked claim {first}" not in copied
        await pilot.press("L")
        await pilot.pause()
        assert seeded_desk.links(claim) == []
        await pilot.press("z")
        await pilot.pause()
        assert [c.id for c in seeded_desk.links(claim)] == [first]
        assert panel(screen).related[0].linked
        # Esc to the queue: it selects this article, not the one o opened on top of it
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.selected_id == article != second.article_id


async def test_held_j_loads_the_panel_once_at_the_end(seeded_desk: Desk, monkeypatch) -> None:
    """Cheap: a burst of moves (a frozen clock: all within DEBOUNCE) costs one lookup at the
    start and one for the claim the cursor stops on, not one per key press."""
    calls: list[int] = []
    elsewhere = seeded_desk.elsewhere

    def counted(cid: int, limit: int | None = None):
        calls.append(cid)
        return elsewhere(cid, limit)

    monkeypatch.setattr(seeded_desk, "elsewhere", counted)
    clock = [1000.0]
    monkeypatch.setattr("factdesk.ui.widgets.elsewhere.monotonic", lambda: clock[0])
    monkeypatch.setattr("factdesk.ui.widgets.elsewhere.DEBOUNCE", 30.0)  # no timer mid-burst
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause(SETTLE)
        screen = app.screen
        calls.clear()
        clock[0] += 100  # long after the last move: the first j loads at once
        await pilot.press(*"jjjjjjjj")
        assert len(calls) == 1, calls  # the first move only; the rest wait for the end
        assert panel(screen).claim_id != screen.current_id
        panel(screen).flush()  # what the trailing timer does
        assert calls[-1] == screen.current_id == panel(screen).claim_id
        assert len(calls) == 2, calls


async def test_match_keys_without_matches_v_accepts_a_suggestion_and_help(
    seeded_desk: Desk,
) -> None:
    """On a claim with no match (so no suggestion either) open, link, unlink, next match and
    accept (v) leave the claim, its links and its history as they were; on a claim with a
    suggestion, v applies it through set_verdict (undoable); help names the new keys."""
    article, bare = claim_with(
        seeded_desk,
        lambda c: not seeded_desk.related(c) and seeded_desk.suggestion(c).verdict is None,
    )
    suggested_article, claim = claim_with(seeded_desk, lambda c: seeded_desk.suggestion(c).verdict)
    suggested = seeded_desk.suggestion(claim).verdict
    from snapshot_app import record_notifications

    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_at(pilot, article, bare)
        # a claim without matches: every match key changes nothing, and says why
        assert not screen.query_one("#elsewhere-matches", OptionList).display
        await pilot.press("o", "l", "L", "right_square_bracket", "left_square_bracket", "v")
        await pilot.pause()
        assert app.screen is screen and screen.current_id == bare
        assert said.count("nothing elsewhere for this claim") == 5
        assert seeded_desk.links(bare) == [] and seeded_desk.history(bare) == []
        assert seeded_desk.claim(bare).verdict is None
        # help and the palette carry the new keys
        rows = {name: (keys, tip) for keys, name, tip in key_rows(app.screen)}
        for name, key in (("Suggested", "v"), ("Open match", "o"), ("Link", "l"),
                          ("Unlink", "L"), ("Next match", "]"), ("Names", "N")):  # fmt: skip
            assert key in rows[name][0].split() and rows[name][1]
        # v accepts the suggestion through set_verdict; z takes it back
        await open_at(pilot, suggested_article, claim)
        assert seeded_desk.claim(claim).verdict is None  # shown, never applied on its own
        await pilot.press("v")
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict == suggested
        assert seeded_desk.history(claim)[-1].after.verdict == suggested
        await pilot.press("z")
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict is None


async def test_f_cycles_to_merge_conflicts_then_N_merges_and_splits_names(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """f f shows the merge conflicts with ours and theirs, a verdict settles one; then N lists
    the article's names, and merges and splits two by hand, in the store."""
    article = seeded_desk.articles()[0].id
    claim = seeded_desk.claims(article)[2].id
    seeded_desk.set_verdict(claim, "contradicted")
    colleague = export_file(seeded_desk, "jsonl", tmp_path / "colleague.jsonl").path
    seeded_desk.set_verdict(claim, "corroborated")
    report = merge_file(seeded_desk, colleague)
    assert [c.claim_id for c in report.conflicts] == [claim]
    groups = seeded_desk.names(article)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert screen.article_id == article
        # f cycles to the merge conflicts: ours and theirs; a verdict settles it
        await pilot.press("f", "f")
        assert screen.list_mode == "merge-conflict"
        assert [c.id for c in screen.shown] == [claim]
        assert screen.current_id == claim
        detail = screen.query_one(ClaimDetail).text
        assert "merge conflict" in detail and "corroborated" in detail
        assert "contradicted" in detail  # theirs beside ours
        await pilot.press("3")  # a verdict settles the conflict
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict == "contradicted"
        assert seeded_desk.claims(verdict="merge-conflict") == []
        assert screen.list_mode == "all"  # nothing left to show under the filter
        await pilot.press("f", "f")  # no conflicts here now: the cycle skips that step
        assert screen.list_mode == "all"
        # N lists the names; merge two by hand, then split them again
        await pilot.press("N")
        await pilot.pause()
        names = app.screen
        assert isinstance(names, NamesScreen)
        table = names.query_one(DataTable)
        assert table.row_count == len(groups)
        single = next(i for i, g in enumerate(groups) if g.single_source)
        assert "1 only" in str(table.get_row_at(single)[4])
        # the last two names: mark one, move to the other, merge, confirm
        last, before = groups[-1], groups[-2]
        table.move_cursor(row=len(groups) - 2)
        await pilot.press("space", "j", "m", "y")
        await pilot.pause()
        merged = {g.key: g for g in seeded_desk.names(article)}
        group = next(g for g in merged.values() if before.name in g.variants)
        assert last.name in group.variants
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")  # split off the first spelling listed
        await pilot.pause()
        after = seeded_desk.names(article)
        assert not any(before.name in g.variants and last.name in g.variants for g in after)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


def test_match_text_is_data_not_markup() -> None:
    hostile = Related(
        1, 2, 3, "[bold]Title[/bold]\x1b[31m", "[link=x]Outlet[/link]", "a [b]claim[/b]\x07",
        "same", 80.0, "why", "[i]TASS[/i]", "k",
    )  # fmt: skip
    plain = match_prompt(hostile).plain
    assert "[bold]Title[/bold]" in plain and "[link=x]Outlet[/link]" in plain
    assert "[i]TASS[/i]" in plain and "a [b]claim[/b]" in plain
    assert "\x1b" not in plain and "\x07" not in plain


async def test_at_80x24_the_one_line_head_shows_the_suggestion_v_applies(
    seeded_desk: Desk,
) -> None:
    """Under 100 columns the panel's head has one line: it must be the suggestion ``v``
    applies (it was the origin, so ``v`` wrote a verdict nobody could see); ``v``'s toast
    names it as the suggestion, with its reason."""
    from snapshot_app import record_notifications

    article, claim = claim_with(seeded_desk, lambda c: seeded_desk.suggestion(c).verdict)
    suggestion = seeded_desk.suggestion(claim)
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, article, claim)
        head = screen.query_one("#elsewhere-summary", Static)
        assert head.size.height == 1  # what the reviewer sees is the first line only
        first = str(head.content).splitlines()[0]
        assert first.startswith("suggests") and str(suggestion.verdict) in first
        # the tally is in sight too, before the reason that the line cuts (ui14 finding 14)
        visible = first[: head.size.width - 1]
        tally = seeded_desk.elsewhere(claim).tally
        assert tally and all(f"{n} {label}" in visible for label, n in tally.items() if n)
        await pilot.press("v")
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict == suggestion.verdict
        assert any(f"suggested: {suggestion.reason}" in message for message in said)


async def test_a_conflicting_claim_linked_as_evidence_is_reported_as_one(
    seeded_desk: Desk,
) -> None:
    """``l`` on a conflicting match links it as evidence; the Markdown report names it "a
    conflicting claim", never "the same claim" (every linked claim was, so a denial linked
    against a claim was published as the same claim)."""
    from factdesk.export import ExportScope, export_text

    def conflicting(claim_id: int) -> bool:
        return any(m.label == "conflicts" for m in seeded_desk.related(claim_id))

    article, claim = claim_with(seeded_desk, conflicting)
    matches = seeded_desk.related(claim)
    target = next(i for i, m in enumerate(matches) if m.label == "conflicts")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_at(pilot, article, claim)
        await pilot.press(*["right_square_bracket"] * target)
        assert panel(screen).selected.other_claim_id == matches[target].other_claim_id
        await pilot.press("l")
        await pilot.pause()
    assert [c.id for c in seeded_desk.links(claim)] == [matches[target].other_claim_id]
    seeded_desk.set_verdict(claim, "disputed")  # the report lists reviewed claims
    report = export_text(seeded_desk, "markdown", ExportScope(article_ids=(article,))).text
    line = next(x for x in report.splitlines() if matches[target].article_title[:30] in x)
    assert line.strip().startswith("- a conflicting claim in *"), line


async def test_the_panel_title_fits_at_120_columns_and_is_not_said_twice(
    seeded_desk: Desk,
) -> None:
    """At 120 columns the title was cut ("… 1 independent o…") and the no-suggestion line
    repeated its count, then lost its reason to the head's last line."""
    article_id, claim_id = claim_with(
        seeded_desk, lambda i: seeded_desk.elsewhere(i, 1).suggestion.verdict is None
    )
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_at(pilot, article_id, claim_id)
        shown = panel(screen)
        title = str(shown.border_title)
        assert title.startswith("Elsewhere · ")
        assert "other article" in title or title.endswith("repeated nowhere else")
        assert len(title) <= shown.region.width - 6, (title, shown.region.width)  # ╭─ … ─╮
        head = str(screen.query_one("#elsewhere-summary", Static).render())
        reason = seeded_desk.suggestion(claim_id).reason
        assert f"no suggestion: {reason}" in head and "1 article," not in head


def test_the_panel_title_counts_only_what_other_articles_add() -> None:
    """The suggestion counts the claim's own article and origin; the title said "1 article,
    1 origin" beside "no other article carries this claim", read as one other article."""
    assert panel_title(Suggestion(None, "x", 1, 1)) == "Elsewhere · repeated nowhere else"
    assert panel_title(None) == "Elsewhere · repeated nowhere else"
    assert panel_title(Suggestion(None, "x", 2, 1)) == "Elsewhere · 1 other article, same origin"
    assert panel_title(Suggestion(None, "x", 5, 1)) == "Elsewhere · 4 other articles, same origin"
    assert panel_title(Suggestion(None, "x", 3, 2)) == "Elsewhere · 2 other articles, +1 origin"
    assert panel_title(Suggestion(None, "x", 4, 4)) == "Elsewhere · 3 other articles, +3 origins"


async def test_a_claim_no_other_article_carries_says_so_in_title_and_head(
    seeded_desk: Desk,
) -> None:
    """Title and head agree: neither counts the claim's own article as one elsewhere. A
    claim other articles contradict but none repeats: the title said "in no other article"
    over the conflicts listed from other articles; it says what is not elsewhere."""

    def conflicted_alone(claim_id: int) -> bool:
        view = seeded_desk.elsewhere(claim_id, 1)
        return view.suggestion.articles == 1 and view.tally.get("conflicts", 0) > 0

    article_id, claim_id = claim_with(seeded_desk, conflicted_alone)
    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_at(pilot, article_id, claim_id)
        title = str(panel(screen).border_title)
        assert title == "Elsewhere · repeated nowhere else"
        assert "1 article" not in title
        head = str(screen.query_one("#elsewhere-summary", Static).render())
        assert "conflicts" in head


async def test_a_disputed_claims_reason_is_one_plain_sentence_in_the_panel_and_the_cli(
    seeded_desk: Desk, capsys
) -> None:
    """Issue 13: the panel's suggestion read "in 1 article, 1 independent origin: two parties
    disagree: 5 other origins against …". It is one sentence, who says it and who says
    otherwise, and the CLI's ``related`` prints the very same words."""
    from factdesk.cli.entry import main

    article_id, claim_id = claim_with(
        seeded_desk, lambda i: seeded_desk.suggestion(i).verdict == "disputed"
    )
    reason = seeded_desk.suggestion(claim_id).reason
    assert " says this" in reason and " say otherwise: " in reason, reason
    app = build_app(seeded_desk)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_at(pilot, article_id, claim_id)
        head = " ".join(str(screen.query_one("#elsewhere-summary", Static).render()).split())
        assert f"v {reason}" in head, head
        assert "independent origin:" not in head and "against" not in head
    assert main(["--db", str(seeded_desk.path), "related", str(claim_id)]) == 0
    assert f"suggested: disputed ({reason})" in capsys.readouterr().out


async def test_the_panel_gives_its_empty_rows_to_the_claims_in_an_article_matched_nowhere(
    seeded_desk: Desk, tmp_path
) -> None:
    """At 160×48 the panel was 13 rows, 8 of them empty, beside seven claims cut at ~55
    characters (polish35, in tmux). The article's lines stop at 80 cells and the side has the
    rest; in an article none of whose claims another article says or contradicts, the panel
    is its head and one match row, and the claims list has the rows it gave up: set per
    article, so moving from claim to claim never resizes it. Invented article."""
    story = tmp_path / "orchard.txt"
    story.write_text(
        "Orchard growers in Velmarsh count frost losses\n\n"
        + "".join(
            f"Grower {name} said the frost on {day} May had cost him {n} per cent of his "
            f"{fruit} blossom.\n\n"
            for name, day, n, fruit in (
                ("Ilan Corvey", 3, 40, "apple"), ("Berit Salko", 4, 25, "pear"),
                ("Tomas Wendt", 5, 60, "plum"), ("Ona Pirelle", 6, 15, "cherry"),
                ("Dag Hollis", 7, 30, "quince"), ("Mira Castell", 8, 45, "apricot"),
                ("Arno Veldt", 9, 20, "apple"), ("Lise Barrow", 10, 35, "pear"),
                ("Joss Emery", 11, 50, "plum"), ("Kai Dunmore", 12, 10, "cherry"),
                ("Rhea Lanford", 13, 55, "quince"), ("Oren Falk", 14, 65, "apricot"),
            )
        ),
        encoding="utf-8",
    )  # fmt: skip
    seeded_desk.import_paths([story])
    quiet = next(a for a in seeded_desk.articles() if a.title.startswith("Orchard growers"))
    assert not seeded_desk.matched_counts().get(quiet.id)
    matched = next(a.id for a in seeded_desk.articles() if seeded_desk.matched_counts().get(a.id))
    app = build_app(seeded_desk)
    async with app.run_test(size=(160, 48)) as pilot:
        first = seeded_desk.claims(quiet.id)[0].id
        screen = await open_at(pilot, quiet.id, first)
        panel, claims = screen.query_one("#elsewhere"), screen.query_one("#claims")
        assert screen.query_one("#article").outer_size.width == 80
        assert claims.outer_size.width == 80  # was 64: each claim cut at ~55 characters
        assert screen.query_one("#side").has_class("-quiet")
        assert panel.outer_size.height == 7  # was 13
        assert claims.outer_size.height >= 19  # was 16: nine claims in view, not seven
        await pilot.press("j", "j")
        await panel_loaded(pilot, screen)
        assert panel.outer_size.height == 7
        screen.go_to_article(matched)
        await pilot.pause()
        await panel_loaded(pilot, screen)
        assert not screen.query_one("#side").has_class("-quiet")
        assert panel.outer_size.height == 13


async def test_the_way_back_is_said_once_the_opened_article_is_loaded(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """desk36: o said "claim #N in its article · Esc: back to claim #M" before the other
    article was loaded; its 2.5 s ran out while a long one loaded (a 4,862-claim article in
    tmux), and at 80 columns the footer has no room for "esc Back": the way back was named
    nowhere. It is said once the opened article is on screen."""
    article, claim = claim_with(seeded_desk, several_matches(seeded_desk))
    events: list[str] = []
    load = ReviewScreen.load_article

    def loading(self: ReviewScreen, article_id: int, claim_id: int | None = None) -> None:
        load(self, article_id, claim_id)
        events.append(f"loaded {article_id}")

    monkeypatch.setattr(ReviewScreen, "load_article", loading)
    app = build_app(seeded_desk)
    said = record_notifications(app)
    notify = app.notify

    def noting(message: str, *args: object, **kwargs: object) -> None:
        events.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = noting
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, article, claim)
        match = panel(screen).selected
        assert match is not None
        events.clear()
        await pilot.press("o")
        await pilot.pause()
        assert app.screen is not screen and app.screen.article_id == match.article_id
        back = [i for i, e in enumerate(events) if f"Esc: back to claim #{claim}" in e]
        assert back and events.index(f"loaded {match.article_id}") < back[0], events
        assert f"Esc: back to claim #{claim}" in said[-1]


async def test_a_move_lays_the_screen_out_only_when_the_panel_asks_for_other_rows(
    seeded_desk: Desk,
) -> None:
    """issue 15 (speed39): loading the panel asked for a layout on every move (the head's
    ``Static.update``, the list's ``set_options``), which reflows and repaints the whole
    review screen. Now only when the head's or the list's rows change: through every claim
    of an article, a move that leaves the panel's sizes as they were lays nothing out, and
    after each move the panel is as a full layout of the screen draws it (the same sizes
    after one is forced)."""
    article, claim = claim_with(seeded_desk, several_matches(seeded_desk))
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        assert seeded_desk.store.on_event_loop()  # (no rejudge here: test_corroborate)
        screen = await open_at(pilot, article, claim)
        layouts = [0]
        laid_out = screen._refresh_layout

        def counted(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            layouts[0] += 1
            laid_out(*args, **kwargs)

        screen._refresh_layout = counted  # type: ignore[method-assign]
        head = screen.query_one("#elsewhere-summary", Static)
        matches = screen.query_one("#elsewhere-matches", OptionList)
        drawn = (head.size, matches.size, matches.display)
        kept = 0
        for _ in range(len(screen.shown) - 1):
            layouts[0] = 0
            await pilot.press("j")
            await panel_loaded(pilot, screen)
            await pilot.pause()
            before, drawn = drawn, (head.size, matches.size, matches.display)
            if drawn == before:
                kept += 1
                assert layouts[0] == 0, "the panel kept its rows, yet the screen was laid out"
            screen.refresh(layout=True)
            await pilot.pause()
            assert (head.size, matches.size, matches.display) == drawn
        assert kept >= 2
    assert not seeded_desk.store.on_event_loop()


def test_the_match_list_counts_each_match_as_the_two_rows_it_takes() -> None:
    """review39: the list lays the screen out only when the rows it asks for change
    (``MatchList.set_rows``, speed39); a match is two rows (``match_prompt``), the weak and
    more lines one, so two options ask for three rows or four. Counted as options, [match,
    weak] after [match, match] kept the list four rows high for three: a blank row."""
    related = Related(1, 2, 3, "Title", "Outlet", "a claim", "same", 80.0, "why", "TASS", "k")
    match, weak, more = (Option(p) for p in (match_prompt(related), weak_prompt(3), more_prompt(9)))
    rows = MatchList().rows_asked
    assert rows([match, weak]) == rows([match, more]) == 3
    assert rows([match, match]) == 4 and rows([weak]) == 1
