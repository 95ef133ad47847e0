"""The language layer: spaCy's English pipeline, loaded lazily and verified before use.

Nothing here imports spaCy at import time: the app's first screen and the read-only CLI
commands never pay for it. ``model.nlp()`` loads the pipeline on first use; ``parse`` turns
paragraphs into parsed documents through ``nlp.pipe`` with a cache keyed by text.
"""
