"""The factdesk command line: one module per command under commands/.

``main`` is the console script's entry point, importable as ``from factdesk.cli import main``
(what tools that run the app in-process, such as a key-latency harness, call). The module
holding it is ``entry``, not ``main``: a submodule named ``main`` would shadow the function on
the package once imported, and ``from factdesk.cli import main`` would then give the module.
"""

from factdesk.cli.entry import main

__all__ = ["main"]
