"""The on-track rule: progress against the share of time gone from 1 January to the deadline."""

from datetime import date
from decimal import Decimal

import pytest

from indicators.compute import Measure, Status, elapsed_share, standing

pytestmark = pytest.mark.django_db


def count(n: int) -> Measure:
    return Measure.of(n)


def share(hits: int, total: int) -> Measure:
    return Measure.of(hits, total, percentage=True)


def test_time_runs_from_the_plans_first_day_to_the_deadline(training_target) -> None:
    """1/1/2024 to 30/9/2024 is 274 days counting both ends."""
    assert elapsed_share(training_target, date(2023, 12, 31)) == 0
    assert elapsed_share(training_target, date(2024, 1, 1)) == 1 / 274
    assert elapsed_share(training_target, date(2024, 5, 15)) == 136 / 274
    assert elapsed_share(training_target, date(2024, 9, 30)) == 1
    assert elapsed_share(training_target, date(2025, 3, 1)) == 1


def test_a_target_without_deadline_runs_to_the_plans_last_day(count_target) -> None:
    count_target.deadline = None
    assert elapsed_share(count_target, date(2024, 7, 1)) == 183 / 366


def test_a_count_is_on_track_when_it_keeps_pace_with_time(define, training_target) -> None:
    """By 15 May, 136/274 of the time: 34.7 of the 70 people are due."""
    indicator = define(training_target, "participants")
    on = date(2024, 5, 15)
    ahead = standing(training_target, count(35), indicator=indicator, on=on)
    assert ahead.status == Status.ON_TRACK
    assert round(ahead.expected, 1) == Decimal("34.7")
    assert ahead.progress == 0.5
    assert standing(training_target, count(34), indicator=indicator, on=on).status == \
        Status.BEHIND


def test_reaching_the_target_is_achieved_at_any_time(define, training_target) -> None:
    indicator = define(training_target, "participants")
    early = standing(training_target, count(70), indicator=indicator, on=date(2024, 2, 1))
    assert early.status == Status.ACHIEVED and early.label == "Đạt chỉ tiêu"


def test_falling_short_after_the_deadline_is_missed(define, training_target) -> None:
    indicator = define(training_target, "participants")
    late = standing(training_target, count(69), indicator=indicator, on=date(2024, 10, 1))
    assert late.status == Status.MISSED


def test_a_range_is_reached_at_its_lower_end_and_notes_the_upper(define,
                                                                  share_target) -> None:
    indicator = define(share_target, "product_share", share_language_groups=["minority"])
    on = date(2024, 6, 30)
    sixteen = standing(share_target, share(16, 100), indicator=indicator, on=on)
    assert (sixteen.status, sixteen.upper_reached) == (Status.ACHIEVED, False)
    assert sixteen.goal_percent == 75.0  # 15 on a bar that runs to 20
    assert sixteen.bar_percent == 80.0
    twenty_one = standing(share_target, share(21, 100), indicator=indicator, on=on)
    assert (twenty_one.status, twenty_one.upper_reached) == (Status.ACHIEVED, True)
    assert twenty_one.bar_percent == 100.0


def test_a_share_is_a_level_not_judged_pro_rata(define, share_target) -> None:
    """12% in March is behind a 15% target, although a quarter of the year is gone."""
    indicator = define(share_target, "product_share", share_language_groups=["minority"])
    early = standing(share_target, share(12, 100), indicator=indicator, on=date(2024, 3, 1))
    assert early.status == Status.BEHIND
    assert early.expected is None


def test_a_share_trained_is_judged_pro_rata(define, training_target) -> None:
    indicator = define(training_target, "participants", as_percentage=True)
    assert indicator.is_cumulative
    result = standing(training_target, share(40, 100), indicator=indicator,
                      on=date(2024, 5, 15))
    assert result.status == Status.ON_TRACK


def test_a_share_of_nothing_has_no_data(define, share_target) -> None:
    indicator = define(share_target, "product_share", share_language_groups=["minority"])
    result = standing(share_target, share(0, 0), indicator=indicator, on=date(2024, 6, 1))
    assert result.status == Status.NO_DATA


def test_a_target_without_indicator_says_so(training_target) -> None:
    result = standing(training_target, None, on=date(2024, 6, 1))
    assert result.status == Status.NO_INDICATOR
    assert result.label == "Chưa có cách đo"
