"""The daily reminders, run by `python -m kehoach.serve` itself: no crontab to write by hand.

`manage.py report_reminders` sends nothing twice on a day, so it is run when the server starts
(if the day's hour has passed: a restart at noon still sends the morning's reminders) and then
every day at REMINDERS_AT (07:00, Vietnam's time, before offices open their mail).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

# As settings.TIME_ZONE: the day a reminder is for is Vietnam's day, whatever the server's.
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
DEFAULT_AT = time(7, 0)


def parse_at(text: str) -> time:
    """"HH:MM" as a time of day; an empty text is the default 07:00.

    >>> parse_at("06:30")
    datetime.time(6, 30)
    >>> parse_at("")
    datetime.time(7, 0)
    """
    if not text.strip():
        return DEFAULT_AT
    hours, _sep, minutes = text.strip().partition(":")
    return time(int(hours), int(minutes or 0))


def next_run(now: datetime, at: time) -> datetime:
    """The first moment at `at` o'clock strictly after `now`, in `now`'s time zone.

    >>> from datetime import datetime
    >>> now = datetime(2024, 6, 17, 6, 0, tzinfo=ZONE)
    >>> next_run(now, time(7, 0)).isoformat()
    '2024-06-17T07:00:00+07:00'
    >>> next_run(now.replace(hour=7), time(7, 0)).isoformat()
    '2024-06-18T07:00:00+07:00'
    """
    candidate = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    return candidate if candidate > now else candidate + timedelta(days=1)


def due_at_start(now: datetime, at: time) -> bool:
    """Whether a server starting `now` should send today's reminders at once."""
    return now.timetz().replace(tzinfo=None) >= at


def run_reminders(manage: Path, env: dict[str, str]) -> int:
    """One run of `manage.py report_reminders`; its lines go to the server's output."""
    done = subprocess.run([sys.executable, str(manage), "report_reminders"],  # noqa: S603
                          env=env, check=False, timeout=3600)
    return done.returncode


class DailyReminders(threading.Thread):
    """Calls `job` at start when due, then every day at `at`; stops when `stop` is set."""

    def __init__(self, job: Callable[[], object], at: time, stop: threading.Event,
                 clock: Callable[[], datetime] = lambda: datetime.now(ZONE)) -> None:
        super().__init__(name="kehoach-reminders", daemon=True)
        self.job, self.at, self.stop, self.clock = job, at, stop, clock

    # Looks at the clock at least this often (seconds): a laptop that slept through 07:00
    # sends the reminders when it wakes, not a day late.
    POLL = 60.0

    def run(self) -> None:
        if due_at_start(self.clock(), self.at):
            self.job()
        target = next_run(self.clock(), self.at)
        while not self.stop.wait(min(self.POLL, max((target - self.clock()).total_seconds(),
                                                     0.0))):
            if self.clock() >= target:
                self.job()
                target = next_run(self.clock(), self.at)
