"""Keys typed ahead of a focus change go where the focus went.

Textual hands each key to the widget focused when the key is read, and looks up its binding
only once the key has bubbled back up to the app, after the keys read with it. So a key that
opens a field (``/`` the filter, ``n`` the note, ``w`` the speaker, Ctrl+F the desk search,
``i`` the import dialog) had the keys read in the same burst (a fast typist, a busy machine, a
text expander, tmux ``send-keys``) handed to the list underneath, which took none of them:
"/nuclear" gave an empty filter, Ctrl+F then "denied" an empty search, ``n`` then a note's
first words an empty note (shift32a, reproduced in tmux at 80x24 and 120x40).

The app records where it handed each key it read (``KeyRoutes.aim``). A key that comes back up
to the app while the focus is elsewhere now is handed again, as a fresh key, to the focused
widget, or to the new screen while it has not yet focused its field (it comes back once that
screen has): as if typed after the key that moved the focus. Bindings are looked up on the
way back up from there, so a key the new place binds (Esc, Ctrl+S) acts there, as it would
have had it been typed a moment later. A key the widget it was handed to took (a letter typed
into a field) never comes back up, and stays where it was typed.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from textual import events
from textual.dom import DOMNode
from textual.widget import Widget

MAX_HOPS = 4
"""How many times one key may be handed on: from the list to the new screen, then to its
field, with room to spare; a bound on a loop, never reached when the focus settles."""


class KeyRoutes:
    """Where each key read from the terminal was handed, until it comes back up or is gone.

    Weak keys: a key a widget took is never seen again, and its entry goes with it."""

    def __init__(self) -> None:
        self._aimed: WeakKeyDictionary[events.Key, tuple[DOMNode, int]] = WeakKeyDictionary()

    def aim(self, event: events.Key, target: DOMNode, hops: int = 0) -> None:
        """``event`` is handed to ``target`` (the focused widget, else the screen)."""
        self._aimed[event] = (target, hops)

    def hand_on(self, event: events.Key, now: Widget) -> bool:
        """Hand ``event`` to ``now`` (where a key goes at this moment: the focused widget,
        else the screen) when it was handed elsewhere; True when it was."""
        aimed = self._aimed.pop(event, None)
        if aimed is None:
            return False
        target, hops = aimed
        if target is now or hops >= MAX_HOPS:
            return False
        again = events.Key(event.key, event.character)
        self.aim(again, now, hops + 1)
        now._forward_event(again)  # as App.on_event hands on a key read from the terminal
        return True
