"""Finding things in the app, driven with Pilot: Ctrl+F across word forms and name spellings,
the palette's whole-desk "go:", hidden and needs-review claims, and ``i`` on the queue."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.screens.search import KEYS, RESULTS, SearchScreen, status_line
from snapshot_app import build_app, settle
from test_review_lists import reimported  # noqa: F401 (a fixture)
from textual.widgets import Label, OptionList

SIZE = (120, 40)


def _listed(app) -> list[int]:
    results = app.screen.query_one("#search-results", OptionList)
    return [int(results.get_option_at_index(i).id) for i in range(results.option_count)]


def _status(app) -> str:
    return str(app.screen.query_one("#search-status", Label).render())


def test_the_search_line_says_what_the_words_found() -> None:
    """Nothing typed: the keys; nothing found, some, or more than the list holds."""
    assert status_line(" ", 0) == KEYS
    assert status_line("zzqx", 0).startswith("no claim on the desk holds these words")
    assert status_line("tax", 1) == f"1 claim · {KEYS}"
    assert status_line("tax", RESULTS).startswith(f"{RESULTS} claims · ")
    assert status_line("tax", RESULTS + 1).startswith(f"the best {RESULTS} shown, more match")


# -- the palette ----------------------------------------------------------------------------


async def _go(screen, typed: str) -> list:
    from factdesk.ui.palette import GoProvider

    hits = [hit async for hit in GoProvider(screen).search(typed)]
    return sorted(hits, key=lambda hit: -hit.score)


def _surname_group(desk: Desk):
    """A person's name group the desk spells both in full and by surname alone."""
    for group in desk.names():
        full = [v for v in group.variants if " " in v]
        if group.kind == "person" and full and any(" " not in v for v in group.variants):
            return group
    raise AssertionError("the seeds name a person in full and by surname")


# -- hidden and needs-review lists ----------------------------------------------------------


async def _cycle_to(pilot, screen: ReviewScreen, mode: str) -> None:
    for _ in range(6):
        if screen.list_mode == mode:
            return
        await pilot.press("f")
        await pilot.pause()
    raise AssertionError(f"f never reached the {mode} list")


async def test_needs_review_is_a_list_with_the_old_verdict(reimported) -> None:  # noqa: F811
    from factdesk.ui.widgets.article_view import ArticleView
    from factdesk.ui.widgets.claim_detail import ClaimDetail
    from snapshot_app import record_notifications

    desk, old_id = reimported
    app = build_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notifications(app)
        # The desk line says it before what 80 columns cut (it came last, and was cut)
        line = str(app.screen.query_one("#desk-progress").render())
        assert line.index("↻1 to re-review") < line.index("articles done"), line
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert any("re-import" in message for message in said)
        await _cycle_to(pilot, screen, "needs-review")
        assert [c.id for c in screen.shown] == [old_id]
        # The pane marks the old claim where its words stand in the new text (one digit
        # changed), not the claim that was current before f, nor nothing at all.
        view = screen.query_one(ArticleView)
        old = desk.claim(old_id)
        span = view.current_span()
        assert span is not None and view.current_id == screen.current_id == old_id
        marked = desk.article(old.article_id).body[span[0] : span[1]]
        assert len(marked) == len(old.text) and marked != old.text
        assert sum(a != b for a, b in zip(marked, old.text, strict=True)) == 1
        detail = screen.query_one(ClaimDetail).text
        assert "closest passage is marked" in detail
        assert "Needs re-review" in detail and "matches the ministry map" in detail
        assert screen.query_one(ClaimDetail).claim.verdict == "corroborated"
        history = len(desk.history(old_id))
        await pilot.press("2")  # verdict keys do not apply to the old version's claim
        await pilot.pause()
        assert len(desk.history(old_id)) == history
        await pilot.press("D")
        await pilot.pause()
        assert desk.needs_review() == [] and screen.list_mode == "all"
        await pilot.press("z")
        await pilot.pause()
        assert [c.id for c in desk.needs_review()] == [old_id]


