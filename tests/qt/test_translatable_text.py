"""Every text the window shows goes through translate(): with a fake language that wraps
each translation in ⟦⟧ (and each date), a visible text with a word outside ⟦⟧ was missed.

The walk covers Today, Exercises, History, a session under way, the done screen, the menus,
the session editor and the export dialog, on the seeded three weeks. Allowed outside ⟦⟧:
numbers, key names and the app's name. Built-in session and program text is wrapped too,
since it is loaded after the fake language is installed (as the app loads it).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hamtimer.core import i18n
from hamtimer.core.clock import FakeClock
from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.session_draft import SessionDraft
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.qt.export_dialog import ExportDialog
from hamtimer.qt.language import LANGUAGE_NAMES
from hamtimer.qt.session_editor import SessionEditor
from hamtimer.resources import resource_path
from tests import seed

from .conftest import Harness, make_harness

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "hamtimer"
NOT_SHOWN = ("hamtimer/resource_strings.py", "hamtimer/qt/selftest_checks.py")
# Words that stay as they are in every language: keys as printed on keyboards, the app's name.
KEPT = {"Space", "Esc", "Ctrl", "Shift", "Alt", "Tab", "Enter", "P", "F", "M", "Q", "hamtimer"}
# Each language's name in its own words, as a patient looking for theirs would recognise it.
KEPT_WHOLE = set(LANGUAGE_NAMES.values())
COMMAND_LINE = re.compile(r"--[a-z-]+(?: [\w.-]+)?")  # an option and its value stay as typed
WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
OUTSIDE = "\x00"  # stands for a translated part once it is taken out
WORDS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
LONE_ID = re.compile(r"[a-z0-9_.:/-]*")


def wrap(text: str) -> str:
    return f"⟦{text}⟧"


def wrap_template(_context: str, text: str) -> str:
    """A translation in the fake language: its own words wrapped, its {placeholders} left
    outside, so that a value filled in is checked as well ("⟦Start ⟧{name}")."""
    return wrap(PLACEHOLDER.sub(lambda field: f"⟧{field.group()}⟦", text)).replace("⟦⟧", "")


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


@pytest.fixture
def wrapped_language() -> Iterator[None]:
    """Translations and dates marked; times and numbers as in English."""
    i18n.install(
        translate=wrap_template,
        date=lambda day: wrap(f"{day:%a %d %b %Y}"),
        short_date=lambda day: wrap(f"{day:%d %b}"),
        time=lambda moment: f"{moment:%H:%M}",
        number=lambda value, decimals: f"{value:,.{decimals}f}",
    )
    yield
    i18n.reset()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, wrapped_language: None) -> Harness:
    """The window on the seeded weeks, built (sessions and program loaded) in the fake language."""
    seed.write(data_dir)
    store = CustomSessionStore(
        data_dir / "sessions", load_builtin_sessions(resource_path("sessions"))
    )
    store.load()
    return make_harness(
        qtbot, data_dir, FakeClock(seed.NOW), custom_store=lambda _answers, _errors: store
    )


def test_every_text_the_window_shows_is_translated(window: Harness) -> None:
    seen = list(walk(window))
    assert len(seen) > 100  # the walk saw the pages, not an empty window
    missed = [f"{s.where}: {s.text!r}  ({', '.join(written_in(s.text)) or 'source unknown'})"
              for s in seen if reported(s.text)]  # fmt: skip
    assert not missed, "not translated:\n" + "\n".join(sorted(set(missed)))


# -- the walk ----------------------------------------------------------------------------------


def walk(harness: Harness) -> Iterator[Seen]:
    window = harness.window
    yield Seen("window title", window.windowTitle())
    yield from menu_texts(window.menuBar().actions(), "menu")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.tabText(index)
        yield Seen("tab", page)
        yield from shown_texts(window, page)
    model = window.history_view.model
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        yield Seen("history table header", str(header))
    window.tabs.setCurrentWidget(window.home)
    window.home.select("bridge-hold")
    window.home.request_start()
    yield from shown_texts(window, "get ready")
    harness.run_until(lambda: window.runner_view.pain_before.isHidden())
    yield from shown_texts(window, "runner")
    harness.run_to_end()
    yield from shown_texts(window, "done screen")
    yield from dialog_texts(ExportDialog(seed.TODAY, window), "export dialog")
    assert window.custom_store is not None
    draft = SessionDraft(name="Knee bends")  # the patient's words: not translated
    editor = SessionEditor(window.custom_store, draft, parent=window)
    yield from (s for s in dialog_texts(editor, "session editor") if "Knee bends" not in s.text)


def menu_texts(actions: list[QAction], where: str) -> Iterator[Seen]:
    for action in actions:
        if action.isSeparator():
            continue
        yield Seen(where, action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from menu_texts(menu.actions(), f"{where} → {action.text()}")


def shown_texts(root: QWidget, where: str) -> Iterator[Seen]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            yield Seen(f"{where}, label {widget.objectName()}", widget.text())
        elif isinstance(widget, QAbstractButton) and not qt_own(widget):
            yield Seen(f"{where}, button", widget.text())
            yield Seen(f"{where}, button tooltip", widget.toolTip())
        elif isinstance(widget, QGroupBox):
            yield Seen(f"{where}, box", widget.title())
        elif isinstance(widget, QTabWidget):
            yield from (Seen(f"{where}, tab", widget.tabText(i)) for i in range(widget.count()))


def qt_own(button: QAbstractButton) -> bool:
    """A dialog's standard button (OK, Cancel, Save) left as is: Qt translates its words."""
    box = button.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and isinstance(button, QPushButton)
        and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        and "⟦" not in button.text()
    )


