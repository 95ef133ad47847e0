"""A name with its post set off by commas before a trailing verb of speech (mend35e, session 35).

"…, Tom Reyes, a spokesman for the council, said." got no source at all: the parser hangs the
name on the clause before (an adverbial or an object) and the post on the name, so the verb has
no subject and the phrase right before it is the post, not a name (``_name_set_off_before``,
``_post_set_off``). Every sentence is invented, in shapes of its own.
"""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import extract_claims


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Fares will rise by 4% in January, Tom Reyes, a spokesman for the council, said.",
         "Fares will rise", "Tom Reyes"),
        ("The two men had never met before the trial, Agnes Whyte, who represents the family, "
         "said.", "two men had never met", "Agnes Whyte"),
    ],
)  # fmt: skip
def test_the_name_before_its_post_is_the_speaker(body: str, snippet: str, speaker: str) -> None:
    claim = one_claim(body, snippet, extract_claims)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


def test_a_name_with_its_post_inside_the_event_is_no_speaker() -> None:
    body = "The firm hired Tom Reyes, a former spokesman for the council, in May."
    claim = one_claim(body, "firm hired", extract_claims)
    assert claim.speaker != "Tom Reyes"