# -- i: import a folder in the background ---------------------------------------------------


def _article(title: str, place: str) -> str:
    return (
        f"{title}\n\nBy A. Writer, Test Wire, 3 March 2024\n\n"
        f"The mayor of {place} said on Monday that 40 families had been moved from the river "
        "bank. Officials denied that the bridge had been closed.\n"
    )


async def test_i_imports_a_folder_in_the_background(
    seeded_desk: Desk, tmp_path, monkeypatch
) -> None:
    from factdesk.ui.screens.import_folder import ImportScreen
    from factdesk.ui.screens.queue import QueueScreen
    from factdesk.ui.widgets.task_line import TaskLine
    from snapshot_app import record_notifications
    from textual.widgets import Input

    lines: list[str] = []  # the progress line's detail, as each file begins and is through
    shown = TaskLine.show_progress
    monkeypatch.setattr(
        TaskLine,
        "show_progress",
        lambda self, *a, **k: lines.append(a[-1]) or shown(self, *a, **k),
    )
    closing: list[str] = []  # the line's closing words (a key typed later hides them)
    finish = TaskLine.finish
    monkeypatch.setattr(
        TaskLine, "finish", lambda self, *a: closing.append(str(a[0])) or finish(self, *a)
    )

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "one.txt").write_text(_article("Flood in Zarechny", "Zarechny"), "utf-8")
    (folder / "two.md").write_text(_article("Bridge at Ostrovets", "Ostrovets"), "utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)  # binary, not text
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")  # a type the import does not read
    (folder / "three.md").write_text(  # front matter that is not YAML: kept in the text
        "---\ntitle: [Dam at Kovel\n---\n" + _article("Dam at Kovel", "Kovel"), "utf-8"
    )
    before = seeded_desk.article_count()
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notifications(app)
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(folder)
        await pilot.press("enter")
        await pilot.press("s")  # the queue answers while the import runs
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen) and app.sort == "check-worthy"
        await app.workers.wait_for_complete()
        for _ in range(50):
            await pilot.pause(0.05)
            if closing:
                break
        assert seeded_desk.article_count() == before + 3
        titles = {a.title for a in seeded_desk.articles()}
        assert {"Flood in Zarechny", "Bridge at Ostrovets"} <= titles
        assert len(app.screen.rows) == before + 3  # the queue shows them
        failed = [m for m in said if "broken.txt" in m]
        assert len(failed) == 1 and "\n" not in failed[0]
        # the summary is the queue's import line's, not a toast over the desk line too
        assert len(closing) == 1 and closing[0].startswith("import: 3 imported")
        assert not [m for m in said if m.startswith("import:")]
        # what `factdesk import` prints beside a file it read or left, the app says too (it
        # said only the failures: the PDF and the unread front matter went unmentioned)
        assert [m for m in said if "of unknown type left out (.pdf)" in m] == [
            f"{folder}: 1 file of unknown type left out (.pdf)"
        ]
        assert any(m.startswith(f"{folder / 'three.md'}: front matter not read") for m in said)
        # each file is named as it begins ("now …") and once it is through ("… done"),
        # never bare, which read as the file being read after it was done
        assert [n for n in lines if "one.txt" in n or "two.md" in n] == [
            "now one.txt", "one.txt done", "now two.md", "two.md done",
        ]  # fmt: skip


