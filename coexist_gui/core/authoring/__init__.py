"""Making and changing packs without writing YAML: the editor's pure-Python half.

``writer`` saves a pack as canonical, commented ``coexist-pack/1`` text; ``ids`` makes ids
from text; ``edits`` are the editor's operations (pure functions Pack -> Pack); ``spreadsheet``
reads and writes cards as CSV/TSV; ``drafts`` checks a pack being edited with the one validator.
"""
