"""Timer accuracy on a real Qt event loop: hamtimer's engine vs. a naive tick counter.

The real SessionRunner (QtWaker + SystemClock, no fake clock) runs a short bridge hold
(get ready 5 s, 3 × hold 10 s / rest 15 s: 65 s). Beside it, in the same event loop and
started at the same instant, a naive countdown of the same plan: a 1 s QTimer that
decrements a counter each tick and moves to the next phase when the counter hits 0 (what
tomate and GNOME's Exercise Timer do).

Each cue — a phase starting, and the 3-2-1 ticks — is timed against its ideal instant,
start + offset on the suspend-counting monotonic clock (CLOCK_BOOTTIME on Linux). Two modes
in one run: quiet, then with a 500 ms blocking call every 9.7 s from a QTimer (a period
that walks across the phases). A cue whose ideal instant falls inside a stall cannot be on
time and is reported apart.

A third mode repeats the stalls at 1500 ms, longer than the naive timer's 1 s tick: Qt 6
keeps a repeating QTimer on its own schedule after a stall shorter than its interval (the
late tick fires at once, the next is still due on time), so the tick counter only loses
time once a stall swallows a whole tick.

    python bench/timer_accuracy.py [--minutes 1]   # minutes per mode; ~3.4 min in all
"""

from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass, field
from typing import Any

import _common  # sets QT_QPA_PLATFORM and sys.path

from hamtimer import __version__
from hamtimer.core.clock import SystemClock
from hamtimer.core.plan import Phase, SessionPlan, build_plan
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.resources import resource_path

PLAN_VALUES = {"hold_s": 10, "rest_s": 15, "reps": 3, "get_ready_s": 5}
STALL_EVERY_S = 9.7
STALL_MARGIN_S = 0.010  # a cue due this close before a stall is delayed by it too
TARGET_P99_S = 0.010
TARGET_END_S = 0.010


@dataclass
class Cue:
    timer: str  # "engine" or "tick counter"
    kind: str  # "phase", "countdown" or "end"
    ideal: float
    actual: float

    @property
    def lateness(self) -> float:
        return self.actual - self.ideal


@dataclass
class ModeResult:
    cues: list[Cue] = field(default_factory=list)
    stalls: list[tuple[float, float]] = field(default_factory=list)
    session_starts: list[float] = field(default_factory=list)

    def in_stall(self, cue: Cue) -> bool:
        return any(start - STALL_MARGIN_S <= cue.ideal <= end for start, end in self.stalls)


class TickCountdown:
    """The naive way: count down whole seconds on a repeating 1 s QTimer."""

    def __init__(self, plan: SessionPlan, clock: SystemClock, on_cue: Any, on_end: Any) -> None:
        from PySide6.QtCore import QTimer

        self._plan, self._clock, self._on_cue, self._on_end = plan, clock, on_cue, on_end
        self._timer = QTimer()
        self._timer.setInterval(1000)  # the default CoarseTimer, as a naive app leaves it
        self._timer.timeout.connect(self._tick)
        self._index = 0
        self._left = 0
        self._start = 0.0

    def start(self, start: float) -> None:
        self._start, self._index = start, 0
        self._left = round(self._plan.phases[0].duration_s)
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.elapsed_s()
        self._left -= 1
        phase = self._plan.phases[self._index]
        if self._left in (3, 2, 1):
            self._on_cue("countdown", self._start + phase.end_s - self._left, now)
        if self._left > 0:
            return
        self._index += 1
        if self._index == len(self._plan.phases):
            self._timer.stop()
            self._on_end(self._start + self._plan.total_s, now)
            return
        following = self._plan.phases[self._index]
        self._left = round(following.duration_s)
        self._on_cue("phase", self._start + following.start_s, now)


def run_mode(plan: SessionPlan, rounds: int, stall_s: float) -> ModeResult:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from hamtimer.qt.runner import SessionRunner
    from hamtimer.qt.waker import QtWaker

    clock = SystemClock()
    result = ModeResult()
    runner = SessionRunner(clock, QtWaker(), __version__)
    state: dict[str, Any] = {"start": 0.0, "phase": None, "done": 0, "loop": None}

    def note(timer: str, kind: str, ideal: float, actual: float) -> None:
        result.cues.append(Cue(timer, kind, ideal, actual))

    def engine_phase(phase: Phase) -> None:
        state["phase"] = phase
        if phase.index > 0:  # the first phase starts with the session: not a transition
            note("engine", "phase", state["start"] + phase.start_s, clock.elapsed_s())

    def engine_countdown(seconds_left: int) -> None:
        ideal = state["start"] + state["phase"].end_s - seconds_left
        note("engine", "countdown", ideal, clock.elapsed_s())

    def finished_one() -> None:
        state["done"] += 1
        if state["done"] == 2:
            state["loop"].quit()

    def engine_ended(_record: object) -> None:
        note("engine", "end", state["start"] + plan.total_s, clock.elapsed_s())
        finished_one()

    def tick_end(ideal: float, actual: float) -> None:
        note("tick counter", "end", ideal, actual)
        finished_one()

    runner.phase_started.connect(engine_phase)
    runner.countdown.connect(engine_countdown)
    runner.ended.connect(engine_ended)
    ticker = TickCountdown(
        plan, clock, lambda kind, ideal, actual: note("tick counter", kind, ideal, actual), tick_end
    )
    staller = QTimer()
    staller.setTimerType(Qt.TimerType.PreciseTimer)  # stalls land where the period says
    staller.setInterval(round(STALL_EVERY_S * 1000))

    def stall() -> None:
        began = clock.elapsed_s()
        time.sleep(stall_s)  # a blocking call on the GUI thread: disk, DNS, a slow slot
        result.stalls.append((began, clock.elapsed_s()))

    staller.timeout.connect(stall)
    if stall_s > 0:
        staller.start()
    for _ in range(rounds):
        state.update(done=0, loop=QEventLoop())
        state["start"] = clock.elapsed_s()
        result.session_starts.append(state["start"])
        runner.start(plan)
        ticker.start(state["start"])
        state["loop"].exec()
    staller.stop()
    return result


