"""Sentence meaning as a vector, so "liberated" and "captured" can be the same report.

Character and word overlap cannot see that two sentences say one thing in other words. A small
static embedding model does: WordLlama (``wordllama==0.4.0.post1``, MIT code; its 256-dimension
token embeddings are taken from LLaMA 2 and Phi-3, so the Llama 2 Community Licence probably
applies to the weights), which ships its weights and tokenizer inside the wheel. It is loaded
offline from the package's own folder (never a download) and only the first time a vector is
needed, so the app's first screen and the read commands never pay for it.

Vectors are unit length and stored as float16 bytes (512 bytes a claim) with the claim's index
row: each claim is embedded once, at indexing. Without the package the desk still works; the
matcher then uses word overlap alone.

Why not a stronger model: the multilingual ones a registry package ships with its weights
(USE multilingual v3, multilingual-e5-small 4-bit) were measured on the labelled pairs
(tests/data/pairs/README.md, "Sentence models installable from the registry"): better vectors
that still cannot tell a paraphrase from another claim on the same story, so no gain in
`same` precision, at 16-340 times this model's embedding cost.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

DIMENSIONS = 256
MODEL_PACKAGE = "wordllama==0.4.0.post1"


TOKENIZER_THREADS = "TOKENIZERS_PARALLELISM"
"""The environment variable by which Hugging Face ``tokenizers`` (WordLlama's) is told not to
split a batch over threads: set to "false" before the model is loaded, unless the user set it.
Its threads bought nothing on this 2-core machine shared with spaCy and other jobs (20,000
claims embedded by article: 1.00 s CPU without them, 1.18 s with, mean of three runs each,
the same vectors; session 16, issue 15), and a process that forks after they ran (a worker)
gets the library's warning."""


def _one_thread() -> None:
    """Tokenize in the calling thread (``TOKENIZER_THREADS``), unless the user chose."""
    os.environ.setdefault(TOKENIZER_THREADS, "false")


@cache
def _model() -> Any | None:
    """The WordLlama model, loaded once; None when the package is missing or broken."""
    _one_thread()
    try:
        import wordllama
        from wordllama import WordLlama

        folder = Path(wordllama.__file__).parent
        return WordLlama.load(cache_dir=folder, disable_download=True, dim=DIMENSIONS)
    except Exception:
        return None


def available() -> bool:
    """Whether the embedding model can be used here."""
    return _model() is not None


def embed(texts: Sequence[str]) -> list[bytes | None]:
    """Unit vectors of ``texts`` as float16 bytes (None each when the model is missing)."""
    model = _model()
    if model is None or not texts:
        return [None] * len(texts)
    import numpy as np

    vectors = np.asarray(model.embed(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit = vectors / np.where(norms == 0, 1.0, norms)
    return [row.astype(np.float16).tobytes() for row in unit]


def decode(blob: bytes | None) -> Any | None:
    """A stored vector as a float32 array (None stays None; a damaged one is dropped)."""
    if not blob or len(blob) != DIMENSIONS * 2:
        return None
    import numpy as np

    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def cosines(vector: Any | None, others: Sequence[Any | None]) -> list[float | None]:
    """Cosine of one vector with each of ``others``, in one matrix product (the matrix built
    by ``np.array``: ``np.stack`` costs three times as much for the 30 rows of a lookup)."""
    present = [i for i, other in enumerate(others) if other is not None]
    found: list[float | None] = [None] * len(others)
    if vector is None or not present:
        return found
    import numpy as np

    values = np.array([other for other in others if other is not None]) @ vector
    for i, value in zip(present, values.tolist(), strict=True):
        found[i] = value
    return found
