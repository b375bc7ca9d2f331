"""24 hours in the tray, sped up: the real app process with reminders on an accelerated clock.

A patient on day one of the pain (so ice reminders run, every 3 hours) with six exercise
reminder times is seeded into a fresh data folder; hamtimer runs offscreen at --time-scale
SCALE (600: 24 simulated hours in 2.4 minutes), with INFO logging, on a private D-Bus with a
stand-in notification server (the offscreen platform has no tray, so reminders go to desktop
notifications, as on GNOME). The window is hidden after it starts, as when closed to the tray.

It reports the reminders expected in the 24 hours against those fired (from the log: each
must fire exactly once, none missing, none extra), the notifications the server received,
and the resident memory (VmRSS from /proc) at start, after the first simulated hour and at
the end, with the growth per simulated hour.

Target: `python -m hamtimer` itself once app.py builds reminders (hamtimer.qt.app imports
Reminders); until then a child that builds the real window with hamtimer.qt.app.build_window
and adds Reminders exactly as the integration note says (--target composed).

    python bench/tray_24h.py [--scale 600] [--target app|composed]   # about 2.5 minutes
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import _common  # sets QT_QPA_PLATFORM and sys.path

TIMES = ("07:30", "09:00", "12:00", "15:00", "18:00", "21:00")
ICE_EVERY_H = 3
SIMULATED = timedelta(hours=24)
OVERRUN = timedelta(minutes=10)  # simulated time run past the 24 hours, then ignored
DUE_LINE = re.compile(r"reminder due: (\S+) (\S+) at (\S+)")
START_LINE = re.compile(r"reminders on: .* wall clock (\S+)")


def seed(data_dir: Path) -> None:
    from hamtimer.core.program_store import ProgramState, ProgramStore

    state = ProgramState(
        onset=date.today(),
        stage_id="isometric",
        exercise_reminders=TIMES,
        ice_every_h=ICE_EVERY_H,
        tray_hint_shown=True,
    )
    ProgramStore(data_dir / "program-state.json").save(state)


def child(data_dir: Path, scale: float) -> int:
    """What app.py does once integrated: the real window, then Reminders beside it."""
    logging.basicConfig(
        level=os.environ.get("HAMTIMER_LOG_LEVEL", "WARNING").upper(),
        format="%(asctime)s %(name)s %(levelname)s: %(message)s",
    )
    from PySide6.QtCore import QTimer

    from hamtimer.core.accelerated_wall import reminder_wall
    from hamtimer.core.program import load_program
    from hamtimer.core.program_store import ProgramStore
    from hamtimer.core.session_loader import load_builtin_sessions
    from hamtimer.qt.app import make_clock
    from hamtimer.qt.reminders import Reminders
    from hamtimer.resources import resource_path

    window = _common.build_hamtimer_window(data_dir, time_scale=scale)
    app = _common.make_qapplication()
    store = ProgramStore(data_dir / "program-state.json")
    state, problem = store.load()
    if problem:
        raise RuntimeError(problem)
    reminders = Reminders(
        program=load_program(resource_path("program.json")),
        state=state,
        sessions=load_builtin_sessions(resource_path("sessions")),
        records=lambda: window.log_store.records,
        wall_now=reminder_wall(make_clock(scale), scale),
        save_state=store.save,
        quit_app=app.quit,
        icon=app.windowIcon(),
        time_scale=scale,
        parent=app,
    )
    reminders.problem.connect(lambda text: print(f"problem: {text}", file=sys.stderr))
    reminders.start()
    window.show()
    QTimer.singleShot(0, window.hide)  # closed to the tray
    return int(app.exec())


class Run:
    """The app process, the lines it logs, and its memory, read as they come."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        assert self.process.stderr is not None
        self.lines: list[str] = []
        self._partial = b""
        self.notifications: list[str] = []
        self._server_partial = b""
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.process.stderr.fileno(), selectors.EVENT_READ, "app")

    def watch_server(self, stdout_fd: int) -> None:
        self._selector.register(stdout_fd, selectors.EVENT_READ, "server")

    def read_until(self, deadline: float) -> None:
        while (left := deadline - time.monotonic()) > 0:
            for key, _ in self._selector.select(timeout=left):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    self._selector.unregister(key.fd)
                    if key.data == "app":
                        return
                elif key.data == "app":
                    *done, self._partial = (self._partial + chunk).split(b"\n")
                    self.lines += [line.decode("utf-8", "replace") for line in done]
                else:
                    *done, self._server_partial = (self._server_partial + chunk).split(b"\n")
                    self.notifications += [line.decode() for line in done]

    def wait_for(self, pattern: re.Pattern[str], timeout_s: float = 60.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for line in self.lines:
                if match := pattern.search(line):
                    return match
            if self.process.poll() is not None:
                break
            self.read_until(min(deadline, time.monotonic() + 0.5))
        raise RuntimeError("the app never started reminders:\n" + "\n".join(self.lines))

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=60)
        self.read_until(time.monotonic() + 0.5)
        return code


