"""Sending a report with empty parts asks first, naming them; the send button comes last."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from reporting.models import SubmissionStatus
from reporting.tests.builders import make_submission, workflow_period

pytestmark = pytest.mark.django_db

DIRECTION = ("Ban Biên tập Báo Sóc Trăng ban hành Kế hoạch số 12/KH-BST ngày 20/5/2024 triển "
             "khai Kế hoạch 81/KH-UBND.")


@pytest.fixture
def period(unit):
    return workflow_period(unit)


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_sending_with_empty_parts_asks_first_and_names_them(client_as, period, unit) -> None:
    draft = make_submission(period, unit("ST-BAO"), texts={1: DIRECTION})
    response = client_as("reporter").post(reverse("reporting:submit", args=[draft.pk]))
    assert response.status_code == 200
    html = response.text
    assert "Báo cáo còn phần chưa viết" in html
    assert "4 phần sau chưa có nội dung:" in html
    for title in ("II. Kết quả thực hiện", "III. Đánh giá, khó khăn, vướng mắc",
                  "IV. Phương hướng, nhiệm vụ thời gian tới", "V. Đề xuất, kiến nghị"):
        assert title in html
    assert "I. Công tác chỉ đạo" not in html
    assert 'name="confirm" value="1"' in html and "Vẫn gửi" in html
    assert "Quay lại viết" in html and f"{draft.get_absolute_url()}#section-" in html
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT and not draft.events.exists()


def test_sending_anyway_sends_it(client_as, period, unit) -> None:
    draft = make_submission(period, unit("ST-BAO"), texts={1: DIRECTION})
    response = client_as("reporter").post(reverse("reporting:submit", args=[draft.pk]),
                                          {"confirm": "1"})
    assert response.status_code == 302
    assert said(response) == ["Đã gửi báo cáo. Báo cáo đang chờ duyệt."]
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.SUBMITTED


def test_a_report_with_every_part_written_is_sent_at_once(client_as, period, unit) -> None:
    texts = {position: f"{DIRECTION} Phần {position}." for position in range(1, 6)}
    draft = make_submission(period, unit("ST-BAO"), texts=texts)
    response = client_as("reporter").post(reverse("reporting:submit", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.SUBMITTED


@pytest.mark.parametrize("confirm", ["", "1"])
def test_an_empty_report_is_still_refused(client_as, period, unit, confirm: str) -> None:
    draft = make_submission(period, unit("ST-BAO"), texts={})
    response = client_as("reporter").post(reverse("reporting:submit", args=[draft.pk]),
                                          {"confirm": confirm})
    assert response.status_code == 302
    assert said(response) == ["Báo cáo chưa có nội dung: hãy viết ít nhất một phần trước khi "
                              "gửi."]
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT


def test_others_get_no_question_but_a_refusal(client_as, period, unit) -> None:
    draft = make_submission(period, unit("ST-BAO"), texts={1: DIRECTION})
    assert client_as("coordinator").post(
        reverse("reporting:submit", args=[draft.pk])).status_code == 403


def test_the_send_button_comes_after_the_parts(client_as, period, unit) -> None:
    draft = make_submission(period, unit("ST-BAO"), texts={1: DIRECTION})
    html = client_as("reporter").get(draft.get_absolute_url()).text
    send = html.index(f'action="{reverse("reporting:submit", args=[draft.pk])}"')
    assert html.index("V. Đề xuất, kiến nghị") < send
    assert html.index('id="figures"') < send
    assert html.index('href="#send"') < html.index("V. Đề xuất, kiến nghị")
