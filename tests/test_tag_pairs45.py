"""A claim's span holds both halves of a mark pair or neither (review44 A10).

Before: the analysis reads marks as spaces, so a sentence that opens with one started at its
first word and the span kept the closing half alone ("Update:** this post …", "Jon Hale[/b]
said …"), which the claim list, the CSV and the Markdown report printed (their prose
reading removes a mark only with its pair). Invented sentences."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims
from factdesk.text.markdown import prose
from factdesk.text.tag_pairs import TagPairs

HEAD = "Pellow diary\n\n"


def claim_with(body: str, words: str) -> str:
    [text] = [d.text for d in extract_claims(HEAD + body) if words in d.text]
    return text


@pytest.mark.parametrize(
    ("body", "words", "claim", "shown"),
    [
        (  # review44 A10: a Markdown post's correction note
            "**Correction:** an earlier version of this diary put the lock repairs at "
            "130,000 euros; the trust's accounts show 310,000.\n",
            "earlier version",
            "**Correction:** an earlier version of this diary put the lock repairs at "
            "130,000 euros; the trust's accounts show 310,000.",
            "Correction: an earlier version of this diary put the lock repairs at "
            "130,000 euros; the trust's accounts show 310,000.",
        ),
        (  # review44 A10: console markup pasted from a terminal page
            "[b]Ilse Varga[/b] told us oak for both gates had cost 310,000 euros in 2025.\n",
            "Ilse Varga",
            "[b]Ilse Varga[/b] told us oak for both gates had cost 310,000 euros in 2025.",
            None,
        ),
        (  # the closing half after the full stop
            "Our treasurer wrote **that 42 orchards got grants in 2025.** Nobody else "
            "counted them.\n",
            "treasurer",
            "Our treasurer wrote **that 42 orchards got grants in 2025.**",
            "Our treasurer wrote that 42 orchards got grants in 2025.",
        ),
        (  # "[/]" closes the last tag opened
            "Our treasurer wrote [i]that 42 orchards got grants in 2025.[/] Nobody else "
            "counted them.\n",
            "treasurer",
            "Our treasurer wrote [i]that 42 orchards got grants in 2025.[/]",
            None,
        ),
    ],
)
def test_a_claim_keeps_both_halves_of_a_mark_pair(
    body: str, words: str, claim: str, shown: str | None
) -> None:
    assert claim_with(body, words) == claim
    if shown is not None:
        assert prose(claim) == shown


@pytest.mark.parametrize(
    ("body", "words", "claim"),
    [
        (  # a pair wholly outside the sentence stays outside (clean, as before)
            "**Oak for both gates cost 310,000 euros in 2025, Ilse Varga told us.** "
            "Nobody else counted.\n",
            "Varga",
            "Oak for both gates cost 310,000 euros in 2025, Ilse Varga told us.",
        ),
        (  # a bold run over two sentences: the first sentence takes no half
            "[b]Oak for both gates cost 310,000 euros in 2025, Ilse Varga told us. Our "
            "treasurer wrote that 42 orchards got grants.[/b] Nobody else counted.\n",
            "Varga",
            "Oak for both gates cost 310,000 euros in 2025, Ilse Varga told us.",
        ),
        (  # an editor's insertion is words, not a tag
            "[Ilse Varga] told us oak for both gates had cost 310,000 euros in 2025.\n",
            "told us",
            "[Ilse Varga] told us oak for both gates had cost 310,000 euros in 2025.",
        ),
        (  # a pair both inside: as it was
            "Ilse Varga told us oak for *both gates* had cost 310,000 euros in 2025.\n",
            "told us",
            "Ilse Varga told us oak for *both gates* had cost 310,000 euros in 2025.",
        ),
    ],
)
def test_marks_outside_or_whole_inside_are_left_as_they_were(
    body: str, words: str, claim: str
) -> None:
    assert claim_with(body, words) == claim


def test_a_half_whose_pair_is_far_off_leaves_the_span_at_its_edge() -> None:
    """The other half not touching the span (a sentence between): the half at the span's
    edge is left out rather than the other sentence taken in."""
    body = "[b]One. Two said so.[/b] Three."
    pairs = TagPairs(body)
    two = body.index("Two")
    assert pairs.whole(two, body.index("[/b]") + len("[/b]")) == (two, body.index("[/b]"))
    one = body.index("One")
    assert pairs.whole(one, one + len("One.")) == (one, one + len("One."))  # holds no half
    assert pairs.whole(0, len(body)) == (0, len(body))  # both halves
