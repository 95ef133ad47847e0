"""Source files parsed once per test process: the layer, lexicon and import-graph checks each
walk every module of the package (some the tests, bench and tools too), and each parsed and
walked the same files again (``ast.parse`` and ``ast.walk`` were about 2% of the parallel job's
samples, session 42). Keyed by the file's text, so a file a test writes is parsed as it is;
callers read the trees and never change them."""

from __future__ import annotations

import ast
import functools
from pathlib import Path


def tree(path: Path) -> ast.Module:
    """The parsed module at ``path``."""
    return _parsed(path.read_text(encoding="utf-8"))[0]


def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of the module at ``path``, in ``ast.walk``'s order."""
    return _parsed(path.read_text(encoding="utf-8"))[1]


def source_nodes(source: str) -> tuple[ast.AST, ...]:
    """Every node of ``source``, in ``ast.walk``'s order."""
    return _parsed(source)[1]


@functools.cache
def _parsed(source: str) -> tuple[ast.Module, tuple[ast.AST, ...]]:
    module = ast.parse(source)
    return module, tuple(ast.walk(module))
