"""Every text the core writes for a patient goes through the translation seam.

A fake language marks each translated template ⟦like this⟧ and writes dates, times and
numbers with digits only; then the seeded three weeks are shown as Today, the program, the
red flags, the history and the clinician report would show them. Any letter left outside the
marks is text a translator would never see. Placeholders are filled inside the marks, so the
only words allowed outside are whole names the patient already reads as data: the seeded
log's session names and the patient's own notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from hamtimer.core import i18n, red_flags
from hamtimer.core.draft_check import check_draft
from hamtimer.core.history import History, HistoryFilter
from hamtimer.core.journal import EntryKind, JournalEntry, PainContext, pain
from hamtimer.core.plan import build_plan, describe_rep, summary
from hamtimer.core.program import Program, load_program
from hamtimer.core.program_store import ProgramState, ProgramStateError, check_onset
from hamtimer.core.reminder_rules import exercise_text, ice_text
from hamtimer.core.report import build_report
from hamtimer.core.report_range import ReportRangeError, resolve_range
from hamtimer.core.report_sources import ReportSources
from hamtimer.core.report_text import (
    day_legend,
    day_table,
    disclaimer,
    flag_lines,
    header_facts,
    note_table,
    session_legend,
    session_table,
    span_text,
    summary_facts,
    title,
)
from hamtimer.core.session import PhaseKind, SessionDefinition, SessionError
from hamtimer.core.session_draft import DraftPhase, SessionDraft
from hamtimer.core.session_import import read_import
from hamtimer.core.session_loader import load_builtin_sessions, parse_definition
from hamtimer.core.settings_store import SettingsStore
from hamtimer.core.today import today_plan
from hamtimer.resources import resource_path
from tests.seed import CET, KINDS, NOW, ONSET, Seeded, build

OPEN, CLOSE = "⟦", "⟧"
LETTER = re.compile(r"[^\W\d_]")
# What the patient wrote, and the names their log keeps: shown as they are.
PATIENT_WORDS = ("slipped on the stairs",)
LOGGED_NAMES = tuple(name for name, _, _ in KINDS.values())


@pytest.fixture(autouse=True)
def marked_language() -> Iterator[None]:
    i18n.install(
        translate=lambda _context, text: OPEN + text + CLOSE,
        date=lambda day: day.isoformat(),
        short_date=lambda day: f"{day.day}/{day.month}",
        time=lambda moment: f"{moment.hour}.{moment.minute:02}",
        number=lambda value, decimals: f"{value:.{decimals}f}",
    )
    yield
    i18n.reset()


def outside_marks(text: str) -> str:
    """The characters of `text` that no ⟦…⟧ span (however nested) covers."""
    depth, left = 0, []
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            left.append(char)
    return "".join(left)


def untranslated(texts: Iterable[str]) -> list[str]:
    """Each text with letters outside the marks, once the allowed names are taken out."""
    found = []
    for text in texts:
        rest = outside_marks(text)
        for name in sorted((*PATIENT_WORDS, *LOGGED_NAMES), key=len, reverse=True):
            rest = rest.replace(name, " ")
        if LETTER.search(rest):
            found.append(text)
    return found


@pytest.fixture
def seeded() -> Seeded:
    return build()


@pytest.fixture
def program() -> Program:
    return load_program(resource_path("program.json"))  # loaded in the marked language


@pytest.fixture
def sessions() -> dict[str, SessionDefinition]:
    return load_builtin_sessions(resource_path("sessions"))


def today_texts(
    seeded: Seeded, program: Program, sessions: dict[str, SessionDefinition]
) -> Iterator[str]:
    stage = program.stage(seeded.state.stage_id)
    yield from (item.text() for item in today_plan(stage.targets, sessions, seeded.records, NOW))
    ice = [r for r in seeded.records if r.session_id == "ice"][-1]
    iced_now = [replace(ice, started_at=NOW - timedelta(minutes=20), ended_at=NOW)]
    for target in (1, 3):  # done for today; next from
        yield from (item.text() for item in today_plan({"ice": target}, sessions, iced_now, NOW))
    yield from (item.text() for item in today_plan({"ice": 2}, sessions, [], NOW))


def program_texts(seeded: Seeded, program: Program) -> Iterator[str]:
    names = {session_id: name for session_id, (name, _, _) in KINDS.items()}
    for stage in program.stages:
        yield from (stage.name, stage.summary, *stage.advice)
        for onset in (ONSET, None):
            offer = program.offer(stage.id, onset, seeded.records, seeded.journal, NOW, names)
            yield from (condition.text for condition in offer.conditions) if offer else ()


def every_flag_journal() -> tuple[date, list[JournalEntry], datetime]:
    """Pain up after two weeks and on the week before, daily life limited, two re-injuries."""
    start = date(2026, 11, 1)

    def at(day: int) -> datetime:
        return datetime(2026, 11, 1, 10, tzinfo=CET) + timedelta(days=day)

    ratings = {0: 3, 2: 3, 4: 3, 7: 3, 9: 3, 11: 3, 14: 5, 16: 5, 18: 5}
    journal = [pain(at(day), value, PainContext.CHECK_IN) for day, value in ratings.items()]
    journal += [JournalEntry(EntryKind.LIMITS_DAILY_LIFE, at(17))]
    journal += [JournalEntry(EntryKind.REINJURY, at(day)) for day in (10, 15)]
    return start, journal, at(18)


def red_flag_texts() -> Iterator[str]:
    flags = red_flags.evaluate(*every_flag_journal())
    assert sorted(flag.code for flag in flags) == [
        "limits_daily_life", "not_improving", "reinjury", "worsening",
    ]  # fmt: skip
    yield red_flags.advice()
    for flag in flags:
        yield from (flag.title, flag.reasons, flag.text())


def history_texts(seeded: Seeded, program: Program) -> Iterator[str]:
    history = History(seeded.records, seeded.journal, program, NOW, ONSET)
    first, last = history.first_day, history.last_day
    for summary_of_day in history.days(first, last):
        yield from (summary_of_day.describe(), summary_of_day.level.label)
    for record in history.select(HistoryFilter()):
        yield from history.row(record).cells()
    totals = history.totals(first, last)
    yield from (history.streaks.text(), totals.adherence_text(), totals.sessions_text())
    yield history.totals(last + timedelta(days=1), last + timedelta(days=2)).adherence_text()
    for span in (timedelta(0), timedelta(days=200), timedelta(days=1000)):  # day, week, month
        yield history.chart_trend(first - span, last).title()
    yield history.chart_trend(last + timedelta(days=1), last + timedelta(days=2)).title()


def report_texts(seeded: Seeded, program: Program) -> Iterator[str]:
    demo = replace(seeded.records[-1], time_scale=10.0)
    sources = ReportSources([*seeded.records, demo], seeded.journal, seeded.state)
    span = resolve_range(None, None, seeded.records, NOW.date(), CET)
    report = build_report(sources, program, span, NOW, CET, "0.1.0")
    yield from (title(), disclaimer(), session_legend(), day_legend(), span_text(report))
    for label, value in [*header_facts(report), *summary_facts(report)]:
        yield from (label, value)
    yield from (*flag_lines(report), *report.data_notes)
    for table in (day_table(report), session_table(report), note_table(report)):
        yield from table.headers
        yield from (cell for row in table.rows for cell in row)


def session_texts(sessions: dict[str, SessionDefinition]) -> Iterator[str]:
    for definition in sessions.values():
        plan = build_plan(definition)
        yield summary(plan)
        yield from {describe_rep(plan, phase) for phase in plan.phases}
        yield from exercise_text(definition, 0, 2)
    yield from ice_text(sessions["ice"], 3, NOW + timedelta(hours=30), CET)
    yield from ice_text(None, 3, NOW + timedelta(hours=30), CET)


def test_what_the_core_writes_for_the_patient_is_all_translated(
    seeded: Seeded, program: Program, sessions: dict[str, SessionDefinition]
) -> None:
    texts = [
        *today_texts(seeded, program, sessions),
        *program_texts(seeded, program),
        *red_flag_texts(),
        *history_texts(seeded, program),
        *report_texts(seeded, program),
        *session_texts(sessions),
    ]
    assert len(texts) > 500
    assert untranslated(texts) == []


def test_the_check_finds_text_outside_the_marks() -> None:
    assert untranslated(["⟦Ice {n} of 3⟧", "Bridge hold", "2026-11-25 9.00"]) == []
    assert untranslated(["⟦Pain⟧ of 10", "Stage ⟦2⟧"]) == ["⟦Pain⟧ of 10", "Stage ⟦2⟧"]


def error_messages(tmp_path: Path) -> Iterator[str]:
    """What a patient reads when a file, an import or a choice is refused."""
    bad_inputs: list[object] = [
        {"schema_version": 9},
        {"schema_version": 2, "id": "x", "colour": "red"},
        {"schema_version": 2, "id": "Not An Id", "name": "n"},
        [],
    ]
    for data in bad_inputs:
        with pytest.raises(SessionError) as refused:
            parse_definition(data)
        yield str(refused.value)
    not_json = tmp_path / "broken.json"
    not_json.write_text("{ nope", encoding="utf-8")
    for path in (not_json, tmp_path, tmp_path / "missing.json"):
        with pytest.raises(SessionError) as refused:
            read_import(path)
        yield str(refused.value)
    bridge = load_builtin_sessions(resource_path("sessions"))["bridge-hold"]
    for choices in ({"hold_s": 99}, {"hold_s": 1.5}, {"colour": 1}):
        with pytest.raises(SessionError) as refused:
            bridge.choose(choices)  # type: ignore[arg-type]
        yield str(refused.value)
    draft = SessionDraft(name="", phases=[DraftPhase(PhaseKind.HOLD, 99999, "")], reps=0)
    yield from (problem.message for problem in check_draft(draft))
    yield from state_messages()
    settings_file = tmp_path / "settings.json"
    settings_file.write_text('{"schema_version": 1, "volume": 7}', encoding="utf-8")
    yield str(SettingsStore(settings_file).load()[1])
    with pytest.raises(ReportRangeError) as refused:
        resolve_range(date(2026, 12, 1), None, [], NOW.date(), CET, ("From", "To"))
    yield str(refused.value)


def state_messages() -> Iterator[str]:
    bad_states = [
        {"schema_version": 1, "stage_id": ""},
        {"schema_version": 1, "stage_id": "x", "onset": "2026-02-30"},
    ]
    for data in bad_states:
        with pytest.raises(ProgramStateError) as refused:
            ProgramState.from_json(data)
        yield str(refused.value)
    with pytest.raises(ProgramStateError) as refused:
        check_onset(NOW.date() + timedelta(days=1), NOW.date())
    yield str(refused.value)


def test_refusals_of_files_imports_and_choices_are_translated(tmp_path: Path) -> None:
    messages = list(error_messages(tmp_path))
    assert len(messages) >= 15 and all(OPEN in message for message in messages)
    assert untranslated(messages) == []
