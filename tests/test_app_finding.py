"""Finding things in the app, driven with Pilot: Ctrl+F across word forms and name spellings,
the palette's whole-desk "go:", hidden and needs-review claims, and ``i`` on the queue."""

from __future__ import annotations

import re

from factdesk.desk.service import Desk
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.screens.search import SearchScreen
from snapshot_app import build_app
from textual.widgets import OptionList

SIZE = (120, 40)


def _listed(app) -> list[int]:
    results = app.screen.query_one("#search-results", OptionList)
    return [int(results.get_option_at_index(i).id) for i in range(results.option_count)]


async def test_ctrl_f_finds_every_spelling_of_a_name(seeded_desk: Desk) -> None:
    group = next(g for g in seeded_desk.names() if len(g.variants) >= 2 and " " not in g.name)
    typed, other = group.variants[0], group.variants[1]
    spelled = [c for c in seeded_desk.claims() if re.search(rf"\b{other}\b(?!-)", c.text)]
    # Some of them never spell it as typed: only the name group can find those.
    assert [c for c in spelled if typed.casefold() not in c.text.casefold()]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*typed)
        await pilot.pause(0.3)
        listed = _listed(app)
        target = next(c for c in spelled if c.id in listed)
        assert {c.id for c in spelled} <= set(listed)
        app.screen.query_one("#search-results", OptionList).highlighted = listed.index(target.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current_id == target.id


async def test_ctrl_f_finds_other_word_forms(seeded_desk: Desk) -> None:
    denies = {c.id for c in seeded_desk.claims() if re.search(r"\bdenies\b", c.text)}
    assert denies
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press(*"denied")
        await pilot.pause(0.3)
        assert denies <= set(_listed(app))
