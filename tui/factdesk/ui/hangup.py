"""The terminal went away: the app quits instead of spinning a core for ever.

Why: when the terminal is closed under the app (its window shut, the tmux session or the ssh
link killed) and no SIGHUP reaches the process, Textual 8.2's input thread reads end of file
from the hung-up terminal, drops it, and selects again at once: the process is left running
at full CPU with the desk file open, until someone kills it. Found by closing a tmux session
with factdesk open in it. Every verdict is stored when it is given, so quitting loses nothing.
"""

from __future__ import annotations

import errno
import termios

HANGUP_POLL_SECONDS = 1.0
"""How often the app looks at its terminal: once a second is nothing beside a frame."""

HANGUP_EXIT_STATUS = 129
"""The shell's status for a process ended by SIGHUP (128 + 1): what the terminal's loss is."""


def terminal_gone(fd: int) -> bool:
    """True when ``fd`` is a terminal that has hung up (its other side was closed).

    A hung-up terminal answers ``tcgetattr`` with EIO; a live one answers, and anything that
    never was a terminal (a pipe, a file: ENOTTY) is not "gone": the app was not run in one.
    """
    try:
        termios.tcgetattr(fd)
    except termios.error as error:
        return bool(error.args) and error.args[0] == errno.EIO
    return False
