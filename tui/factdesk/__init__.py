"""factdesk: a keyboard-driven terminal desk for fact-checking news articles claim by claim."""

__version__ = "0.1.0"
