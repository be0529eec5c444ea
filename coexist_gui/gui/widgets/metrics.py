"""The spacing every panel and window uses, so they line up as one visual system."""

SPACING = 8  # between items inside a section
SECTION = 12  # between sections, and around a panel or window
