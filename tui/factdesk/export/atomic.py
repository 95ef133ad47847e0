"""Write a file so that readers only ever see the old file or the complete new one.

The data goes to a temporary file in the same folder (a rename is only atomic within one
file system), is flushed and fsync'd, and then ``os.replace`` puts it in place. Any failure
before the rename, an exception in the middle of writing included, removes the temporary
file and leaves whatever was at the path untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from factdesk.desk.service import DeskError

Writer = Callable[[TextIO], None]


class ExportError(DeskError):
    """An export that cannot be written; the message is one line naming the file."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _folder(path: Path) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: cannot write: the folder {folder} does not exist")
    return folder


def _umask_mode() -> int:
    """The mode a normally created file would get (mkstemp makes it owner-only)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], content: str | Writer) -> Path:
    """Write ``content`` (text, or a function that writes to the handle) to ``path``.

    Text is UTF-8 with newlines written as given (the CSV writer's CRLF stays CRLF).
    Returns the path written; raises ``ExportError`` with one line for the user.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; name a file to write")
    folder = _folder(target)
    mode = target.stat().st_mode & 0o777 if target.exists() else _umask_mode()
    try:
        handle_fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=folder
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot write here: {_reason(error)}") from None
    try:
        with os.fdopen(handle_fd, "w", encoding="utf-8", newline="") as handle:
            if isinstance(content, str):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise ExportError(f"{target}: cannot write: {_reason(error)}") from None
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows (POSIX folders)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
