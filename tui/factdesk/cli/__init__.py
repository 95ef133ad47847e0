"""The factdesk command line: one module per command under commands/."""
