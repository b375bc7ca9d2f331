"""What each theme puts on what, and the WCAG contrast ratio each pair needs: the table of
docs/ACCESSIBILITY.md, "Light, dark, contrast and text size"."""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core.history_days import Level
from hamtimer.qt.theme import THEMES, Theme, contrast_ratio

TEXT, MARK = "text", "mark"  # text 4.5:1 (7:1 in high contrast); the huge digits and marks 3:1
NEEDED = {(TEXT, False): 4.5, (MARK, False): 3.0, (TEXT, True): 7.0, (MARK, True): 4.5}
PHASE_NAMES = {"get_ready": "Get ready", "hold": "Hold", "rest": "Rest", "ice": "Ice on",
               "switch_sides": "Switch sides", "work": "Move", "stretch": "Stretch",
               "done": "Done", "stopped": "Stopped", "paused": "Paused"}  # fmt: skip
LEVEL_NAMES = {Level.ALL: "every target met", Level.HALF: "half or more",
               Level.SOME: "less than half", Level.NONE: "none met",
               Level.NO_TARGETS: "no targets"}  # fmt: skip


@dataclass(frozen=True)
class Shown:
    what: str
    kind: str  # TEXT or MARK
    foreground: str
    background: str

    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)


def pairs(theme: Theme) -> list[Shown]:
    t, empty = theme, theme.heat[Level.NONE].background
    shown = [
        Shown("Text, ✓ and ○ marks on the window", TEXT, t.window_text, t.window),
        Shown("Text in a field or list", TEXT, t.window_text, t.base),
        Shown("Text in a table's other rows", TEXT, t.window_text, t.alternate_base),
        Shown("Button text", TEXT, t.window_text, t.button),
        Shown("Selected text", TEXT, t.highlighted_text, t.highlight),
        Shown("Link", TEXT, t.link, t.base),
        Shown("Placeholder text", TEXT, t.placeholder, t.base),
        Shown("Weekday names, days outside the range", TEXT, t.muted_text, t.window),
        Shown("A form's problem", TEXT, t.alert_text, t.window),
        Shown("Sharp pain in the table", TEXT, t.alert_text, t.alternate_base),
        Shown("Red flags on Today", TEXT, t.flags.foreground, t.flags.background),
        Shown("Problem note", TEXT, t.problem.foreground, t.problem.background),
        Shown("Reminder", TEXT, t.reminder.foreground, t.reminder.background),
    ]
    for name, pair in t.phases.items():
        what = f"Phase “{PHASE_NAMES[name]}”: words and digits"
        shown.append(Shown(what, TEXT, pair.foreground, pair.background))
    for level, pair in t.heat.items():
        what = f"Calendar, {LEVEL_NAMES[level]}: numbers"
        shown.append(Shown(what, TEXT, pair.foreground, pair.background))
    return [
        *shown,
        Shown("Calendar cell border, on the window", MARK, t.heat_border, t.window),
        Shown("Calendar cell border, on an empty day", MARK, t.heat_border, empty),
        Shown("Today's ring, on the window", MARK, t.today_ring, t.window),
        Shown("Sharp-pain corner, on an empty day", MARK, t.sharp_pain, empty),
        Shown("Pain chart line", MARK, t.chart_line, t.base),
    ]


def needed(shown: Shown, theme: Theme) -> float:
    return NEEDED[(shown.kind, theme.high_contrast)]


def markdown_table() -> str:
    """One row per pair, one column per theme: the ratio, ':1'."""
    themes = list(THEMES.values())
    rows = ["| What | " + " | ".join(t.name for t in themes) + " |",
            "|---|" + "---:|" * len(themes)]  # fmt: skip
    columns = [pairs(theme) for theme in themes]
    for row in zip(*columns, strict=True):
        ratios = " | ".join(f"{shown.ratio():.1f}" for shown in row)
        rows.append(f"| {row[0].what} ({row[0].kind}) | {ratios} |")
    return "\n".join(rows)
