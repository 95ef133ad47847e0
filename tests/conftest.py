"""Shared fixtures: every test gets its own desk file and config, never the user's.

Which fixture to take so a test stays cheap, and what things cost: ``tests/README.md``.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import desk_template
import empty_desk
import pytest
import textual._wait
import textual.app
import textual.css.stylesheet
import textual.pilot
import textual.screen
from factdesk.desk.service import Desk
from factdesk.language import model
from factdesk.settings.config import load_config
from hypothesis import settings

try:  # pytest's own key of an item's evaluated xfail mark (see expected_failure)
    from _pytest.skipping import xfailed_key
except ImportError:  # another pytest: every failure formatted in full
    xfailed_key = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Pilot's waits, finer. Each key Pilot presses waits twice for the app to be idle, and so does
# each ``pilot.pause()``: a wait ends at the first slice of SLEEP_GRANULARITY (Textual: 20 ms)
# in which the process used under a twentieth of it in CPU, so every key cost at least 40 ms
# of a worker's time doing nothing (about 1,500 waits in the suite). The slice must stay longer
# than the screen's update period (Textual: 1/60 s), so that an update the key made due is
# drawn, and its after-refresh callbacks run, inside the slice that is judged idle: both are
# scaled down together, the ratios kept.
textual.screen.UPDATE_PERIOD = 1 / 200
textual._wait.SLEEP_GRANULARITY = 1 / 150
textual._wait.SLEEP_IDLE = textual._wait.SLEEP_GRANULARITY / 20

# Textual parses an app's CSS (its .tcss and each widget class's DEFAULT_CSS: about fifty parses a
# test) afresh for each App, keeping what it parsed in a cache of that App's stylesheet only. A test
# process starts hundreds of apps on the same CSS, so the parses are shared here, keyed as Textual
# keys its own cache plus the variables (the theme) the CSS was parsed with. Textual already hands
# the same parsed rules to every later parse of its stylesheet, so they are not changed once made;
# CSS that differs in any character, or another theme, is parsed again, and CSS that fails to parse
# still raises (failures are not kept). The app, snapshot and safety tests made 7,012 parses (5.3 s
# of their 117 s of CPU in one process); test_app_review, test_export_screen and test_app_layout
# made 2,231, of which 55 differ.
_PARSED_CSS: dict[tuple, list] = {}
_parse_rules = textual.css.stylesheet.Stylesheet._parse_rules


def _shared_parse_rules(
    self: textual.css.stylesheet.Stylesheet,
    css: str,
    read_from: tuple[str, str],
    is_default_rules: bool = False,
    tie_breaker: int = 0,
    scope: str = "",
) -> list:
    """``Stylesheet._parse_rules``, its result shared by every app of the test process."""
    key = (css, read_from, is_default_rules, tie_breaker, scope, *sorted(self._variables.items()))
    if key not in _PARSED_CSS:
        _PARSED_CSS[key] = _parse_rules(self, css, read_from, is_default_rules, tie_breaker, scope)
    return _PARSED_CSS[key]


textual.css.stylesheet.Stylesheet._parse_rules = _shared_parse_rules  # type: ignore[method-assign]

# Frames. A screen draws the lines of every widget that changed each time its update timer finds
# one (a key, a notice, a finished search); under the headless driver of ``run_test`` the frame
# goes nowhere, and drawing frames was about 40% of the CPU of the app tests (test_app_review,
# _layout, _elsewhere and _finding in one process: 33.8 -> 21.5 s without them). Most of those
# tests read the store or the widgets' state after their keys, not the frames in between, so a
# headless test app here draws no frame while it runs and draws the whole of its last screen,
# once, when the test's ``run_test`` block ends: a widget whose drawing fails on the state the
# keys left fails the test there. A test about drawing itself (what is drawn, how often, what
# a frame shows) is marked ``drawn`` and draws every frame as the app does in a terminal, and
# so does every ``snap_compare`` test.
_FRAMES = {"every": True}
_compositor_refresh = textual.screen.Screen._compositor_refresh
_run_test = textual.app.App.run_test


def _refresh_undrawn(self: textual.screen.Screen) -> None:
    """``Screen._compositor_refresh`` without the drawing, for the top screen of a headless app
    in a test not marked ``drawn``: what changed is forgotten (the last frame draws it all)."""
    app = self.app
    if _FRAMES["every"] or not app.is_headless or app.is_inline or self is not app.screen:
        _compositor_refresh(self)
        return
    self._compositor._dirty_regions.clear()
    self._dirty_widgets.clear()
    app._update_mouse_over(self)


@contextlib.asynccontextmanager
async def _run_test_drawing_the_last_frame(
    self: textual.app.App, *args: Any, **kwargs: Any
) -> AsyncIterator[textual.pilot.Pilot]:
    """``App.run_test``, drawing the screen the test leaves whole once its block has run."""
    async with _run_test(self, *args, **kwargs) as pilot:
        yield pilot
        if not _FRAMES["every"] and self.is_running and not self._exit:
            self.screen._compositor.render_update(full=True, screen_stack=self._background_screens)


textual.screen.Screen._compositor_refresh = _refresh_undrawn  # type: ignore[method-assign]
textual.app.App.run_test = _run_test_drawing_the_last_frame  # type: ignore[method-assign,assignment]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Every frame drawn for a test marked ``drawn`` and a snapshot test, else the last only."""
    fixtures = getattr(item, "fixturenames", ())
    _FRAMES["every"] = item.get_closest_marker("drawn") is not None or "snap_compare" in fixtures


