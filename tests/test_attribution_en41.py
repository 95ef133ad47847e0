"""English speakers from session 41's fresh errors (issue 12, `en41`): "raised concerns that …"
and "raised fears the cuts will …" put a stance in words as "voiced fears" does (a finite,
active "raise" with a noun of worry as its object); a quotation closed by "said a company
statement" is the company's, the one body that spoke before, as "A company statement said" was;
"said a Tallow statement", where the parser read the name as the noun's adjective, is Tallow's;
"the college said" after "a third college …" is the college the next sentence names, not the
indefinite phrase; a "he added" after an unnamed spokesman's quotation that ran on over a
paragraph is the spokesman's. Every sentence is invented; the guards are "raised prices",
"raised £4,000", "raised the alarm", a passive, a participle, a statement with no body before
it, "the controller" after an unnamed controller with no body named between, and a "he" after
a paragraph that is no quotation."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

RAISED = """Scooter scheme paused

Hire scooters in Harwick were taken off the streets on Monday.

Ann Pope, who sits for the Abbey ward, raised concerns that riders were leaving them on
pavements.

Last month the Harwick Rail Union raised fears that the depot would shut.

The company raised prices in March.

The club raised £4,000 for the hospice.

A guard raised the alarm on his radio.

Concerns were raised by residents about the noise.

A survey published on Monday, raising questions about safety, found 40 crashes.
"""

STATEMENT = """Creamery to stop bottling

Tallow Creameries has announced that it will stop bottling milk at its Ames site in the spring.

"Orders from our largest buyer have fallen by half since January," said a company statement.

"Forty jobs are affected," said a Tallow statement.

"Talks with staff begin on Monday," said the statement.
"""

BARE = """Flood warning

Rivers rose across the county on Sunday.

"Residents should move their cars," said a statement.
"""

COLLEGE = """Harmond College to shed posts

A third college in Yorkshire has announced plans to cut teaching posts. Harmond College told its
600 lecturers on Friday that early retirement would be offered.

The college said income from adult courses had fallen for three years.

A college spokesman said: "Nobody wants to lose good teachers.

"We will try to keep every department open."

He added that a consultation would close in May.
"""

TOWER = """Tower control

Two radars at the tower failed on Friday night, a controller speaking on condition of
anonymity said.

The controller said a backup system took over within a minute.
"""

QUIET = """Quiet spokesman

A hospital spokesman said: "The ward will reopen once cleaning is finished."

Cleaners worked through Monday night on the ward.

Ann Marsh, whose father was a patient there, said families had waited too long.

He added that staff had stayed late.
"""

ARTICLES = {
    "raised": RAISED, "statement": STATEMENT, "bare": BARE, "college": COLLEGE,
    "tower": TOWER, "quiet": QUIET,
}  # fmt: skip


_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("article", "start", "sourcing", "speaker"),
    [
        ("raised", "Ann Pope, who sits", "named", "Ann Pope"),  # was none
        ("raised", "Last month the Harwick", "named", "Harwick Rail Union"),  # was none
        ("raised", "The company raised prices", "none", None),  # a deed
        ("raised", "The club raised", "none", None),
        ("raised", "A guard raised the alarm", "none", None),
        ("raised", "Concerns were raised", "none", None),  # a passive: as before
        ("raised", "A survey published", "none", None),  # a participle: as before
        ("statement", '"Orders from our', "named", "Tallow Creameries"),  # was unattributed
        ("statement", '"Forty jobs', "named", "Tallow"),  # was unattributed
        ("statement", '"Talks with staff', "named", "Tallow"),  # was unattributed
        ("bare", '"Residents should move', "unattributed", None),  # no body before: as before
        ("college", "The college said", "named", "Harmond College"),  # was the indefinite one
        ("college", "He added that a", "anonymous", "A college spokesman"),  # was none
        ("tower", "The controller said", "anonymous", "a controller"),  # as before
        ("quiet", "He added that staff", "none", None),  # no quotation runs on: as before
    ],
)
def test_en41_speakers(article: str, start: str, sourcing: str, speaker: str | None) -> None:
    claim = _claim(article, start)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)
