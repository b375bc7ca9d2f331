"""The four colour sets of hamtimer: light, dark, and high contrast on light and on dark.

Plain data; hamtimer.qt.theme chooses one and applies it. Every pair of a text and the
background it stands on is measured in tests/qt/test_theme.py (WCAG contrast ratios, listed
in docs/ACCESSIBILITY.md): 4.5:1 for text, 3:1 for the huge digits and for marks that are not
text; 7:1 and 4.5:1 in high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType

from hamtimer.core.history_days import Level


@dataclass(frozen=True)
class Pair:
    background: str
    foreground: str


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool
    high_contrast: bool
    # The window's palette (Fusion style)
    window: str
    window_text: str
    base: str
    alternate_base: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    # What hamtimer draws: the runner's phases (by PhaseKind value, and done, stopped,
    # paused), the calendar's levels, its marks, the pain chart, warnings and banners
    phases: MappingProxyType[str, Pair]
    heat: MappingProxyType[Level, Pair]
    heat_border: str  # around each day of the calendar, and of the legend's samples
    today_ring: str  # drawn around today's cell, on the window's colour
    sharp_pain: str  # the corner triangle, outlined in the day's text colour
    muted_text: str  # weekday names and days outside the chosen range
    chart_line: str
    chart_grid: str
    alert_text: str  # a form's problems, the sessions stopped for sharp pain in the table
    flags: Pair  # the red flags on Today
    problem: Pair  # the note above the tabs: something went wrong
    problem_border: str
    reminder: Pair
    reminder_border: str


def _phases(**pairs: tuple[str, str]) -> MappingProxyType[str, Pair]:
    return MappingProxyType({name: Pair(*colours) for name, colours in pairs.items()})


def _heat(*pairs: tuple[str, str]) -> MappingProxyType[Level, Pair]:
    """Fills for every target met, half or more, less than half, none, no targets: ordered
    by lightness, so the calendar reads without telling hues apart."""
    order = (Level.ALL, Level.HALF, Level.SOME, Level.NONE, Level.NO_TARGETS)
    return MappingProxyType({level: Pair(*pair) for level, pair in zip(order, pairs, strict=True)})


WHITE, BLACK = "#FFFFFF", "#000000"

LIGHT = Theme(
    name="light", dark=False, high_contrast=False,
    window="#EFEFEF", window_text=BLACK, base=WHITE, alternate_base="#F5F5F5",
    button="#EFEFEF", highlight="#1F5FAF", highlighted_text=WHITE, link="#0B57D0",
    placeholder="#5F5F5F", disabled_text="#8A8A8A",
    phases=_phases(
        get_ready=("#FFB300", "#1A1A1A"), hold=("#C62828", WHITE), rest=("#1565C0", WHITE),
        ice=("#00838F", WHITE), switch_sides=("#6A1B9A", WHITE), work=("#AD1457", WHITE),
        stretch=("#2E7D32", WHITE), done=("#2E7D32", WHITE), stopped=("#455A64", WHITE),
        paused=("#546E7A", WHITE),
    ),
    heat=_heat(("#1B5E20", WHITE), ("#66BB6A", BLACK), ("#C8E6C9", BLACK), (WHITE, BLACK),
               ("#E4E4E4", "#424242")),
    heat_border="#767676", today_ring="#0D47A1", sharp_pain="#C62828", muted_text="#5F5F5F",
    chart_line="#C62828", chart_grid="#D6D6D6", alert_text="#B3261E",
    flags=Pair("#B71C1C", WHITE),
    problem=Pair("#FFF3CD", "#533F03"), problem_border="#B08A1E",
    reminder=Pair("#FFF4D6", BLACK), reminder_border="#B7791F",
)  # fmt: skip

DARK = Theme(
    name="dark", dark=True, high_contrast=False,
    window="#202124", window_text="#E8E8E8", base="#2A2A2A", alternate_base="#333333",
    button="#303134", highlight="#8AB4F8", highlighted_text="#0B1B33", link="#8AB4F8",
    placeholder="#A8A8A8", disabled_text="#767676",
    # Deep backgrounds: a full window of bright red in a dark room would dazzle.
    phases=_phases(
        get_ready=("#5C4300", "#FFE082"), hold=("#8E1B1B", WHITE), rest=("#0D3C78", WHITE),
        ice=("#00565E", WHITE), switch_sides=("#4A1470", WHITE), work=("#7A0E3D", WHITE),
        stretch=("#1E5A22", WHITE), done=("#1E5A22", WHITE), stopped=("#37474F", WHITE),
        paused=("#3E4E57", WHITE),
    ),
    heat=_heat(("#81C784", BLACK), ("#2E7D32", WHITE), ("#1E4620", "#E8F5E9"),
               ("#2A2A2A", "#E8E8E8"), ("#38383B", "#C4C4C4")),
    heat_border="#8A8A8A", today_ring="#8AB4F8", sharp_pain="#FF6E6E", muted_text="#A8A8A8",
    chart_line="#FF8A80", chart_grid="#474747", alert_text="#F2B8B5",
    flags=Pair("#8E1B1B", WHITE),
    problem=Pair("#4A3B00", "#FFE8A3"), problem_border="#A88A2A",
    reminder=Pair("#3D3217", "#F5F5F5"), reminder_border="#C99A3A",
)  # fmt: skip

_STRONG_PHASES = _phases(
    get_ready=(BLACK, "#FFD600"), hold=("#8B0000", WHITE), rest=("#0D3C8C", WHITE),
    ice=("#004D55", WHITE), switch_sides=("#4A148C", WHITE), work=("#880E4F", WHITE),
    stretch=("#1B5E20", WHITE), done=("#1B5E20", WHITE), stopped=("#263238", WHITE),
    paused=("#37474F", WHITE),
)  # fmt: skip

HIGH_CONTRAST_LIGHT = Theme(
    name="high-contrast", dark=False, high_contrast=True,
    window=WHITE, window_text=BLACK, base=WHITE, alternate_base="#F0F0F0",
    button=WHITE, highlight="#1A237E", highlighted_text=WHITE, link="#0000B0",
    placeholder="#3A3A3A", disabled_text="#595959",
    phases=_STRONG_PHASES,
    heat=_heat(("#1B5E20", WHITE), ("#66BB6A", BLACK), ("#C8E6C9", BLACK), (WHITE, BLACK),
               ("#E0E0E0", BLACK)),
    heat_border=BLACK, today_ring="#1A237E", sharp_pain="#B00000", muted_text="#3A3A3A",
    chart_line="#8B0000", chart_grid="#767676", alert_text="#8B0000",
    flags=Pair("#7F0000", WHITE),
    problem=Pair(WHITE, BLACK), problem_border=BLACK,
    reminder=Pair(WHITE, BLACK), reminder_border=BLACK,
)  # fmt: skip

HIGH_CONTRAST_DARK = replace(
    HIGH_CONTRAST_LIGHT,
    name="high-contrast-dark", dark=True,
    window=BLACK, window_text=WHITE, base=BLACK, alternate_base="#1A1A1A",
    button=BLACK, highlight="#FFD600", highlighted_text=BLACK, link="#9ECBFF",
    placeholder="#C8C8C8", disabled_text="#A0A0A0",
    heat=_heat(("#A5D6A7", BLACK), ("#1B5E20", WHITE), ("#0F2E11", WHITE), (BLACK, WHITE),
               ("#1A1A1A", WHITE)),
    heat_border=WHITE, today_ring="#FFD600", sharp_pain="#FF6E6E", muted_text="#C8C8C8",
    chart_line="#FF9E9E", chart_grid="#8A8A8A", alert_text="#FF9E9E",
    problem=Pair(BLACK, "#FFE066"), problem_border="#FFE066",
    reminder=Pair(BLACK, WHITE), reminder_border="#FFD600",
)  # fmt: skip

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)}
