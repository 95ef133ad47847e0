"""Text handling shared by every layer: the one sanitiser for what is shown or copied."""
