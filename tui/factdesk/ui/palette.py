"""Command palette providers: every action of the current screen, and jumps across the desk.

Commands are namespaced ("review: Corroborated", "go: article …", "go: claim …") and offered
only where they apply: actions come from the live bindings of the screen the palette was
opened on (never a focused widget's generic scroll and cursor keys). "go:" searches every
article title and, through the desk's full-text search, every claim, best matches first.
Fuzzy matching is rapidfuzz's, and prompts are built as ``Content`` from sanitised text:
Textual's own ``Matcher.highlight`` reads its candidate as markup, which an article title
must never be.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from factdesk.domain.models import ArticleSummary, Claim
from factdesk.text.sanitize import sanitize_line
from factdesk.ui.host import host

LIMIT = 20


def _fuzzy(query: str, choices: list[str], cutoff: int) -> list[tuple[str, float, int]]:
    """(choice, score 0-100, index) of the best ``LIMIT`` matches at or above ``cutoff``.

    rapidfuzz is imported on the first search, not with the app: the first screen does not
    wait for it.
    """
    from rapidfuzz import fuzz, process

    found = process.extract(query, choices, scorer=fuzz.WRatio, limit=LIMIT, score_cutoff=cutoff)
    return [(str(choice), float(score), int(index)) for choice, score, index in found]


def _namespace(screen: object) -> str:
    name = type(screen).__name__.removesuffix("Screen").lower()
    return name or "desk"


def _prompt(namespace: str, text: str, help_text: str = "") -> Content:
    parts: list[Content | str] = [Content.styled(f"{namespace}: ", "dim"), Content(text)]
    if help_text:
        parts.append(Content.styled(f"  {help_text}", "dim italic"))
    return Content.assemble(*parts)


def without_prefix(query: str, noun: str) -> str:
    """The words a reviewer typed after the prompt's own prefix ("go: claim kortch" ->
    "kortch"): typing what the palette shows must not stop it matching."""
    rest = query.strip()
    for prefix in ("go:", "go ", f"{noun} "):
        if rest.casefold().startswith(prefix):
            rest = rest[len(prefix) :].strip()
    return rest or query


@runtime_checkable
class ClaimsScreen(Protocol):
    """A screen showing one article's claims (the review screen): "go: claim" moves there."""

    article_id: int
    claims: list[Claim]

    def move_to(self, claim_id: int | None) -> None: ...


