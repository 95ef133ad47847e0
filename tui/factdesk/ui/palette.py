"""Command palette providers: every action of the current screen, and fuzzy jumps.

Commands are namespaced ("review: Corroborated", "go: article …", "go: claim …") and offered
only where they apply: actions come from the live bindings of the screen the palette was
opened on. Fuzzy matching is rapidfuzz's, and prompts are built as ``Content`` from
sanitised text: Textual's own ``Matcher.highlight`` reads its candidate as markup, which an
article title must never be.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from factdesk.domain.models import Claim
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
    """Every binding of the screen (and the app), runnable from the palette."""

    def _commands(self) -> list[tuple[str, str, Callable[[], Awaitable[bool]]]]:
        seen: set[str] = set()
        commands: list[tuple[str, str, Callable[[], Awaitable[bool]]]] = []
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            ident = binding.id or binding.action
            if ident in seen or not binding.description:
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
        commands = self._commands()
        labels = [label for label, _, _ in commands]
        for label, score, index in _fuzzy(query, labels, 50):
            owner, _, text = label.partition(": ")
            _, help_text, run = commands[index]
            yield Hit(score / 100, _prompt(owner, text), run, label, help_text)


class ArticlesProvider(Provider):
    """ "go: article …": fuzzy over every title in the desk (summaries only, no bodies)."""

    async def search(self, query: str) -> Hits:
        query = without_prefix(query, "article")
        desk = host(self.app).desk
        articles = desk.articles(host(self.app).sort)
        titles = [sanitize_line(a.title) for a in articles]
        for title, score, index in _fuzzy(query, titles, 40):
            run = partial(host(self.app).open_review, articles[index].id)
            yield Hit(score / 100, _prompt("go", f"article {title}"), run, f"article {title}")


class ClaimsProvider(Provider):
    """ "go: claim …": the current article's claims in review, else matches across the desk."""

    async def search(self, query: str) -> Hits:
        query = without_prefix(query, "claim")
        screen = self.screen
        review = screen if isinstance(screen, ClaimsScreen) else None
        if review is not None:
            claims = review.claims
        else:
            claims = host(self.app).desk.search_claims(query, limit=LIMIT) if len(query) > 2 else []
        texts = [sanitize_line(c.text) for c in claims]
        for text, score, index in _fuzzy(query, texts, 40):
            claim = claims[index]
            run: Callable[[], object]
            if review is not None and review.article_id == claim.article_id:
                run = partial(review.move_to, claim.id)
            else:
                run = partial(host(self.app).open_review, claim.article_id, claim.id)
            shown = text if len(text) <= 90 else text[:89] + "…"
            yield Hit(score / 100, _prompt("go", f"claim {shown}"), run, f"claim {text}")
