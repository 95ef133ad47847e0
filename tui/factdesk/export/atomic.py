"""Write a file so that readers only ever see the old file or the complete new one.

The data goes to a temporary file in the same folder (a rename is only atomic within one
file system), is flushed and fsync'd, and then ``os.replace`` puts it in place. Any failure
before the rename, an exception in the middle of writing included, removes the temporary
file and leaves whatever was at the path untouched.

Two paths are not replaced: a link is followed (the file it names gets the new content, the link
stays), and a path that is no regular file (``/dev/stdout``, a named pipe, a terminal) is
written to as it is, since renaming over it would swap the device or pipe for a plain file.
"""

from __future__ import annotations

import contextlib
import os
import stat
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


def write_atomic(
    path: str | os.PathLike[str], content: str | Writer, *, folder_synced: bool = True
) -> Path:
    """Write ``content`` (text, or a function that writes to the handle) to ``path``.

    Text is UTF-8 with newlines written as given (the CSV writer's CRLF stays CRLF).
    ``folder_synced=False``: the caller writes many files into one folder and calls
    ``sync_folder`` once after the last, not once per file.
    Returns the path written; raises ``ExportError`` with one line for the user.
    """
    named = Path(path).expanduser()
    if named.is_dir():
        raise ExportError(f"{named}: is a folder; name a file to write")
    if named.exists() and not stat.S_ISREG(named.stat().st_mode):  # the stat follows links
        _write_in_place(named, content)
        return named
    target = named.resolve() if named.is_symlink() and named.exists() else named
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
            _put(handle, content)
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
    if folder_synced:
        sync_folder(folder)
    return named


def _write_in_place(target: Path, content: str | Writer) -> None:
    """Write to a path that is no regular file (a device, a pipe): renaming over it would
    replace ``/dev/stdout`` or a named pipe with a plain file, and there is no old file to keep."""
    try:
        with open(target, "w", encoding="utf-8", newline="") as handle:
            _put(handle, content)
    except OSError as error:
        raise ExportError(f"{target}: cannot write: {_reason(error)}") from None


def _put(handle: TextIO, content: str | Writer) -> None:
    """Text written as it is, or the writer run on the handle: both ways of writing (in place
    and through the temporary file) take either."""
    if isinstance(content, str):
        handle.write(content)
    else:
        content(handle)


def sync_folder(folder: Path) -> None:
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
