"""The start page by role (kehoach.home): each role sees what it must do or watch, each item
once, with its count and a link to the full list; nobody sees another unit's report.

The province is the Sóc Trăng demo: plan 81/KH-UBND of 2024, whose tasks all ended in 2024,
so every task not done is late today. Two periods are open: the half year, asking Báo Sóc
Trăng, the radio-TV station and the Department of Culture, and a request of the provincial
steering committee asking Báo Sóc Trăng alone; a third, closed, asks Báo Sóc Trăng too.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.services import user_create
from plans.models import Plan, TaskStatus
from plans.services import task_create
from reporting.models import ReportForm, ReportingPeriod, Submission
from reporting.services.drafts import section_save, submission_open
from reporting.services.workflow import submission_submit
from tests import TEST_PASSWORD
from units.models import Unit

REQUEST = "Công văn số 1125/BCĐNQ ngày 20/11 của Ban Chỉ đạo Nhân quyền tỉnh"


def _period(receiving: Unit, asked: list[Unit], *, title: str, days_left: int,
            closed: bool = False, **fields: object) -> ReportingPeriod:
    today = timezone.localdate()
    values: dict[str, object] = {
        "kind": "six_month", "year": today.year, "number": 2,
        "first_day": today - timedelta(days=170), "last_day": today - timedelta(days=5),
        "deadline": today + timedelta(days=days_left), "title": title,
        "receiving_unit": receiving, "plan": Plan.objects.get(number="81"),
        "form": ReportForm.objects.order_by("pk").first(),
        "closed_at": timezone.now() if closed else None,
    }
    values.update(fields)
    period = ReportingPeriod.objects.create(**values)
    period.units.set(asked)
    return period


def _home(client: Client) -> str:
    """The start page with its white space collapsed, as a reader sees the text."""
    return " ".join(client.get(reverse("home")).text.split())


def _write(user: User, submission: Submission, texts: list[str]) -> None:
    for section, text in zip(submission.sections.order_by("position"), texts, strict=False):
        section_save(user=user, section=section, text=text, version=section.version)


@pytest.fixture
def station_reporter(unit) -> User:
    """The radio-TV station's reporter, whom the demo has not."""
    return user_create(username="daisoctrang", password=TEST_PASSWORD, role="reporter",
                       full_name="Danh Thị Sà Rươne", units=[unit("ST-DAI")])


@pytest.fixture
def half_year(unit, reporter, station_reporter) -> ReportingPeriod:
    """The open half year: Báo Sóc Trăng has written two of its five parts, the station has
    sent its report, the Department of Culture has not opened one."""
    period = _period(unit("ST-STTTT"), [unit("ST-BAO"), unit("ST-DAI"), unit("ST-SVHTTDL")],
                     title="Báo cáo 6 tháng cuối năm", days_left=10)
    draft = submission_open(user=reporter, period=period, unit=unit("ST-BAO"))
    _write(reporter, draft, ["Báo mở chuyên mục “Quyền con người và cuộc sống”.",
                             "Đăng 52 tin, bài; 9 phóng sự tiếng Khmer."])
    sent = submission_open(user=station_reporter, period=period, unit=unit("ST-DAI"))
    _write(station_reporter, sent, [
        "Đài lồng ghép nội dung quyền con người trong chương trình thời sự.",
        "Phát sóng 30 chương trình phát thanh tiếng Khmer.", "Thời lượng tiếng Khmer còn ít.",
        "Tăng chương trình song ngữ.", "Đề nghị bồi dưỡng phóng viên."])
    submission_submit(user=station_reporter, submission=sent)
    return period


@pytest.fixture
def request_period(unit) -> ReportingPeriod:
    """A request asking Báo Sóc Trăng alone, due in three days, not opened yet."""
    return _period(unit("ST-STTTT"), [unit("ST-BAO")], title="Báo cáo kết quả tuyên truyền UPR",
                   days_left=3, request=REQUEST)


@pytest.fixture
def closed_period(unit) -> ReportingPeriod:
    return _period(unit("ST-STTTT"), [unit("ST-BAO")], title="Báo cáo quý đã khóa",
                   days_left=-20, closed=True, kind="quarterly", number=3)


@pytest.fixture
def province_now(half_year, request_period, closed_period) -> None:
    """The three periods together."""


