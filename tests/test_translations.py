"""The Linguist files are current and sound; the app runs in each language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from hamtimer.core.i18n import format_date, format_number, format_weekday
from hamtimer.core.program import load_program
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.qt.language import Language, choose_language
from hamtimer.resources import resource_path
from tests import by_path

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MNEMONIC = re.compile(r"&(?=\w)")  # "&&" is a literal ampersand, not a mnemonic


def i18n_script() -> ModuleType:
    return by_path.load("scripts/i18n.py")


def messages(language: str) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished) for every message."""
    tree = ET.parse(resource_path("translations", f"hamtimer_{language}.ts"))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") is None and bool(translation.text)
            found.append(
                (name, message.findtext("source") or "", translation.text if done else None)
            )
    return found


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Language]:
    installed = Language(request.param)
    installed.install(qapp)
    yield installed
    installed.uninstall(qapp)


def test_the_translation_files_are_up_to_date() -> None:
    assert i18n_script().problems() == []


@pytest.mark.parametrize("code", ["es", "de"])
def test_every_message_is_translated(code: str) -> None:
    """Spanish and German are complete: no message unfinished or empty, so no English
    sentence appears in the middle of a Spanish window."""
    unfinished = [(context, source) for context, source, text in messages(code) if text is None]
    assert unfinished == []


@pytest.mark.parametrize("code", ["es", "de"])
def test_a_menu_mnemonic_stays_a_mnemonic(code: str) -> None:
    """'&File' becomes '&Archivo': one '&' before a letter, so Alt+letter still opens it."""
    wrong = [
        (context, source, text)
        for context, source, text in messages(code)
        if text is not None and MNEMONIC.search(source) and len(MNEMONIC.findall(text)) != 1
    ]
    assert wrong == []


@pytest.mark.parametrize("code", ["es", "de"])
def test_no_translation_drops_or_invents_a_placeholder(code: str) -> None:
    wrong = [
        (context, source, text)
        for context, source, text in messages(code)
        if text is not None
        and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", ["es", "de"], indirect=True)
def test_the_built_in_sessions_and_program_load_in_each_language(language: Language) -> None:
    sessions = load_builtin_sessions(resource_path("sessions"))
    program = load_program(resource_path("program.json"))
    expected = sorted(path.stem for path in resource_path("sessions").glob("*.json"))
    assert sorted(sessions) == expected
    assert len(program.stages) == 6
    assert language.problem is None


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", ["de-AT", "en-US"], "de"),
        ("", ["fr-FR", "es-MX"], "es"),
        ("", ["fr-FR"], "en"),
        ("", [], "en"),
        ("es", ["de-DE"], "es"),
        ("en", ["de-DE"], "en"),
    ],
)
def test_the_language_follows_the_system_unless_chosen(
    setting: str, system: list[str], expected: str
) -> None:
    assert choose_language(setting, system) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    # Spanish groups thousands only from five digits (CLDR): 1234,5 but 12.345,5.
    [("es", "mié 25 nov 2026 · mié · 1234,5"), ("de", "Mi. 25 Nov. 2026 · Mi. · 1.234,5")],
    indirect=["language"],
)
def test_days_and_numbers_are_written_as_the_language_writes_them(
    language: Language, expected: str
) -> None:
    wednesday = date(2026, 11, 25)
    shown = f"{format_date(wednesday)} · {format_weekday(wednesday)} · {format_number(1234.5, 1)}"
    assert shown == expected
