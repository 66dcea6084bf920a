"""The reporting rate: on time, late and missing units, the page per role, the reminder button.

Deadline Tuesday 18 June 2024, judged on Sóc Trăng's clocks: a report first sent at 23:50 on
the 18th is on time, one sent at 00:10 on the 19th is late.
"""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from openpyxl import load_workbook

from accounts.services import user_create
from reporting.models import (
    EventAction,
    Reminder,
    ReminderKind,
    SubmissionEvent,
    SubmissionStatus,
)
from reporting.selectors.rate import (
    LATE,
    MISSING,
    ON_TIME,
    percent,
    rate_counts,
    rate_page,
    reporting_rate,
)
from reporting.services.reminders import reminders_send
from reporting.services.workflow import submission_return, submission_submit
from reporting.tests.builders import COMMENT, local, make_submission, workflow_period

pytestmark = pytest.mark.django_db

CODES = ("ST-BAO", "ST-STTTT", "ST-DAI", "ST-HLHPN", "ST-LDLD")


@pytest.fixture
def period(unit, reporter, lead_reporter, coordinator):
    """Báo Sóc Trăng sent on the 17th and was approved; the Department sent the day after the
    deadline; the radio station at 23:50 on the deadline; the Women's Union has a draft; the
    Labour Federation has nothing."""
    period = workflow_period(unit, codes=CODES)
    bao = make_submission(period, unit("ST-BAO"), status=SubmissionStatus.APPROVED,
                          sent=local(2024, 6, 17, 10), by=reporter)
    bao.approved_at, bao.approved_by = local(2024, 6, 20, 8), coordinator
    bao.save(update_fields=["approved_at", "approved_by"])
    make_submission(period, unit("ST-STTTT"), status=SubmissionStatus.SUBMITTED,
                    sent=local(2024, 6, 19, 0, 10), by=lead_reporter)
    make_submission(period, unit("ST-DAI"), status=SubmissionStatus.SUBMITTED,
                    sent=local(2024, 6, 18, 23, 50))
    make_submission(period, unit("ST-HLHPN"))
    return period


def rows(period) -> list[tuple[str, str]]:
    return [(row.unit.code, row.timeliness) for row in reporting_rate(period).rows]


def test_it_counts_on_time_late_and_missing_by_the_local_deadline(period) -> None:
    report = reporting_rate(period)
    assert rows(period) == [
        ("ST-HLHPN", MISSING), ("ST-LDLD", MISSING),
        ("ST-STTTT", LATE),
        ("ST-BAO", ON_TIME), ("ST-DAI", ON_TIME),
    ]
    totals = (report.asked, report.sent, report.on_time, report.late, report.missing,
              report.approved, report.returned)
    assert totals == (5, 3, 2, 1, 2, 1, 0)
    assert report.sent_rate == Decimal("60.0")
    assert report.on_time_rate == Decimal("40.0")
    assert report.approved_rate == Decimal("20.0")
    assert [unit.code for unit in report.missing_units] == ["ST-HLHPN", "ST-LDLD"]
    first = {row.unit.code: row.first_submitted_at for row in report.rows}
    assert first["ST-STTTT"] == local(2024, 6, 19, 0, 10)
    assert first["ST-LDLD"] is None


def test_a_resubmission_keeps_the_first_sending(period, unit, coordinator) -> None:
    """The radio station sent on time, was asked to fix a figure on the 20th and sent it again
    on the 21st: it stays on time; while it is back with the unit, it is missing."""
    radio = period.submissions.get(unit=unit("ST-DAI"))
    submission_return(user=coordinator, submission=radio, comment=COMMENT)
    by_code = {row.unit.code: row for row in reporting_rate(period).rows}
    assert by_code["ST-DAI"].timeliness == MISSING and by_code["ST-DAI"].first_on_time
    assert reporting_rate(period).returned == 1
    SubmissionEvent.objects.filter(submission=radio, action=EventAction.RETURNED).update(
        at=local(2024, 6, 20, 9))
    radio_reporter = user_create(username="daisoctrang", password="Kehoach@2024",
                                 role="reporter", full_name="Thạch Thị Sa Rây",
                                 units=[unit("ST-DAI")])
    submission_submit(user=radio_reporter, submission=radio)
    SubmissionEvent.objects.filter(submission=radio, action=EventAction.RESUBMITTED).update(
        at=local(2024, 6, 21, 9))
    radio.submitted_at = local(2024, 6, 21, 9)
    radio.save(update_fields=["submitted_at"])
    row = {row.unit.code: row for row in reporting_rate(period).rows}["ST-DAI"]
    assert row.timeliness == ON_TIME
    assert row.first_submitted_at == local(2024, 6, 18, 23, 50)