def test_a_reporter_sees_what_is_due_from_their_unit(client_as, province_now) -> None:
    page = _home(client_as("reporter"))

    reports = page[page.index('id="reports"'):page.index('id="late"')]
    assert "Báo cáo kết quả tuyên truyền UPR" in reports
    assert "Báo cáo 6 tháng cuối năm" in reports
    assert "Báo cáo quý đã khóa" not in page  # a closed period asks nothing any more
    assert '<span class="home-count">2 cần gửi</span>' in reports
    # the request, due first, not opened: one button to write it, a form posting to open it
    request = reports[:reports.index("Báo cáo 6 tháng cuối năm")]
    assert "Viết báo cáo" in request and "Chưa soạn" in request
    assert "0/5 phần đã viết, 5 phần còn trống" in request
    # the half year: two parts written, three empty, one button to go on
    half = reports[reports.index("Báo cáo 6 tháng cuối năm"):]
    assert "2/5 phần đã viết, 3 phần còn trống" in half and "Tiếp tục" in half
    assert "Đang soạn" in half and "Viết báo cáo" not in half
    # the next deadline is the request's, in three days
    assert "Hạn gần nhất:" in page and "còn 3 ngày" in page


def test_a_reporter_sees_their_units_late_tasks_with_a_button_each(client_as, plan,
                                                                   province_now) -> None:
    page = _home(client_as("reporter"))
    late = page[page.index('id="late"'):]
    # Báo Sóc Trăng coordinates II.1 only; II.2 and II.3.* are other units' tasks
    assert '<span class="home-count">1</span>' in late
    task = plan.tasks.get(code="II.1")
    assert f'href="{task.get_absolute_url()}#progress"' in late
    assert late.count("Ghi tiến độ") == 1
    assert "II.2 " not in late
    unit_id = task.task_units.get(unit__code="ST-BAO").unit_id
    url = f'{reverse("plans:task_list")}?due=overdue&unit={unit_id}'
    assert url.replace("&", "&amp;") in late
    full = client_as("reporter").get(url).text  # the full list says the same
    assert task.get_absolute_url() in full
    assert plan.tasks.get(code="II.2").get_absolute_url() not in full


def test_a_reporter_never_sees_another_units_report(client_as, province_now) -> None:
    page = _home(client_as("reporter"))
    assert "Đài Phát thanh" not in page
    assert "Báo cáo chờ duyệt" not in page
    station = Submission.objects.get(unit__code="ST-DAI")
    assert station.get_absolute_url() not in page


def test_a_reporter_without_a_unit_is_told_why_nothing_is_due(province) -> None:
    lone = user_create(username="chuacodonvi", password=TEST_PASSWORD, role="reporter",
                       full_name="Lý Thị Mỹ")
    client = Client()
    client.force_login(lone)
    assert "chưa gắn với đơn vị nào" in _home(client)


@pytest.mark.parametrize("role", ["coordinator", "administrator"])
def test_a_coordinator_sees_targets_rates_late_tasks_and_reports_to_review(
        client_as, plan, province_now, half_year, role) -> None:
    page = _home(client_as(role))

    review = page[page.index('id="review"'):page.index('id="rates"')]
    assert '<span class="home-count">1</span>' in review
    station = Submission.objects.get(unit__code="ST-DAI")
    assert f'href="{station.get_absolute_url()}"' in review and "Duyệt" in review
    assert f'{half_year.get_absolute_url()}?state=submitted' in review
    assert "Báo Sóc Trăng" not in review  # a draft is not waiting for anyone

    rates = page[page.index('id="rates"'):page.index('id="late"')]
    assert '<span class="home-count">2</span>' in rates  # the closed period is not open
    assert "Báo cáo quý đã khóa" not in page
    assert "Đã gửi <strong>1/3</strong> đơn vị (33,3%); đã duyệt 0/3; 1 chờ duyệt" in rates
    assert reverse("reporting:rate", args=[half_year.pk]) in rates

    late = page[page.index('id="late"'):page.index('id="targets"')]
    not_done = plan.tasks.exclude(status=TaskStatus.DONE).count()
    assert f'<span class="home-count">{not_done}</span>' in late
    assert f'{reverse("plans:task_list")}?plan={plan.pk}&amp;due=overdue' in late
    assert "Ghi tiến độ" not in late

    targets = page[page.index('id="targets"'):]
    assert "Chỉ tiêu của kế hoạch 81/KH-UBND" in targets
    assert f'<span class="home-count">{plan.targets.count()}</span>' in targets
    assert "70 đại biểu" in targets
    assert reverse("indicators:dashboard", args=[plan.pk]) in targets


