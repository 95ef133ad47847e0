"""Make the README's screenshots from the real app on the seeds: ``make screenshots``.

The app is built by the same factory as ``factdesk open`` (``make_app``) on a fresh temporary
desk with the seeds imported, driven with Pilot key presses as a reviewer would, and saved as
SVG into ``screenshots/``. Nothing is drawn by hand.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import make_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUT = ROOT / "screenshots"
SIZE = (160, 44)


def fresh_desk(folder: Path) -> Desk:
    desk = Desk.open(folder / "desk.db", config=Config(reviewer="screenshots"))
    report = desk.import_paths([SEEDS])
    if report.failed:
        raise SystemExit(f"screenshots: seeds did not import: {report.summary()}")
    return desk


async def shoot(desk: Desk, out: Path) -> list[Path]:
    """Queue, review with all four verdict colours, the note modal."""
    app = make_app(desk, clipboard=lambda text: None)
    saved: list[Path] = []

    def save(name: str) -> None:
        saved.append(Path(app.save_screenshot(f"{name}.svg", str(out))))

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "1", "2", "3", "4", "1")  # one claim of each colour, and more
        await pilot.press("k", "k", "k")
        await pilot.pause(0.3)
        save("review")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Ministry statement of 20 Nov says otherwise; see evidence.")
        await pilot.press("tab", *"https://example.org/ministry-statement")
        await pilot.pause(0.3)
        save("note")
        await pilot.press("ctrl+s", "escape")
        await pilot.pause(0.3)
        save("queue")
    return saved


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="factdesk-shots-") as folder:
        desk = fresh_desk(Path(folder))
        try:
            for path in asyncio.run(shoot(desk, out)):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        finally:
            desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