class ActionsProvider(Provider):
    """Every binding of the screen (and the app), runnable from the palette.

    Only the screen's and the app's own: a focused widget's bindings are Textual's generic
    ones (scroll left, page down, cursor up...), which would bury the desk's commands. And
    only the desk's own (each has an ``id``, what config.toml remaps): every Screen inherits
    Textual's Tab, Shift+Tab and Ctrl+C bindings, which opened the palette's list ("queue:
    Focus Next", "queue: Focus Previous", "queue: Copy selected text") and do nothing useful
    from it.
    """

    def _commands(self) -> list[tuple[str, str, Callable[[], Awaitable[bool]]]]:
        seen: set[str] = set()
        commands: list[tuple[str, str, Callable[[], Awaitable[bool]]]] = []
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            ident = binding.id or binding.action
            if ident in seen or not binding.description or binding.id is None:
                continue  # no id: Textual's own (Focus Next, Copy selected text), not the desk's
            if active.node is not self.app and active.node is not self.screen:
                continue
            seen.add(ident)
            owner = "desk" if active.node is self.app else _namespace(self.screen)
            label = f"{owner}: {binding.description}"
            run = partial(self.app.run_action, binding.action, active.node)
            commands.append((label, f"{binding.tooltip} ({key})", run))
        return commands

    async def discover(self) -> Hits:
        for label, help_text, run in self._commands():
            owner, _, text = label.partition(": ")
            yield DiscoveryHit(_prompt(owner, text), run, text=label, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands by fuzzy match; one whose name starts with what was typed ("export",
        "exp") scores 1.0, above every jump "go:" offers without its prefix typed: "export"
        listed two claims and an article title before the Export command (tmux, polish35)."""
        commands = self._commands()
        labels = [label for label, _, _ in commands]
        typed = query.strip().casefold()
        for label, score, index in _fuzzy(query, labels, 50):
            owner, _, text = label.partition(": ")
            _, help_text, run = commands[index]
            named = typed and (text.casefold().startswith(typed) or label.casefold() == typed)
            yield Hit(1.0 if named else score / 100, _prompt(owner, text), run, label, help_text)


BELOW_COMMANDS = 0.99
"""A "go:" jump's score is scaled by this when "go" was not typed: at most 0.99, under a
command whose name the query starts (1.0)."""
RANK = {"exact": 1.0, "name": 0.95, "words": 0.8}
"""Hit scores by how a claim matched (``desk.search``): the palette lists the best first."""


def _nouns(query: str) -> tuple[str, tuple[str, ...]]:
    """(the words to look for, which kinds of jump): "go: claim X" offers only claims,
    "go: article X" only articles, anything else both."""
    rest = without_prefix(query, "go").strip()
    head, _, tail = rest.partition(" ")
    if head.casefold() in ("article", "claim") and tail.strip():
        return tail.strip(), (head.casefold(),)
    return rest, ("article", "claim")


class GoProvider(Provider):
    """ "go: …": every article and claim of the desk, through the desk's search.

    Claims come from ``Desk.find_claims`` (word forms and name groups: "Gerasimov" offers
    the Gerasimov claims of every article), ranked exact, then name-group, then word-form
    matches; article titles match when they hold the typed text or another spelling of the
    name it is, else fuzzily.
    """

    _listed: tuple[list[ArticleSummary], list[str]] | None = None
    """The desk's articles and their shown titles, read once per palette, not per key."""

    async def search(self, query: str) -> Hits:
        """Articles and claims; without "go" typed first they score under a command whose
        name starts with the query (``ActionsProvider.search``), which comes first."""
        text, nouns = _nouns(query)
        if len(text) < 2:
            return
        asked = query.strip().casefold().startswith(("go:", "go "))
        hits = [*(self._articles(text) if "article" in nouns else ()),
                *(self._claims(text) if "claim" in nouns else ())]  # fmt: skip
        for hit in hits:
            if not asked:
                hit.score *= BELOW_COMMANDS  # scaled, not capped: their own order stays
            yield hit

    def _articles(self, text: str) -> list[Hit]:
        app = host(self.app)
        if self._listed is None:
            articles = app.desk.articles(app.sort)
            self._listed = articles, [sanitize_line(a.title) for a in articles]
        articles, titles = self._listed
        typed = text.casefold()
        scored = {i: 1.0 for i, title in enumerate(titles) if typed in title.casefold()}
        names = [s.casefold() for s in app.desk.name_spellings(text)]
        for i, title in enumerate(titles):
            if i not in scored and any(name in title.casefold() for name in names):
                scored[i] = RANK["name"]
        for _, score, index in _fuzzy(text, titles, 60):
            scored.setdefault(index, 0.85 * score / 100)
        hits: list[Hit] = []
        for index, score in scored.items():
            title = titles[index]
            run = partial(app.open_review, articles[index].id)
            hits.append(Hit(score, _prompt("go", f"article {title}"), run, f"article {title}"))
        return hits

    def _claims(self, text: str) -> list[Hit]:
        from factdesk.text.markdown import prose  # local: the first screen needs none of it

        app = host(self.app)
        review = self.screen if isinstance(self.screen, ClaimsScreen) else None
        titles: dict[int, str] = {}
        hits: list[Hit] = []
        for order, (claim, how) in enumerate(app.desk.find_claims(text, limit=LIMIT)):
            if claim.article_id not in titles:
                titles[claim.article_id] = app.desk.article_summary(claim.article_id).title
            shown = sanitize_line(prose(claim.text))
            shown = shown if len(shown) <= 90 else shown[:89] + "…"
            run: Callable[[], object]
            if review is not None and review.article_id == claim.article_id:
                run = partial(review.move_to, claim.id)
            else:
                run = partial(app.open_review, claim.article_id, claim.id)
            score = RANK.get(how, 0.7) - order / 10_000  # the desk's order within a rank
            where = sanitize_line(titles[claim.article_id])
            hits.append(Hit(score, _prompt("go", f"claim {shown}"), run, f"claim {shown}", where))
        return hits
