"""Files to articles: decoding, metadata, import and re-import with verdicts carried over."""
