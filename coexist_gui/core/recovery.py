"""The note next to an autosaved plan (``<key>.json``: which file it was for, when), read as untrusted.

The window writes ``{"original": "/path/essay.plan.yaml" | null, "saved_at": 1733000000.0, ...}``.
The folder is the student's: a note can be damaged, hand-edited or not a file at all. A note with
``saved_at: 1e400`` made the recovery offer raise on every start, so it was never cleaned up. Here
every value is checked; a wrong one is replaced (the plan file's own time, no original) and
``problem`` says what was wrong, so the window can say it once and still offer the plan.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from .clock import is_real_time
from .i18n import _
from .untrusted import UnreadableFile, read_untrusted

MAX_NOTE_BYTES = 64 * 1024
MAX_PATH = 4096


@dataclass(frozen=True)
class AutosaveNote:
    original: Path | None  # the file the plan was autosaved for; None for a plan never saved
    saved_at: float  # seconds since 1970, always a real time
    problem: str = ""  # what was wrong with the note ("" when it was sound)


def _file_time(plan_file: Path) -> float:
    try:
        mtime = os.stat(plan_file).st_mtime
    except OSError:
        mtime = time.time()
    return mtime if is_real_time(mtime) else time.time()


def _original(value: object) -> Path | None:
    if value is None:
        return None
    if isinstance(value, str) and value and len(value) <= MAX_PATH and "\x00" not in value:
        return Path(value)
    raise ValueError(_("'original' is not a file path"))


def read_autosave_note(note: str | Path, plan_file: str | Path) -> AutosaveNote:
    """The note ``note`` of the autosaved ``plan_file``; never raises.

    A note that is missing (a crash between the two writes), unreadable, not JSON or with wrong
    values gives ``original`` None and the plan file's modification time, with ``problem`` set
    (except when the note is simply missing: the window writes the plan first).
    """
    note, plan_file = Path(note), Path(plan_file)
    fallback = AutosaveNote(None, _file_time(plan_file))
    try:
        import json  # recovery is offered after the first paint: start-up does not load the module

        data = json.loads(read_untrusted(note, MAX_NOTE_BYTES, "an autosave note").decode("utf-8"))
    except UnreadableFile as exc:
        if not os.path.lexists(note):
            return fallback
        return AutosaveNote(None, fallback.saved_at, f"{note}: {exc.reason}")
    except (ValueError, RecursionError):  # not UTF-8 or not JSON
        return AutosaveNote(None, fallback.saved_at, f"{note}: " + _("the note is damaged (not JSON)"))
    if not isinstance(data, dict):
        return AutosaveNote(None, fallback.saved_at, f"{note}: " + _("the note is damaged (not a JSON object)"))
    problems = []
    try:
        original = _original(data.get("original"))
    except ValueError as exc:
        original = None
        problems.append(str(exc))
    saved_at = data.get("saved_at", fallback.saved_at)
    if not is_real_time(saved_at):
        problems.append(_("'saved_at' is not a time"))
        saved_at = fallback.saved_at
    problem = f"{note}: " + _("the note is damaged ({problems})").format(problems="; ".join(problems)) if problems \
        else ""
    return AutosaveNote(original, float(saved_at), problem)