def test_a_report_sent_upward_without_events_is_judged_by_its_sending(period, unit) -> None:
    union = period.submissions.get(unit=unit("ST-HLHPN"))
    union.status, union.submitted_at = SubmissionStatus.SUBMITTED, local(2024, 6, 25)
    union.save(update_fields=["status", "submitted_at"])
    assert ("ST-HLHPN", LATE) in rows(period)


def test_percent_is_a_ratio_with_one_decimal() -> None:
    assert percent(2, 3) == Decimal("66.7")
    assert percent(1, 8) == Decimal("12.5")
    assert percent(0, 0) is None


def test_the_rate_takes_the_same_queries_for_more_units(period, unit,
                                                        django_assert_num_queries) -> None:
    reminders_send(today=date(2024, 6, 19))
    with django_assert_num_queries(3):
        reporting_rate(period)
    period.units.add(*[unit(code) for code in ("ST-SGDDT", "ST-CA", "ST-DTN", "ST-HNCT")])
    for code in ("ST-SGDDT", "ST-CA"):
        make_submission(period, unit(code), status=SubmissionStatus.SUBMITTED,
                        sent=local(2024, 6, 18))
    with django_assert_num_queries(3):
        assert reporting_rate(period).asked == 9


def test_the_last_reminder_is_on_the_row(period, unit, coordinator) -> None:
    reminders_send(today=date(2024, 6, 17))
    reminders_send(today=date(2024, 6, 19))
    row = {row.unit.code: row for row in reporting_rate(period).rows}["ST-LDLD"]
    assert (row.last_reminder.kind, row.last_reminder.sent_on) == ("after", date(2024, 6, 19))


@pytest.mark.parametrize("role", ["administrator", "coordinator", "viewer"])
def test_coordinators_and_viewers_see_the_rate(client_as, period, role: str) -> None:
    response = client_as(role).get(reverse("reporting:rate", args=[period.pk]))
    assert response.status_code == 200
    text = response.text
    table = text[text.index("<tbody>"):]
    order = [table.index(name) for name in ("Hội Liên hiệp Phụ nữ", "Liên đoàn Lao động",
                                            "Sở Thông tin và Truyền thông", "Báo Sóc Trăng")]
    assert order == sorted(order)
    assert "19/06/2024 00:10" in table
    assert "60,0%" in text and "40,0%" in text
    assert 'data-width="40.0"' in text
    button = "Nhắc các đơn vị chưa gửi (2)"
    assert (button in text) == (role != "viewer")


@pytest.mark.parametrize("role", ["reporter", "lead_reporter"])
def test_reporters_do_not_see_the_rate(client_as, period, role: str) -> None:
    client = client_as(role)
    assert client.get(reverse("reporting:rate", args=[period.pk])).status_code == 403
    assert client.get(reverse("reporting:rate_xlsx", args=[period.pk])).status_code == 403
    assert client.post(reverse("reporting:remind", args=[period.pk])).status_code == 403
    assert not Reminder.objects.exists()


def test_anonymous_users_log_in_first(client_as, period) -> None:
    response = client_as("anonymous").get(reverse("reporting:rate", args=[period.pk]))
    assert response["Location"].startswith(reverse("login"))


