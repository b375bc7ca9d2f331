"""Floor mode: for a patient lying on the floor, a session fills the screen and any key
pauses or resumes it, so a hand or a foot on the keyboard is enough.

The keys that already mean something keep their meaning (the window's shortcuts, Tab, and
anything with Ctrl, Alt or Meta; the pain rating keys only while the question is shown);
every other key pauses or resumes. One slam of a foot presses several keys at once: only
the first key down counts (even Esc or P, pressed while another key is down, do nothing),
and a key held down (auto-repeat) does nothing more. docs/ACCESSIBILITY.md lists the keys.

While a floor session runs, the filter on the window's QWindow is the one owner of the
keyboard: it sees each key before any widget, with the window's shortcuts switched off, and
fires the shortcut of a key that keeps its meaning itself. (A Python filter on the whole
application would see every event of every object, and wrapping objects that are being
deleted crashes PySide.)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QMainWindow

from hamtimer.core.events import Snapshot
from hamtimer.core.settings_store import Settings
from hamtimer.qt.pain_strip import rating_for_key
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.runner_view import RunnerView

logger = logging.getLogger(__name__)

Key = Qt.Key
Modifier = Qt.KeyboardModifier
KEPT_WITHOUT_SHORTCUT = frozenset({Key.Key_Tab, Key.Key_Backtab})  # focus moves on
MODIFIER_KEYS = frozenset(
    {Key.Key_Shift, Key.Key_Control, Key.Key_Alt, Key.Key_AltGr, Key.Key_Meta, Key.Key_Super_L,
     Key.Key_Super_R, Key.Key_CapsLock, Key.Key_NumLock, Key.Key_ScrollLock, Key.Key_unknown}
)  # fmt: skip
COMBINING = Modifier.ControlModifier | Modifier.AltModifier | Modifier.MetaModifier
TYPING = Modifier.ShiftModifier | Modifier.KeypadModifier  # "+" is Shift+= on many keyboards


class KeyAction(Enum):
    PASS = "pass"  # the key goes on to the widgets, as always
    SHORTCUT = "shortcut"  # the window's shortcut for the key, as always
    TOGGLE = "toggle"  # pause or resume
    SWALLOW = "swallow"  # nothing: a key held down, or one of several pressed at once


class AnyKeyPauses(QObject):
    """The event filter on the window's QWindow during a floor session."""

    def __init__(
        self, view: RunnerView, runner: SessionRunner, shortcuts: Sequence[QShortcut]
    ) -> None:
        super().__init__(view)
        self._view, self._runner, self._shortcuts = view, runner, shortcuts
        self._held: set[int] = set()

    def reset(self) -> None:
        self._held.clear()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.WindowDeactivate, QEvent.Type.FocusOut):
            self.reset()  # a key let go in another window is never seen released
        if not isinstance(event, QKeyEvent) or kind == QEvent.Type.ShortcutOverride:
            return False
        if kind == QEvent.Type.KeyRelease:
            if not event.isAutoRepeat():
                self._held.discard(event.key())
            return False
        action, shortcut = self.action(event)
        if action is KeyAction.TOGGLE:
            self._runner.toggle_pause()
        elif shortcut is not None and action is KeyAction.SHORTCUT:
            shortcut.activated.emit()
        return action is not KeyAction.PASS

    def action(self, event: QKeyEvent) -> tuple[KeyAction, QShortcut | None]:
        """What a key press does, and the shortcut it fires, if any."""
        if event.isAutoRepeat():
            return KeyAction.SWALLOW, None
        key = event.key()
        if key in MODIFIER_KEYS:
            return KeyAction.PASS, None
        if key in self._held:  # pressed again: its release was missed
            self._held.clear()
        chorded = bool(self._held)
        self._held.add(key)
        if chorded:
            return KeyAction.SWALLOW, None
        shortcut = self._shortcut_for(event)
        if shortcut is not None and not self._pauses_instead(event):
            return KeyAction.SHORTCUT, shortcut
        if key in KEPT_WITHOUT_SHORTCUT or event.modifiers() & COMBINING:
            return KeyAction.PASS, None
        return KeyAction.TOGGLE, None

    def _pauses_instead(self, event: QKeyEvent) -> bool:
        """The rating keys rate the pain only while the question is on screen."""
        rating_key = rating_for_key(event.text()) is not None
        return rating_key and not self._view.pain_before.isVisible()

    def _shortcut_for(self, event: QKeyEvent) -> QShortcut | None:
        pressed = [QKeySequence(event.keyCombination())]
        if not event.modifiers() & ~TYPING:
            pressed.append(QKeySequence(event.key()))  # as Qt's shortcut map does
        return next((s for s in self._shortcuts if s.key() in pressed), None)


class FloorMode(QObject):
    """Puts a session full screen (and back) and hands the keys to AnyKeyPauses, when the
    patient's settings ask for floor mode; a change of the setting applies at once."""

    def __init__(
        self,
        window: QMainWindow,
        view: RunnerView,
        runner: SessionRunner,
        preferences: Preferences,
        shortcuts: Sequence[QShortcut],
    ) -> None:
        super().__init__(window)
        self._window, self._view, self._runner = window, view, runner
        self._preferences = preferences
        self._shortcuts = shortcuts
        self.keys = AnyKeyPauses(view, runner, shortcuts)
        self.active = False
        self._filtered: QWindow | None = None
        self._state_before = Qt.WindowState.WindowNoState
        self._status_bar_shown = True
        runner.changed.connect(self._on_changed)
        runner.ended.connect(self._on_ended)
        preferences.changed.connect(self._on_settings)

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        logger.info("floor mode: session full screen")
        self._state_before = self._window.windowState()
        self._status_bar_shown = self._window.statusBar().isVisibleTo(self._window)
        self._window.statusBar().hide()
        self._view.set_floor_mode(True)
        self._window.showFullScreen()
        self._take_keys(True)

    def leave(self) -> None:
        """Back to the window as it was before the session: normal, maximised or full."""
        if not self.active:
            return
        self.active = False
        self._take_keys(False)
        self._view.set_floor_mode(False)
        self._window.statusBar().setVisible(self._status_bar_shown)
        before = self._state_before
        if before & Qt.WindowState.WindowFullScreen:
            self._window.showFullScreen()
        elif before & Qt.WindowState.WindowMaximized:
            self._window.showMaximized()
        else:
            self._window.showNormal()

    def _take_keys(self, take: bool) -> None:
        for shortcut in self._shortcuts:
            shortcut.setEnabled(not take)
        if self._filtered is not None:
            self._filtered.removeEventFilter(self.keys)
            self._filtered = None
        if take:
            self.keys.reset()
            self._filtered = self._window.windowHandle()
            if self._filtered is not None:
                self._filtered.installEventFilter(self.keys)

    def _on_changed(self, snapshot: Snapshot) -> None:
        if snapshot.state.is_under_way and self._preferences.settings.floor_mode:
            self.enter()

    def _on_ended(self, _record: object) -> None:
        self.leave()

    def _on_settings(self, settings: Settings) -> None:
        if not self._runner.is_under_way:
            return
        self.enter() if settings.floor_mode else self.leave()
