"""The review screen's ``/`` filter: text and speaker in any case or ending, flags and kinds
only when asked for by ``flag:``/``kind:``. Sentences and names are invented for the test."""

from __future__ import annotations

import string

from conftest import examples
from factdesk.domain.models import Claim
from factdesk.text.wordfind import finds, keys, start
from factdesk.ui.screens.review_base import matches
from hypothesis import given, settings
from hypothesis import strategies as st


def claim(text: str, speaker: str | None = None, flags: tuple[str, ...] = ()) -> Claim:
    return Claim(1, 1, 1, 0, len(text), text, "statement", speaker, "named", 0.5, list(flags))


def test_a_flag_word_finds_only_claims_that_say_it_unless_asked_for_as_a_flag() -> None:
    """ "names" listed every claim flagged single-source-name."""
    flagged = claim("Mayor Ilvo Tarrent opened the bridge.", flags=("single-source-name",))
    assert not matches(flagged, "names")
    assert not matches(flagged, "single")
    assert matches(flagged, "flag:single-source")
    assert matches(flagged, "flag:name bridge")
    assert not matches(flagged, "flag:name ferry")
    assert not matches(claim("The bridge opened."), "flag:name")
    assert matches(flagged, "kind:statement") and not matches(flagged, "kind:quote")


def test_a_word_in_another_case_finds_the_claim() -> None:
    """Russian and Ukrainian endings change with the case; any letter case."""
    ru = claim("Депутат Орлевский сказал, что бюджет города вырос на 5%.")
    assert matches(ru, "бюджету") and matches(ru, "БЮДЖЕТА") and matches(ru, "бюджет")
    assert matches(ru, "Орлевского")  # a name in another case
    assert matches(ru, "бюджету города")
    assert not matches(ru, "бюро")
    uk = claim("За словами мера, армія відступила.")
    assert matches(uk, "армії")
    assert matches(claim("Ilvo Tarrent spoke.", speaker="Ilvo Tarrent"), "tarr")


def test_a_word_finds_its_inflections_and_not_a_word_that_only_begins_the_same() -> None:
    """ "reported" found "reporter": the old rule took any word starting with the typed word
    less its last letters. Invented sentences."""
    agency = ["The Velmora agency reported a rise in fares."]
    reporter = ["A reporter for the Velmora Courier asked the mayor."]
    for typed in ("report", "reports", "reported", "reporting", "REPORTED"):
        assert finds(typed, agency), typed
        assert not finds(typed, reporter), typed
    assert finds("reporter", reporter) and finds("reporters", reporter)
    for typed in ("deny", "denies", "denied", "denying"):
        assert finds(typed, ["Councillor Arvo Penn denied the figures."]), typed
    assert finds("cities", ["The city grew."]) and finds("studied", ["Two studies say so."])
    assert not finds("dental", ["Councillor Arvo Penn denied the figures."])


def test_a_derived_word_is_a_word_of_its_own() -> None:
    """ "reported" found "reportedly" and "state" found "station": the search used the
    corroboration matcher's stemmer, which strips "-edly" and "-ion". Invented sentences."""
    hearsay = ["Mayor Ilvo Tarrent reportedly left the Velmora depot."]
    for typed in ("reported", "report", "reports"):
        assert not finds(typed, hearsay), typed
    assert finds("reportedly", hearsay) and not finds("reportedly", ["It reported a rise."])
    station = ["The Velmora station closed at noon."]
    for typed in ("state", "states", "stated", "stating"):
        assert not finds(typed, station), typed
        assert finds(typed, ["The state said so."]), typed
    assert finds("stated", ["Officials are stating the obvious."])
    assert finds("stopped", ["Trains stop at noon."]) and finds("boxes", ["Two boxes."])
    assert not finds("liberated", ["The liberation of Velmora."])


DERIVATIONS = ("ly", "edly", "ion", "ation", "er", "ers", "ment", "ness", "al")
"""The words are drawn as text of a-z, 5 to 10 letters, not ``st.from_regex`` of the same:
drawing from the pattern was two thirds of the test's CPU (3.0 s in ``make test``)."""


@settings(max_examples=examples(200))
@given(st.text(string.ascii_lowercase, min_size=5, max_size=10), st.sampled_from(DERIVATIONS))
def test_a_word_never_finds_a_word_derived_from_it(word: str, ending: str) -> None:
    """A derivation no inflection makes ("-ly", "-ion", "-er"…) is another word, both ways:
    a stem of the longer word is always longer than every stem of the shorter."""
    derived = word + ending
    assert not finds(word, [derived]) and not finds(derived, [word])
    assert not keys(word) & keys(derived)
    assert all(found.startswith(start(word)) for found in (word, word + "s", word + "ed"))


def test_figures_are_whole_and_the_query_as_typed_is_found_on_word_edges() -> None:
    assert not finds("12345", ["the figure was 12399"])
    assert not finds("12", ["the figure was 12399"])
    assert finds("said 1,200", ["The mayor said 1,200 homes flooded."])
    assert finds("1.2", ["a $1.2bn loan"]) and finds("$1.2bn", ["a $1.2bn loan"])
    assert not finds("1.2", ["a $1.25bn loan"])
    assert finds("U.S.", ["The U.S. embassy"])
    assert finds("", ["anything"]) and finds("   ", [""])


def test_keys_and_starts_of_cyrillic_words() -> None:
    assert keys("бюджету") & keys("бюджет") and keys("орлевского") & keys("орлевский")
    assert not keys("бюро") & keys("бюджет")
    assert start("бюджету") == "бюджет" and start("орлевского") == "орлевск"
    assert start("denied") == "den" and start("1,200") == "1,200"
    assert finds("обмеження", ["Причина запровадження обмежень."])
    assert start("обмеження") == "обмежен"  # a prefix of "обмежень" too


@settings(max_examples=examples(200))
@given(st.text(), st.text(), st.lists(st.text(max_size=20), max_size=3))
def test_the_filter_never_raises(query: str, text: str, flags: list[str]) -> None:
    """Whatever is typed and whatever the article says: a yes or a no, never an error."""
    assert isinstance(matches(claim(text, text[:10] or None, tuple(flags)), query), bool)
    assert isinstance(finds(query, [text]), bool)


async def test_slash_and_a_flag_word_lists_only_claims_that_say_it(seeded_desk) -> None:
    """Pilot: on the first article, ``/`` and a word of a flag no claim text holds lists no
    claim for it, and the detail says so and what to do next; ``flag:`` and the word lists
    the flagged claims."""
    from factdesk.ui.widgets.claim_detail import ClaimDetail
    from snapshot_app import build_app, open_review

    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        claims = seeded_desk.claims(screen.article_id)
        flag, word = next(
            (f, w)
            for c in claims
            for f in c.flags
            for w in f.split("-")
            if len(w) >= 3 and not any(w in (x.text + (x.speaker or "")).casefold() for x in claims)
        )
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        assert screen.shown == []
        # the detail no longer shows the claim before (it looked current): it says what to do
        detail = screen.query_one(ClaimDetail).text
        assert screen.current_claim is None and f"No claim here holds “{word}”" in detail
        assert "Esc clears the filter" in detail and "Ctrl+F" in detail
        await pilot.press("escape", "slash", *f"flag:{flag}", "enter")
        await pilot.pause()
        flagged = [c.id for c in claims if flag in c.flags]
        assert flagged and [c.id for c in screen.shown] == flagged
