"""One visual system for every window: tokens (``tokens``), the bundled font (``fonts``), the palette and
style sheet made from them (``sheet``), and the object that applies scheme and zoom (``appearance``)."""
