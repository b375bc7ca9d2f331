"""What a screen reader says during a session: each phase as it begins, the last three
seconds, pause and resume, the end. Never every second: the digits change silently.

The runner's signals arrive as the sound cues get them (hamtimer.qt.sound_cues): several at
once after an event-loop stall, and then only the newest is said, once per refresh. A phase
that began in the same refresh as a countdown second is said as the phase, with the
seconds actually left ("Hold, 2 seconds"), since "2" alone would not say what is ending.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from hamtimer.core.events import PauseReason, RunState, Snapshot
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from hamtimer.core.plan import Phase
from hamtimer.core.session import PhaseKind
from hamtimer.qt.runner import SessionRunner

logger = logging.getLogger(__name__)

# Said rather than shown: "GET READY" in capitals is spelled out by some screen readers.
SPOKEN_PHASE = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("Announcements", "Get ready"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Announcements", "Hold"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Announcements", "Rest"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("Announcements", "Ice on"),
    PhaseKind.SWITCH_SIDES: QT_TRANSLATE_NOOP("Announcements", "Switch sides"),
    PhaseKind.WORK: QT_TRANSLATE_NOOP("Announcements", "Move"),
    PhaseKind.STRETCH: QT_TRANSLATE_NOOP("Announcements", "Stretch"),
}


class Announcer(Protocol):
    """Says one short message to whoever uses a screen reader."""

    def announce(self, message: str) -> None: ...


class AccessibleAnnouncer:
    """Sends the message as an assertive announcement from `widget` (the runner view): the
    screen reader says it at once, interrupting whatever it was reading."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget

    def announce(self, message: str) -> None:
        logger.debug("announced: %s", message)
        event = QAccessibleAnnouncementEvent(self._widget, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)


def spoken_time(seconds: int) -> str:
    """'12 seconds', '1 minute', '14 minutes 59 seconds': the digits, in words to be said."""
    minutes, secs = divmod(max(0, seconds), 60)
    minutes_text = plural(
        minutes,
        translate("Announcements", "{n} minute"),
        translate("Announcements", "{n} minutes"),
    )
    seconds_text = plural(
        secs, translate("Announcements", "{n} second"), translate("Announcements", "{n} seconds")
    )
    if minutes and secs:
        return translate("Announcements", "{minutes} {seconds}").format(
            minutes=minutes_text, seconds=seconds_text
        )
    return minutes_text if minutes else seconds_text


def phase_message(phase: Phase, snapshot: Snapshot) -> str:
    """'Rep 1 of 3. Hold, 12 seconds'; 'Rest, 30 seconds'; get ready says what to do."""
    name = translate("Announcements", SPOKEN_PHASE[phase.kind])
    said = translate("Announcements", "{phase}, {time}").format(
        phase=name, time=spoken_time(snapshot.display_seconds)
    )
    if phase.kind is PhaseKind.GET_READY and phase.instruction:
        return translate("Announcements", "{said}. {instruction}").format(
            said=said, instruction=phase.instruction
        )
    if phase.kind is PhaseKind.SWITCH_SIDES:
        return translate("Announcements", "{said}. {next}").format(
            said=said, next=snapshot.rep_line
        )
    if phase.kind.is_active and snapshot.reps > 1:
        return translate("Announcements", "{rep}. {said}").format(rep=snapshot.rep_line, said=said)
    return said


def state_message(snapshot: Snapshot, was: RunState | None) -> str | None:
    """What a change of the run state says, or None when there is nothing to say."""
    state = snapshot.state
    if state is was or was is None:
        return None
    if state is RunState.FINISHED:
        return translate("Announcements", "Done")
    if state is RunState.STOPPED:
        return translate("Announcements", "Stopped")
    if state is RunState.PAUSED and snapshot.pause_reason is PauseReason.SUSPEND:
        return translate("Announcements", "Paused: your computer was asleep")
    if state is RunState.PAUSED:
        return translate("Announcements", "Paused")
    if was is RunState.PAUSED and snapshot.phase is not None:
        name = translate("Announcements", SPOKEN_PHASE[snapshot.phase.kind])
        return translate("Announcements", "Going on. {phase}, {time} left").format(
            phase=name, time=spoken_time(snapshot.display_seconds)
        )
    return None


class Announcements(QObject):
    """Turns the runner's signals into at most one announcement per refresh."""

    def __init__(self, announcer: Announcer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.announcer = announcer
        self._phase_began = False
        self._countdown: int | None = None
        self._state: RunState | None = None

    def attach(self, runner: SessionRunner) -> None:
        runner.phase_started.connect(self._on_phase)
        runner.countdown.connect(self._on_countdown)
        runner.changed.connect(self._on_changed)

    def _on_phase(self, _phase: Phase) -> None:
        self._phase_began = True

    def _on_countdown(self, seconds_left: int) -> None:
        self._countdown = seconds_left

    def _on_changed(self, snapshot: Snapshot) -> None:
        was, self._state = self._state, snapshot.state
        message = self._message(snapshot, was)
        self._phase_began, self._countdown = False, None
        if message:
            self.announcer.announce(message)

    def _message(self, snapshot: Snapshot, was: RunState | None) -> str | None:
        """An end or a pause first (a pause for a suspend matters most), then a new phase,
        then a resume, then a countdown second."""
        changed = state_message(snapshot, was)
        if changed and snapshot.state is not RunState.RUNNING:
            return changed
        if self._phase_began and snapshot.phase is not None:
            return phase_message(snapshot.phase, snapshot)
        if changed:
            return changed
        return None if self._countdown is None else str(self._countdown)
