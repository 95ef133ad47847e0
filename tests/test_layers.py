"""The package's shape, checked: no import cycles, layers that only point down.

Layer order, top to bottom (``README.md``, "For developers"):
``ui | cli -> export -> desk -> ingest | corroborate -> extract | names -> store | score ->
domain, text, settings``. The graph is read from the source (``import_graph``), so an import
inside a function or under ``TYPE_CHECKING`` counts as much as one at the top of a file.
"""

from __future__ import annotations

import import_graph


def test_the_graph_sees_every_module_and_its_imports() -> None:
    """Guard the guard: a parser that found no edges would find no cycles either."""
    edges = import_graph.graph()
    assert "factdesk.desk.service" in edges and "factdesk.store.db" in edges
    assert "factdesk.store.db" in edges["factdesk.desk.service"]
    assert len(edges) > 80


def test_a_made_up_cycle_is_found() -> None:
    edges = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}
    assert import_graph.cycles(edges) == [["a", "b", "c"]]


def test_no_import_cycles_inside_the_package() -> None:
    found = import_graph.cycles(import_graph.graph())
    assert found == [], "import cycles: " + "; ".join(" <-> ".join(c) for c in found)
