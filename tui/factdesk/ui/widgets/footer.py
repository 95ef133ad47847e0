"""The footer every factdesk screen shows: one line of keys, drawn as text by one widget.

Textual's own footer is a container of one widget per key, and it rebuilds them all (mounts,
styles and lays out a dozen widgets) whenever the screen's bindings change: on every screen
opened or closed and every focus move. Opening an article spent about a sixth of its time on
it, and the rebuild landed a frame or more after the screen's first, so the keys appeared
late. Here the keys are one ``Content`` line, read again only when the bindings change and
redrawn only when what they show changed, in the same frame.

The palette is one more binding (``ctrl+p``, in the app's bindings), so it runs in the line;
a key that does not fit whole is left out, not cut (at 80 columns the review's line ended in
a bare "z" with its word gone); the screens put their most used keys (verdicts, ``?``) first,
in their bindings or in ``FOOTER_FIRST`` (binding ids), which orders the line but not help.
When the line would leave out most keys, a screen's group of keys (``FOOTER_GROUPS``: binding id to
the group's word) is drawn as one item, "1-4 Verdict": at 80 columns the four verdicts' words
took 53 of the 80 cells, and undo, the next article and the Elsewhere keys were never shown.
A click on a key presses it, as in Textual's footer (on a group, nothing: its tooltip names
each key).
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from textual import events
from textual.content import Content
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen


class FooterItem(NamedTuple):
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str
    group: str = ""
    """The screen's word for the group of keys this one belongs to ("Verdict"), if any."""
    members: tuple[str, ...] = ()
    """The keys a group item stands for (a group item's own ``key`` is empty)."""

    @property
    def width(self) -> int:
        """Cells it takes, without the gap after it."""
        text = f"{self.display} {self.description}" if self.description else self.display
        return Content(text).cell_length


class DeskFooter(Widget, can_focus=False):
    """The screen's shown bindings, one per action, in the screen's order."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"desk-footer--key", "desk-footer--description"}
    ALLOW_SELECT = False

    def __init__(self) -> None:
        super().__init__()
        self.items: tuple[FooterItem, ...] = ()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """Read the keys again; redraw only when what the line shows changed."""
        if not self.is_attached or screen is not self.screen:
            return
        items = self._read(screen)
        if items != self.items:
            self.items = items
            self.refresh()

    def _read(self, screen: Screen[object]) -> tuple[FooterItem, ...]:
        """The first shown binding of each action, as Textual's footer picks them; the
        screen's ``FOOTER_FIRST`` ids first, in that order."""
        seen: set[str] = set()
        items: list[tuple[int, FooterItem]] = []
        groups: dict[str, str] = getattr(screen, "FOOTER_GROUPS", {})
        first: tuple[str, ...] = getattr(screen, "FOOTER_FIRST", ())
        for _node, binding, enabled, tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            display = self.app.get_key_display(binding)
            ident = binding.id or ""
            rank = first.index(ident) if ident in first else len(first)
            items.append((rank, FooterItem(binding.key, display, binding.description, enabled,
                                           tooltip or binding.tooltip or binding.description,
                                           groups.get(ident, ""))))  # fmt: skip
        return tuple(item for _rank, item in sorted(items, key=lambda pair: pair[0]))

    def shown(self) -> list[FooterItem]:
        """The items drawn at the present width: as many whole items as fit, each group drawn
        as one item when the line would leave out more than half of the keys otherwise (at
        80 columns the review showed 7 of its 16; at 120 and more its verdicts keep their
        words)."""
        drawn = _fitting(list(self.items), self.size.width)
        if len(drawn) * 2 < len(self.items):
            drawn = _fitting(_grouped(list(self.items)), self.size.width)
        return drawn

    def render(self) -> Content:
        key_style = self.get_visual_style("desk-footer--key")
        description_style = self.get_visual_style("desk-footer--description")
        parts: list[Content] = []
        for item in self.shown():  # whole items only
            key = Content.styled(item.display, key_style)
            part = key if not item.description else Content.assemble(
                key, " ", Content.styled(item.description, description_style)
            )  # fmt: skip
            parts.append(part if item.enabled else part.stylize("dim"))
        return Content(" ").join(parts)

    def visible_keys(self) -> list[str]:
        """The keys drawn in the line at its present width (a group's, each of them)."""
        return [key for item in self.shown() for key in (item.members or (item.key,))]

    def item_at(self, x: int) -> FooterItem | None:
        """The item drawn at column ``x`` of the line, if any (not the gaps)."""
        start = 0
        for item in self.shown():
            if start <= x < start + item.width:
                return item
            start += item.width + 1
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self.item_at(event.x)
        self.tooltip = item.tooltip if item else None

    def on_click(self, event: events.Click) -> None:
        item = self.item_at(event.x)
        if item is None or item.members:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()


def _grouped(items: list[FooterItem]) -> list[FooterItem]:
    """The items with each run of one group's keys drawn as one: "1-4 Verdict"."""
    out: list[FooterItem] = []
    for group, run in groupby(items, key=lambda item: item.group):
        keys = list(run)
        if group and len(keys) > 1:
            out.append(_group_item(keys))
        else:
            out.extend(keys)
    return out


def _group_item(run: list[FooterItem]) -> FooterItem:
    """One item standing for a run of a group's keys: the first and last keys joined ("1-4"),
    the group's word, enabled if any member is, and each key and its word in the tooltip
    (a click on it presses nothing, so the tooltip is where the members are named)."""
    display = f"{run[0].display}-{run[-1].display}"
    tooltip = " · ".join(f"{item.display} {item.description}" for item in run)
    enabled = any(item.enabled for item in run)
    return FooterItem("", display, run[0].group, enabled, tooltip, run[0].group,
                      tuple(item.key for item in run))  # fmt: skip


def _fitting(items: list[FooterItem], width: int) -> list[FooterItem]:
    """The leading items whose whole text fits in ``width`` cells, one cell apart."""
    drawn, x = [], 0
    for item in items:
        x += item.width
        if x > width:
            break
        drawn.append(item)
        x += 1
    return drawn
