"""The drag-and-drop format for evidence cards.

``application/x-coexist-cards`` carries a JSON object ``{"cards": [...ids], "source": N}``
where ``source`` is the paragraph index the drag started from (-1 for the bank).
``text/plain`` carries the card texts, so dropping into a text editor works.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

CARDS_MIME = "application/x-coexist-cards"
BANK = -1
# a drag from Coexist carries at most every card a bank lists (pack and own cards); a bigger
# payload is not ours, and is refused before it costs anything
PAYLOAD_CARDS = 20_000 + 500


def encode_cards(card_ids: list[str], texts: list[str], source: int) -> QMimeData:
    import json  # on the first drag: start-up need not load it

    mime = QMimeData()
    payload = json.dumps({"cards": card_ids, "source": source})
    mime.setData(CARDS_MIME, payload.encode("utf-8"))
    mime.setText("\n".join(texts))
    return mime


def decode_cards(mime: QMimeData | None) -> tuple[list[str], int] | None:
    """Card ids and source paragraph, or None when the data is not ours or is malformed."""
    if mime is None or not mime.hasFormat(CARDS_MIME):
        return None
    try:
        import json

        payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        cards = payload["cards"]
        source = payload.get("source", BANK)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(source, int) or isinstance(source, bool):  # 1e999, "x", true: not ours
        return None
    if not isinstance(cards, list) or len(cards) > PAYLOAD_CARDS or not all(isinstance(c, str) for c in cards):
        return None
    return cards, source
