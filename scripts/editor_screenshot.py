"""Take docs/screenshots/session-editor.png: the editor on a session done on each leg.

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
        'PYTHONPATH=. python scripts/editor_screenshot.py docs/screenshots'
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.session import PhaseKind
from hamtimer.core.session_draft import DraftPhase, SessionDraft, draft_from_definition
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.qt.session_editor import SessionEditor
from hamtimer.resources import resource_path

WINDMILL = SessionDraft(
    name="Single-leg windmill",
    title="Single-leg windmill, each leg",
    setup="Stand on one leg beside a wall or a chair for balance. Move slowly; stop at pain.",
    get_ready_s=10,
    get_ready_instruction="Stand on your left leg, knee soft.",
    phases=[
        DraftPhase(PhaseKind.WORK, 5, "Hinge at the hips and reach slowly toward your foot."),
        DraftPhase(PhaseKind.STRETCH, 10, "Hold the reach gently. Breathe."),
        DraftPhase(PhaseKind.REST, 15, "Return to standing in one controlled motion."),
    ],
    reps=5,
    sets=2,
    between_sets_s=60,
    per_side=True,
    switch_s=15,
    done_message="Windmills done on both legs.",
)


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    store = CustomSessionStore(
        Path(tempfile.mkdtemp()), load_builtin_sessions(resource_path("sessions"))
    )
    definition = draft_to_definition(WINDMILL, "single-leg-windmill")
    store.add(definition)
    editor = SessionEditor(store, draft_from_definition(definition), definition.id, existing=True)
    editor.show()
    QTest.qWait(200)  # a script, not a test: let the window be laid out
    path = out / "session-editor.png"
    editor.grab().save(str(path))
    print(path)
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
