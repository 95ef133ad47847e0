"""A desk of hand-made claims for the snapshot tests and the export golden files.

Three invented articles about one invented flood, and for each claim everything extraction
would have decided (offsets, kind, speaker, sourcing, flags, score and its reasons, names)
written here by hand and stored directly, so a change to extraction changes none of the
snapshots or golden files built on this desk. What the desk derives from stored claims (name
mentions and groups, the cross-reference matches) is derived by the desk's own indexer, as
after an import; the origins it finds are then overwritten with the ones written here, so the
Elsewhere panel does not move with attribution either.

The claims are written so that the desk finds the same claim, a conflicting one and a related
one in the other articles (``ELSEWHERE_CLAIM`` has all three), and names in two spellings
(Nikolaev / Mykolaiv).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.corroborate.index import index_article
from factdesk.desk.service import Desk
from factdesk.extract.attribution import VERSION as EXTRACTOR
from factdesk.settings.config import Config, load_config

STAMP = "2024-03-06T09:00:00Z"
"""Import and creation time of every row written here (never the clock)."""


@dataclass(frozen=True)
class HandClaim:
    """One claim as extraction would have stored it; ``text`` is found once in the body."""

    text: str
    kind: str
    sourcing: str
    score: float
    speaker: str | None = None
    flags: tuple[str, ...] = ()
    reasons: tuple[tuple[str, float], ...] = ()
    names: tuple[str, ...] = ()
    origin: tuple[str, str, str, str] = ("", "", "", "")
    """(who, via, key, cue) as the Elsewhere panel shows the claim's origin."""


@dataclass(frozen=True)
class HandArticle:
    source_path: str
    title: str
    outlet: str
    author: str
    date_text: str
    date_iso: str
    url: str
    body: str
    claims: tuple[HandClaim, ...] = field(default_factory=tuple)


HARBOUR = HandArticle(
    source_path="fixtures/harbour-post-flood.txt",
    title="Floodwaters reach the suburbs of Nikolaev",
    outlet="Harbour Post",
    author="Dana Volkova",
    date_text="4 March 2024",
    date_iso="2024-03-04",
    url="https://harbour.example.com/flood-nikolaev",
    body=(
        "Floodwaters reach the suburbs of Nikolaev\n"
        "\n"
        "By Dana Volkova, Harbour Post, 4 March 2024\n"
        "\n"
        "The regional governor, Olena Marchuk, said 1,200 homes in Nikolaev had been flooded "
        "by Sunday evening. Water at the Varvarivka dam rose by 40% overnight, according to "
        "the state hydrology office.\n"
        "\n"
        '"We evacuated every hospital on the left bank of the river," Marchuk told reporters '
        "on Monday. The army has sent 300 soldiers to build barriers along the embankment, "
        "a military source said.\n"
        "\n"
        "A resident of the Korabelny district said the pumping station had failed on "
        "Saturday night. The water may reach the city centre by Wednesday, some engineers "
        "warned.\n"
    ),
    claims=(
        HandClaim(
            "The regional governor, Olena Marchuk, said 1,200 homes in Nikolaev had been "
            "flooded by Sunday evening.",
            "statistic",
            "named",
            0.912,
            speaker="Olena Marchuk",
            flags=("number", "date"),
            reasons=(("cue: number", 0.61), ("cue: past fact", 0.48), ("cue: named source", 0.11)),
            names=("Olena Marchuk", "Nikolaev"),
            origin=("Olena Marchuk", "", "olena marchuk", "said"),
        ),
        HandClaim(
            "Water at the Varvarivka dam rose by 40% overnight, according to the state "
            "hydrology office.",
            "statistic",
            "named",
            0.874,
            speaker="the state hydrology office",
            flags=("number",),
            reasons=(("cue: percent", 0.72), ("cue: past fact", 0.41)),
            names=("Varvarivka",),
            origin=("the state hydrology office", "", "state hydrology office", "according to"),
        ),
        HandClaim(
            '"We evacuated every hospital on the left bank of the river," Marchuk told '
            "reporters on Monday.",
            "quote",
            "named",
            0.655,
            speaker="Olena Marchuk",
            flags=("date",),
            reasons=(("cue: first plural", -0.18), ("cue: past fact", 0.52)),
            names=("Marchuk",),
            origin=("Olena Marchuk", "", "olena marchuk", "told"),
        ),
        HandClaim(
            "The army has sent 300 soldiers to build barriers along the embankment, a "
            "military source said.",
            "event",
            "anonymous",
            0.703,
            flags=("anonymous-source", "number"),
            reasons=(("desk: anonymous source", 1.0), ("cue: number", 0.38)),
            origin=("a military source", "", "", "said"),
        ),
        HandClaim(
            "A resident of the Korabelny district said the pumping station had failed on "
            "Saturday night.",
            "event",
            "named",
            0.448,
            speaker="a resident",
            flags=("private-individual", "date"),
            reasons=(("desk: private individual", 0.7), ('word "resident"', -0.09)),
            names=("Korabelny",),
            origin=("a resident", "", "", "said"),
        ),
        HandClaim(
            "The water may reach the city centre by Wednesday, some engineers warned.",
            "statement",
            "unattributed",
            0.231,
            speaker="some engineers",
            flags=("unattributed", "hedged", "date"),
            reasons=(("cue: future", -0.31), ("cue: hedge", -0.22)),
            origin=("some engineers", "", "", "warned"),
        ),
    ),
)

