"""Light, dark and high contrast: chosen from the system and followed when it changes, or
fixed for screenshots; each text and mark readable on what it stands on (WCAG 2)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from hamtimer.core.history_days import Level
from hamtimer.core.pain import pain_trend
from hamtimer.qt import theme
from hamtimer.qt.pain_chart import pain_chart
from hamtimer.qt.theme_colours import DARK, HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT, LIGHT
from tests.seed import CET, ONSET, TODAY, build

from .conftest import Harness
from .contrast import markdown_table, needed, pairs

ACCESSIBILITY_DOC = Path(__file__).parents[2] / "docs" / "ACCESSIBILITY.md"


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light")


@pytest.mark.parametrize("colours", list(theme.THEMES.values()), ids=lambda t: t.name)
def test_every_text_and_mark_has_the_contrast_it_needs(colours: theme.Theme) -> None:
    too_faint = [
        f"{shown.what}: {shown.ratio():.2f}:1 < {needed(shown, colours)}:1"
        for shown in pairs(colours)
        if shown.ratio() < needed(shown, colours)
    ]
    assert too_faint == []


def test_the_contrast_table_in_the_docs_is_up_to_date() -> None:
    assert markdown_table() in ACCESSIBILITY_DOC.read_text(encoding="utf-8")


def test_the_contrast_ratio_is_wcags() -> None:
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#123456", "#123456") == 1.0


@pytest.mark.parametrize(
    ("scheme", "contrast", "expected"),
    [
        (Qt.ColorScheme.Unknown, Qt.ContrastPreference.NoPreference, LIGHT),
        (Qt.ColorScheme.Light, Qt.ContrastPreference.NoPreference, LIGHT),
        (Qt.ColorScheme.Dark, Qt.ContrastPreference.NoPreference, DARK),
        (Qt.ColorScheme.Light, Qt.ContrastPreference.HighContrast, HIGH_CONTRAST_LIGHT),
        (Qt.ColorScheme.Dark, Qt.ContrastPreference.HighContrast, HIGH_CONTRAST_DARK),
    ],
)
def test_the_system_scheme_and_contrast_choose_the_theme(
    scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference, expected: theme.Theme
) -> None:
    assert theme.choose(scheme, contrast) is expected


def test_a_theme_named_for_a_screenshot_sets_the_windows_palette(qapp: QApplication) -> None:
    theme.apply(qapp, "dark")
    assert theme.current() is DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert qapp.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK.window_text)
    assert qapp.style().name().lower() == "fusion"


def test_the_environment_variable_fixes_the_theme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(theme.ENVIRONMENT_VARIABLE, "high-contrast-dark")
    theme.follow_system(qapp)
    assert theme.current() is HIGH_CONTRAST_DARK


def test_an_unknown_theme_name_is_refused_with_the_names_there_are(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="light, dark, high-contrast, high-contrast-dark"):
        theme.apply(qapp, "sepia")


def test_a_change_of_the_systems_scheme_or_contrast_is_followed(qapp: QApplication) -> None:
    theme.follow_system(qapp)
    assert theme.current() is LIGHT  # the offscreen platform knows no scheme
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is DARK
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert theme.current() is HIGH_CONTRAST_LIGHT  # the platform's scheme: still unknown
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() is LIGHT


def test_a_paused_runner_takes_the_new_colours_at_once(
    harness: Harness, qapp: QApplication
) -> None:
    window = harness.window
    window.start_session("bridge-hold")
    harness.clock.advance(10 + 10 + 3)
    window.runner.refresh()
    window.runner.toggle_pause()
    assert LIGHT.phases["paused"].background in window.runner_view.styleSheet()
    theme.apply(qapp, "dark")
    paused = DARK.phases["paused"]
    assert paused.background in window.runner_view.styleSheet()
    digits = window.runner_view.digits.grab().toImage()
    assert QColor(digits.pixel(2, 2)) == QColor(paused.background)


def test_the_problem_note_and_red_flags_take_the_new_colours(
    seeded_harness: Harness, qapp: QApplication
) -> None:
    window = seeded_harness.window
    window.add_problem("Your settings could not be read.")
    assert not window.today_view.flags_label.isHidden()  # the seed re-injured
    theme.apply(qapp, "high-contrast-dark")
    assert HIGH_CONTRAST_DARK.problem.background in window.problems_banner.styleSheet()
    assert HIGH_CONTRAST_DARK.flags.background in window.today_view.flags_label.styleSheet()


def test_the_calendar_is_painted_in_the_dark_colours(
    seeded_harness: Harness, qapp: QApplication
) -> None:
    theme.apply(qapp, "dark")
    QApplication.sendPostedEvents()  # the palette reaches the widgets in posted events
    window = seeded_harness.window
    window.tabs.setCurrentWidget(window.history_view)
    heat_map = window.history_view.heat_map
    image = heat_map.grab().toImage()
    full = next(c.rect for c in heat_map.cells() if c.summary and c.summary.level is Level.ALL)
    fill = QColor(image.pixel(full.left() + 3, full.bottom() - 3))
    assert fill == QColor(DARK.heat[Level.ALL].background)
    assert QColor(image.pixel(1, 1)) == QColor(DARK.window)


def test_the_chart_follows_the_theme_but_a_printed_one_stays_light(qapp: QApplication) -> None:
    trend = pain_trend(build().journal, ONSET, TODAY, CET)
    shown, printed = pain_chart(trend), pain_chart(trend, colours=LIGHT)
    theme.apply(qapp, "dark")
    assert shown.backgroundBrush().color() == QColor(DARK.base)
    assert shown.series()[0].pen().color() == QColor(DARK.chart_line)
    assert printed.backgroundBrush().color() == QColor(LIGHT.base)
