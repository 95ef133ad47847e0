"""The verdict and flag registries: every map the desk derives covers every entry.

A map that missed a verdict used to surface as a ``KeyError`` at import or draw time; here it
fails a test naming the verdict (or flag) and the map.
"""

from __future__ import annotations

import re

import pytest
from factdesk.domain import flags, verdicts
from factdesk.domain.verdicts import REGISTRY, Verdict, parse_verdict
from factdesk.export.claimreview import rating
from factdesk.extract.flags import FLAG_ORDER, claim_flags, text_facts
from factdesk.names import singlesource
from factdesk.score.combined import signals_of
from factdesk.settings.ratings import DEFAULT_RATINGS
from factdesk.store.converters import SUMMARY_SQL, summary_from_row
from factdesk.ui.app import CSS_FILE, verdict_variables
from factdesk.ui.screens.review_keys import REVIEW_BINDINGS
from factdesk.ui.widgets.article_view import HIGHLIGHTS
from factdesk.ui.widgets.text import VERDICT_SYMBOLS

VERDICT_IDS = [verdict.name for verdict in REGISTRY]


def test_the_registry_is_well_formed() -> None:
    names = [verdict.name for verdict in REGISTRY]
    assert names == list(verdicts.VERDICTS) and len(set(names)) == len(names)
    assert all(name == name.lower() and name.strip() for name in names)
    keys = [key for verdict in REGISTRY for key in verdict.keys.split(",")]
    assert len(set(keys)) == len(keys), "two verdicts share a key"
    symbols = [verdict.symbol for verdict in REGISTRY] + [verdicts.UNREVIEWED_SYMBOL]
    assert len(set(symbols)) == len(symbols), "two verdicts share a symbol"


@pytest.mark.parametrize("verdict", REGISTRY, ids=VERDICT_IDS)
def test_every_map_covers_the_verdict(verdict: Verdict) -> None:
    assert parse_verdict(verdict.name.upper()) == verdict.name
    assert VERDICT_SYMBOLS[verdict.name] == verdict.symbol
    binding = next(b for b in REVIEW_BINDINGS if b.id == f"verdict-{verdict.name}")
    assert (binding.key, binding.description) == (verdict.keys, verdict.label)
    scale = DEFAULT_RATINGS[verdict.name]
    assert (scale.label, scale.value) == (verdict.rating_label, verdict.rating_value)
    assert rating(verdict.name, DEFAULT_RATINGS)["alternateName"] == verdict.rating_label
    assert f"SUM(v.verdict = '{verdict.name}')" in SUMMARY_SQL
    assert f"claim--{verdict.name}" in HIGHLIGHTS


@pytest.mark.parametrize("verdict", REGISTRY, ids=VERDICT_IDS)
def test_the_stylesheet_colours_and_paints_the_verdict(verdict: Verdict) -> None:
    """The one place outside the registry a new verdict needs: its colour and its tint."""
    assert verdict.colour.lstrip("$") in verdict_variables()
    css = CSS_FILE.read_text(encoding="utf-8")
    assert re.search(rf"\.claim--{verdict.name}\s*\{{[^}}]*{re.escape(verdict.colour)}\b", css)


def test_the_summary_counts_every_verdict() -> None:
    row = {
        "id": 1, "title": "t", "outlet": None, "author": None, "date_text": None,
        "date_iso": None, "url": None, "source_path": None, "imported_at": "x", "version": 1,
        "claims": 9, "reviewed": 9, "top_score": 0.5, "place": None, "rereview": 2,
        **{verdict.name: n for n, verdict in enumerate(REGISTRY, 1)},
    }  # fmt: skip
    summary = summary_from_row(row)
    assert summary.counts == {verdict.name: n for n, verdict in enumerate(REGISTRY, 1)}
    assert summary.rereview == 2


def test_the_flag_registry_is_well_formed() -> None:
    names = [flag.name for flag in flags.REGISTRY]
    assert len(set(names)) == len(names)
    assert all(flag.description.strip() for flag in flags.REGISTRY)
    assert tuple(f.name for f in flags.REGISTRY if not f.desk_wide) == FLAG_ORDER
    assert singlesource.FLAG in names


def test_extraction_computes_every_flag_of_the_words_in_registry_order() -> None:
    text = "Officials reportedly denied that 40 drones hit the depot on 31 February 2026."
    found = claim_flags(
        text, text_facts(text), sourcing="anonymous", private_speaker=True, article_date=None
    )
    assert found == [name for name in flags.ORDER if name in found]
    assert set(found) == {
        "anonymous-source", "number", "date", "date-inconsistent", "private-individual",
        "denial", "hedged",
    }  # fmt: skip


def test_the_score_reads_flags_by_their_registered_names() -> None:
    """The desk's signals switch on from registry flags (``domain.flags`` constants): a claim
    carrying every registered flag raises more signals than the same claim carrying none."""
    bare = signals_of("statement", "named", ())
    flagged = signals_of("statement", "named", flags.ORDER)
    assert set(bare) < set(flagged)