# An expected failure's traceback, not written. pytest formats the traceback of every failing
# call (``repr_failure``: it parses the test's source file for each entry's statement, 5,000
# lines for test_attribution_engine.py) before the xfail plugin turns the report into "xfailed",
# and nothing shows that traceback then (``-rx`` prints the reason, junitxml the reason). It was
# two thirds of the 52 strict xfails' CPU: 4.6 -> 1.7 s with this (one process, session 42).
# A failure the xfail plugin will call expected (an evaluated
# xfail mark, no ``raises`` or an exception of its type, no ``--runxfail``) gets its exception
# line instead; any other failure, an xfail with a false condition or the wrong exception
# among them, is formatted in full as before (test_expected_failures.py).
_repr_failure = pytest.Function.repr_failure


def expected_failure(item: pytest.Item, excinfo: pytest.ExceptionInfo[BaseException]) -> bool:
    """Whether the xfail plugin will report this call's failure as an expected one."""
    xfailed = item.stash.get(xfailed_key, None) if xfailed_key is not None else None
    if xfailed is None or item.config.option.runxfail:
        return False
    raises = xfailed.raises
    return raises is None or (isinstance(raises, type | tuple) and excinfo.errisinstance(raises))


def _repr_failure_unless_expected(
    self: pytest.Function, excinfo: pytest.ExceptionInfo[BaseException], *args: Any
) -> Any:
    """``Function.repr_failure``; an expected failure's exception line alone."""
    if expected_failure(self, excinfo):
        return f"expected failure: {excinfo.exconly()}"
    return _repr_failure(self, excinfo, *args)


pytest.Function.repr_failure = _repr_failure_unless_expected  # type: ignore[method-assign]

empty_desk.install()  # a new desk's migrations copied from one made per process (empty_desk.py)

# A test process holds a large heap for its whole run (the language model, Textual, every
# module), and each of the collector's full passes walks all of it. With Python's default
# thresholds (700, 10, 10) a Pilot-heavy run made a full pass every second or so of tests,
# ~0.16 s each: a fifth of the process's CPU. Collecting the young generation every 10,000
# allocations instead of 700 leaves ~2 full passes where there were 28 (app, CLI, extraction
# and snapshot tests: 21.9 -> 18.4 s of CPU); cyclic garbage still goes, a little later.
gc.set_threshold(10_000, 10, 10)


class _YoungCollector:
    """``gc`` as ``model`` calls it in a test process: ``collect`` collects the young
    generations only, the rest is ``gc``'s own. Why: the CLI's import and re-extraction run in
    a test's own process (``main``) call ``model.settle``, which collects the whole heap before
    freezing it (``_freeze``). In the batch process it is written for, that is one walk of the
    pipeline's load; in a test worker (the model, Textual, every module and what earlier tests
    left) it was a full collection per command (0.2-0.4 s each late in a worker's run: about 4%
    of the parallel job's CPU, 60-odd commands), for a freeze that ``not_batch`` takes back
    after the test. The calls ``model`` makes stay the same (``test_language`` checks them with
    a stand-in of its own); the worker's older garbage goes at its own thresholds, as between
    any two tests."""

    def collect(self, generation: int = 1) -> int:
        return gc.collect(min(generation, 1))

    def __getattr__(self, name: str) -> Any:
        return getattr(gc, name)


model.gc = _YoungCollector()  # type: ignore[assignment]


def pytest_sessionfinish() -> None:
    """One full collection, then the heap frozen: pytest's check for exceptions raised in
    finalizers runs five full collections when the session ends (~1.5 s of CPU walking the
    language model and every module in each test process); after this one they walk only
    what is new, and any garbage left has already been collected (and its finalizers run)."""
    gc.collect()
    gc.freeze()


EXAMPLES = float(os.environ.get("FACTDESK_EXAMPLES", "1"))
"""How many times its stated examples each property test runs: 1 in ``make test``; ``make
bench`` (``bench/bench_properties.py``) runs every ``@given`` test with 10."""


def examples(count: int) -> int:
    """A property test's ``max_examples``: ``count`` in ``make test``, scaled for a deep run."""
    return max(1, round(count * EXAMPLES))


