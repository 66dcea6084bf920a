"""The daily reminders run by `make run`: at start when the hour has passed, then daily."""

import threading
from datetime import datetime, time, timedelta

from kehoach.scheduler import ZONE, DailyReminders, due_at_start, next_run, parse_at


class Clock:
    """A clock the test moves; the thread reads it as it would read the real one."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_the_next_run_is_the_next_seven_oclock_in_vietnam() -> None:
    morning = datetime(2024, 6, 17, 6, 59, tzinfo=ZONE)
    assert next_run(morning, parse_at("07:00")) == datetime(2024, 6, 17, 7, 0, tzinfo=ZONE)
    assert next_run(morning.replace(hour=23), time(7)) == datetime(2024, 6, 18, 7, tzinfo=ZONE)
    # The last day of the year rolls over to the next.
    assert next_run(datetime(2024, 12, 31, 8, tzinfo=ZONE), time(7)).date().isoformat() == (
        "2025-01-01")


def test_a_server_started_at_noon_sends_the_mornings_reminders_at_once() -> None:
    assert due_at_start(datetime(2024, 6, 17, 12, 0, tzinfo=ZONE), time(7))
    assert not due_at_start(datetime(2024, 6, 17, 6, 0, tzinfo=ZONE), time(7))


def test_the_thread_sends_once_at_start_then_when_the_hour_comes() -> None:
    clock = Clock(datetime(2024, 6, 17, 12, 0, tzinfo=ZONE))
    runs: list[datetime] = []
    ran = threading.Event()

    def job() -> None:
        runs.append(clock.now)
        ran.set()

    stop = threading.Event()
    thread = DailyReminders(job, time(7), stop, clock=clock)
    thread.POLL = 0.01
    thread.start()
    assert ran.wait(5) and runs == [datetime(2024, 6, 17, 12, 0, tzinfo=ZONE)]
    ran.clear()
    clock.now += timedelta(hours=12)  # 00:00 on the 18th: not yet
    assert not ran.wait(0.2)
    clock.now = datetime(2024, 6, 18, 7, 0, 30, tzinfo=ZONE)  # a laptop waking after 07:00
    assert ran.wait(5) and len(runs) == 2
    stop.set()
    thread.join(5)
    assert not thread.is_alive()


def test_the_doctests_pass() -> None:
    import doctest

    from kehoach import compression, scheduler

    for module in (scheduler, compression):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed
