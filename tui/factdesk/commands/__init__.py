"""One module per CLI command; see ``factdesk.cli.COMMAND_MODULES``."""
