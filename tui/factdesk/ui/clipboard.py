"""One clipboard service for the app: pyperclip first, the terminal (OSC 52) second.

Why two ways: pyperclip reaches the desktop clipboard through xclip/xsel/wl-copy/pbcopy, which
is what a reviewer pastes from; over SSH or in a bare console it has no mechanism, and then the
only route is asking the terminal itself with an OSC 52 sequence (Textual's
``App.copy_to_clipboard``), which some terminals ignore silently. The caller is told which way
the text went so the notification can say so. Everything copied is cleaned for export
(controls and bidi overrides removed, joiners kept), so an article cannot smuggle escape
sequences into a paste. Nothing here ever raises.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from factdesk.text.counts import counted
from factdesk.text.sanitize import clean_for_export

Writer = Callable[[str], None]
TERMINAL = "terminal (OSC 52)"


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What happened to one copy."""

    method: str
    """"system clipboard", "terminal (OSC 52)" or "nothing" when both failed."""
    characters: int
    error: str = ""
    explain: bool = False
    """Say what OSC 52 needs from the terminal (done once per session: it does not change)."""
    tmux: bool = False
    """Running inside tmux, which drops OSC 52 unless ``set-clipboard`` is on."""

    @property
    def ok(self) -> bool:
        return self.method != "nothing"

    def describe(self, what: str) -> str:
        """One line for a notification: what was copied and which way it went."""
        if not self.ok:
            return f"could not copy {what}: {self.error or 'no clipboard available'}"
        if self.method == TERMINAL:
            # Nothing tells us whether the terminal took it: never claim it was copied.
            sent = f"sent {what} ({counted(self.characters, 'character')}) to the terminal (OSC 52)"
            if not self.explain:
                return sent
            hint = " (tmux: set -g set-clipboard on)" if self.tmux else ""
            return f"{sent}: your terminal must allow it{hint}"
        return f"copied {what} ({counted(self.characters, 'character')}) via {self.method}"


def _pyperclip_writer() -> Writer | None:
    """pyperclip's copy function, or None when it is not installed.

    Imported at the first copy, not here: pyperclip brings ctypes and looks for xclip & co.,
    which the first screen must not wait for (``find_spec`` only looks for the package).
    """
    if importlib.util.find_spec("pyperclip") is None:  # pragma: no cover - a runtime dependency
        return None

    def copy(text: str) -> None:
        import pyperclip

        chosen, _ = pyperclip.determine_clipboard()  # what pyperclip.copy would use
        program = PROGRAMS.get(getattr(chosen, "__name__", ""))
        if program is None:  # pbcopy, Windows, WSL, Qt, or none (which raises)
            chosen(text)
        else:
            run_copy_program(program, text)

    return copy


PROGRAMS: Final = {
    "copy_xclip": ("xclip", "-selection", "c"),
    "copy_xsel": ("xsel", "-b", "-i"),
    "copy_wl": ("wl-copy",),
}
"""pyperclip's Linux copy programs, by the name of its function for each, with its arguments.
Run here, not by pyperclip, which ignores their exit status and lets their errors onto the
terminal: in tmux or over SSH with a stale ``DISPLAY``, xclip failed ("Can't open display"),
its message was printed over the app's screen, and the app said "copied via system clipboard"
while nothing was copied and OSC 52 was never tried."""

COPY_TIMEOUT: Final = 5.0
"""Seconds a copy program may take: one that cannot reach its display must not hang the app."""


def run_copy_program(program: tuple[str, ...], text: str) -> None:
    """Give ``text`` to ``program``; raise with its first line of error when it fails.

    Its error output goes to a file, never a pipe: xclip, xsel and wl-copy stay in the
    background to serve the clipboard, and a pipe would stay open until they leave."""
    with tempfile.TemporaryFile() as errors:
        try:
            done = subprocess.run(
                program, input=text.encode("utf-8"), stdout=subprocess.DEVNULL, stderr=errors,
                timeout=COPY_TIMEOUT, check=False, close_fds=True,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"{program[0]} did not answer in {COPY_TIMEOUT:g} s") from None
        if done.returncode:
            errors.seek(0)
            said = errors.read(500).decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(
                f"{program[0]}: {said[0] if said else f'exit status {done.returncode}'}"
            )


class Clipboard:
    """Copy text, trying the system clipboard and then the terminal.

    ``system`` and ``terminal`` are injectable so tests never touch the real clipboard.
    """

    def __init__(self, terminal: Writer, system: Writer | bool | None = True) -> None:
        self.terminal = terminal
        self.system: Writer | None = _pyperclip_writer() if system is True else system or None
        self.last_text: str = ""
        self.last_result: CopyResult | None = None
        self.explained_terminal = False
        """Whether a notification already said what OSC 52 needs from the terminal."""

    def copy(self, text: str) -> CopyResult:
        """Sanitise and copy ``text``; never raises."""
        clean = clean_for_export(text)
        self.last_text = clean
        result = self._copy(clean)
        self.last_result = result
        return result

    def _copy(self, clean: str) -> CopyResult:
        errors = []
        if self.system is not None:
            try:
                self.system(clean)
            except Exception as error:  # pyperclip raises its own exception types per platform
                errors.append(f"system clipboard: {_first_line(error)}")
            else:
                return CopyResult("system clipboard", len(clean))
        try:
            self.terminal(clean)
        except Exception as error:  # a dead driver must not take the app down
            errors.append(f"terminal: {_first_line(error)}")
            return CopyResult("nothing", 0, "; ".join(errors))
        explain = not self.explained_terminal
        self.explained_terminal = True
        return CopyResult(TERMINAL, len(clean), explain=explain, tmux=bool(os.environ.get("TMUX")))


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
