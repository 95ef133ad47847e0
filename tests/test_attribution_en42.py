"""English speakers and flags from review41's wrong outputs on unseen text (issue 12, `en42`,
the figure-neutral fixes): "raise" with a noun of worry is words only when its subject can
voice them ("The decision raised concerns among parents …" is no one's, where it was the body
"decision"); a "he" after a spokeswoman's quotation is not hers; a person who leads or chairs
a body holds a post (no `private-individual`). Every sentence is invented; the guards are a
union, a pronoun and a document raising concerns, a spokesman's "he added", and a person who
lives near a river."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

DECISION = "The decision raised concerns among parents that the school bus would be scrapped.\n"

RAISED = """Bus review

The union raised fears that drivers would lose their jobs.

It raised concerns that the buses were unsafe.

The audit raised questions about how the council spent £2 million.
"""

SPOKESWOMAN = """Ward closed

A hospital spokeswoman said: "Three patients were moved overnight.

"None of them is in danger."

He added that the ward would reopen next week.
"""

SPOKESMAN = """Arrests

A police spokesman said: "Two men were arrested on Tuesday.

"They remain in custody."

He added that inquiries were continuing.
"""

POSTS = """Water plan

Tomas Ekwueme, who leads the Clean Water Coalition, said the plan came too late.

Ruth Bell, who chairs the parish council, said the plan came too late.

Joe Marr, who lives near the river, said the plan came too late.
"""

ARTICLES = {
    "decision": DECISION, "raised": RAISED, "spokeswoman": SPOKESWOMAN, "spokesman": SPOKESMAN,
    "posts": POSTS,
}  # fmt: skip


_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("article", "start", "sourcing", "speaker"),
    [
        ("decision", "The decision raised", "none", None),  # was "decision", named
        ("raised", "The union raised", "named", "union"),  # as before
        ("raised", "It raised concerns", "named", "union"),  # as before
        ("raised", "The audit raised", "unattributed", "The audit"),  # a document: as before
        ("spokeswoman", "He added that the ward", "none", None),  # was the spokeswoman
        ("spokesman", "He added that inquiries", "anonymous", "A police spokesman"),  # as before
    ],
)
def test_en42_speakers(article: str, start: str, sourcing: str, speaker: str | None) -> None:
    claim = _claim(article, start)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


@pytest.mark.parametrize(
    ("start", "private"),
    [
        ("Tomas Ekwueme, who leads", False),  # was flagged: he holds a post
        ("Ruth Bell, who chairs", False),  # was flagged
        ("Joe Marr, who lives", True),  # as before
    ],
)
def test_en42_post_held_in_a_who_clause(start: str, private: bool) -> None:
    assert ("private-individual" in _claim("posts", start).flags) is private