COASTAL = HandArticle(
    source_path="fixtures/coastal-herald-flood.txt",
    title="Mykolaiv officials deny hospitals were evacuated",
    outlet="Coastal Herald",
    author="Petro Hnatiuk",
    date_text="5 March 2024",
    date_iso="2024-03-05",
    url="https://herald.example.org/mykolaiv-hospitals",
    body=(
        "Mykolaiv officials deny hospitals were evacuated\n"
        "\n"
        "Coastal Herald, 5 March 2024\n"
        "\n"
        "Governor Olena Marchuk said 1,200 homes in Mykolaiv had been flooded by Sunday "
        "evening, her office confirmed. Water at the Varvarivka dam rose by 25% overnight, "
        "the state hydrology office said.\n"
        "\n"
        "City officials denied that any hospital on the left bank had been evacuated. "
        "Engineers repaired the pumping station in the Korabelny district on Monday.\n"
    ),
    claims=(
        HandClaim(
            "Governor Olena Marchuk said 1,200 homes in Mykolaiv had been flooded by Sunday "
            "evening, her office confirmed.",
            "statistic",
            "named",
            0.897,
            speaker="Olena Marchuk",
            flags=("number", "date"),
            reasons=(("cue: number", 0.6), ("cue: past fact", 0.47)),
            names=("Olena Marchuk", "Mykolaiv"),
            origin=("Olena Marchuk", "", "olena marchuk", "said"),
        ),
        HandClaim(
            "Water at the Varvarivka dam rose by 25% overnight, the state hydrology office said.",
            "statistic",
            "named",
            0.861,
            speaker="the state hydrology office",
            flags=("number",),
            reasons=(("cue: percent", 0.7), ("desk: conflicting claims elsewhere", 1.5)),
            names=("Varvarivka",),
            origin=("the state hydrology office", "", "state hydrology office", "said"),
        ),
        HandClaim(
            "City officials denied that any hospital on the left bank had been evacuated.",
            "statement",
            "named",
            0.688,
            speaker="City officials",
            flags=("denial",),
            reasons=(("cue: negation", 0.12), ("cue: past fact", 0.44)),
            origin=("City officials", "", "city officials", "denied"),
        ),
        HandClaim(
            "Engineers repaired the pumping station in the Korabelny district on Monday.",
            "event",
            "none",
            0.392,
            flags=("date",),
            reasons=(("cue: past fact", 0.35),),
            names=("Korabelny",),
        ),
    ),
)

WIRE = HandArticle(
    source_path="fixtures/wire-flood-aid.md",
    title="Aid convoy reaches flooded Nikolaev",
    outlet="Northern Wire",
    author="",
    date_text="6 March 2024",
    date_iso="2024-03-06",
    url="",
    body=(
        "Aid convoy reaches flooded Nikolaev\n"
        "\n"
        "A convoy of 40 trucks carrying drinking water arrived in Nikolaev on Tuesday, the "
        "Red Cross said. A spokesman for Olena Marchuk denied that 1,200 homes in Nikolaev "
        "had been flooded by Sunday evening. Power was still cut to 1,200 homes in the "
        "Nikolaev suburbs, the utility company said.\n"
        "\n"
        "Officials said the water in the Varvarivka reservoir was falling.\n"
    ),
    claims=(
        HandClaim(
            "A convoy of 40 trucks carrying drinking water arrived in Nikolaev on Tuesday, "
            "the Red Cross said.",
            "event", "named", 0.566, speaker="the Red Cross", flags=("number", "date"),
            reasons=(("cue: number", 0.35), ("cue: named source", 0.1)),
            names=("Nikolaev", "Red Cross"),
            origin=("the Red Cross", "", "red cross", "said"),
        ),
        HandClaim(
            "A spokesman for Olena Marchuk denied that 1,200 homes in Nikolaev had been "
            "flooded by Sunday evening.",
            "statement", "named", 0.905, speaker="Olena Marchuk",
            flags=("number", "date", "denial"),
            reasons=(("desk: conflicting claims elsewhere", 1.5), ("cue: negation", 0.12)),
            names=("Olena Marchuk", "Nikolaev"),
            origin=("Olena Marchuk", "a spokesman", "olena marchuk", "denied"),
        ),
        HandClaim(
            "Power was still cut to 1,200 homes in the Nikolaev suburbs, the utility company "
            "said.",
            "statistic", "named", 0.577, speaker="the utility company", flags=("number",),
            reasons=(("cue: number", 0.4),),
            names=("Nikolaev",),
            origin=("the utility company", "", "utility company", "said"),
        ),
        HandClaim(
            "Officials said the water in the Varvarivka reservoir was falling.",
            "statement", "unattributed", 0.318, speaker="Officials",
            flags=("unattributed",),
            reasons=(("cue: past fact", 0.21),),
            names=("Varvarivka",),
            origin=("Officials", "", "", "said"),
        ),
    ),
)  # fmt: skip