def summarise(name: str, result: ModeResult, plan: SessionPlan) -> dict[str, Any]:
    print(f"\n{name}: {len(result.session_starts)} session(s) of {plan.total_s:g} s", end="")
    if result.stalls:
        stall_ms = _common.median(e - s for s, e in result.stalls) * 1000
        print(f", {len(result.stalls)} stalls of {stall_ms:.0f} ms", end="")
    print()
    print(
        f"  {'timer':13} {'cues':>10} {'lateness median':>16} {'p99':>10} {'max':>10}"
        f" {'in-stall cues':>14} {'end error':>18}"
    )
    summary: dict[str, Any] = {}
    for timer in ("engine", "tick counter"):
        for kinds, label in ((("phase",), "transitions"), (("phase", "countdown"), "all cues")):
            chosen = [c for c in result.cues if c.timer == timer and c.kind in kinds]
            outside = [c.lateness for c in chosen if not result.in_stall(c)]
            inside = len(chosen) - len(outside)
            ends = [c.lateness for c in result.cues if c.timer == timer and c.kind == "end"]
            end_text = ", ".join(f"{e * 1000:+.1f} ms" for e in ends[:3])
            if len(ends) > 3:
                end_text = f"median {_common.median(ends) * 1000:+.1f} ms"
            print(
                f"  {timer if label == 'transitions' else '':13} {label:>10}"
                f" {_ms(_common.median(outside)):>16} {_ms(_common.percentile(outside, 0.99)):>10}"
                f" {_ms(max(outside)):>10} {inside:>14}"
                f" {end_text if label == 'transitions' else '':>18}"
            )
            summary[f"{timer}/{label}"] = outside
        summary[f"{timer}/ends"] = [
            c.lateness
            for c in result.cues
            if c.timer == timer and c.kind == "end" and not result.in_stall(c)
        ]
    if result.stalls:
        per_session = sum(e - s for s, e in result.stalls) / len(result.session_starts)
        print(f"  stalled time per session: {per_session * 1000:.0f} ms")
        summary["stalled_per_session"] = per_session
    return summary


def _ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.1f} ms"


def verdicts(quiet: dict[str, Any], stalled: dict[str, Any], long: dict[str, Any]) -> None:
    print("\ntargets")
    checks = [
        ("quiet: engine transitions p99 ≤ 10 ms", quiet["engine/transitions"], TARGET_P99_S),
        ("quiet: engine cues p99 ≤ 10 ms", quiet["engine/all cues"], TARGET_P99_S),
        ("stalls: engine outside-stall p99 ≤ 10 ms", stalled["engine/all cues"], TARGET_P99_S),
    ]
    for label, values, limit in checks:
        p99 = _common.percentile(values, 0.99)
        print(f"  {label}: {p99 * 1000:.1f} ms — {'met' if p99 <= limit else 'MISSED'}")
    ends = stalled["engine/ends"] + quiet["engine/ends"] + long.get("engine/ends", [])
    worst = max((abs(e) for e in ends), default=float("nan"))
    print(
        f"  session end within 10 ms of planned (every mode): worst {worst * 1000:.1f} ms — "
        f"{'met' if worst <= TARGET_END_S else 'MISSED'}"
    )
    for name, mode in (("stalls", stalled), ("long stalls", long)):
        tick_ends = mode.get("tick counter/ends")
        if tick_ends:
            print(
                f"  tick counter with {name}: ends {_common.median(tick_ends) * 1000:+.0f} ms "
                f"from plan, vs {mode['stalled_per_session'] * 1000:.0f} ms stalled per session"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="per mode (default 1)")
    parser.add_argument("--stall-ms", type=float, default=500)
    parser.add_argument(
        "--long-stall-ms", type=float, default=1500, help="0 skips the long-stall mode"
    )
    args = parser.parse_args()
    print(_common.machine_line())
    _common.make_qapplication()
    definition = load_builtin_sessions(resource_path("sessions"))["bridge-hold"]
    plan = build_plan(definition, PLAN_VALUES)
    rounds = max(1, math.ceil(args.minutes * 60 / plan.total_s - 0.1))
    quiet = summarise("quiet", run_mode(plan, rounds, 0.0), plan)
    stalled = summarise("with stalls", run_mode(plan, rounds, args.stall_ms / 1000), plan)
    long: dict[str, Any] = {}
    if args.long_stall_ms > 0:
        long_result = run_mode(plan, rounds, args.long_stall_ms / 1000)
        long = summarise("with long stalls", long_result, plan)
    verdicts(quiet, stalled, long)


if __name__ == "__main__":
    main()
