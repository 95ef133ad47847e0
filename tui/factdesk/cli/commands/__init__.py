"""One module per CLI command; see ``factdesk.cli.entry.COMMAND_MODULES``."""
