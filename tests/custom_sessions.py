"""The one way tests build the patient's own sessions, run them, and look at their folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hamtimer.core.clock import FakeClock
from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.engine import SessionEngine
from hamtimer.core.plan import build_plan
from hamtimer.core.records import SessionRecord
from hamtimer.core.session import PhaseKind, SessionDefinition
from hamtimer.core.session_draft import DraftPhase, SessionDraft
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.resources import resource_path


def builtins() -> dict[str, SessionDefinition]:
    return load_builtin_sessions(resource_path("sessions"))


def a_store(directory: Path) -> CustomSessionStore:
    store = CustomSessionStore(directory, builtins())
    store.load()
    return store


def per_side_draft(**changes: Any) -> SessionDraft:
    """Single-leg hinges: 2 sets of 3 reps on each leg, a rest between sets."""
    draft = SessionDraft(
        name="Hinge",
        title="Single-leg hinge",
        setup="Stand on one leg, near a wall for balance.",
        get_ready_s=5,
        get_ready_instruction="Stand on your left leg.",
        phases=[
            DraftPhase(PhaseKind.WORK, 6, "Hinge slowly at the hips, reaching toward the foot."),
            DraftPhase(PhaseKind.REST, 4, "Return to standing, controlled."),
        ],
        reps=3,
        sets=2,
        between_sets_s=20,
        per_side=True,
        switch_s=8,
        done_message="Hinges done on both legs.",
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def run_to_end(definition: SessionDefinition) -> SessionRecord:
    """Run the session with its defaults on a fake clock, a poll per second, to the end."""
    clock = FakeClock()
    engine = SessionEngine(build_plan(definition), clock)
    engine.start()
    for _ in range(int(engine.plan.total_s) + 2):
        clock.advance(1.0)
        engine.poll()
    return engine.record("test")


def files_in(directory: Path) -> dict[str, bytes]:
    """Every file in the folder by name, with its bytes: to prove nothing changed."""
    if not directory.exists():
        return {}
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}
