"""A body's own page names its issuer in a header line, under the headline too (issue 12, fresh31).

The engine read a page's issuer header ("<Body> | News") only on the page's first line, and no
"Press release from: <Body>" field at all; on text nobody had tuned on (``heldout32``) both
left a release's every sentence with nobody. Invented documents only, in other layouts, bodies
and trades; the guards: an outlet's section line under a headline, a header-shaped line deep in
a story, a page with a reporter's byline, and "News from <place>" name no issuer.
"""

from __future__ import annotations

import pytest
from claim_support import one_claim

_one = one_claim

_UNDER_HEADLINE = (
    "Hay store lost as barn blaze spreads near Ollerton\n\n"
    "Fenmoor Fire and Rescue Service | News | 3 March\n\n"
    "We sent four engines to a barn at Pike Hill Farm on Sunday night.\n\n"
    "The flames reached a hay store, which burned for six hours.\n\n"
    "Nobody was hurt, and an investigator will visit the farm this week."
)

_RELEASE_FROM = (
    "Burst main under Station Road mended overnight\n\n"
    "Press release from: Orrin Valley Water Published 4 May\n\n"
    "Orrin Valley Water repaired a burst main under Station Road in Kellbridge on Tuesday.\n\n"
    "About 2,000 homes lost supply for nine hours.\n\n"
    "Bottled water was handed out at the library until the evening."
)


@pytest.mark.parametrize(
    "snippet", ["We sent four engines", "The flames reached", "Nobody was hurt"]
)
def test_a_pages_header_line_under_its_headline_names_its_issuer(snippet: str) -> None:
    """ "<Body> | News | <date>" as the line under the headline: the body's own page, whose
    sentences with no source of their own are the body's, as when the line opens the page."""
    claim = _one(_UNDER_HEADLINE, snippet)
    assert (claim.speaker, claim.sourcing) == ("Fenmoor Fire and Rescue Service", "named")


@pytest.mark.parametrize(
    ("header", "snippet"),
    [
        ("Press release from: Orrin Valley Water Published 4 May", "About 2,000 homes"),
        ("Press release from: Orrin Valley Water Published 4 May", "repaired a burst main"),
        ("News release from the Orrin Valley Water, 4 May 2026", "About 2,000 homes"),
        ("Media statement from Orrin Valley Water | 4 May", "Bottled water was handed out"),
    ],
)
def test_a_release_from_field_names_its_issuer(header: str, snippet: str) -> None:
    """ "Press release from: <Body> Published <date>", "News release from the <Body>, <date>":
    the body the release comes from, cut at its date field, speaks every sentence with no
    source of its own (the deed its lede tells too), though the recogniser took its name for
    a place."""
    body = _RELEASE_FROM.replace("Press release from: Orrin Valley Water Published 4 May", header)
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == ("Orrin Valley Water", "named")


def test_a_quoted_officer_on_a_bodys_page_keeps_his_words() -> None:
    """The header names who speaks the page's own sentences, never a quoted person's."""
    body = _UNDER_HEADLINE.replace(
        "Nobody was hurt, and an investigator will visit the farm this week.",
        'Watch manager Idris Penhale said: "The crews kept it away from the farmhouse."',
    )
    assert _one(body, "kept it away").speaker == "Idris Penhale"
    assert _one(body, "The flames reached").speaker == "Fenmoor Fire and Rescue Service"


@pytest.mark.parametrize(
    ("header", "where"),
    [
        ("Harwick Gazette | News | 3 March", "under"),  # an outlet's section line
        ("News from Ollerton, 3 March", "under"),  # a section about a place
        ("Fenmoor Fire and Rescue Service | News | 3 March", "deep"),  # not a header
    ],
)
def test_no_issuer_from_an_outlets_line_a_place_or_a_line_deep_in_a_story(
    header: str, where: str
) -> None:
    """An outlet's section line, "News from <place>", or an issuer-shaped line below the first
    paragraphs name no issuer: the sentences stay nobody's."""
    story = (
        "Engines sent to a barn at Pike Hill Farm on Sunday night.\n\n"
        "The flames reached a hay store, which burned for six hours."
    )
    headline = "Hay store lost as barn blaze spreads"
    lede = "" if where == "under" else "A farm lost its hay.\n\n"
    body = f"{headline}\n\n{lede}{header}\n\n{story}"
    assert _one(body, "The flames reached").speaker is None


def test_a_reporters_page_with_a_release_line_stays_the_reporters() -> None:
    """A byline among the header lines makes the page a news story: its "Press release from"
    line quotes a release, and the story's own sentences stay nobody's."""
    body = _RELEASE_FROM.replace(
        "Burst main under Station Road mended overnight\n\n",
        "Burst main under Station Road mended overnight\n\nBy Tamsin Ruddle\n\n",
    ).replace("Orrin Valley Water repaired", "Engineers repaired")
    assert _one(body, "About 2,000 homes").speaker is None
