"""One module per CLI command; see ``factdesk.cli.main.COMMAND_MODULES``."""
