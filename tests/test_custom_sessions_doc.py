"""docs/CUSTOM-SESSIONS.md stays true: its example loads and runs, its limits are the app's."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hamtimer.core import limits
from hamtimer.core.draft_check import format_length
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session_json import encode_definition
from hamtimer.core.session_loader import parse_definition

DOC = Path(__file__).resolve().parent.parent / "docs" / "CUSTOM-SESSIONS.md"


def prose() -> str:
    """The document with its line breaks undone."""
    return " ".join(DOC.read_text(encoding="utf-8").split())


def test_the_example_file_loads_builds_and_is_as_long_as_the_doc_says() -> None:
    text = DOC.read_text(encoding="utf-8")
    [example] = re.findall(r"```json\n(.*?)```", text, re.DOTALL)
    definition = parse_definition(json.loads(example))
    plan = build_plan(definition)
    line = f"{summary(plan)} · {format_length(round(plan.total_s))} in all"
    assert (
        line == "2 sets of 5 × 5 s work · 10 s stretch · 15 s rest · each leg · 11 min 25 s in all"
    )
    assert f'("{line}")' in prose()
    encode_definition(definition)


def test_the_limits_in_the_doc_are_the_apps() -> None:
    text = prose()
    for stated in (
        f"at most {limits.MAX_SESSION_FILE_BYTES // 1024} KiB",
        f"1–{limits.MAX_PARAMETERS} of them",
        f"1–{limits.MAX_PHASES_PER_REP} phases",
        f"0–{limits.MAX_PHASE_SECONDS} s",
        f"counts up to {limits.MAX_REPS}",
        f"1–{limits.MAX_NAME_CHARS} characters, not only spaces",
        f"1–{limits.MAX_TEXT_CHARS} characters",
        f"at most {limits.MAX_SESSION_SECONDS // 3600} hours long",
        f"at most {limits.MAX_PLAN_PHASES} phases",
    ):
        assert stated in text, stated
