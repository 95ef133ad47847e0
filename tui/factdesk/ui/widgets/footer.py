"""The footer every factdesk screen shows: one line of keys, drawn as text by one widget.

Textual's own footer is a container of one widget per key, and it rebuilds them all (mounts,
styles and lays out a dozen widgets) whenever the screen's bindings change: on every screen
opened or closed and every focus move. Opening an article spent about a sixth of its time on
it, and the rebuild landed a frame or more after the screen's first, so the keys appeared
late. Here the keys are one ``Content`` line, read again only when the bindings change and
redrawn only when what they show changed, in the same frame.

The palette is one more binding (``ctrl+p``, in the app's bindings), so it runs in the line;
a key that does not fit whole is left out, not cut (at 80 columns the review's line ended in
a bare "z" with its word gone); the screens put their most used keys (verdicts, ``?``) first.
A click on a key presses it, as in Textual's footer.
"""

from __future__ import annotations

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
        """The first shown binding of each action, as Textual's footer picks them."""
        seen: set[str] = set()
        items: list[FooterItem] = []
        for _node, binding, enabled, tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            display = self.app.get_key_display(binding)
            items.append(FooterItem(binding.key, display, binding.description, enabled,
                                    tooltip or binding.tooltip or binding.description))  # fmt: skip
        return tuple(items)

    def render(self) -> Content:
        key_style = self.get_visual_style("desk-footer--key")
        description_style = self.get_visual_style("desk-footer--description")
        parts: list[Content] = []
        for item in self.items[: len(self.visible_keys())]:  # whole items only
            key = Content.styled(item.display, key_style)
            part = key if not item.description else Content.assemble(
                key, " ", Content.styled(item.description, description_style)
            )  # fmt: skip
            parts.append(part if item.enabled else part.stylize("dim"))
        return Content(" ").join(parts)

    def visible_keys(self) -> list[str]:
        """The keys whose whole item fits in the line at its present width."""
        shown, x = [], 0
        for item in self.items:
            x += item.width
            if x > self.size.width:
                break
            shown.append(item.key)
            x += 1
        return shown

    def item_at(self, x: int) -> FooterItem | None:
        """The item drawn at column ``x`` of the line, if any (not the gaps)."""
        start = 0
        for item in self.items:
            if start <= x < start + item.width:
                return item
            start += item.width + 1
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self.item_at(event.x)
        self.tooltip = item.tooltip if item else None

    def on_click(self, event: events.Click) -> None:
        item = self.item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
