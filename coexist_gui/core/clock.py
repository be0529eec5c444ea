"""Times read back from files the student can edit (history rows, autosave notes) are checked here.

A time stored as ``1e300`` or ``1e400`` (JSON's infinity) made ``time.localtime`` raise on every
start. A real check or autosave happened between 1970 and 9999; anything else is not a time.
"""

from __future__ import annotations

import math
import time

LATEST_TIME = 253_402_300_799.0  # 9999-12-31 23:59:59 UTC


def is_real_time(value: object) -> bool:
    """A number of seconds since 1970 that a clock could have given (not a bool, NaN, infinite or negative)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and 0 <= value <= LATEST_TIME)


def time_text(seconds: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """``seconds`` as local time in ``fmt``; "" for a time the system cannot show (Windows stops at year 3000)."""
    try:
        return time.strftime(fmt, time.localtime(seconds))
    except (OverflowError, OSError, ValueError):
        return ""
