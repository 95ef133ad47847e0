"""The Textual review app: screens, widgets, palette, clipboard and the stylesheet."""
