"""A user's notices: unread first, each opening what it is about, and the header's count."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from reporting.context_processors import notices as notices_context
from reporting.models import Notice
from reporting.notify import notify_users, unit_reporters

pytestmark = pytest.mark.django_db

RETURNED = "Trần Thị Bình đã trả lại báo cáo “Báo cáo 6 tháng đầu năm 2024” của Báo Sóc Trăng."
REMINDER = "Còn 1 ngày đến hạn gửi báo cáo “Báo cáo 6 tháng đầu năm 2024” (hạn 18/06/2024)."
APPROVED = "Trần Thị Bình đã duyệt báo cáo “Báo cáo quý I năm 2024” của Báo Sóc Trăng."


@pytest.fixture
def notices(reporter, lead_reporter) -> dict[str, Notice]:
    now = timezone.now()
    made = {
        "approved": Notice.objects.create(user=reporter, text=APPROVED, url="/reporting/1/",
                                          created_at=now - timedelta(days=60),
                                          read_at=now - timedelta(days=59)),
        "reminder": Notice.objects.create(user=reporter, text=REMINDER,
                                          created_at=now - timedelta(days=2)),
        "returned": Notice.objects.create(user=reporter, text=RETURNED,
                                          url="/reporting/submissions/7/",
                                          created_at=now - timedelta(hours=1)),
    }
    Notice.objects.create(user=lead_reporter, text="Thông báo của Sở Thông tin và Truyền thông.")
    return made


def test_the_list_shows_own_notices_unread_first(client_as, notices) -> None:
    response = client_as("reporter").get(reverse("reporting:notices"))
    text = response.text
    assert response.status_code == 200
    assert [text.index(t) for t in (RETURNED, REMINDER, APPROVED)] == sorted(
        text.index(t) for t in (RETURNED, REMINDER, APPROVED))
    assert text.count('class="unread"') == 2 and text.count('class="read"') == 1
    assert "Thông báo của Sở Thông tin" not in text
    assert "2 thông báo chưa đọc" in text
    assert "Đánh dấu đã đọc tất cả" in text


def test_opening_a_notice_marks_it_read_and_goes_to_it(client_as, notices) -> None:
    notice = notices["returned"]
    response = client_as("reporter").post(reverse("reporting:notice_read", args=[notice.pk]),
                                          {"open": "1"})
    assert response.status_code == 302 and response["Location"] == "/reporting/submissions/7/"
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_marking_one_read_without_opening_it(client_as, notices) -> None:
    notice = notices["reminder"]
    response = client_as("reporter").post(reverse("reporting:notice_read", args=[notice.pk]))
    assert response["Location"] == reverse("reporting:notices")
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_a_notice_never_sends_anyone_off_the_site(client_as, notices) -> None:
    notice = notices["returned"]
    Notice.objects.filter(pk=notice.pk).update(url="https://lừađảo.example/")
    response = client_as("reporter").post(reverse("reporting:notice_read", args=[notice.pk]),
                                          {"open": "1"})
    assert response["Location"] == reverse("reporting:notices")


def test_nobody_reads_someone_elses_notices(client_as, notices) -> None:
    notice = notices["returned"]
    response = client_as("lead_reporter").post(reverse("reporting:notice_read",
                                                       args=[notice.pk]))
    assert response.status_code == 404
    notice.refresh_from_db()
    assert notice.read_at is None


def test_marking_all_read(client_as, notices, reporter, lead_reporter) -> None:
    client = client_as("reporter")
    assert client.get(reverse("reporting:notice_read", args=[notices["returned"].pk])
                      ).status_code == 405
    response = client.post(reverse("reporting:notices_read_all"))
    assert response["Location"] == reverse("reporting:notices")
    assert not Notice.objects.filter(user=reporter, read_at__isnull=True).exists()
    assert Notice.objects.filter(user=lead_reporter, read_at__isnull=True).count() == 1
    assert "Đánh dấu đã đọc tất cả" not in client.get(reverse("reporting:notices")).text


def test_anonymous_users_log_in_first(client_as) -> None:
    response = client_as("anonymous").get(reverse("reporting:notices"))
    assert response["Location"].startswith(reverse("login"))


def test_the_header_count_is_one_query(notices, reporter, viewer,
                                       django_assert_num_queries) -> None:
    request = RequestFactory().get("/")
    request.user = reporter
    with django_assert_num_queries(1):
        assert notices_context(request) == {"unread_notices": 2}
    request.user = viewer
    assert notices_context(request) == {"unread_notices": 0}


def test_the_header_count_costs_nothing_for_anonymous_users(django_assert_num_queries) -> None:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with django_assert_num_queries(0):
        assert notices_context(request) == {"unread_notices": 0}


def test_notify_users_writes_a_notice_each_and_shortens_long_texts(reporter, unit) -> None:
    reporters = list(unit_reporters(unit("ST-BAO")))
    assert reporters == [reporter]
    long_text = "Ý kiến: " + "bổ sung số liệu tiếng Khmer; " * 40
    assert notify_users(reporters, subject="Báo cáo bị trả lại", text=long_text,
                        url="/reporting/") == 1
    notice = Notice.objects.get()
    assert len(notice.text) == 500 and notice.text.endswith("…")