def test_the_targets_show_the_dashboards_live_figures(client_as, plan, activity, define,
                                                      training_target) -> None:
    """70 delegates trained by 30/9/2024: 45 trained is 45 of 70, and the deadline has
    passed, so the target is missed, as the dashboard says."""
    define(training_target, "participants", participant_groups=["key_officials"])
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người",
             plan.issued_on + timedelta(days=100), {"key_officials": 45})
    page = _home(client_as("coordinator"))
    row = page[page.index("70 đại biểu"):]
    row = row[:row.index("</li>")]
    assert "Hiện đạt <strong>45</strong>" in row and "70" in row
    assert "Không đạt" in row
    dashboard = client_as("coordinator").get(
        reverse("indicators:dashboard", args=[plan.pk])).text
    assert "Không đạt" in dashboard[dashboard.index("70 đại biểu"):]


def test_a_leader_lands_on_the_plans_summary(client_as, plan, province_now) -> None:
    page = _home(client_as("viewer"))
    assert f'href="{reverse("indicators:dashboard", args=[plan.pk])}"' in page
    assert "Mở bảng điều khiển kế hoạch 81/KH-UBND" in page
    assert 'id="targets"' in page and 'id="late"' in page and 'id="rates"' in page
    assert "Báo cáo chờ duyệt" not in page and 'id="review"' not in page
    assert "Ghi tiến độ" not in page and "Viết báo cáo" not in page


def test_each_item_is_listed_once(client_as, plan, province_now) -> None:
    """The old start page listed a unit's tasks twice: under its tasks and under late ones."""
    task = plan.tasks.get(code="II.1")
    for role in ("reporter", "coordinator", "viewer"):
        page = _home(client_as(role))
        assert page.count(f'href="{task.get_absolute_url()}"') == 1, role


def test_the_start_page_keeps_its_queries_constant(
        client_as, plan, unit, province_now, reporter, django_assert_num_queries) -> None:
    """More units asked, more late tasks and more reports to review add no query."""
    clients = {role: client_as(role) for role in ("reporter", "coordinator", "viewer")}
    before = {}
    for role, client in clients.items():
        client.get(reverse("home"))  # sessions and caches settle on the first visit
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("home"))
        before[role] = len(captured.captured_queries)

    more = [unit("ST-SGDDT"), unit("ST-LDLD"), unit("ST-HLHPN"), unit("ST-DTN")]
    today = timezone.localdate()
    for n in range(6):
        task_create(plan=plan, code=f"III.{n + 1}", title=f"Nhiệm vụ bổ sung {n + 1}",
                    start_date=today - timedelta(days=90), end_date=today - timedelta(days=n + 1),
                    lead=[unit("ST-STTTT")], coordinating=[unit("ST-BAO"), *more])
    for n, extra in enumerate(more):
        helper = user_create(username=f"baocao{n}", password=TEST_PASSWORD, role="reporter",
                             units=[extra])
        period = ReportingPeriod.objects.get(title="Báo cáo 6 tháng cuối năm")
        period.units.add(extra)
        sent = submission_open(user=helper, period=period, unit=extra)
        _write(helper, sent, ["Nội dung"] * 5)
        submission_submit(user=helper, submission=sent)
    _period(unit("ST-STTTT"), [unit("ST-BAO"), *more], title="Báo cáo 9 tháng",
            days_left=20, kind="nine_month", number=1)

    late = plan.tasks.exclude(status=TaskStatus.DONE).count()
    for role, client in clients.items():
        with django_assert_num_queries(before[role]):
            page = client.get(reverse("home")).text
        if role == "reporter":  # II.1, then the new tasks, the longest late first
            assert "Nhiệm vụ bổ sung 6" in page and "Nhiệm vụ bổ sung 2" not in page
        else:
            assert f'<span class="home-count">{late}</span>' in page, role
