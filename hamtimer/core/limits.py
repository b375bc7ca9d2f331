"""Every limit hamtimer enforces, in one place: the protocol's ranges and the app's bounds."""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core.i18n import QT_TRANSLATE_NOOP

MAX_SESSION_FILE_BYTES = 64 * 1024
MAX_TEXT_CHARS = 1000
MAX_NAME_CHARS = 60
MAX_PARAMETERS = 8
MAX_PHASES_PER_REP = 10
MAX_PHASE_SECONDS = 60 * 60
MAX_REPS = 50
MAX_PLAN_PHASES = 1000
MAX_SESSION_SECONDS = 4 * 60 * 60
MIN_TIME_SCALE = 1.0
MAX_TIME_SCALE = 1000.0
SESSION_ID_PATTERN = r"[a-z0-9][a-z0-9-]{0,39}"


@dataclass(frozen=True)
class ProtocolRange:
    """A range the protocol sets for a built-in session's parameter, and why (`reason` is
    marked for translation: translate("Limits", reason) where it is shown)."""

    low: float
    high: float
    reason: str


# What ../PROTOCOL.md allows. A built-in session whose defaults or choices leave these
# ranges is refused when it is loaded; patients' own sessions are not bound by them.
PROTOCOL_RANGES: dict[tuple[str, str], ProtocolRange] = {
    ("bridge-hold", "hold_s"): ProtocolRange(
        10, 15, QT_TRANSLATE_NOOP("Limits", "the protocol holds each bridge for 10–15 seconds")
    ),
    ("bridge-hold", "reps"): ProtocolRange(
        2, 3, QT_TRANSLATE_NOOP("Limits", "the protocol does 2–3 repetitions at a time")
    ),
    ("ice", "minutes"): ProtocolRange(
        15,
        20,
        QT_TRANSLATE_NOOP(
            "Limits", "the protocol ices for 15–20 minutes; longer risks damage to the skin"
        ),
    ),
}
