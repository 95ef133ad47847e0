"""The desk's vocabulary as data: claims, articles, review states, and the verdict registry."""
