"""Check-worthiness: the learned sentence model and the desk signals combined with it."""
