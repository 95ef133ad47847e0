"""``ui.hangup.terminal_gone``: a live terminal, a hung-up one, and what never was one."""

from __future__ import annotations

import os

from factdesk.ui.hangup import terminal_gone


def test_a_terminal_is_gone_only_once_its_other_side_is_closed() -> None:
    master, slave = os.openpty()
    try:
        assert not terminal_gone(slave)
        os.close(master)
        assert terminal_gone(slave)
    finally:
        os.close(slave)


def test_a_pipe_was_never_a_terminal_so_it_is_not_gone() -> None:
    read, write = os.pipe()
    try:
        assert not terminal_gone(read)
        os.close(write)
        assert not terminal_gone(read)
    finally:
        os.close(read)
