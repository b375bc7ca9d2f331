"""The staged program (resources/program.json): what each stage asks for each day, and the
documented rules by which the next stage is offered. The patient always confirms a move and
may step back to any earlier stage. See docs/PROGRAM.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hamtimer.core import pain as pain_days
from hamtimer.core.i18n import format_number, plural, translate
from hamtimer.core.journal import JournalEntry
from hamtimer.core.records import Outcome, SessionRecord
from hamtimer.core.resource_text import translated_program

PROGRAM_SCHEMA_VERSION = 1
RULES = ("hours_since_onset", "days_since_onset", "low_pain_days", "pain_free_days")


class ProgramError(ValueError):
    """program.json does not follow its format; the message names the field."""


@dataclass(frozen=True)
class AdvanceRule:
    rule: str
    hours: int = 0
    days: int = 0
    within_days: int = 0
    max_rating: int = 0
    session: str = ""


@dataclass(frozen=True)
class Stage:
    id: str
    number: int  # the protocol's stage, 1–4
    name: str
    summary: str
    advice: tuple[str, ...]
    targets: dict[str, int]  # session id → times a day
    rice: bool
    exercise_reminders: tuple[str, ...]  # "HH:MM"
    ice_reminder_every_h: int | None
    advance: tuple[AdvanceRule, ...]


@dataclass(frozen=True)
class Condition:
    """One rule for the next stage, explained: 'Two days since the pain started: 3 so far'."""

    text: str
    met: bool


@dataclass(frozen=True)
class Offer:
    """The next stage and whether its rules are met now."""

    stage: Stage
    conditions: tuple[Condition, ...]

    @property
    def ready(self) -> bool:
        return all(c.met for c in self.conditions)


@dataclass(frozen=True)
class Program:
    stages: tuple[Stage, ...]

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def next_after(self, stage_id: str) -> Stage | None:
        index = self.index(stage_id)
        return self.stages[index + 1] if index + 1 < len(self.stages) else None

    def earlier_than(self, stage_id: str) -> tuple[Stage, ...]:
        return self.stages[: self.index(stage_id)]

    @property
    def days_of_records(self) -> int:
        """How many past days of sessions any rule looks at (within_days), at least one:
        the window the Today page needs from the log, whatever its length."""
        rules = [rule for stage in self.stages for rule in stage.advance]
        return max([1, *(rule.within_days for rule in rules)])

    def index(self, stage_id: str) -> int:
        return [s.id for s in self.stages].index(stage_id)

    def offer(
        self,
        stage_id: str,
        onset: date | None,
        records: Sequence[SessionRecord],
        journal: Sequence[JournalEntry],
        now: datetime,
        session_names: Mapping[str, str] | None = None,
    ) -> Offer | None:
        """The next stage with its conditions judged at `now`; None at the last stage.
        `session_names` (id → name) names a rule's session; without it, its id."""
        following = self.next_after(stage_id)
        if following is None:
            return None
        rules = self.stage(stage_id).advance
        names = session_names or {}
        judged = tuple(_judge(rule, onset, records, journal, now, names) for rule in rules)
        return Offer(following, judged)


