"""Colours and text sizes: the one place that knows them.

hamtimer follows the system: its colour scheme (light or dark, QStyleHints.colorScheme) and
its contrast preference (QAccessibilityHints.contrastPreference, Qt 6.10+), also when they
change while it runs; and its font, to which every text size is relative (scaled_font). The
palette is Fusion's, in the colours of hamtimer.qt.theme_colours; what hamtimer paints itself
(the phases, the calendar, the chart, warnings) asks current() for its colours, and widgets
with a style sheet are given it through restyle(), which sets it again at each change.

For tests and screenshots, HAMTIMER_THEME=light|dark|high-contrast|high-contrast-dark, or
apply(app, "dark"), fixes the colours instead of following the system.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hamtimer.qt.theme_colours import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    THEMES,
    Pair,
    Theme,
)

__all__ = ["THEMES", "Pair", "Theme", "apply", "current", "follow_system", "restyle"]

logger = logging.getLogger(__name__)

ENVIRONMENT_VARIABLE = "HAMTIMER_THEME"

_current = LIGHT
_following = False


class _Changes(QObject):
    """Signals:
    changed(): another theme was applied.
    """

    changed = Signal()


_changes: _Changes | None = None


def changes() -> _Changes:
    global _changes
    if _changes is None:
        _changes = _Changes()
    return _changes


def current() -> Theme:
    return _current


def choose(scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> Theme:
    """The theme for the system's colour scheme and contrast preference (Unknown: light)."""
    dark = scheme is Qt.ColorScheme.Dark
    if contrast is Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def system_theme(app: QGuiApplication) -> Theme:
    hints = app.styleHints()
    return choose(hints.colorScheme(), hints.accessibility().contrastPreference())


def apply(app: QApplication, theme: Theme | str | None = None) -> Theme:
    """Show `theme` (or its name); None: the one HAMTIMER_THEME names, else the system's."""
    global _current
    if theme is None:
        theme = os.environ.get(ENVIRONMENT_VARIABLE) or system_theme(app)
    if isinstance(theme, str):
        if theme not in THEMES:
            raise ValueError(f"no theme {theme!r}; there are {', '.join(THEMES)}")
        theme = THEMES[theme]
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    _current = theme
    app.setPalette(palette(theme))
    logger.info("colours: %s", theme.name)
    changes().changed.emit()
    return theme


def follow_system(app: QApplication) -> None:
    """Apply the system's theme now and whenever it changes (unless HAMTIMER_THEME is set)."""
    global _following
    apply(app)
    if _following or os.environ.get(ENVIRONMENT_VARIABLE):
        return
    _following = True
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(
        lambda scheme: apply(app, choose(scheme, hints.accessibility().contrastPreference()))
    )
    hints.accessibility().contrastPreferenceChanged.connect(
        lambda contrast: apply(app, choose(hints.colorScheme(), contrast))
    )


def palette(theme: Theme) -> QPalette:
    """Fusion's palette in the theme's colours; its 3D shades derived from the button's."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    result = QPalette(QColor(theme.button), QColor(theme.window))
    text = QColor(theme.window_text)
    for name, colour in (
        (role.Window, theme.window), (role.WindowText, theme.window_text),
        (role.Base, theme.base), (role.AlternateBase, theme.alternate_base),
        (role.Text, theme.window_text), (role.Button, theme.button),
        (role.ButtonText, theme.window_text), (role.BrightText, theme.window_text),
        (role.Highlight, theme.highlight), (role.HighlightedText, theme.highlighted_text),
        (role.ToolTipBase, theme.base), (role.ToolTipText, theme.window_text),
        (role.Link, theme.link), (role.LinkVisited, theme.link),
        (role.PlaceholderText, theme.placeholder), (role.Accent, theme.highlight),
    ):  # fmt: skip
        result.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(group.Disabled, name, QColor(theme.disabled_text))
    if theme.high_contrast:  # outlines as strong as the text
        for name in (role.Mid, role.Dark, role.Shadow):
            result.setColor(name, text)
    return result


class _Restyler(QObject):
    """Gives its parent widget the style sheet made by `style` now and at each change."""

    def __init__(self, owner: QWidget, style: Callable[[Theme], str]) -> None:
        super().__init__(owner)
        self.setObjectName("theme restyler")
        self.style = style
        changes().changed.connect(self.restyle)

    def restyle(self) -> None:
        owner = self.parent()
        assert isinstance(owner, QWidget)
        owner.setStyleSheet(self.style(current()))


def restyle(widget: QWidget, style: Callable[[Theme], str]) -> None:
    """Give `widget` the style sheet `style(theme)`, again whenever the theme changes."""
    restyler = widget.findChild(_Restyler, "theme restyler")
    if restyler is None:
        restyler = _Restyler(widget, style)
    restyler.style = style
    restyler.restyle()


class _Follower(QObject):
    def __init__(self, owner: QObject, callback: Callable[[Theme], None]) -> None:
        super().__init__(owner)
        self._callback = callback
        changes().changed.connect(self.run)

    def run(self) -> None:
        self._callback(current())


def on_change(owner: QObject, callback: Callable[[Theme], None]) -> None:
    """Call `callback(theme)` at each change of theme, for as long as `owner` lives."""
    _Follower(owner, callback)


def scaled_font(font: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    """`font` at `factor` times the system's text size, so that it follows the system font."""
    base = QGuiApplication.font()
    scaled = QFont(font)
    if base.pointSizeF() > 0:
        scaled.setPointSizeF(base.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold is not None:
        scaled.setBold(bold)
    return scaled


def text_pixels(factor: float = 1.0) -> int:
    """The system's text size in pixels, times `factor`: a floor for sizes set in pixels."""
    return round(QFontInfo(QGuiApplication.font()).pixelSize() * factor)


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of an sRGB colour such as '#1B5E20'."""
    rgb = QColor(colour)
    channels = (rgb.redF(), rgb.greenF(), rgb.blueF())
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