DEEP = "FACTDESK_EXAMPLES" in os.environ
"""Whether this is ``make bench``'s deep run (``bench/bench_properties.py`` sets the scale)."""

# ``make test`` draws the same examples on every run (derandomize): a property test that fails
# there fails on every machine, and CI never turns red at random on an example no run before it
# drew (a fresh clone has no ``.hypothesis`` database to replay). The search for new failing
# inputs is ``make bench``'s job: its deep run draws at random, ten times as many.
settings.register_profile(
    "factdesk", max_examples=examples(100), derandomize=not DEEP, print_blob=True
)
settings.load_profile("factdesk")  # the tests that name no count: hypothesis's 100, scaled


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With ``-m serial`` (make's serial job) only the files that mark a test ``serial`` are
    imported: collecting, and rewriting the asserts of, every other test file (about 7 s of
    CPU on a fresh clone) would only deselect their tests. Any other selection: no say."""
    if config.option.markexpr != "serial" or collection_path.suffix != ".py":
        return None
    if not collection_path.name.startswith("test_"):
        return None
    return "mark.serial" not in collection_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def _env_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the session's ``isolated_env`` folders, made once."""
    return tmp_path_factory.mktemp("env")


_ENV_NUMBERS = itertools.count()


@pytest.fixture(autouse=True)
def isolated_env(
    request: pytest.FixtureRequest, _env_base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real desk, config or clipboard.

    The desk, config and export folder named here are in the test's ``tmp_path`` when the test
    has one (tests write ``tmp_path / "config.toml"`` and read exports from
    ``tmp_path / "Documents"``), else in an empty folder of the test's own. Not a ``tmp_path``
    for every test: each one pytest makes scans every folder made before it in the session
    (about 2 ms a test by the end of a worker's thousand, 1,200 of which need no folder)."""
    if "tmp_path" in request.fixturenames:
        tmp_path = request.getfixturevalue("tmp_path")
    else:
        tmp_path = _env_base / str(next(_ENV_NUMBERS))
        tmp_path.mkdir()
    isolate(monkeypatch, tmp_path)


@pytest.fixture(autouse=True)
def _no_batch_left() -> Iterator[None]:
    """A test that runs ``factdesk import`` or ``reextract`` in this process (``main``) makes
    it a batch process (``model.settle``): what it says to later tests of the worker is
    taken back after the test (``not_batch``)."""
    yield
    not_batch()


def not_batch() -> None:
    """This test process is no batch process again: ``model.settle``'s mark cleared (it let
    the parse child fork, ``parse_process.forkable``, and froze every pipeline loaded
    later) and what it froze handed back to the collector (frozen, the cycles of every desk,
    app and file the worker's later tests leave were never freed). Review36 item 1."""
    model.unsettle()


def isolate(env: pytest.MonkeyPatch, folder: Path) -> None:
    """Name a desk, a config and an export folder in ``folder``, and the reviewer "tester", in
    the environment: what ``isolated_env`` gives each test, for a module-scoped fixture too."""
    env.setenv("FACTDESK_DB", str(folder / "env-desk.db"))
    env.setenv("FACTDESK_CONFIG", str(folder / "config.toml"))
    env.setenv("FACTDESK_REVIEWER", "tester")
    env.setenv("FACTDESK_EXPORT_DIR", str(folder / "Documents"))


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """An empty desk in a temporary folder."""
    opened = Desk.open(tmp_path / "desk.db", config=load_config())
    yield opened
    opened.close()


@pytest.fixture(scope="session", autouse=True)
def _shared_seed_template(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The xdist workers of a run share one template desk, in the run's temporary root (the
    parent of each worker's own folder); a run without workers keeps it in its own."""
    base = tmp_path_factory.getbasetemp()
    desk_template.share_in(base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base)


@pytest.fixture(scope="session")
def seed_template() -> Path:
    """The seeds imported once per run (shared by the xdist workers) into a template desk."""
    return desk_template.seed_template()


@pytest.fixture
def seeded_desk(desk: Desk, seed_template: Path) -> Desk:
    """A desk with the five seed articles imported (a copy of the session's template)."""
    return desk_template.fill_with_seeds(desk)


@pytest.fixture
def facts():
    """Makes the matcher's ClaimFacts of a sentence, numbered in order, on a fresh name book
    (the matcher's wording and outcome tests build their pairs this way)."""
    from factdesk.corroborate.match import ClaimFacts, claim_facts
    from factdesk.names.groups import NameBook
    from factdesk.names.mentions import find_mentions
    from memory_schema import migrated_memory

    book = NameBook(migrated_memory())
    made: list[ClaimFacts] = []

    def make(text: str, date: str = "2024-06-14") -> ClaimFacts:
        mentions = find_mentions(text)
        groups = [book.group(m.text, m.kind) for m in mentions]
        made.append(claim_facts(len(made) + 1, len(made) + 1, text, mentions, groups, date))
        return made[-1]

    return make