def _judge(
    rule: AdvanceRule,
    onset: date | None,
    records: Sequence[SessionRecord],
    journal: Sequence[JournalEntry],
    now: datetime,
    session_names: Mapping[str, str],
) -> Condition:
    today = now.date()
    if rule.rule in ("hours_since_onset", "days_since_onset"):
        return _since_onset(rule, onset, now)
    ratings = pain_days.ratings_by_day(journal, now.tzinfo)
    if rule.rule == "pain_free_days":
        days = pain_days.last_days(today, rule.days)
        good = [d for d in days if ratings.get(d) and max(ratings[d]) <= rule.max_rating]
        text = plural(
            rule.days,
            translate(
                "Program",
                "Pain at most {rating} of 10 on the last day, rated that day: {good} of {n} so far",
            ),
            translate(
                "Program",
                "Pain at most {rating} of 10 on each of the last {n} days, rated every day: "
                "{good} of {n} so far",
            ),
            rating=format_number(rule.max_rating),
            good=format_number(len(good)),
        )
        return Condition(text, len(good) == rule.days)
    days = pain_days.last_days(today, rule.within_days)
    done_on = {
        r.started_at.astimezone(now.tzinfo).date()
        for r in records
        if r.session_id == rule.session and r.outcome is Outcome.COMPLETED
    }
    good = [
        d for d in days if d in done_on and ratings.get(d) and max(ratings[d]) <= rule.max_rating
    ]
    text = plural(
        rule.days,
        translate(
            "Program",
            "{n} day in the last {within} days with {session} done and pain at most {rating} "
            "of 10 that day: {good} so far",
        ),
        translate(
            "Program",
            "{n} days in the last {within} days with {session} done and pain at most {rating} "
            "of 10 that day: {good} so far",
        ),
        within=format_number(rule.within_days),
        session=session_names.get(rule.session, rule.session),
        rating=format_number(rule.max_rating),
        good=format_number(len(good)),
    )
    return Condition(text, len(good) >= rule.days)


def _since_onset(rule: AdvanceRule, onset: date | None, now: datetime) -> Condition:
    if onset is None:
        return Condition(translate("Program", "Enter the day the pain started"), False)
    start = datetime.combine(onset, datetime.min.time(), now.tzinfo)
    hours = max(0.0, (now - start).total_seconds() / 3600)
    if rule.rule == "hours_since_onset":
        text = plural(
            rule.hours,
            translate("Program", "{n} hour since the pain started: {so_far} so far"),
            translate("Program", "{n} hours since the pain started: {so_far} so far"),
            so_far=format_number(hours),
        )
        return Condition(text, hours >= rule.hours)
    days = (now.date() - onset).days
    text = plural(
        days,
        translate("Program", "About {weeks} weeks since the pain started: {n} day so far"),
        translate("Program", "About {weeks} weeks since the pain started: {n} days so far"),
        weeks=format_number(rule.days // 7),
    )
    return Condition(text, days >= rule.days)


def load_program(path: Path) -> Program:
    """Read and check program.json; every error names the field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ProgramError(
            translate("Program", "{file}: cannot be read ({error})").format(file=path, error=error)
        ) from None
    if not isinstance(data, dict) or data.get("schema_version") != PROGRAM_SCHEMA_VERSION:
        raise ProgramError(
            translate("Program", "{file}: schema_version must be {version}").format(
                file=path, version=PROGRAM_SCHEMA_VERSION
            )
        )
    stages = translated_program(data).get("stages")  # in the patient's language
    if not isinstance(stages, list) or not stages:
        raise ProgramError(
            translate("Program", "{file}: stages must be a non-empty list").format(file=path)
        )
    try:
        return Program(tuple(_stage(item) for item in stages))
    except (KeyError, TypeError, ValueError) as error:
        raise ProgramError(
            translate("Program", "{file}: a stage is malformed ({error})").format(
                file=path, error=repr(error)
            )
        ) from None


def _stage(data: dict[str, Any]) -> Stage:
    rules = tuple(AdvanceRule(**rule) for rule in data["advance"])
    unknown = [r.rule for r in rules if r.rule not in RULES]
    if unknown:
        raise ValueError(f"unknown rule {unknown[0]}")
    reminders = tuple(str(t) for t in data["exercise_reminders"])
    for text in reminders:
        datetime.strptime(text, "%H:%M")
    every = data["ice_reminder_every_h"]
    return Stage(
        id=str(data["id"]),
        number=int(data["protocol_stage"]),
        name=str(data["name"]),
        summary=str(data["summary"]),
        advice=tuple(str(a) for a in data["advice"]),
        targets={str(k): int(v) for k, v in data["targets"].items()},
        rice=bool(data["rice"]),
        exercise_reminders=reminders,
        ice_reminder_every_h=None if every is None else int(every),
        advance=rules,
    )
