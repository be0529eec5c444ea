"""Check plan (reveal the score, record the attempt), the model-plan comparison and the Progress window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import dialogs
from .window_part import WindowPart

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .attempts import AttemptLog
    from .main_window import MainWindow
    from .windows.compare import CompareDialog
    from .windows.progress import ProgressDialog


class CheckActions(WindowPart):
    """Owns the attempt history (``attempt_log``), opened on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._log: AttemptLog | None = None

    @property
    def attempt_log(self) -> AttemptLog:
        if self._log is None:
            from .attempts import AttemptLog  # SQLite: after the first paint, not before

            self._log = AttemptLog()
        return self._log

    def show_history_notice(self) -> None:
        """Say so once when the history had to be moved aside or cannot be used (opens it if needed).

        The history is opened and read on its own thread: the message comes when it is ready."""
        if self._log is None and not self.window.isVisible():
            return  # called after the first paint, but the window is closed already (--screenshot)
        log = self.attempt_log
        log.then(log.take_notice(), self._on_notice)

    def _on_notice(self, future: Future[str]) -> None:
        notice = future.result()
        if notice and self._log is not None:  # not after the window closed
            dialogs.show_info(self.window, self.tr("Progress history"), notice)

    def check_plan(self) -> None:
        window = self.window
        session, view = window.session, window.view_mode
        # a prediction only means something while the score is hidden (exam or blind mode)
        predicted = dialogs.ask_predict_band(window) if view.concealed else None
        view.reveal()
        score = session.score
        window.score_panel.set_prediction(predicted)
        self.attempt_log.record(session.pack, session.prompt, score, int(session.time_used), predicted)
        self.show_history_notice()  # after the record: says so if it could not be stored
        window.menu_actions.compare.setEnabled(session.prompt.exemplar is not None)
        message = self.tr("Checked: %1/100, band %2 (%3)").replace("%1", str(score.overall)).replace(
            "%2", str(score.band)).replace("%3", score.band_name)
        compared = window.score_panel.prediction_text()
        window.show_status(f"{message}. {compared}" if compared else message, 8000)

    def on_loaded(self) -> None:
        """A new plan or question: the comparison would give the new answer away."""
        self.window.menu_actions.compare.setEnabled(False)
        self.window.side_windows.close("compare")

    def compare_with_model(self) -> CompareDialog | None:
        """The plan beside the prompt's model plan (after a check only); returns the window."""
        from ..core.compare import compare
        from .windows.compare import CompareDialog

        session = self.session
        comparison = compare(session.plan, session.pack, session.prompt)
        if comparison is None or not self.window.menu_actions.compare.isEnabled():
            return None
        dialog = CompareDialog(comparison, session.pack, session.colours, self.window)
        self.window.side_windows.put("compare", dialog)
        dialog.show()
        return dialog

    def show_progress(self) -> ProgressDialog:
        from .windows.progress import ProgressDialog

        window = self.window
        dialog = window.side_windows.get("progress")
        current = (window.session.pack.id, window.session.prompt.id)
        if isinstance(dialog, ProgressDialog):
            dialog.reload(current)
        else:
            dialog = ProgressDialog(self.attempt_log, current, window.files.folder(), window)
            window.side_windows.put("progress", dialog)
        dialog.show()
        dialog.activateWindow()
        return dialog

    def close(self) -> None:
        if self._log is not None:
            log, self._log = self._log, None
            log.close()
