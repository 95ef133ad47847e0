"""Where the desk and config live, and what config.toml says."""
