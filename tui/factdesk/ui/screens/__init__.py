"""The app's screens: queue, review and the modals they open."""
