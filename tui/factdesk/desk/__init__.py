"""The desk service: the one path to the data for the CLI and the app."""
