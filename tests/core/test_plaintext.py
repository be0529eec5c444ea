from coexist_gui.core.plaintext import one_line, printable


def test_printable_shows_controls_and_bidi_overrides_but_keeps_line_breaks():
    text = "1955\u202eevil\x00\x1b[2J\tnext\nline"
    shown = printable(text)
    assert "\u202e" not in shown and "\x00" not in shown and "\x1b" not in shown
    assert shown.count("\ufffd") == 3
    assert "\tnext\nline" in shown
    assert printable("Khrushchev’s “new course” — 1953") == "Khrushchev’s “new course” — 1953"


def test_one_line_folds_whitespace_and_cuts():
    assert one_line("a\n\tb   c", 4) == "a b…"