async def test_a_long_file_s_import_line_says_how_long_so_far(
    seeded_desk: Desk, monkeypatch
) -> None:
    """review44 A9: a 300 KB article under ``i`` read "Importing 0/1 now big300k.txt" for
    minutes with nothing moving (slow and stuck alike), where ``factdesk import`` says "still
    importing … (40 s so far)" every 15 s. After 15 s on one file the line says how long so
    far, again every 15 s, and no more once the file is through. A clock of the test's."""
    from factdesk.ui.widgets import task_line
    from factdesk.ui.widgets.task_line import TaskLine

    clock = [1000.0]
    monkeypatch.setattr(task_line, "monotonic", lambda: clock[0])
    monkeypatch.setattr("factdesk.ui.app.monotonic", lambda: clock[0])
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.importing = Path("/articles/big.txt")
        app.show_import_started(1, 1, "/articles/big.txt")
        status = app.screen.query_one("#import-status", TaskLine)
        assert str(status.render()).endswith("now big.txt")
        clock[0] += 14
        status.say_time_so_far()
        assert str(status.render()).endswith("now big.txt")  # a quick file says nothing more
        clock[0] += 26
        status.say_time_so_far()
        assert str(status.render()).endswith("now big.txt (40 s so far)")
        clock[0] += 140
        status.say_time_so_far()
        assert str(status.render()).endswith("now big.txt (3 min so far)")
        app.show_import_progress(1, 1, "/articles/big.txt")
        status.say_time_so_far()
        assert str(status.render()).endswith("big.txt done")


def test_one_word_for_many_files_is_one_notice() -> None:
    """A feed of forty summary-only entries was forty notices (each its own): one, with the
    count; failures stay one a file, each naming its own reason."""
    from factdesk.domain.models import ImportOutcome, ImportReport
    from factdesk.ui.screens.import_folder import import_notices

    summary = "the feed carries only a summary of this entry: imported as a summary"
    report = ImportReport(
        [ImportOutcome(f"feed.xml#{n}", "imported", n, 1, message=summary) for n in range(40)]
        + [ImportOutcome("a.txt", "failed", message="binary file, not text"),
           ImportOutcome("b.txt", "updated", 7, 2, rereview=[3])]
    )  # fmt: skip
    assert import_notices(report) == [
        ("a.txt: binary file, not text", "error"),
        ("b.txt: 1 earlier verdict needs re-review (f in the article lists them)", "warning"),
        (f"feed.xml#0 (and 39 more): {summary}", "warning"),
    ]


async def test_i_imports_one_file_as_the_dialog_says(seeded_desk: Desk, tmp_path) -> None:
    """The dialog offers a file or a folder, and a file's path imports that file alone (it
    said "a folder" while it took a file too)."""
    from factdesk.ui.screens.import_folder import ImportScreen
    from factdesk.ui.widgets.task_line import TaskLine
    from snapshot_app import record_notifications
    from textual.widgets import Input, Label

    (tmp_path / "one.txt").write_text(_article("Flood in Zarechny", "Zarechny"), "utf-8")
    (tmp_path / "other.txt").write_text(_article("Bridge at Ostrovets", "Ostrovets"), "utf-8")
    before = seeded_desk.article_count()
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notifications(app)
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        title = str(app.screen.query_one("#import-dialog").query(Label).first().render())
        assert "a file or a folder" in title
        app.screen.query_one("#import-path", Input).value = str(tmp_path / "one.txt")
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        status = app.screen.query_one("#import-status", TaskLine)
        for _ in range(50):
            await pilot.pause(0.05)
            if str(status.render()).startswith("import:"):
                break
        assert str(status.render()).startswith("import: 1 imported")
        assert seeded_desk.article_count() == before + 1
        titles = {a.title for a in seeded_desk.articles()}
        assert "Flood in Zarechny" in titles and "Bridge at Ostrovets" not in titles
        # i while an import runs: the next waits its turn (i was refused, and the path typed
        # after it went to the queue as keys)
        held, original = threading.Event(), seeded_desk.import_in_worker
        (tmp_path / "third.txt").write_text(_article("Mill at Verkhne", "Verkhne"), "utf-8")

        def held_import(*args, **kwargs):
            held.wait(timeout=30)
            return original(*args, **kwargs)

        seeded_desk.import_in_worker = held_import  # type: ignore[method-assign]
        app.start_import(tmp_path / "other.txt")
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(tmp_path / "third.txt")
        await pilot.press("enter")
        await pilot.pause()
        assert app.pending_imports == [tmp_path / "third.txt"]
        assert any("third.txt: imported once the running import is done" in m for m in said)
        held.set()
        for _ in range(3):  # the first import, then the one that waited (bounded, no clock)
            await app.workers.wait_for_complete()
            await pilot.pause()
        titles = {a.title for a in seeded_desk.articles()}
        assert {"Bridge at Ostrovets", "Mill at Verkhne"} <= titles


