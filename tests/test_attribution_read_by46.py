"""A text's words given by "read" (issue 12, `en46`): "A post from the club read: "…"" is the
club's, the one club the article names, as "a post from the club said" is.

The parser reads "club read" as one noun with "read" its head, so the post's owner came out as
the speaker "club read", a name no one has. Every sentence is invented; the guards are a
reading said by someone ("read by the announcer", no colon after "read"), a person's own site,
a role noun that names no body ("the headteacher"), and "The sign read:", whose words are no
one's statement."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

CLUB = """Coach leaves Harbour Rovers

Harbour Rovers Football Club sacked its coach on Monday.

A statement on the club's website read: "We thank Dana Whitlow for her work over three \
seasons and wish her well."

A post from the club read: "Tickets for Saturday's home match are still on sale."

A post from the club read by the announcer at half-time on Saturday said a new stand would \
open in May.

A statement on Dana Whitlow's website read: "I am proud of what we built together."

A letter from the headteacher read: "The school will close early on Friday."

The sign on the stadium gate read: "No entry after dark."
"""

_claim = claim_finder({"club": CLUB})


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("A post from the club read:", "Harbour Rovers Football Club"),  # was "club read"
        ("A post from the club read by", "Harbour Rovers Football Club"),  # as before
        ("A statement on Dana", "Dana Whitlow"),  # as before: her own site
        ("A letter from the headteacher", None),  # as before: a role, no body named
        ("The sign on the stadium", None),  # as before: a sign's words, no one's statement
    ],
)
def test_en46_a_texts_read_is_its_owners_words(start: str, speaker: str | None) -> None:
    assert _claim("club", start).speaker == speaker
