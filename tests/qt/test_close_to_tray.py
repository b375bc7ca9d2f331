"""Closing the window: hide to the tray (telling the patient once), or close; quit is explicit."""

from __future__ import annotations

from hamtimer.qt.close_to_tray import HINT_TEXT, ClosePolicy


class Calls:
    def __init__(self) -> None:
        self.told: list[str] = []
        self.remembered = 0
        self.quits = 0

    def policy(self, tray: bool = True, keep: bool = True, hint_shown: bool = False) -> ClosePolicy:
        return ClosePolicy(
            tray_available=tray,
            keep_in_tray=lambda: keep,
            hint_shown=hint_shown,
            tell=lambda _title, text: self.told.append(text),
            remember_hint=self._remember,
            quit_app=self._quit,
        )

    def _remember(self) -> None:
        self.remembered += 1

    def _quit(self) -> None:
        self.quits += 1


def test_with_a_tray_closing_keeps_hamtimer_running_and_says_so_the_first_time_only() -> None:
    calls = Calls()
    policy = calls.policy()
    assert policy.keep_running() is True
    assert policy.keep_running() is True
    assert calls.told == [HINT_TEXT]
    assert "choose Quit in the tray icon's menu, or press Ctrl+Q" in HINT_TEXT
    assert calls.remembered == 1


def test_a_patient_told_in_an_earlier_run_is_not_told_again() -> None:
    calls = Calls()
    assert calls.policy(hint_shown=True).keep_running() is True
    assert calls.told == [] and calls.remembered == 0


def test_without_a_tray_closing_closes() -> None:
    calls = Calls()
    assert calls.policy(tray=False).keep_running() is False
    assert calls.told == []


def test_with_keep_in_tray_off_closing_closes() -> None:
    calls = Calls()
    assert calls.policy(keep=False).keep_running() is False


def test_quit_quits_and_the_close_that_follows_is_not_kept_in_the_tray() -> None:
    calls = Calls()
    policy = calls.policy()
    policy.quit()
    assert calls.quits == 1
    assert policy.keep_running() is False


def test_a_window_closed_for_good_ends_hamtimer_once() -> None:
    calls = Calls()
    policy = calls.policy(keep=False)
    assert policy.keep_running() is False
    policy.closed()
    policy.closed()
    assert calls.quits == 1
