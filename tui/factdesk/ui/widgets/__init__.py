"""The app's widgets; every piece of article text reaches them as ``Content``."""
