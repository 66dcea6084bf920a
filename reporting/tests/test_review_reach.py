"""Who decides a unit's report: the coordinators of the unit it was sent to (or of a unit
above it), never someone of the reporting unit itself, and never a province's coordinator at
the ministry's level."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.services import user_create
from reporting.models import SubmissionStatus
from reporting.services.workflow import submission_approve, submission_reopen, submission_return
from units.services import unit_create

pytestmark = pytest.mark.django_db
MINISTRY = "Bộ Văn hóa, Thể thao và Du lịch"


@pytest.fixture
def ministry_period(unit, make_period):
    """The ministry's six-month period, asking Sóc Trăng's department and Bạc Liêu's."""
    ministry = unit_create(code="BVHTTDL", name=MINISTRY, kind="other")
    bac_lieu = unit_create(code="BL", name="Ủy ban nhân dân tỉnh Bạc Liêu", kind="province")
    unit_create(code="BL-SVHTTDL", kind="department", parent=bac_lieu,
                name="Sở Văn hóa, Thể thao và Du lịch tỉnh Bạc Liêu")
    return make_period(ministry, [unit("ST-STTTT"), unit("BL-SVHTTDL")], plan=None,
                       deadline=date(2024, 6, 25))


def sent(approve, period, unit):
    return approve(period, unit, ["", "Đăng 05 tin về quyền con người."],
                   status=SubmissionStatus.SUBMITTED)


def test_a_coordinator_approves_a_report_sent_to_their_unit(period, unit, coordinator,
                                                             approve) -> None:
    report = sent(approve, period, unit("ST-BAO"))
    submission_approve(user=coordinator, submission=report)
    report.refresh_from_db()
    assert report.status == SubmissionStatus.APPROVED and report.approved_by == coordinator


@pytest.mark.parametrize("who", ["coordinator", "administrator"])
def test_nobody_approves_their_own_units_report(period, unit, approve, request, who) -> None:
    """The department's own report to itself waits for someone outside the department."""
    reviewer = request.getfixturevalue(who)
    report = sent(approve, period, unit("ST-STTTT"))
    for step in (lambda: submission_approve(user=reviewer, submission=report),
                 lambda: submission_return(user=reviewer, submission=report,
                                           comment="Bổ sung số liệu quý II.")):
        with pytest.raises(PermissionDenied, match="Không ai duyệt báo cáo của chính đơn vị "
                                                   "mình"):
            step()
    report.refresh_from_db()
    assert report.status == SubmissionStatus.SUBMITTED and report.approved_by is None
    assert report.events.count() == 1  # only its sending


def test_a_province_coordinator_cannot_decide_at_the_ministrys_level(
        ministry_period, unit, coordinator, approve) -> None:
    bac_lieu = sent(approve, ministry_period, unit("BL-SVHTTDL"))
    with pytest.raises(PermissionDenied, match="ngoài phạm vi của anh/chị"):
        submission_approve(user=coordinator, submission=bac_lieu)
    approved = approve(ministry_period, unit("ST-STTTT"), ["", "Đăng 48 tin."])
    with pytest.raises(PermissionDenied):
        submission_reopen(user=coordinator, submission=approved,
                          reason="Đính chính số liệu.")
    bac_lieu.refresh_from_db()
    assert bac_lieu.status == SubmissionStatus.SUBMITTED


def test_the_ministrys_coordinator_approves_the_provinces_reports(
        ministry_period, unit, approve) -> None:
    ministry_coordinator = user_create(
        username="bo_dieuphoi", password="Kehoach@2024", role="coordinator",
        full_name="Đỗ Thu Trang", units=[ministry_period.receiving_unit])
    report = sent(approve, ministry_period, unit("ST-STTTT"))
    submission_approve(user=ministry_coordinator, submission=report)
    report.refresh_from_db()
    assert report.approved_by == ministry_coordinator


def test_a_coordinator_above_the_receiving_unit_reviews_its_reports(
        period, unit, approve) -> None:
    """The province's People's Committee is above its department, which receives."""
    province_coordinator = user_create(
        username="ubnd_dieuphoi", password="Kehoach@2024", role="coordinator",
        full_name="Lâm Văn Phúc", units=[unit("ST")])
    report = sent(approve, period, unit("ST-STTTT"))
    submission_approve(user=province_coordinator, submission=report)
    report.refresh_from_db()
    assert report.status == SubmissionStatus.APPROVED


def test_the_page_offers_no_decision_on_ones_own_units_report(period, unit, approve,
                                                              client_as) -> None:
    own = sent(approve, period, unit("ST-STTTT"))
    other = sent(approve, period, unit("ST-BAO"))
    client = client_as("coordinator")
    approve_url = reverse("reporting:approve", args=[own.pk])
    assert approve_url not in client.get(own.get_absolute_url()).content.decode()
    assert reverse("reporting:approve", args=[other.pk]) in client.get(
        other.get_absolute_url()).content.decode()
    assert client.post(approve_url).status_code == 403
