"""Every control a patient can reach has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hamtimer.qt.export_dialog import ExportDialog
from hamtimer.qt.session_editor import SessionEditor
from tests.custom_sessions import a_store, per_side_draft
from tests.seed import TODAY

from .conftest import Harness

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider)


def spoken_name(widget: QWidget) -> str:
    """The widget's own name: set for it, or a button's text. Qt would otherwise fall back
    to a nearby label or group title, which names the group, not the control."""
    own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return (widget.accessibleName() or own_text).strip()


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and not spoken_name(w)
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # its own editor
        and not isinstance(w, QScrollBar)  # a scroll area's own, never in the Tab order
    ]


def test_every_control_on_every_page_has_a_spoken_name(seeded_harness: Harness) -> None:
    window = seeded_harness.window
    missing: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        missing += unnamed(window)
    window.start_session("bridge-hold")
    missing += unnamed(window)
    seeded_harness.run_to_end()
    missing += unnamed(window)
    assert sorted(set(missing)) == []


def test_a_control_with_neither_text_nor_name_is_caught(seeded_harness: Harness) -> None:
    from PySide6.QtWidgets import QPushButton

    window = seeded_harness.window
    window.tabs.setCurrentWidget(window.today_view)
    button = QPushButton(window.today_view.items_box)
    button.setObjectName("mute")
    button.show()
    assert unnamed(window) == ["QPushButton 'mute' in QGroupBox"]


def test_every_control_of_the_keyboard_shortcuts_dialog_has_a_spoken_name(
    harness: Harness,
) -> None:
    harness.window.menus.keys_action.trigger()
    dialog = harness.window.menus.keys_dialog
    assert dialog is not None
    assert unnamed(dialog) == []


def test_in_floor_mode_every_control_of_the_runner_has_a_spoken_name(harness: Harness) -> None:
    harness.window.sound_controls.preferences.update(floor_mode=True)
    harness.window.start_session("bridge-hold")
    assert unnamed(harness.window) == []


def test_every_control_of_the_export_dialog_has_a_spoken_name(qtbot: QtBot) -> None:
    dialog = ExportDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_start.setChecked(False)  # shows the two date fields
    assert unnamed(dialog) == []


def test_every_control_of_the_session_editor_has_a_spoken_name(
    qtbot: QtBot, data_dir: Path
) -> None:
    editor = SessionEditor(a_store(data_dir / "sessions"), per_side_draft())
    qtbot.addWidget(editor)
    editor.show()
    assert unnamed(editor) == []