def expected(start: datetime) -> dict[str, datetime]:
    """The reminders of the 24 hours after `start`, worked out here from the rules: key → due."""
    end = start + SIMULATED
    due = {}
    for k in range(24 // ICE_EVERY_H):
        moment = start + timedelta(hours=ICE_EVERY_H * k)
        due[f"ice@{moment.astimezone():%Y-%m-%dT%H:%M}"] = moment
    for day in (start.date(), start.date() + timedelta(days=1)):
        for text in TIMES:
            slot = datetime.combine(day, datetime.strptime(text, "%H:%M").time()).astimezone()
            if start < slot < end:
                due[f"exercise@{slot:%Y-%m-%dT%H:%M}"] = slot
    return due


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=600.0)
    parser.add_argument("--target", choices=("app", "composed"), default=None)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.exit(child(args.child, args.scale))
    import hamtimer.qt.app as app_module

    target = args.target or ("app" if "Reminders" in vars(app_module) else "composed")
    print(_common.machine_line())
    report(measure(target, args.scale), target, args.scale)


def measure(target: str, scale: float) -> dict[str, object]:
    data_dir = _common.temp_data_dir("hamtimer-tray24h-")
    seed(data_dir)
    env = dict(_common.child_env(), HAMTIMER_LOG_LEVEL="INFO")
    bus = private_bus()
    if bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
    if target == "app":
        command = [
            sys.executable,
            "-m",
            "hamtimer",
            "--data-dir",
            str(data_dir),
            "--time-scale",
            f"{scale:g}",
        ]
    else:
        command = [sys.executable, __file__, "--child", str(data_dir), "--scale", f"{scale:g}"]
    run = Run(command, env)
    try:
        if bus is not None and bus.server is not None and bus.server.stdout is not None:
            run.watch_server(bus.server.stdout.fileno())
        return sample(run, scale)
    finally:
        run.stop()
        if bus is not None:
            bus.close()
        shutil.rmtree(data_dir, ignore_errors=True)


def sample(run: Run, scale: float) -> dict[str, object]:
    start = datetime.fromisoformat(run.wait_for(START_LINE).group(1))
    began = time.monotonic()
    hour_s = 3600 / scale
    rss = [(0.0, run.rss_kib())]
    for hour in range(1, 25):
        run.read_until(began + hour * hour_s)
        rss.append((float(hour), run.rss_kib()))
    run.read_until(began + (SIMULATED + OVERRUN).total_seconds() / scale)
    wall_s = time.monotonic() - began
    code = run.stop()
    fired = [
        (m.group(1), datetime.fromisoformat(m.group(3)))
        for line in run.lines
        if (m := DUE_LINE.search(line))
    ]
    return {"start": start, "fired": fired, "rss": rss, "wall_s": wall_s, "exit": code,
            "notifications": len(run.notifications), "lines": run.lines}  # fmt: skip


def private_bus() -> object | None:
    if shutil.which("dbus-daemon") is None:
        print("no dbus-daemon: desktop notifications are not counted (apt-get install dbus)")
        return None
    from tests.qt.private_bus import PrivateBus

    bus = PrivateBus()
    bus.start_server()
    return bus


def report(result: dict[str, object], target: str, scale: float) -> None:
    start = result["start"]
    assert isinstance(start, datetime)
    fired: list[tuple[str, datetime]] = list(result["fired"])  # type: ignore[call-overload]
    due = expected(start)
    counts = Counter(key for key, _ in fired)
    in_window = [(key, shown) for key, shown in fired if key in due]
    beyond = [key for key in counts if key not in due]
    lateness = sorted(((shown - due[key]).total_seconds(), key) for key, shown in in_window)
    late, latest_key = lateness[-1] if lateness else (0.0, "none")
    rss = list(result["rss"])  # type: ignore[call-overload]
    (_, at_start), (_, after_hour), (_, at_end) = rss[0], rss[1], rss[-1]
    print(f"target                     {target} (--time-scale {scale:g})")
    print(f"simulated start            {start.isoformat(timespec='seconds')}")
    print(f"real time for 24 h         {result['wall_s']:.1f} s")
    ice = sum(k.startswith("ice") for k in due)
    print(f"reminders expected         {len(due)} ({ice} ice, {len(due) - ice} exercise)")
    print(f"fired in the 24 h          {len(in_window)}")
    print(f"missing                    {sorted(set(due) - set(counts)) or 0}")
    print(f"fired more than once       {sorted(k for k, n in counts.items() if n > 1) or 0}")
    print(
        f"latest after its time      {late:.0f} s simulated ({late / scale * 1000:.0f} ms real,"
        f" {latest_key})"
    )
    print(f"fired after the 24 h       {beyond or 0} (the run goes on {OVERRUN} past the 24 h)")
    print(f"notifications received     {result['notifications']} (of {len(fired)} fired in all)")
    print(f"VmRSS start / 1 h / end    {at_start / 1024:.1f} / {after_hour / 1024:.1f} / "
          f"{at_end / 1024:.1f} MiB")  # fmt: skip
    per_hour = (at_end - after_hour) / 23
    print(f"growth per simulated hour  {per_hour:+.1f} KiB (from hour 1 to hour 24)")
    print(f"exit code                  {result['exit']}")
    problems = [line for line in result["lines"] if "problem:" in line or "ERROR" in line]  # type: ignore[attr-defined]
    if problems:
        print("problems logged:\n  " + "\n  ".join(problems))


if __name__ == "__main__":
    main()
