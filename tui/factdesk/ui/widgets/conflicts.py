"""A merge conflict in the claim detail: our verdict beside the colleague's, and their note.

``factdesk merge`` never overwrites a differing verdict; it keeps the colleague's aside until a
reviewer next changes the claim. The detail shows both, and how to settle it.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from factdesk.desk.conflicts import MergeConflict
from factdesk.ui.widgets.text import block, line, verdict_badge

HINT = "  take theirs: press its verdict key · keep yours: press your verdict key again"
"""How a conflict is settled: any change of the claim by a reviewer closes it, and pressing
the verdict it already has is recorded as "kept this desk's review" (Desk._edit)."""


def conflict_content(conflicts: Sequence[MergeConflict]) -> Content:
    """One block per open conflict: ours, theirs (who, from which file), their note.

    Ends with a line break: the claim detail puts it on top, above the claim itself.
    """
    parts: list[Content | str] = []
    for conflict in conflicts:
        parts += [
            Content.styled("merge conflict ", "bold $warning"),
            Content.styled("ours ", "dim"),
            verdict_badge(conflict.ours),
            Content.styled("  theirs ", "dim"),
            verdict_badge(conflict.theirs or None),
            Content.styled(" by ", "dim"),
            line(conflict.reviewer),
            Content.styled(" from ", "dim"),
            line(conflict.source, "italic"),
        ]
        if conflict.note.strip():
            parts += ["\n", Content.styled("  their note ", "dim"), block(conflict.note.strip())]
        for url in conflict.evidence:
            parts += ["\n", Content.styled("  their evidence ", "dim"), line(url, "underline")]
        parts.append("\n")
    if parts:
        parts += [
            Content.styled(HINT, "dim italic"),
            "\n",
        ]
    return Content.assemble(*parts)
