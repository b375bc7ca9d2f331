"""Builders shared by the core tests."""

from __future__ import annotations

from collections.abc import Mapping

from hamtimer.core.clock import FakeClock
from hamtimer.core.engine import SessionEngine
from hamtimer.core.plan import build_plan
from hamtimer.core.session import SessionDefinition
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.resources import resource_path


def builtin(session_id: str) -> SessionDefinition:
    return load_builtin_sessions(resource_path("sessions"))[session_id]


def started_engine(
    session_id: str, clock: FakeClock, choices: Mapping[str, int] | None = None
) -> SessionEngine:
    engine = SessionEngine(build_plan(builtin(session_id), choices), clock)
    engine.start()
    return engine
