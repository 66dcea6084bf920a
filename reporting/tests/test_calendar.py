"""The calendar of a person's report deadlines: only their units' open periods, read back by
icalendar; the secret address works until renewed or turned off, then answers 404."""

from datetime import date

import pytest
from django.urls import reverse
from icalendar import Calendar

from accounts.calendar import calendar_key_remove, calendar_key_renew
from plans.models import Task, TaskStatus
from reporting.calendar import deadlines_ics
from reporting.services.periods import period_close
from reporting.tests.builders import LETTER, open_period

pytestmark = pytest.mark.django_db


@pytest.fixture
def periods(coordinator):
    """The six-month report asks Báo Sóc Trăng and the Department; a letter asks only the
    Department; last year's closed period asked Báo Sóc Trăng too."""
    six_month = open_period(units=["ST-BAO", "ST-STTTT"])
    letter = open_period(units=["ST-STTTT"], request=LETTER)
    closed = period_close(user=coordinator, period=open_period(year=2023, units=["ST-BAO"]))
    return six_month, letter, closed


def events(ics: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(ics).walk("VEVENT"))


def test_it_holds_only_the_open_periods_of_the_users_units(periods, reporter) -> None:
    six_month, _letter, _closed = periods
    ics = deadlines_ics(reporter)
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n")
    [event] = events(ics)
    assert str(event["summary"]) == "Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm 2024 (Báo Sóc Trăng)"
    assert event.decoded("dtstart") == date(2024, 6, 18)
    assert event["dtstart"].params["VALUE"] == "DATE"
    assert event.decoded("dtend") == date(2024, 6, 19)
    assert str(event["uid"]).startswith(f"period-{six_month.pk}-unit-")
    assert "Số liệu từ 15/12/2023 đến 14/06/2024" in str(event["description"])
    assert "Tình trạng: Chưa gửi." in str(event["description"])
    assert str(event["url"]).endswith(six_month.get_absolute_url())
    assert "dtstamp" in event


def test_a_unit_asked_by_two_periods_has_both(periods, lead_reporter) -> None:
    six_month, letter, _closed = periods
    found = [event for event in events(deadlines_ics(lead_reporter))
             if str(event["uid"]).startswith("period-")]
    assert {str(event["uid"]).split("-unit-")[0] for event in found} == {
        f"period-{six_month.pk}", f"period-{letter.pk}"}
    assert any("Theo: Công văn số 2068/BCĐNQ-CAT" in str(event["description"])
               for event in found)


def test_long_lines_are_folded_at_75_octets(periods, lead_reporter) -> None:
    ics = deadlines_ics(lead_reporter)
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert b"\r\n " in ics  # the letter's long description goes on folded lines


def test_a_logged_in_user_downloads_their_calendar(periods, client_as) -> None:
    response = client_as("reporter").get(reverse("reporting:calendar"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert len(events(response.content)) == 1


def test_the_secret_address_works_until_renewed_or_turned_off(periods, reporter, client) -> None:
    first = calendar_key_renew(user=reporter)
    url = reverse("reporting:calendar_feed", args=[first])
    response = client.get(url)
    assert response.status_code == 200 and len(events(response.content)) == 1
    second = calendar_key_renew(user=reporter)
    assert client.get(url).status_code == 404
    assert client.get(reverse("reporting:calendar_feed", args=[second])).status_code == 200
    calendar_key_remove(user=reporter)
    assert client.get(reverse("reporting:calendar_feed", args=[second])).status_code == 404


def test_a_made_up_or_other_users_token_is_404(periods, reporter, lead_reporter,
                                               client) -> None:
    token = calendar_key_renew(user=reporter)
    _number, rest = token.split(".", 1)
    forged = f"{lead_reporter.pk}.{rest}"
    for bad in (forged, f"{reporter.pk}.abc:def", "x", token + "x"):
        assert client.get(reverse("reporting:calendar_feed", args=[bad])).status_code == 404


def test_a_deactivated_users_address_stops_working(periods, reporter, client) -> None:
    token = calendar_key_renew(user=reporter)
    reporter.is_active = False
    reporter.save(update_fields=["is_active"])
    assert client.get(reverse("reporting:calendar_feed", args=[token])).status_code == 404


def test_the_unfinished_tasks_the_unit_leads_end_on_their_end_dates(periods, lead_reporter,
                                                                    unit) -> None:
    task = Task.objects.filter(task_units__unit=unit("ST-STTTT"), task_units__role="lead",
                               end_date__isnull=False).order_by("pk").first()
    assert task is not None
    Task.objects.filter(pk=task.pk).update(end_date=date(2024, 9, 30),
                                           status=TaskStatus.IN_PROGRESS)
    [event] = [event for event in events(deadlines_ics(lead_reporter))
               if str(event["uid"]).startswith(f"task-{task.pk}-")]
    assert str(event["summary"]).startswith(f"Hạn nhiệm vụ {task.code}: ")
    assert event.decoded("dtstart") == date(2024, 9, 30)
    Task.objects.filter(pk=task.pk).update(status=TaskStatus.DONE)
    assert not [event for event in events(deadlines_ics(lead_reporter))
                if str(event["uid"]).startswith(f"task-{task.pk}-")]
