"""Custom item-data roles shared by the card models and the card delegate."""

from PySide6.QtCore import Qt

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # the core Card, or None for a missing card
CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PLACED_ROLE = Qt.ItemDataRole.UserRole + 3  # paragraph index the card sits in, or -1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # lower-cased text for the search filter
