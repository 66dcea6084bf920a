"""What reporting asks for now (reporting.selectors.due): the open periods, each unit's report
with its parts written and empty, and the reports waiting for a reviewer."""

from datetime import date, timedelta

from django.utils import timezone

from accounts.models import User
from accounts.permissions import can_review_unit_report
from accounts.services import user_create
from reporting.models import Submission, SubmissionSection, SubmissionStatus
from reporting.selectors.due import (
    CONTINUE,
    VIEW,
    WRITE,
    awaiting_review,
    awaiting_review_by_period,
    open_periods,
    reports_due,
)
from reporting.services.drafts import submission_open
from tests import TEST_PASSWORD
from units.models import Unit

TODAY = date(2024, 6, 10)


def test_open_periods_leave_out_closed_ones_and_those_not_begun(unit, make_period, period
                                                                ) -> None:
    closed = make_period(unit("ST-STTTT"), [unit("ST-BAO")], kind="quarterly", number=2,
                         title="Báo cáo quý II năm 2024", closed_at=timezone.now())
    later = make_period(unit("ST-STTTT"), [unit("ST-BAO")], number=2,
                        first_day=date(2024, 6, 15), last_day=date(2024, 12, 14),
                        deadline=date(2024, 12, 18), title="Báo cáo 6 tháng cuối năm 2024")
    ministry = make_period(unit("ST"), [unit("ST-STTTT")], deadline=date(2024, 6, 16),
                           title="Báo cáo 6 tháng đầu năm 2024 gửi Ủy ban")

    assert list(open_periods(TODAY)) == [ministry, period]  # nearest deadline first
    assert closed not in open_periods(date(2025, 1, 1))
    assert later in open_periods(date(2024, 6, 15))
    assert list(open_periods(TODAY, receiving_unit_ids=[unit("ST-STTTT").pk])) == [period]


def test_a_units_reports_count_their_written_and_empty_parts(unit, period, approve,
                                                              reporter, coordinator) -> None:
    parts = period.form.sections.count()
    (row,) = reports_due(reporter, TODAY)
    assert (row.unit, row.submission, row.parts, row.filled, row.action) == (
        unit("ST-BAO"), None, parts, 0, WRITE)

    draft = submission_open(user=reporter, period=period, unit=unit("ST-BAO"))
    first, second, *rest = draft.sections.order_by("position")
    SubmissionSection.objects.filter(pk=first.pk).update(
        text="Ban Biên tập mở chuyên mục “Quyền con người và cuộc sống”.")
    SubmissionSection.objects.filter(pk=second.pk).update(text="  \n\t ")  # spaces only
    SubmissionSection.objects.filter(pk__in=[s.pk for s in rest]).update(text="")
    (row,) = reports_due(reporter, TODAY)
    assert (row.submission, row.filled, row.empty, row.action, row.pending) == (
        draft, 1, parts - 1, CONTINUE, True)

    Submission.objects.filter(pk=draft.pk).update(status=SubmissionStatus.SUBMITTED)
    (row,) = reports_due(reporter, TODAY)
    assert (row.action, row.pending) == (VIEW, False)


def test_a_reporter_is_shown_their_own_units_reports_only(unit, period, approve, reporter,
                                                          lead_reporter, coordinator) -> None:
    approve(period, unit("ST-DAI"), ["", "Phát sóng 24 chương trình phát thanh tiếng Khmer."],
            coordinator)
    assert [row.unit for row in reports_due(reporter, TODAY)] == [unit("ST-BAO")]
    assert reports_due(lead_reporter, TODAY) == []  # the Department is not asked
    station = user_create(username="daisoctrang", password=TEST_PASSWORD, role="reporter",
                          units=[unit("ST-DAI")])
    (row,) = reports_due(station, TODAY)
    assert (row.parts, row.filled, row.action) == (period.form.sections.count(), 1, VIEW)


def _sent(period, code: str) -> Submission:
    submission = Submission.objects.create(period=period, unit=Unit.objects.get(code=code),
                                           status=SubmissionStatus.SUBMITTED,
                                           submitted_at=timezone.now())
    return submission


def test_the_reports_waiting_are_those_the_user_may_review(unit, make_period, period,
                                                           approve, coordinator) -> None:
    """A coordinator reviews what their unit (or one under it) receives, never their own
    unit's report; an administrator any report but their own unit's."""
    waiting = [_sent(period, "ST-DAI"), _sent(period, "ST-SVHTTDL")]
    approve(period, unit("ST-BAO"), ["Đã duyệt."], coordinator)
    upward = make_period(unit("ST"), [unit("ST-STTTT")], title="Báo cáo gửi Ủy ban",
                         deadline=date(2024, 6, 16))
    own = _sent(upward, "ST-STTTT")
    elsewhere = user_create(username="dieuphoibao", password=TEST_PASSWORD, role="coordinator",
                            units=[unit("ST-BAO")])
    sent = list(Submission.objects.filter(status=SubmissionStatus.SUBMITTED))
    for user in [coordinator, elsewhere, *User.objects.filter(
            username__in=["quantri", "baosoctrang", "lanhdao"])]:
        expected = {s for s in sent if can_review_unit_report(
            user, receiving_unit_id=s.period.receiving_unit_id, unit_id=s.unit_id)}
        assert set(awaiting_review(user)) == expected, user.username

    assert list(awaiting_review(coordinator)) == waiting  # the longest waiting first
    assert own not in awaiting_review(coordinator)
    assert awaiting_review_by_period(awaiting_review(coordinator)) == [(period, 2)]
    province_coordinator = user_create(username="dieuphoitinh", password=TEST_PASSWORD,
                                       role="coordinator", units=[unit("ST")])
    assert awaiting_review_by_period(awaiting_review(province_coordinator)) == [
        (upward, 1), (period, 2)]  # the province reaches the Department, which receives


def test_the_due_reads_keep_their_queries_constant(unit, period, reporter, coordinator,
                                                   django_assert_num_queries) -> None:
    submission_open(user=reporter, period=period, unit=unit("ST-BAO"))
    with django_assert_num_queries(5):
        reports_due(reporter, TODAY)
    for code in ("ST-DAI", "ST-SVHTTDL", "ST-KESACH"):
        _sent(period, code)
    with django_assert_num_queries(5):
        reports_due(reporter, TODAY)
    # the user's units (twice: their own, then their reach's roots), one query a level of
    # the tree below them, the reports
    with django_assert_num_queries(4):
        assert len(list(awaiting_review(coordinator))) == 3


def test_a_period_opened_for_later_is_not_due_yet(unit, make_period, reporter) -> None:
    make_period(unit("ST-STTTT"), [unit("ST-BAO")], first_day=TODAY + timedelta(days=5),
                last_day=TODAY + timedelta(days=90), deadline=TODAY + timedelta(days=95))
    assert reports_due(reporter, TODAY) == []
