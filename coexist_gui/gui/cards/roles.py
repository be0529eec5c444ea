"""Custom item-data roles shared by the card models and the card delegate."""

from PySide6.QtCore import Qt

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PLACED_ROLE = Qt.ItemDataRole.UserRole + 3  # paragraph index the card sits in, or -1
