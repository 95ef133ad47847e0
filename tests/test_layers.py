"""The package's shape, checked: no import cycles, layers that only point down.

Layer order, top to bottom (``README.md``, "For developers"):
``ui | cli -> export -> desk -> ingest | corroborate -> extract | names -> store | score ->
domain, text, lexicon, settings``. The graph is read from the source (``import_graph``), so
an import inside a function or under ``TYPE_CHECKING`` counts as much as one at the top.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys

import import_graph
import source_trees


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


# --- layers ---------------------------------------------------------------------------------

LAYERS: dict[str, int] = {
    "lexicon": 0, "domain": 0, "text": 0, "settings": 0,
    "store": 1, "score": 1, "language": 1,
    "extract": 2, "names": 2,
    "ingest": 3, "corroborate": 3,
    "desk": 4,
    "export": 5,
    "ui": 6, "cli": 6,
}  # fmt: skip
"""Sub-package -> height. A module may import its own sub-package and lower heights only;
siblings at one height (``ingest | corroborate``, ``extract | names``, ``store | score |
language`` (the spaCy pipeline, below extract which reads its parses),
``ui | cli``) do not import each other. The foundation (height 0) is the exception: it is
the vocabulary and the plain types every layer shares (settings name verdicts, say), and
the cycle test keeps it acyclic."""

SIDEWAYS_ALLOWED = {("cli", "ui")}
"""``factdesk open`` starts the app: the command line may import the UI (lazily, so no other
command loads Textual; the fresh-interpreter test below checks that)."""

TOP = {"factdesk.__main__"}
"""``python -m factdesk`` sits above everything."""


def layer_of(module: str) -> str | None:
    """The sub-package of a module, or None for the package itself and ``__main__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def test_every_sub_package_has_a_layer() -> None:
    packages = {
        path.parent.name
        for path in import_graph.ROOT.glob("*/__init__.py")
        if path.parent.parent == import_graph.ROOT
    }
    assert packages == set(LAYERS)
    loose = {m for m in import_graph.modules() if m.count(".") == 1 and layer_of(m) is None}
    assert loose <= TOP | {"factdesk"}, f"modules outside any layer: {sorted(loose - TOP)}"


def upward_imports(edges: dict[str, dict[str, int]]) -> list[str]:
    """Every import of a higher layer or a sibling, as ``module:line -> imported``."""
    found = []
    for module, imported in edges.items():
        here = layer_of(module)
        if here is None:
            continue
        for target, line in imported.items():
            there = layer_of(target)
            if there is None:
                if target in TOP:
                    found.append(f"{module}:{line} -> {target}")
                continue
            if there == here or (here, there) in SIDEWAYS_ALLOWED or LAYERS[here] == 0:
                continue
            if LAYERS[there] >= LAYERS[here]:
                found.append(f"{module}:{line} -> {target}")
    return found


def test_a_made_up_upward_import_is_found() -> None:
    edges = {
        "factdesk.store.db": {"factdesk.desk.service": 3},
        "factdesk.ingest.importer": {"factdesk.corroborate.index": 7, "factdesk.store.db": 8},
        "factdesk.desk.service": {"factdesk.store.db": 1},
    }
    assert upward_imports(edges) == [
        "factdesk.store.db:3 -> factdesk.desk.service",
        "factdesk.ingest.importer:7 -> factdesk.corroborate.index",
    ]


def test_no_module_imports_a_higher_or_sibling_layer() -> None:
    found = upward_imports(import_graph.graph())
    assert found == [], "imports against the layer order:\n" + "\n".join(found)


