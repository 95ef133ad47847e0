"""Language analysis: articles to claims, with speaker, sourcing, kind, flags and score."""