def test_one_click_reminds_the_missing_units(client_as, period) -> None:
    response = client_as("coordinator").post(reverse("reporting:remind", args=[period.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("reporting:rate", args=[period.pk])
    messages = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    assert messages == [(  # nobody was reached: a warning naming the units, nothing green
        "warning",
        "Không gửi được lời nhắc nào: các đơn vị sau chưa có cán bộ báo cáo (Hội Liên hiệp Phụ "
        "nữ tỉnh Sóc Trăng; Liên đoàn Lao động tỉnh Sóc Trăng). Hãy mời cán bộ báo cáo hoặc "
        "liên hệ đơn vị trực tiếp.",
    )]
    assert set(Reminder.objects.values_list("unit__code", "kind")) == {
        ("ST-HLHPN", ReminderKind.MANUAL), ("ST-LDLD", ReminderKind.MANUAL)}


def test_a_reminder_that_reached_some_units_names_the_others(client_as, period, unit) -> None:
    user_create(username="phunusoctrang", password="Kehoach@2024", role="reporter",
                full_name="Trần Thị Mai", email="mai.tt@soctrang.gov.vn",
                units=[unit("ST-HLHPN")])
    response = client_as("coordinator").post(reverse("reporting:remind", args=[period.pk]))
    messages = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    assert messages == [
        ("success", "Đã gửi lời nhắc tới 1 đơn vị (1 người nhận)."),
        ("warning", "Chưa có cán bộ báo cáo nên không ai nhận được lời nhắc: Liên đoàn Lao động "
                    "tỉnh Sóc Trăng."),
    ]


def test_viewers_cannot_remind(client_as, period) -> None:
    response = client_as("viewer").post(reverse("reporting:remind", args=[period.pk]))
    assert response.status_code == 403
    assert not Reminder.objects.exists()


def test_the_reminder_button_only_posts(client_as, period) -> None:
    response = client_as("coordinator").get(reverse("reporting:remind", args=[period.pk]))
    assert response.status_code == 405


def test_the_rate_downloads_as_a_spreadsheet(client_as, period) -> None:
    response = client_as("viewer").get(reverse("reporting:rate_xlsx", args=[period.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="ty-le-bao-cao-{period.pk}.xlsx"')
    sheet = load_workbook(BytesIO(response.content)).active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "Tỷ lệ báo cáo – Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm 2024"
    assert "đã gửi: 3 (60,0%); đúng hạn: 2 (40,0%); muộn: 1; chưa gửi: 2" in values[2][0]
    header = values.index(["STT", "Đơn vị", "Tình trạng", "Trạng thái báo cáo",
                           "Ngày gửi lần đầu", "Đã duyệt", "Nhắc gần nhất"])
    body = values[header + 1:]
    assert [row[1] for row in body][:3] == ["Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng",
                                            "Liên đoàn Lao động tỉnh Sóc Trăng",
                                            "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"]
    late = body[2]
    assert late[2] == "Muộn" and late[4].date() == date(2024, 6, 19)
    assert body[3][5] == "Có"


def test_the_page_takes_the_same_queries_for_more_units(client_as, period, unit,
                                                        django_assert_max_num_queries) -> None:
    client = client_as("coordinator")
    url = reverse("reporting:rate", args=[period.pk])
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    period.units.add(*[unit(code) for code in ("ST-SGDDT", "ST-CA", "ST-DTN", "ST-HNCT")])
    make_submission(period, unit("ST-CA"), status=SubmissionStatus.SUBMITTED,
                    sent=local(2024, 6, 18))
    reminders_send(today=date(2024, 6, 19))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "Công an tỉnh Sóc Trăng" in client.get(url).text


def test_the_rate_page_filters_by_state_and_pages(client_as, period, monkeypatch) -> None:
    from reporting.views import rate as rate_views

    monkeypatch.setattr(rate_views, "PAGE_SIZE", 2)
    client = client_as("coordinator")
    url = reverse("reporting:rate", args=[period.pk])
    first = client.get(url).text
    assert "Chưa gửi: 2</a>" in first and "Muộn: 1</a>" in first and "Đúng hạn: 2</a>" in first
    assert first.count('<tr class="') == 2 and "Trang 1/3" in first
    late = client.get(url, {"state": "late"}).text
    body = late[late.index("<tbody>"):]
    assert body.count('<tr class="late">') == 1 and "Sở Thông tin và Truyền thông" in body
    third = client.get(url, {"page": 3}).text
    assert '<td data-label="STT" class="num">5</td>' in third


def paged(period, state: str = "", size: int = 2) -> list[tuple[str, str]]:
    """Every page of the rate page's rows, one after the other."""
    counts, found, number = rate_counts(period), [], 1
    while True:
        page = rate_page(counts, state=state, page=str(number), size=size)
        found += [(row.unit.code, row.timeliness) for row in page]
        if not page.has_next():
            return found
        number += 1


def same_as_every_row(period) -> None:
    """The counts and the pages say what the spreadsheet's full reading says."""
    report, counts = reporting_rate(period), rate_counts(period)
    assert (counts.asked, counts.on_time, counts.late, counts.missing, counts.approved,
            counts.returned) == (report.asked, report.on_time, report.late, report.missing,
                                 report.approved, report.returned)
    assert paged(period) == rows(period)
    for state in (MISSING, LATE, ON_TIME):
        assert paged(period, state) == [row for row in rows(period) if row[1] == state]
    full = {row.unit.code: row for row in report.rows}
    for row in rate_page(counts, size=100):
        same = full[row.unit.code]
        assert (row.first_submitted_at, row.first_on_time, row.status, row.last_reminder) == (
            same.first_submitted_at, same.first_on_time, same.status, same.last_reminder)


def test_the_counts_and_pages_match_every_row(period, unit, coordinator) -> None:
    same_as_every_row(period)
    reminders_send(today=date(2024, 6, 19))
    radio = period.submissions.get(unit=unit("ST-DAI"))
    submission_return(user=coordinator, submission=radio, comment=COMMENT)
    union = period.submissions.get(unit=unit("ST-HLHPN"))
    union.status, union.submitted_at = SubmissionStatus.SUBMITTED, local(2024, 6, 18, 23, 59)
    union.save(update_fields=["status", "submitted_at"])  # sent upward, without events
    department = period.submissions.get(unit=unit("ST-STTTT"))  # first sent on time
    SubmissionEvent.objects.create(submission=department, action=EventAction.SUBMITTED,
                                   at=local(2024, 6, 18, 10))
    assert {("ST-DAI", MISSING), ("ST-HLHPN", ON_TIME), ("ST-STTTT", ON_TIME)} <= set(
        rows(period))
    same_as_every_row(period)


def test_the_second_page_counts_every_unit_and_shows_the_next_rows(
        client_as, period, monkeypatch) -> None:
    from reporting.views import rate as rate_views

    monkeypatch.setattr(rate_views, "PAGE_SIZE", 2)
    url = reverse("reporting:rate", args=[period.pk])
    page = client_as("coordinator").get(url, {"page": 2}).text
    totals = page[page.index('<ul class="rate-totals"'):page.index("</ul>")]
    assert "Đơn vị phải báo cáo<strong>5</strong>" in totals
    assert "Đã gửi<strong>3</strong>60,0%" in totals and "Muộn<strong>1</strong>20,0%" in totals
    assert "Chưa gửi: 2</a>" in page and "Đúng hạn: 2</a>" in page
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    assert body.count("<tr ") == 2 and "Trang 2/3" in page
    assert body.index("Sở Thông tin và Truyền thông") < body.index("Báo Sóc Trăng")
    assert '<td data-label="STT" class="num">3</td>' in body
    assert '<td data-label="STT" class="num">4</td>' in body
    assert "19/06/2024 00:10" in body and "Hội Liên hiệp Phụ nữ" not in body


def test_a_state_keeps_its_filter_across_pages(client_as, period, monkeypatch) -> None:
    from reporting.views import rate as rate_views

    monkeypatch.setattr(rate_views, "PAGE_SIZE", 1)
    client = client_as("viewer")
    url = reverse("reporting:rate", args=[period.pk])
    first = client.get(url, {"state": ON_TIME}).text
    assert "Trang 1/2" in first and "state=on_time&amp;page=2" in first
    assert "<strong>Đúng hạn: 2</strong>" in first
    second = client.get(url, {"state": ON_TIME, "page": 2}).text
    body = second[second.index("<tbody>"):second.index("</tbody>")]
    assert body.count('<tr class="on_time">') == 1 and "Đài Phát thanh" in body
    assert '<td data-label="STT" class="num">2</td>' in body
    beyond = client.get(url, {"state": MISSING, "page": 9}).text  # past the end: the last
    assert "Liên đoàn Lao động" in beyond and "Trang 2/2" in beyond
    unknown = client.get(url, {"state": "lost", "page": "x"}).text  # an unknown state: all
    assert "Trang 1/5" in unknown and unknown.count('<tr class="') == 1


def test_the_page_takes_the_same_queries_for_5_and_50_units(
        client_as, period, unit, django_assert_num_queries,
        django_assert_max_num_queries) -> None:
    """The counts in one query and a page in four (its units' ids, the units, their reports
    and reminders), however many units the period asks."""
    from units.services import unit_create

    client = client_as("coordinator")
    url = reverse("reporting:rate", args=[period.pk])
    reminders_send(today=date(2024, 6, 19))
    client.get(url)
    with django_assert_max_num_queries(12) as five:
        client.get(url)
    communes = [unit_create(code=f"ST-X{n:02d}", name=f"Ủy ban nhân dân xã Số {n}",
                            kind="commune", parent=unit("ST")) for n in range(45)]
    period.units.add(*communes)
    for n, commune in enumerate(communes[:30]):
        make_submission(period, commune, status=SubmissionStatus.SUBMITTED,
                        sent=local(2024, 6, 15 + n % 6))
    reminders_send(today=date(2024, 6, 20))
    with django_assert_num_queries(1):
        counts = rate_counts(period)
    with django_assert_num_queries(4):
        rate_page(counts, page="1")
    assert counts.asked == 50
    with django_assert_num_queries(len(five.captured_queries)):
        page = client.get(url).text
    assert page.count('<tr class="') == 50 and "Trang 1/1" not in page
    same_as_every_row(period)
