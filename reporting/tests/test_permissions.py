"""reporting.permissions, asked by every part a visitor plays toward a unit's report, a period,
its rate, its consolidated report, the report forms and one's notices.

The period is the Department's (ST-STTTT) six-month report of 2024, asking Báo Sóc Trăng and
the Department itself; Báo Sóc Trăng's report is the "own" reporter's.
"""

from datetime import date

import pytest

from accounts.models import User
from reporting import permissions
from reporting.models import (
    ConsolidatedReport,
    ConsolidatedStatus,
    Notice,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from reporting.tests.builders import make_submission, workflow_period
from tests.access import VISITORS, answer

pytestmark = pytest.mark.django_db

COORDINATORS = ("administrator", "coordinator")


@pytest.fixture
def period(unit) -> ReportingPeriod:
    return workflow_period(unit, codes=("ST-BAO", "ST-STTTT"), deadline=date(2099, 6, 18))


@pytest.fixture
def bao_draft(period: ReportingPeriod, unit) -> Submission:
    return make_submission(period, unit("ST-BAO"))


@pytest.mark.parametrize("name,read,write", [
    ("administrator", 200, 403), ("coordinator", 200, 403), ("own_reporter", 200, 200),
    ("other_reporter", 403, 403), ("viewer", 403, 403), ("anonymous", 403, 403),
])
def test_it_lets_the_unit_write_its_report_and_reviewers_read_it(
    visitor, bao_draft: Submission, name: str, read: int, write: int
) -> None:
    user = visitor(name, own="ST-BAO")
    assert answer(lambda: permissions.get_submission_for_user(user, bao_draft.pk)) == read
    # Writing is the unit's own job, never the reviewer's.
    assert answer(lambda: permissions.get_submission_for_user(user, bao_draft.pk, change=True)
                  ) == write
    section = bao_draft.sections.order_by("position").first()
    assert section is not None
    assert answer(lambda: permissions.get_section_for_user(user, section.pk, change=True)
                  ) == write
    assert permissions.can_edit_submission(user, bao_draft) is (write == 200)


@pytest.mark.parametrize("name", VISITORS)
def test_it_shows_an_approved_report_to_viewers_too(visitor, bao_draft: Submission,
                                                   name: str) -> None:
    Submission.objects.filter(pk=bao_draft.pk).update(status=SubmissionStatus.APPROVED)
    readers = (*COORDINATORS, "own_reporter", "viewer")
    assert answer(lambda: permissions.get_submission_for_user(visitor(name), bao_draft.pk)
                  ) == (200 if name in readers else 403)


@pytest.mark.parametrize("name,see,change", [
    ("administrator", 200, 200), ("coordinator", 200, 200), ("own_reporter", 403, 403),
    ("other_reporter", 403, 403), ("viewer", 200, 403), ("anonymous", 200, 403),
])
def test_it_shows_a_period_to_the_units_it_asks(visitor, unit, name: str, see: int,
                                                change: int) -> None:
    """A period asking only the radio station: neither demo reporter's unit."""
    elsewhere = workflow_period(unit, codes=("ST-DAI",))
    user = visitor(name)
    # The log-in the views require turns the anonymous visitor away before this.
    assert answer(lambda: permissions.get_period_for_user(user, elsewhere.pk)) == see
    assert answer(lambda: permissions.get_period_for_user(user, elsewhere.pk, change=True)
                  ) == change


@pytest.mark.parametrize("name", VISITORS)
def test_it_shows_the_rate_to_coordinators_and_viewers_and_lets_reviewers_remind(
    visitor, period: ReportingPeriod, name: str
) -> None:
    user = visitor(name)
    assert answer(lambda: permissions.get_period_for_rate(user, period.pk)) == (
        200 if name in (*COORDINATORS, "viewer") else 403)
    assert answer(lambda: permissions.get_period_for_review(user, period.pk)) == (
        200 if name in COORDINATORS else 403)


@pytest.mark.parametrize("name,see,act,download", [
    ("administrator", 200, 200, 200), ("coordinator", 200, 200, 200),
    ("own_reporter", 200, 403, 200), ("other_reporter", 403, 403, 403),
    ("viewer", 200, 403, 200), ("anonymous", 200, 403, 200),
])
def test_it_shows_a_consolidated_report_to_its_receiving_units_reporters(
    visitor, period: ReportingPeriod, coordinator: User, name: str, see: int, act: int,
    download: int
) -> None:
    report = ConsolidatedReport.objects.create(period=period, created_by=coordinator,
                                               status=ConsolidatedStatus.READY)
    report.docx.name = "bao-cao-tong-hop.docx"
    report.save()
    user = visitor(name, own="ST-STTTT")
    assert answer(lambda: permissions.get_consolidated_period_for_user(user, period.pk)) == see
    assert answer(lambda: permissions.get_consolidated_period_for_user(user, period.pk,
                                                                       act=True)) == act
    assert answer(lambda: permissions.get_consolidated_file_for_user(user, period, "docx")
                  ) == download
    assert answer(lambda: permissions.get_consolidated_file_for_user(user, period, "pdf")
                  ) == (403 if download == 403 else 404)


def test_it_keeps_an_unfinished_consolidated_report_from_all_but_coordinators(
    visitor, period: ReportingPeriod, coordinator: User
) -> None:
    report = ConsolidatedReport.objects.create(period=period, created_by=coordinator,
                                               status=ConsolidatedStatus.DRAFT)
    assert permissions.can_read_consolidated(visitor("coordinator"), report)
    assert not permissions.can_read_consolidated(visitor("viewer"), report)
    assert not permissions.can_read_consolidated(visitor("viewer"), None)


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_only_administrators_keep_the_report_forms(visitor, name: str) -> None:
    form = ReportForm.objects.order_by("pk").first()
    assert form is not None
    assert answer(lambda: permissions.get_form_for_user(visitor(name), form.pk)) == (
        200 if name == "administrator" else 403)


@pytest.mark.parametrize("name,expected", [
    ("administrator", 404), ("coordinator", 404), ("own_reporter", 200),
    ("other_reporter", 404), ("viewer", 404), ("anonymous", 404),
])
def test_it_shows_a_notice_to_its_addressee_only(visitor, name: str, expected: int) -> None:
    notice = Notice.objects.create(user=User.objects.get(username="baosoctrang"),
                                   text="Báo cáo 6 tháng đầu năm 2024 bị trả lại",
                                   url="/reporting/")
    assert answer(lambda: permissions.get_notice_for_user(visitor(name, own="ST-BAO"),
                                                          notice.pk)) == expected