async def test_the_import_summary_line_goes_at_the_next_key_or_after_a_while(
    seeded_desk: Desk, monkeypatch
) -> None:
    """The queue's closing line of an import ("import: 2 imported, ...") goes as a
    notification would: at the reviewer's next key (which still does its work), or after a
    while without one; it stayed for the whole session."""
    from factdesk.domain.models import ImportReport
    from factdesk.ui.widgets import task_line
    from factdesk.ui.widgets.task_line import TaskLine
    from snapshot_app import until

    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        status = app.screen.query_one("#import-status", TaskLine)
        app.import_finished(ImportReport())
        await pilot.pause()
        assert status.has_class("-running") and "import: 0 imported" in str(status.render())
        row = app.screen.query_one("#queue").cursor_row
        await pilot.press("j")
        await pilot.pause()
        assert not status.has_class("-running") and not str(status.render()).strip()
        assert app.screen.query_one("#queue").cursor_row == row + 1  # j still moved
        # a progress line is no closing line: a key leaves it
        app.show_import_progress(1, 3, "one.txt")
        await pilot.press("k")
        await pilot.pause()
        assert status.has_class("-running")
        # without a key, the closing line goes after a while (a short one here)
        monkeypatch.setattr(task_line, "CLOSING_SECONDS", 0.05)
        app.import_finished(ImportReport())
        # at once, no pause first: on a loaded machine a pause outlasted the 0.05 s
        assert status.has_class("-running")
        assert await until(pilot, lambda: not status.has_class("-running"), rounds=400)


async def test_ctrl_f_says_so_when_search_is_literal(seeded_desk: Desk, monkeypatch) -> None:
    from factdesk.store import search_index
    from textual.widgets import Label

    with seeded_desk.store.transaction() as conn:
        for name in ("insert", "delete", "update", "regroup"):
            conn.execute(f"DROP TRIGGER {search_index.TABLE}_{name}")
        conn.execute(f"DROP TABLE {search_index.TABLE}")
    monkeypatch.setattr(search_index, "fts5_available", lambda: False)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+f")
        await pilot.pause()
        notice = app.screen.query_one("#search-literal", Label)
        assert "FTS5" in str(notice.render())
        await pilot.press(*"denied")
        await settle(pilot, "search")
        listed = _listed(app)
        texts = [seeded_desk.claim(i).text for i in listed]
        assert listed and all(re.search(r"\bden(y|ies|ied|ying)\b", t, re.I) for t in texts)


# -- from the queue: help, the palette's "go:", i's dialog, Ctrl+F; then into the review -------


