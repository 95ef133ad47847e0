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


_NEWS_STORY = (
    "Engines sent to a barn at Pike Hill Farm on Sunday night.\n\n"
    "The flames reached a hay store, which burned for six hours.\n\n"
    '"We were lucky the wind dropped," a neighbour said.'
)


@pytest.mark.parametrize(
    "line",
    [
        "Evening Standard | News | 3 March",
        "World Service | News",
        "UK Politics | News | 3 March",
        "Local Democracy Reporting Service | News",
        "Ollerton Today | News | 3 March",
        "Coastal Affairs – News – 12 June",  # (a section in another layout)
    ],
)
def test_an_outlets_or_sections_line_under_a_headline_names_no_issuer(line: str) -> None:
    """A line under the headline names the page's issuer only when the page speaks as that
    body ("we" outside a quotation, or the name back as a subject): an outlet's or a section's
    line over a story about others leaves its sentences nobody's (review31a, item 1a)."""
    body = f"Hay store lost as barn blaze spreads\n\n{line}\n\n{_NEWS_STORY}"
    assert _one(body, "The flames reached").speaker is None


@pytest.mark.parametrize(
    ("line", "snippet"),
    [
        (
            "Media statement from Kellbridge Police, issued on Tuesday, said two men had been "
            "arrested.",
            "The flames reached",
        ),
        (
            "Press notice from Tarnwick Borough Council, released this morning, warned drivers "
            "of the closure.",
            "The flames reached",
        ),
    ],
)
def test_a_sentence_reporting_a_release_names_no_issuer(line: str, snippet: str) -> None:
    """ "<Release> from <Body>" opening an ordinary sentence (words after its date field, a
    sentence end) is a story reporting a release, not the page's header field (item 1b)."""
    body = f"Hay store lost as barn blaze spreads\n\n{line}\n\n{_NEWS_STORY}"
    assert _one(body, snippet).speaker is None


def test_a_bodys_page_named_under_its_headline_and_back_as_a_subject_is_its_own() -> None:
    """No "we", but the name back as a sentence's subject: the body's own page still."""
    body = (
        "Harbour wall repairs finished early\n\n"
        "Kestrel Bay Harbour Trust | News | 9 June\n\n"
        "Kestrel Bay Harbour Trust finished the repairs to the east wall on Friday.\n\n"
        "The work cost less than the grant allowed."
    )
    claim = _one(body, "The work cost")
    assert (claim.speaker, claim.sourcing) == ("Kestrel Bay Harbour Trust", "named")
