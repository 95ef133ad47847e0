"""Stand-ins for the parse process's child (``ParseProcess(target=...)``): each runs in a new
interpreter, so this module imports nothing but the standard library (no spaCy load)."""

from __future__ import annotations

import time
from multiprocessing.connection import Connection


def exits(conn: Connection) -> None:
    """Dies before answering (a crash)."""


def refuses(conn: Connection) -> None:
    """A model it will not load: says so once, as ``serve`` does."""
    conn.send(("error", "language model refused here"))


def hangs(conn: Connection) -> None:
    """Reads what it is sent and never answers, nor stops when its pipe closes."""
    conn.send(("ready", None))
    conn.recv()
    time.sleep(60)


def garbles(conn: Connection) -> None:
    """Answers with bytes that are no parse."""
    conn.send(("ready", None))
    conn.recv()
    conn.send(("docs", b"not a DocBin"))


def waits(conn: Connection) -> None:
    """Answers nothing and exits cleanly when its pipe closes."""
    conn.send(("ready", None))
    try:
        while True:
            conn.recv()
    except EOFError:
        return


def extracts_until_killed(conn: Connection) -> None:
    """The extraction child (``ingest.extract_process``) on an article it never finishes:
    takes the request, writes its process id to the file ``FACTDESK_TEST_CHILD_MARK`` names
    (the test's sign that the import is inside that article), then works on, deaf to its pipe
    closing and to SIGTERM: only a kill ends it."""
    import os
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    conn.send(("ready", None))
    conn.recv()
    mark = os.environ["FACTDESK_TEST_CHILD_MARK"]
    with open(mark + ".part", "w", encoding="utf-8") as out:
        out.write(str(os.getpid()))
    os.replace(mark + ".part", mark)
    while True:
        time.sleep(1)


def keeps_request(conn: Connection) -> None:
    """Takes one request and writes it (pickled) to the file ``FACTDESK_TEST_CHILD_MARK``
    names: what the importer's process sent across the pipe, for the test to answer as the
    real child would. Then waits for its pipe to close."""
    import os
    import pickle

    conn.send(("ready", None))
    request = conn.recv()
    mark = os.environ["FACTDESK_TEST_CHILD_MARK"]
    with open(mark + ".part", "wb") as out:
        pickle.dump(request, out)
    os.replace(mark + ".part", mark)
    try:
        while True:
            conn.recv()
    except EOFError:
        return
