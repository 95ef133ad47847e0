"""The review screen's keys, in one list: the footer, help and palette read them from here.

Every binding has an id, so the ``[keys]`` table of config.toml can remap it through
Textual's ``set_keymap``. No binding here is a priority one: a priority key runs when it
arrives, ahead of the keys before it still on their way from the focused widget to the screen,
so "2" then "z" in one read undid the change before the "2" (Backspace and Ctrl+Z were
priority bindings while the article pane, a TextArea, kept its own editing keys; it keeps
none now). Typed characters and Backspace reach the filter input first, as keys of the
focused widget; the screen's ``check_action`` keeps its other keys from acting while the
filter has focus, and out of the footer.
"""

from __future__ import annotations

from textual.binding import Binding

from factdesk.domain.verdicts import REGISTRY


def _verdict_bindings() -> list[Binding]:
    """One binding per verdict of the registry, its keys and label from there."""
    return [
        Binding(
            verdict.keys,
            f"verdict('{verdict.name}')",
            verdict.label,
            id=f"verdict-{verdict.name}",
            tooltip=f"Mark the claim {verdict.name} and move to the next unreviewed claim",
            key_display=verdict.keys.split(",")[0],
        )
        for verdict in REGISTRY
    ]


ELSEWHERE_BINDINGS: list[Binding] = [
    Binding(
        "v", "accept_suggestion", "Suggested", id="accept-suggestion",
        tooltip="Accept the verdict the Elsewhere panel suggests (z undoes it)",
    ),
    Binding(
        "o", "open_elsewhere", "Open match", id="open-elsewhere",
        tooltip="Open the highlighted Elsewhere match in its article; Esc comes back",
    ),
    Binding(
        "l", "link_match", "Link", id="link-match",
        tooltip="Link the highlighted Elsewhere match to this claim as evidence",
    ),
    Binding(
        "L", "unlink_match", "Unlink", show=False, id="unlink-match",
        tooltip="Remove the link to the highlighted Elsewhere match",
    ),
    Binding(
        "right_square_bracket", "match_next", "Next match", show=False, id="next-match",
        tooltip="Next Elsewhere match (or Tab to the panel and use ↓, Enter opens)",
    ),
    Binding(
        "left_square_bracket", "match_prev", "Prev match", show=False, id="prev-match",
        tooltip="Previous Elsewhere match (or Tab to the panel and use ↑)",
    ),
    Binding(
        "N", "names", "Names", show=False, id="names",
        tooltip="Names in this article, their spellings across the desk; merge/split",
    ),
]  # fmt: skip
"""Corroboration keys (issue 4): they act on the Elsewhere panel under the claim detail."""

REVIEW_FOOTER_GROUPS = {f"verdict-{verdict.name}": "Verdict" for verdict in REGISTRY}
"""The verdict keys, drawn as one "1-4 Verdict" when the footer would leave out most keys."""
REVIEW_FOOTER_FIRST = (
    "select-sentence", "select-word-left", "select-word-right",
    *REVIEW_FOOTER_GROUPS, "help", "verdict-clear", "note", "undo", "next-article",
)  # fmt: skip
"""The footer's first keys, in this order (the rest follow in the bindings' order, which help
keeps): what a reviewer presses most, so that at 80 columns undo and the next article show.
The article pane's selecting keys lead while it has focus (they are bound there alone): the
pane has focus when the reviewer is selecting words for ``a``."""

REVIEW_BINDINGS: list[Binding] = [
    Binding(
        "j", "next_claim", "Next", show=False, id="next-claim",
        tooltip="Next claim, whatever has focus",
    ),
    Binding("k", "prev_claim", "Prev", show=False, id="prev-claim", tooltip="Previous claim"),
    Binding(  # shown: the footer puts it after undo (REVIEW_FOOTER_FIRST)
        "J", "next_article", "Next article", id="next-article",
        tooltip="Next article in the queue's current sort",
    ),
    Binding(
        "K", "prev_article", "Prev article", show=False, id="prev-article",
        tooltip="Previous article in the queue's current sort",
    ),
    Binding("g", "first_claim", "First", show=False, id="first-claim", tooltip="First claim"),
    Binding("G", "last_claim", "Last", show=False, id="last-claim", tooltip="Last claim"),
    *_verdict_bindings(),
    Binding(  # right after the verdicts: the footer keeps these when the line is short
        "question_mark", "app.help", "Help", id="help", tooltip="Every key on this screen",
    ),
    Binding(
        "0,backspace", "verdict('')", "Clear", id="verdict-clear",
        key_display="0", tooltip="Clear the claim's verdict (the note stays)",
    ),
    Binding(
        "A", "attribution", "Attribution", show=False, id="attribution",
        tooltip="Attribution check (did the speaker say it?): unchecked → confirmed → "
        "misattributed → unchecked; the verdict still judges the content",
    ),
    Binding("n", "note", "Note", id="note", tooltip="Edit the note and evidence URLs"),
    Binding(
        "P", "publish", "Publish", show=False, id="publish",
        tooltip="Publication fields for ClaimReview: summary, claimant, dates, URLs, headline",
    ),
    Binding(
        "b", "open_evidence", "Browser", show=False, id="open-evidence",
        tooltip="Open the claim's evidence in the web browser (a choice when several)",
    ),
    Binding(
        "w", "speaker", "Who", show=False, id="speaker",
        tooltip="Who says it: set the speaker, type, sourcing and affiliation by hand",
    ),
    Binding(
        "y", "copy_note", "Copy", show=False, id="copy-note",
        tooltip="Copy this claim's fact-check note",
    ),
    Binding(
        "Y", "copy_article_notes", "Copy reviewed", show=False, id="copy-article-notes",
        tooltip="Copy the fact-check notes of this article's reviewed claims",
    ),
    Binding(
        "z,ctrl+z", "undo", "Undo", id="undo", key_display="z",
        tooltip="Undo your last change (verdict, note, added or hidden claim)",
    ),
    Binding("Z", "redo", "Redo", show=False, id="redo", tooltip="Redo what was undone"),
    Binding(
        "a", "add_claim", "Add", show=False, id="add-claim",
        tooltip="Add a claim from the text selected in the article pane",
    ),
    Binding(
        "D", "hide_claim", "Hide", show=False, id="hide-claim",
        tooltip="Hide a claim (one added by hand asks first); on the hidden list "
        "(f) show it again; on the needs-re-review list (f) settle it",
    ),
    Binding(
        "slash", "filter", "Filter", id="filter",
        tooltip="Filter this article's claims by text, speaker or flag",
    ),
    Binding(
        "f", "cycle_list_mode", "List", show=False, id="unreviewed-only",
        tooltip="Cycle the list: all claims, unreviewed only, then where this article has "
        "any: merge conflicts, hidden claims, claims needing re-review after a re-import",
    ),
    Binding(
        "S", "toggle_score_order", "Score order", show=False, id="score-order",
        tooltip="List claims by score instead of text order, or back",
    ),
    *ELSEWHERE_BINDINGS,
    Binding(
        "e", "export", "Export", show=False, id="export", tooltip="Export verdicts and notes"
    ),
    Binding(
        "escape", "back", "Back", id="back",
        tooltip="Close the filter, else go back to the queue or the article you came from",
    ),
    Binding(  # as on the queue: q in the review did nothing, and said nothing
        "q", "app.quit", "Quit", show=False, id="quit",
        tooltip="Quit (everything is saved already; next time, Enter on the queue returns here)",
    ),
]  # fmt: skip