async def test_from_the_queue_help_go_import_dialog_and_ctrl_f(seeded_desk: Desk, tmp_path) -> None:
    """On one app, from the queue: help and the footer name the new keys; "go: article" and
    "go: claim" narrow the jumps and an article is found by another spelling of its name;
    ``i`` says in the dialog when the path is wrong; Ctrl+F finds other word forms, then every
    spelling of a name, and Enter opens the review at the claim, whose help names its keys."""
    from factdesk.ui.screens.help import key_rows
    from factdesk.ui.screens.import_folder import ImportScreen
    from factdesk.ui.screens.queue import QueueScreen
    from textual.widgets import Input, Label

    group = next(g for g in seeded_desk.names() if len(g.variants) >= 2 and " " not in g.name)
    typed, other = group.variants[0], group.variants[1]
    spelled = [c for c in seeded_desk.claims() if re.search(rf"\b{other}\b(?!-)", c.text)]
    # Some of them never spell it as typed: only the name group can find those.
    assert [c for c in spelled if typed.casefold() not in c.text.casefold()]
    named = next(a for a in seeded_desk.articles() if any(v in a.title for v in group.variants))
    in_title = next(v for v in group.variants if v in named.title)
    not_in_title = next(v for v in group.variants if v != in_title and v not in named.title)
    denies = {c.id for c in seeded_desk.claims() if re.search(r"\bdenies\b", c.text)}
    assert denies
    word = seeded_desk.articles()[0].title.split()[0]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        # help and the footer name i
        rows = {name: (keys.split(), tip) for keys, name, tip in key_rows(app.screen)}
        assert "i" in rows["Import"][0] and "background" in rows["Import"][1]
        shown = {key for key, active in app.screen.active_bindings.items() if active.binding.show}
        assert "i" in shown  # the footer draws the bindings marked to show
        # go: article / go: claim narrow the jumps; another spelling finds the article
        only_articles = await _go(app.screen, f"go: article {word}")
        assert only_articles and all(h.text.startswith("article ") for h in only_articles)
        only_claims = await _go(app.screen, "go: claim denied")
        assert only_claims and all(h.text.startswith("claim ") for h in only_claims)
        hits = await _go(app.screen, f"go: article {not_in_title}")
        assert f"article {named.title}" in [h.text for h in hits if h.score >= 0.9]
        # i: a wrong path is said in the dialog, which stays open; nothing is imported
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#import-path", Input).value = str(tmp_path / "nowhere")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        problem = str(app.screen.query_one("#import-problem", Label).render())
        assert "no such file or folder" in problem
        await pilot.press("backspace")  # the problem was of the path as it was: it goes
        await pilot.pause()
        assert not str(app.screen.query_one("#import-problem", Label).render()).strip()
        await pilot.press("escape")
        await pilot.pause()
        assert seeded_desk.article_count() == 5
        assert isinstance(app.screen, QueueScreen)
        # Ctrl+F finds other word forms
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press(*"denied")
        await settle(pilot, "search")
        assert denies <= set(_listed(app))
        # each result shows the word it was found by (a long claim from a little before it)
        results = app.screen.query_one("#search-results", OptionList)
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert shown and all(re.search(r"\bden(?:y|ies|ied|ying)\b", s, re.I) for s in shown)
        # the last line says how many it found, and that nothing did
        assert _status(app).startswith(f"{len(_listed(app))} claim")
        await pilot.press(*"zzqx")
        await settle(pilot, "search")
        assert not _listed(app) and _status(app).startswith("no claim on the desk holds")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        # Ctrl+F finds every spelling of a name; Enter opens the review at the claim
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*typed)
        await settle(pilot, "search")
        listed = _listed(app)
        target = next(c for c in spelled if c.id in listed)
        assert {c.id for c in spelled} <= set(listed)
        app.screen.query_one("#search-results", OptionList).highlighted = listed.index(target.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current_id == target.id
        # the review's help names D and f's lists
        rows = {name: (keys.split(), tip) for keys, name, tip in key_rows(app.screen)}
        assert "D" in rows["Hide"][0] and "hidden list" in rows["Hide"][1]
        assert "f" in rows["List"][0] and "re-import" in rows["List"][1]


# -- in the review: the palette, the hidden list, "go:" across the desk ---------------------


async def test_in_the_review_palette_hidden_list_and_go_across_the_desk(seeded_desk: Desk) -> None:
    """On one opened article: the palette opens on desk commands only (no scroll commands,
    no Screenshot); D hides a claim, which f's hidden list shows, where a verdict key does not
    mark it, D restores it and z hides it again; "go:" with a surname offers that name's
    claims in every article first, and choosing one in another article jumps there."""
    from textual.command import CommandList, CommandPalette

    group = _surname_group(seeded_desk)
    surname = next(v for v in group.variants if " " not in v)
    spelled = re.compile("|".join(rf"\b{re.escape(v)}\b" for v in group.variants))
    mentioning = [c for c in seeded_desk.claims() if spelled.search(c.text)]
    assert len({c.article_id for c in mentioning}) >= 2
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        # the palette: desk commands only
        await pilot.press("ctrl+p")
        await settle(pilot, CommandPalette._GATHER_COMMANDS_GROUP)
        assert isinstance(app.screen, CommandPalette)
        listed = app.screen.query_one(CommandList)
        prompts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any("review: Corroborated" in p for p in prompts)
        assert not [p for p in prompts if "scroll" in p.lower() or "Screenshot" in p]
        await pilot.press(*"screensh")
        await settle(pilot, CommandPalette._GATHER_COMMANDS_GROUP)
        listed = app.screen.query_one(CommandList)
        prompts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert not [p for p in prompts if "Screenshot" in p]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is review
        # hidden claims are a list where D restores
        target = review.current_id
        await pilot.press("D")
        await pilot.pause()
        assert seeded_desk.claim(target).hidden
        await _cycle_to(pilot, review, "hidden")
        assert [c.id for c in review.shown] == [target] and review.current_id == target
        await pilot.press("1")  # a verdict key does not mark a hidden claim
        await pilot.pause()
        assert seeded_desk.claim(target).verdict is None
        await pilot.press("D")
        await pilot.pause()
        assert not seeded_desk.claim(target).hidden
        assert review.list_mode == "all" and target in {c.id for c in review.shown}
        assert seeded_desk.history(target)[-1].describe().startswith("shown")
        await pilot.press("z")
        await pilot.pause()
        assert seeded_desk.claim(target).hidden
        # go: a surname offers the name's claims in every article, and jumps across the desk
        hits = await _go(review, f"go: {surname}")
        texts = [hit.text for hit in hits]
        for claim in mentioning:
            shown = claim.text if len(claim.text) <= 90 else claim.text[:89] + "…"
            assert f"claim {shown}" in texts
        top = texts[: len(mentioning)]
        assert all(t.startswith("claim ") for t in top)
        elsewhere = next(c for c in mentioning if c.article_id != review.article_id)
        shown = elsewhere.text if len(elsewhere.text) <= 90 else elsewhere.text[:89] + "…"
        hits[texts.index(f"claim {shown}")].command()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert (app.screen.article_id, app.screen.current_id) == (
            elsewhere.article_id,
            elsewhere.id,
        )


def test_a_long_result_is_shown_from_the_word_it_was_found_by() -> None:
    """A claim found by a word past its first 140 characters showed none of it. Invented."""
    from factdesk.ui.screens.search import RESULT_CHARS, result_text

    text = (
        "Beyond the usual complaints about parking, noise and the opening hours of the library "
        "on Tarn Street, the residents' survey of the northern wards found that most tenants "
        "opposed the new rent scheme, the council's housing officer said on Friday."
    )
    assert result_text(text, "opposes").startswith("…") and "opposed" in result_text(
        text, "opposes"
    )
    assert len(result_text(text, "opposes")) <= RESULT_CHARS
    assert result_text(text, "parking").startswith("Beyond the usual")  # found early: as before
    assert result_text(text, "Kestrel").startswith("Beyond")  # not in the words: the start
    assert "opposed" in result_text(text, "kind:statement opposed")
    ukrainian = "Після довгих обговорень у комісії з питань бюджету та фінансів міська рада " * 2
    assert "скасувала" in result_text(ukrainian + "скасувала рішення про тарифи.", "скасувати")


def test_a_long_result_with_no_space_before_the_lead_shows_no_cut() -> None:
    """mend27e: when no space lies before the lead (the claim opens with one long token, a
    link), nothing is cut, and the result showed "…" before its untouched start. Invented."""
    from factdesk.ui.screens.search import RESULT_CHARS, result_text

    link = "https://records.example.org/" + "wharf-levy-" * 10 + "minutes.pdf"
    text = link + " shows the harbour board opposed the new mooring charges in March."
    shown = result_text(text, "opposes")
    assert shown.startswith("https://records.example.org/")  # not "…https://…"
    assert shown == text[: RESULT_CHARS - 1] + "…"


async def test_a_claim_found_in_the_article_on_screen_is_gone_to_there(seeded_desk: Desk) -> None:
    """Ctrl+F (or "go:") to a claim of the article already under review moves the cursor to it
    in place, clearing a filter that hides it; one Esc is then back on the queue. It stacked a
    second review of the same article, whose Esc landed on the first at the claim left
    (shift32a, in tmux)."""
    from factdesk.ui.screens.queue import QueueScreen

    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        depth = len(app.screen_stack)
        claims = seeded_desk.claims(review.article_id)
        target = claims[-1]
        assert review.current_id != target.id
        # a filter on that hides the claim found
        word = next(w for w in re.findall(r"[A-Za-z]{6,}", claims[0].text)
                    if w.lower() not in target.text.lower())  # fmt: skip
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        assert all(c.id != target.id for c in review.shown)
        await pilot.press("ctrl+f")
        await pilot.pause()
        search = app.screen
        assert isinstance(search, SearchScreen)
        search.dismiss(target.id)  # as Enter on its result does
        await pilot.pause()
        assert app.screen is review and len(app.screen_stack) == depth
        assert review.current_id == target.id and review.filter_text == ""
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)