_PROBE = """
import importlib, json, os, sys
out = {}
for layers in json.loads(sys.argv[1]):
    for layer, names in layers:
        read, write = os.pipe()
        if os.fork() == 0:  # the child: this interpreter as it is, plus one layer
            os.close(read)
            before = set(sys.modules)
            try:
                for name in names:
                    importlib.import_module(name)
                said = {"loaded": sorted(set(sys.modules) - before)}
            except BaseException as error:
                said = {"error": f"{layer}: {error!r}"}
            with os.fdopen(write, "w") as pipe:
                pipe.write(json.dumps(said))
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            out[layer] = json.loads(pipe.read())
        os.wait()
    for layer, names in layers:  # this height is checked: the next one is probed on top of it
        try:
            for name in names:
                importlib.import_module(name)
        except BaseException:
            pass  # its child has said why
print(json.dumps(out))
"""


def layers_loaded() -> dict[str, dict[str, list[str] | str]]:
    """What importing each layer loads beyond the heights below it: ``{layer: {"loaded":
    modules}}`` (or ``"error"``).

    Each layer is imported in a process forked from one that holds only the lower heights'
    modules, so what it brings in beyond them holds everything importing it alone would load
    above itself (what the lower heights load was checked the same way one step earlier, and
    is named there). One interpreter
    and a fork per layer, rather than a fresh interpreter that imports everything below
    again for each of the fifteen layers (a third of the old test's CPU, issue 15's budget).
    """
    names = import_graph.modules()
    heights = sorted(set(LAYERS.values()))
    plan = [
        [[layer, [m for m in names if layer_of(m) == layer]] for layer in sorted(LAYERS)
         if LAYERS[layer] == height]
        for height in heights
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(import_graph.ROOT.parent)}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(plan)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def loaded_above(layer: str, loaded: list[str]) -> list[str]:
    """The modules of a higher or sibling layer among ``loaded`` (foundation layers excepted),
    and Textual when ``layer`` is below the UI: the core must run without it."""
    here = LAYERS[layer]
    above = [
        m
        for m in loaded
        if (there := layer_of(m)) is not None
        and there != layer
        and (layer, there) not in SIDEWAYS_ALLOWED
        and here > 0
        and LAYERS[there] >= here
    ]
    if layer != "ui":
        above += [m for m in loaded if m == "textual" or m.startswith("textual.")]
    return sorted(above)


def test_loaded_above_names_what_a_layer_should_not_load() -> None:
    """Guard the guard's reading: a layer that did load one above it (or Textual) is named."""
    assert loaded_above("store", ["factdesk.store.db", "factdesk.desk.service", "textual"]) == [
        "factdesk.desk.service",
        "textual",
    ]
    assert loaded_above("cli", ["factdesk.ui.app", "factdesk.export.csv"]) == []
    assert loaded_above("lexicon", ["factdesk.text.fold", "factdesk.desk.service"]) == []


def test_importing_a_layer_loads_nothing_above_it() -> None:
    """Import every module of one layer: nothing of a higher or sibling layer may come in (not
    even through a package ``__init__``), and below the UI not Textual either."""
    found = layers_loaded()
    problems = []
    for layer, said in sorted(found.items()):
        if "error" in said:
            problems.append(str(said["error"]))
        elif above := loaded_above(layer, list(said["loaded"])):
            problems.append(f"importing {layer} loaded {above}")
    assert problems == [], "\n".join(problems)
    assert set(found) == set(LAYERS)  # guard the guard: every layer probed, each its own
    store, desk = found["store"]["loaded"], found["desk"]["loaded"]
    assert "factdesk.store.db" in store and "factdesk.desk.service" not in store
    assert "factdesk.desk.service" in desk and "factdesk.store.db" not in desk


# --- the Desk's privates stay inside desk/ ---------------------------------------------------


