"""The seeded history as a report, for the report tests (core, PDF, dialog and command line)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hamtimer.core.journal import JournalEntry
from hamtimer.core.program import Program, load_program
from hamtimer.core.report import Report, build_report
from hamtimer.core.report_range import resolve_range
from hamtimer.core.report_sources import ReportSources
from hamtimer.resources import resource_path
from tests.seed import CET, NOW, Seeded, build

# What the seeded three weeks must show (tests/seed.py): 59 sessions, one stopped.
SESSIONS = 59
# From 20 November: 3 on the 20th (mobility), 4 a day from the 21st to the 24th, and
# today's 2 morning sessions (the evening is still to come at 14:30).
SESSIONS_FROM_20TH = 21


def program() -> Program:
    return load_program(resource_path("program.json"))


def sources_of(seeded: Seeded) -> ReportSources:
    return ReportSources(seeded.records, seeded.journal, seeded.state)


def seeded_report(
    first: date | None = None, last: date | None = None, seeded: Seeded | None = None
) -> Report:
    seeded = seeded or build()
    span = resolve_range(first, last, seeded.records, NOW.date(), CET)
    return build_report(sources_of(seeded), program(), span, NOW, CET, "0.1.0")


def with_journal(seeded: Seeded, *entries: JournalEntry) -> Seeded:
    return replace(seeded, journal=sorted([*seeded.journal, *entries], key=lambda e: e.at))