ARTICLES = (HARBOUR, COASTAL, WIRE)
ELSEWHERE_CLAIM = HARBOUR.claims[0].text
"""Matched as the same, a conflicting and a related claim in the other two articles."""


def _paragraph(body: str, offset: int) -> int:
    """1-based paragraph (blocks between blank lines) of ``offset``: counted here, by hand."""
    return body[:offset].count("\n\n") + 1


def write_article(desk: Desk, article: HandArticle) -> int:
    """Store one article, its version row and its claims as an import would; returns its id."""
    sha = hashlib.sha256(article.body.encode("utf-8")).hexdigest()
    with desk.store.transaction() as conn:
        article_id = conn.execute(
            """INSERT INTO articles (source_path, title, outlet, author, date_text, date_iso,
                 url, version, body, body_sha256, imported_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""",
            [article.source_path, article.title, article.outlet, article.author or None,
             article.date_text, article.date_iso, article.url or None, article.body, sha,
             STAMP, STAMP],
        ).lastrowid  # fmt: skip
        conn.execute(
            "INSERT INTO article_versions (article_id, version, body, body_sha256, imported_at)"
            " VALUES (?, 1, ?, ?, ?)",
            [article_id, article.body, sha, STAMP],
        )
        for claim in article.claims:
            start = article.body.index(claim.text)
            assert article.body.count(claim.text) == 1, claim.text
            reasons = [{"feature": f, "weight": w} for f, w in claim.reasons]
            conn.execute(
                """INSERT INTO claims (article_id, version, start, "end", text, kind, speaker,
                     sourcing, score, score_reasons, flags, paragraph, names, created_at,
                     extractor)
                   VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [article_id, start, start + len(claim.text), claim.text, claim.kind,
                 claim.speaker, claim.sourcing, claim.score, json.dumps(reasons),
                 json.dumps(list(claim.flags)), _paragraph(article.body, start),
                 json.dumps(list(claim.names)), STAMP, EXTRACTOR],
            )  # fmt: skip
    assert article_id is not None
    return article_id


def _fix_origins(desk: Desk, article_id: int, article: HandArticle) -> None:
    """Replace the origins the indexer found with the hand-written ones."""
    with desk.store.transaction() as conn:
        for claim in article.claims:
            who, via, key, cue = claim.origin
            conn.execute(
                """UPDATE claim_origins SET origin = ?, via = ?, origin_key = ?, cue = ?
                   WHERE claim_id = (SELECT id FROM claims WHERE article_id = ? AND text = ?)""",
                [who, via, key, cue, article_id, claim.text],
            )


def fill(desk: Desk) -> Desk:
    """Write the hand-made articles into ``desk`` (a new, empty one) and index them."""
    for article in ARTICLES:
        article_id = write_article(desk, article)
        index_article(desk.store, article_id)
        _fix_origins(desk, article_id, article)
    return desk


def open_fixture_desk(path: Path, config: Config) -> Desk:
    """A new desk at ``path`` holding the hand-made articles and claims."""
    return fill(Desk.open(path, config=config))


def fixture_desk_file(path: Path) -> Path:
    """``path``, made a closed desk of the hand-made claims (for an app in another process):
    no import runs, so a test about the app or the file loads no language model for it."""
    open_fixture_desk(path, load_config()).close()
    return path


def claim_id(desk: Desk, text_start: str) -> int:
    """The id of the one claim whose text starts with ``text_start``."""
    rows = desk.store.conn.execute(
        "SELECT id FROM claims WHERE text LIKE ? || '%'", [text_start]
    ).fetchall()
    assert len(rows) == 1, (text_start, rows)
    return rows[0][0]
