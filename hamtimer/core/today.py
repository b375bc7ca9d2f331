"""What today asks for and what is done: 'Bridge hold 1 of 2', 'Ice 2 of 3 — next from 15:40'."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hamtimer.core.i18n import format_number, format_time, translate
from hamtimer.core.records import Outcome, SessionRecord
from hamtimer.core.session import SessionDefinition


@dataclass(frozen=True)
class TodayItem:
    session_id: str
    name: str
    done: int
    target: int
    next_from: datetime | None = None  # when a session must wait (ice), the earliest time

    @property
    def complete(self) -> bool:
        return self.done >= self.target

    def text(self) -> str:
        """The line in the patient's language, e.g. 'Ice 2 of 3 — next from 15:40'."""
        if self.complete:
            template = translate("Today", "{name} {done} of {target} — done for today")
        elif self.next_from is not None:
            template = translate("Today", "{name} {done} of {target} — next from {time}")
        else:
            template = translate("Today", "{name} {done} of {target}")
        return template.format(
            name=self.name,
            done=format_number(self.done),
            target=format_number(self.target),
            time=format_time(self.next_from.time()) if self.next_from is not None else "",
        )


def completed_on(records: Sequence[SessionRecord], day: date, now: datetime) -> list[SessionRecord]:
    """The sessions completed on the local day `day`, in the order they were logged."""
    return [
        r
        for r in records
        if r.outcome is Outcome.COMPLETED and r.started_at.astimezone(now.tzinfo).date() == day
    ]


def today_plan(
    targets: Mapping[str, int],
    sessions: Mapping[str, SessionDefinition],
    records: Sequence[SessionRecord],
    now: datetime,
) -> list[TodayItem]:
    """One item per target of the stage whose session exists, in the stage's order."""
    done_today = completed_on(records, now.date(), now)
    items = []
    for session_id, target in targets.items():
        definition = sessions.get(session_id)
        if definition is None:
            continue
        mine = [r for r in done_today if r.session_id == session_id]
        items.append(
            TodayItem(
                session_id,
                definition.name,
                len(mine),
                target,
                _next_from(definition, mine, now),
            )
        )
    return items


def _next_from(
    definition: SessionDefinition, done: Sequence[SessionRecord], now: datetime
) -> datetime | None:
    if not definition.repeat_after_min or not done:
        return None
    next_from = done[-1].ended_at + timedelta(minutes=definition.repeat_after_min)
    return next_from.astimezone(now.tzinfo) if next_from > now else None