async def test_esc_after_a_jump_and_the_next_article_goes_back_one_step(
    seeded_desk: Desk,
) -> None:
    """shift33a: Ctrl+F from one article's review to a claim of another, that article
    finished, ``y`` to the next-article offer: Esc went from the next article straight to the
    review the jump left, past the article just finished. Esc goes back where the reviewer came
    from, one step at a time, as a browser's Back does: the finished article (at the claim
    left), then the article the jump was made from, then the queue."""
    from factdesk.ui.screens.confirm import NextArticleScreen
    from factdesk.ui.screens.queue import QueueScreen

    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        start = app.screen
        assert isinstance(start, ReviewScreen)
        started_at = (start.article_id, start.current_id)
        other = next(c for c in seeded_desk.claims() if c.article_id != start.article_id)
        await pilot.press("ctrl+f")
        await pilot.pause()
        app.screen.dismiss(other.id)  # as Enter on its result does
        await pilot.pause()
        jumped = app.screen
        assert isinstance(jumped, ReviewScreen) and jumped is not start
        for claim in seeded_desk.claims(other.article_id):
            if claim.id != other.id:
                seeded_desk.set_verdict(claim.id, "unverifiable")
        jumped.reload_claims()
        jumped.move_to(other.id)
        await pilot.press("1")  # the article's last claim: the next article is offered
        await pilot.pause()
        assert isinstance(app.screen, NextArticleScreen)
        finished_at = (jumped.article_id, jumped.current_id)
        assert finished_at[0] == other.article_id
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is jumped and jumped.article_id != other.article_id
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is jumped and (jumped.article_id, jumped.current_id) == finished_at
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is start and (start.article_id, start.current_id) == started_at
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)


async def test_an_import_s_summary_is_a_toast_only_away_from_the_queue(seeded_desk: Desk) -> None:
    """desk36: on the queue the import line says the summary; a toast of the same words sat
    over the desk line (its new counts) for 6 s. In an article, where no import line is, the
    toast still says it."""
    from factdesk.domain.models import ImportReport
    from factdesk.ui.widgets.task_line import TaskLine
    from snapshot_app import open_review, record_notifications

    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = app.screen.query_one("#import-status", TaskLine)
        app.import_finished(ImportReport())
        await pilot.pause()
        assert "import: 0 imported" in str(status.render())
        assert not [m for m in said if m.startswith("import:")]
        await open_review(pilot)
        app.import_finished(ImportReport())
        await pilot.pause()
        assert [m for m in said if m.startswith("import:")] == [
            "import: 0 imported, 0 unchanged, 0 updated, 0 failed, 0 claims found"
        ]
