"""The app's worker-to-UI bridge (``FactDeskApp._from_worker``) refuses at once when its
thread holds a desk's write turn (review34 item 5): the app's own writes wait for that turn,
so a ``call_from_thread`` from inside a transaction would have frozen the screen until
``TURN_TIMEOUT_S``. Outside a transaction the bridge runs the method on the app's thread."""

from __future__ import annotations

import asyncio
import threading

import pytest
from factdesk.desk.service import Desk
from factdesk.store.db import Store
from snapshot_app import build_app


async def test_the_bridge_refuses_from_inside_a_write_transaction(desk: Desk) -> None:
    app = build_app(desk)
    ran: list[str] = []

    def shown(label: str) -> None:
        ran.append(f"{label} on {'the app' if threading.current_thread() is main else 'a worker'}")

    main = threading.current_thread()

    def worker() -> None:
        bridge = app._from_worker(shown)
        bridge("outside")  # no turn held: runs on the app's thread, as before
        store = Store(desk.path)  # the worker's own connection, as the import's is
        try:
            with store.transaction(), pytest.raises(RuntimeError, match="write transaction"):
                bridge("inside")
        finally:
            store.close()
        bridge("after")  # the turn is given back: the bridge works again

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await asyncio.wait_for(asyncio.to_thread(worker), timeout=20)
        await pilot.pause()
    assert ran == ["outside on the app", "after on the app"]
