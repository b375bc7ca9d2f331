"""Help → Keyboard shortcuts: every key of the window in a table, floor mode's apart.

The keys themselves stay as they are printed on the keyboard; what they do is translated.
The menus' shortcuts (Ctrl+N: New session…) are read from the menus' own actions, so the
list cannot fall behind them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate

# Key names as the patient's keyboard and system write them ("Leertaste", "Strg+Q");
# single letters and Esc stay as printed.
KEYS = (
    (QT_TRANSLATE_NOOP("KeysDialog", "Space"),
     QT_TRANSLATE_NOOP("KeysDialog", "start, pause, resume")),
    ("Esc", QT_TRANSLATE_NOOP(
        "KeysDialog", "stop the session (asks first; what you did is logged)")),
    ("P", QT_TRANSLATE_NOOP("KeysDialog", "sharp pain: stop at once, no question")),
    ("0–9, +", QT_TRANSLATE_NOOP("KeysDialog", "rate your pain 0–10 (+ is 10)")),
    (QT_TRANSLATE_NOOP("KeysDialog", "Right / Left"),
     QT_TRANSLATE_NOOP("KeysDialog", "skip to the next phase / back")),
    ("F", QT_TRANSLATE_NOOP("KeysDialog", "full screen on and off")),
    ("M", QT_TRANSLATE_NOOP("KeysDialog", "mute and unmute")),
    (QT_TRANSLATE_NOOP("KeysDialog", "Tab / Shift+Tab"),
     QT_TRANSLATE_NOOP("KeysDialog", "move to the next / previous control")),
    (QT_TRANSLATE_NOOP("KeysDialog", "Ctrl+Q"), QT_TRANSLATE_NOOP("KeysDialog", "quit")),
)  # fmt: skip
FLOOR_KEYS = (
    (QT_TRANSLATE_NOOP("KeysDialog", "Space, Esc, P, Right / Left, F, M, Tab, Ctrl+Q"),
     QT_TRANSLATE_NOOP("KeysDialog", "as above")),
    ("0–9, +", QT_TRANSLATE_NOOP(
        "KeysDialog", "rate your pain while the question is shown (get ready); later they pause")),
    (QT_TRANSLATE_NOOP("KeysDialog", "Any other key"), QT_TRANSLATE_NOOP(
        "KeysDialog", "pause or resume; keys pressed together, or held down, count once")),
)  # fmt: skip


def key_rows(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The rows as shown: what each key does in the patient's language."""
    return [(translate("KeysDialog", key), translate("KeysDialog", what)) for key, what in rows]


def menu_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(key, what) for each menu action with a shortcut of its own: its key as the system
    writes it, its menu text without the mnemonic's "&"."""
    rows = []
    for action in actions:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if key:
            words = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((key, words))
    return rows


class KeysDialog(QDialog):
    """The keys of a session and of the window, then the menus' shortcuts (`menu_actions`),
    then floor mode's."""

    def __init__(self, parent: QWidget | None = None, menu_actions: Iterable[QAction] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeysDialog", "Keyboard shortcuts"))
        rows = key_rows(KEYS) + menu_rows(menu_actions)
        self.keys_table = _table(rows, translate("KeysDialog", "Keyboard shortcuts"))
        floor_title = translate("KeysDialog", "In floor mode, during a session:")
        self.floor_table = _table(key_rows(FLOOR_KEYS), floor_title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("KeysDialog", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.keys_table)
        layout.addWidget(QLabel(floor_title, self))
        layout.addWidget(self.floor_table)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())


def _table(rows: list[tuple[str, str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(
        [translate("KeysDialog", "Key"), translate("KeysDialog", "What it does")]
    )
    for row, (key, what) in enumerate(rows):
        for column, text in enumerate((key, what)):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, column, item)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, to the next one and Close
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    # As tall as its rows: every key in sight, the room shared by content, not halved.
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    return table