def dialog_texts(dialog: QWidget, where: str) -> Iterator[Seen]:
    dialog.show()
    try:
        yield Seen(f"{where}, title", dialog.windowTitle())
        yield from shown_texts(dialog, where)
    finally:
        dialog.close()
        dialog.deleteLater()


# -- what was missed, and where it is written --------------------------------------------------


def unwrapped_words(text: str) -> list[str]:
    """The words of `text` outside ⟦⟧, less those kept in every language."""
    if text in KEPT_WHOLE:
        return []
    outside = COMMAND_LINE.sub(" ", _outside_brackets(text).replace(OUTSIDE, " "))
    return [w for w in WORDS.findall(outside) if not set(w.split()) <= KEPT]


def reported(text: str) -> bool:
    """Shown with a word that did not go through translate()."""
    return bool(unwrapped_words(text))


def written_in(text: str) -> list[str]:
    """The source files whose untranslated string (or f-string) explains most of `text`:
    of the literals found in it, the longest."""
    outside = _outside_brackets(text)
    found = [(size, place) for place, templates in untranslated_templates()
             for pattern, size in templates if pattern.search(outside)]  # fmt: skip
    longest = max((size for size, _ in found), default=0)
    return sorted({place for size, place in found if size == longest})


def _outside_brackets(text: str) -> str:
    while WRAPPED.search(text):
        text = WRAPPED.sub(OUTSIDE, text)
    return text


@cache
def untranslated_templates() -> list[tuple[str, list[tuple[re.Pattern[str], int]]]]:
    """Each source file's string literals and f-strings as patterns (a placeholder matches
    anything) with the length of their fixed text, less those given to translate or
    QT_TRANSLATE_NOOP, docstrings, log messages and lone lower-case words (keys, ids)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        place = path.relative_to(ROOT).as_posix()
        if place not in NOT_SHOWN:
            found.append((place, _templates(ast.parse(path.read_text("utf-8")))))
    return found


def _templates(tree: ast.AST) -> list[tuple[re.Pattern[str], int]]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_translation_or_log(node.func):
            skipped.update(id(inner) for arg in node.args for inner in ast.walk(arg))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skipped.add(id(node.value))  # a docstring
    strings: list[list[str | None]] = []  # None: an f-string's {field}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(inner) for inner in ast.walk(node))
            strings.append([v.value if isinstance(v, ast.Constant) else None for v in node.values])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.append([node.value])
    return [template for parts in strings if (template := _template(parts)) is not None]


def _template(parts: list[str | None]) -> tuple[re.Pattern[str], int] | None:
    fixed = [piece for part in parts if part is not None for piece in PLACEHOLDER.split(part)]
    words = " ".join(fixed).strip()
    if LONE_ID.fullmatch(words) or not re.search(r"[^\W\d_]{2}", words):
        return None
    regex = "".join(
        ".*?".join(map(re.escape, PLACEHOLDER.split(part))) if part is not None else ".*?"
        for part in parts
    )
    return re.compile(rf"(?<!\w){regex}(?!\w)"), len("".join(fixed))


def _is_translation_or_log(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("translate", "QT_TRANSLATE_NOOP")
    return isinstance(func, ast.Attribute) and (
        isinstance(func.value, ast.Name) and func.value.id == "logger"
    )


def test_the_fake_language_leaves_the_values_of_a_template_to_be_checked() -> None:
    filled = wrap_template("Ctx", "Start {name} now").format(name="Ice")
    assert filled == "⟦Start ⟧Ice⟦ now⟧" and unwrapped_words(filled) == ["Ice"]
    assert wrap_template("Ctx", "{n} sessions").format(n=3) == "3⟦ sessions⟧"


def test_the_check_finds_a_missed_word_and_where_it_is_written() -> None:
    assert unwrapped_words("⟦Stage 1 of 4 · ⟦Isometric⟧⟧ (Space)") == []
    assert unwrapped_words("Ice ⟦14:30⟧ of 3") == ["Ice", "of"]
    assert unwrapped_words("⟦To start it: ⟧--start knee-bends") == []
    assert written_in("⟦Calendar of the days' targets⟧") == []
    assert written_in("Nothing here is written anywhere") == []


def test_only_untranslated_text_counts_as_written_in_a_source_file() -> None:
    source = """
def f(rep, reps):
    \"\"\"Rep docs.\"\"\"
    logger.info("Rep %s of %s", rep, reps)
    shown = translate("Ctx", "Rep {rep} of {reps}")
    key = "rep_line"
    return f"Rep {rep} of {reps}", shown, key
"""
    [(pattern, size)] = _templates(ast.parse(source))
    assert pattern.search("Rep 1 of 3") and not pattern.search("Rep 1") and size == len("Rep  of ")