def desk_private_names() -> set[str]:
    """``_names`` defined on ``Desk`` and the mixins it is made of (methods and attributes)."""
    private = set()
    for path in (import_graph.ROOT / "desk").glob("*.py"):
        for node in source_trees.nodes(path):
            if isinstance(node, ast.ClassDef) and node.name in ("Desk", "ElsewhereMixin"):
                for item in ast.walk(node):
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        name = item.name
                    elif isinstance(item, ast.Attribute) and _is_self(item.value):
                        name = item.attr
                    else:
                        continue
                    if name.startswith("_") and not name.startswith("__"):
                        private.add(name)
    return private


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _looks_like_a_desk(node: ast.expr) -> bool:
    """``desk``, ``self.desk``, ``app.desk``, ``seeded_desk``...: how every caller names one."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name == "desk" or name.endswith("_desk") or name == "Desk"


_ATTRIBUTE = re.compile(r"(\w*)[\s\\)]*\.[\s\\]*(_\w+)")
"""``base.attr`` in source text, spaces, line continuations and a closing bracket allowed
between (``(desk)._x``, ``desk \\\n ._x``): every private attribute the tree below could
flag matches it."""


def may_use_a_private(source: str, private: set[str]) -> bool:
    """False only when no attribute in the text could be a private Desk use, so the file need
    not be parsed (most of the tree: parsing every file was most of the check's CPU)."""
    for base, attr in _ATTRIBUTE.findall(source):
        if base in ("self", "cls") or attr.startswith("__"):
            continue
        if attr in private or base in ("desk", "Desk") or base.endswith("_desk"):
            return True
    return False


def private_desk_uses(source: str, name: str, private: set[str]) -> list[str]:
    """``name:line: .attr`` for each private Desk name the source reaches for, in line order."""
    if not may_use_a_private(source, private):
        return []
    found = []
    for node in source_trees.source_nodes(source):
        if not isinstance(node, ast.Attribute) or _is_self(node.value):
            continue
        is_private = node.attr.startswith("_") and not node.attr.startswith("__")
        if (is_private and _looks_like_a_desk(node.value)) or node.attr in private:
            found.append((node.lineno, f"{name}:{node.lineno}: .{node.attr}"))
    return [text for _, text in sorted(found)]


def test_the_private_check_sees_a_private_call() -> None:
    private = desk_private_names()
    assert {"_edit", "_step"} <= private
    source = "def f(desk, app):\n    desk._edit(1, 'app')\n    app.desk._x\n    self._step\n"
    assert private_desk_uses(source, "probe.py", private) == [
        "probe.py:2: ._edit",
        "probe.py:3: ._x",
    ]
    spaced = "def f(desk, app):\n    (desk) . _x\n    app.desk \\\n        ._y\n    go()._edit\n"
    assert private_desk_uses(spaced, "p.py", private) == [
        "p.py:2: ._x",
        "p.py:3: ._y",
        "p.py:5: ._edit",
    ]
    assert not may_use_a_private("self._edit\ncls._step\napp._other\ndesk.__len__\n", private)


def test_nothing_outside_desk_uses_a_private_of_the_desk() -> None:
    """The app, the command line, the exports, the lower layers, the tests, the benchmarks
    and the tools call the Desk's public methods only."""
    private = desk_private_names()
    repo = import_graph.ROOT.parent.parent
    files = [
        path
        for folder in (import_graph.ROOT, repo / "tests", repo / "bench", repo / "tools")
        for path in folder.rglob("*.py")
        if import_graph.ROOT / "desk" not in path.parents and path.name != "test_layers.py"
    ]
    found = [
        use
        for path in files
        for use in private_desk_uses(path.read_text(encoding="utf-8"), path.name, private)
    ]
    assert found == [], "private Desk names used outside factdesk/desk/:\n" + "\n".join(found)


def test_the_app_the_command_line_and_the_exports_never_reach_past_the_desk() -> None:
    """Above the desk, ``desk.store`` (its connection, its transactions) is off limits: the
    UI, the CLI and the exports read and write through the Desk's methods only."""
    found = []
    for layer in ("ui", "cli", "export"):
        for path in (import_graph.ROOT / layer).rglob("*.py"):
            found += [
                f"{layer}/{path.name}:{node.lineno}"
                for node in source_trees.nodes(path)
                if isinstance(node, ast.Attribute)
                and node.attr == "store"
                and _looks_like_a_desk(node.value)
            ]
    assert found == [], "desk.store used above the desk: " + ", ".join(found)
