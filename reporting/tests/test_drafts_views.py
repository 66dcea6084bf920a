"""The report page per role: who reads, who writes, autosave, the page without JavaScript."""

from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from accounts.services import user_create
from records.models import Language
from records.services import product_create
from reporting.models import ReportingPeriod, Submission, SubmissionSection, SubmissionStatus
from reporting.services.drafts import section_save, submission_open
from reporting.tests.builders import DIRECTION, open_period
from units.models import Unit

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def period(province) -> ReportingPeriod:
    return open_period()


@pytest.fixture
def draft(period, reporter) -> Submission:
    return submission_open(user=reporter, period=period, unit=Unit.objects.get(code="ST-BAO"))


@pytest.fixture
def first(draft) -> SubmissionSection:
    return draft.sections.get(position=1)


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def page_post(draft: Submission, **texts: str) -> dict[str, object]:
    """What the page's "Lưu" sends: every part's text and the version it was written on;
    `texts` by position ("p1") replaces the saved text."""
    data: dict[str, object] = {}
    for section in draft.sections.all():
        data[f"{section.pk}-text"] = texts.get(f"p{section.position}", section.text)
        data[f"{section.pk}-version"] = section.version
    return data


def test_the_units_reporter_writes_each_part_with_autosave(client_as, draft) -> None:
    page = client_as("reporter").get(draft.get_absolute_url()).text
    assert page.count("<textarea") == 5
    assert "I. Công tác chỉ đạo" in page and "V. Đề xuất, kiến nghị" in page
    assert 'hx-trigger="input changed delay:1500ms, blur, kehoach:retry"' in page
    section = draft.sections.get(position=1)
    assert f'hx-post="{reverse("reporting:section_save", args=[section.pk])}"' in page
    assert f'name="{section.pk}-version" id="version-{section.pk}" value="1"' in page
    assert "reporting/autosave.js" in page
    assert ">Lưu</button>" in page and "Cập nhật số liệu" in page


@pytest.mark.parametrize("role", ["coordinator", "administrator"])
def test_coordinators_read_the_draft_without_writing(client_as, draft, first, reporter,
                                                    role: str) -> None:
    section_save(user=reporter, section=first, text=DIRECTION, version=1)
    page = client_as(role).get(draft.get_absolute_url()).text
    assert "<textarea name=\"" not in page.split('id="workflow"')[0]
    assert "Ban Biên tập Báo Sóc Trăng ban hành Kế hoạch số 12/KH-BST" in page
    assert "Cập nhật số liệu" not in page and "autosave.js" not in page


def test_a_reporter_of_another_unit_gets_403_with_the_reason(client_as, draft, first) -> None:
    client = client_as("lead_reporter")
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 403
    assert "Anh/chị chỉ được xem báo cáo của đơn vị mình." in response.text
    assert client.post(reverse("reporting:section_save", args=[first.pk]), {
        f"{first.pk}-text": "Ghi đè.", f"{first.pk}-version": 1}, headers=HTMX).status_code == 403
    assert client.post(draft.get_absolute_url(), page_post(draft, p1="Ghi đè.")
                       ).status_code == 403
    assert client.post(reverse("reporting:figures_refresh", args=[draft.pk])).status_code == 403
    first.refresh_from_db()
    assert first.text == ""


def test_a_reporter_cannot_open_another_units_report(client_as, period) -> None:
    dai = Unit.objects.get(code="ST-DAI")
    response = client_as("reporter").post(
        reverse("reporting:submission_open", args=[period.pk, dai.pk]))
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_viewers_read_approved_reports_only(client_as, draft) -> None:
    response = client_as("viewer").get(draft.get_absolute_url())
    assert response.status_code == 403
    assert "người xem chỉ đọc được báo cáo đã duyệt" in response.text
    Submission.objects.filter(pk=draft.pk).update(status=SubmissionStatus.APPROVED)
    assert client_as("viewer").get(draft.get_absolute_url()).status_code == 200


def test_the_autosave_answers_with_the_time_and_the_new_version(client_as, first) -> None:
    response = client_as("reporter").post(
        reverse("reporting:section_save", args=[first.pk]),
        {f"{first.pk}-text": DIRECTION, f"{first.pk}-version": "1"}, headers=HTMX)
    first.refresh_from_db()
    assert (first.text, first.version) == (DIRECTION, 2)
    body = response.text
    assert body.lstrip().startswith(f'<div id="status-{first.pk}"')
    assert 'data-state="saved"' in body and "Đã lưu lúc " in body
    assert (f'id="version-{first.pk}" value="2" hx-swap-oob="true"') in body


def test_a_conflict_shows_both_texts_and_both_choices(client_as, first, bao_colleague) -> None:
    section_save(user=bao_colleague, section=first, text=DIRECTION, version=1)
    response = client_as("reporter").post(
        reverse("reporting:section_save", args=[first.pk]),
        {f"{first.pk}-text": "Chưa có văn bản chỉ đạo riêng.", f"{first.pk}-version": "1"},
        headers=HTMX)
    body = response.text
    assert response.status_code == 200
    assert 'data-state="conflict"' in body
    assert "Thạch Thị Sa Rây đã sửa phần này lúc " in body
    assert "Nội dung của anh/chị chưa được lưu." in body
    assert "Ban Biên tập Báo Sóc Trăng" in body and "Chưa có văn bản chỉ đạo riêng." in body
    assert f'name="{first.pk}-seen" value="2"' in body
    assert "Dùng nội dung hiện có" in body and "Ghi đè bằng nội dung của tôi" in body
    assert "hx-swap-oob" not in body
    first.refresh_from_db()
    assert (first.text, first.version) == (DIRECTION, 2)


def test_overwriting_after_seeing_the_conflict(client_as, first, bao_colleague) -> None:
    section_save(user=bao_colleague, section=first, text=DIRECTION, version=1)
    response = client_as("reporter").post(
        reverse("reporting:section_save", args=[first.pk]),
        {f"{first.pk}-text": "Bản của anh Cường.", f"{first.pk}-version": "1",
         f"{first.pk}-seen": "2", f"{first.pk}-overwrite": "1"}, headers=HTMX)
    assert 'data-state="saved"' in response.text
    first.refresh_from_db()
    assert (first.text, first.version) == ("Bản của anh Cường.", 3)


def test_taking_theirs_gives_the_part_as_saved(client_as, first, bao_colleague) -> None:
    section_save(user=bao_colleague, section=first, text=DIRECTION, version=1)
    response = client_as("reporter").get(reverse("reporting:section_save", args=[first.pk]),
                                         headers=HTMX)
    body = response.text
    assert body.lstrip().startswith(f'<section class="report-section" id="section-{first.pk}"')
    assert 'data-fresh="1"' in body and DIRECTION in body
    assert f'id="version-{first.pk}" value="2"' in body


def test_the_page_without_javascript_saves_every_part(client_as, draft) -> None:
    response = client_as("reporter").post(draft.get_absolute_url(), page_post(
        draft, p1=DIRECTION, p3="Nhân lực biết tiếng Khmer còn ít."))
    assert response["Location"] == draft.get_absolute_url()
    assert said(response) == ["Đã lưu báo cáo."]
    assert [(s.position, s.version) for s in draft.sections.all()] == [
        (1, 2), (2, 1), (3, 2), (4, 1), (5, 1)]


def test_the_page_without_javascript_shows_a_conflict_and_saves_the_rest(
        client_as, draft, first, bao_colleague) -> None:
    stale = page_post(draft, p1="Bản của anh Cường.", p2="Đã đăng 4 tin, bài.")
    section_save(user=bao_colleague, section=first, text=DIRECTION, version=1)
    response = client_as("reporter").post(draft.get_absolute_url(), stale)
    assert response.status_code == 200
    page = response.text
    assert "Thạch Thị Sa Rây đã sửa phần này lúc " in page
    assert "Bản của anh Cường." in page and DIRECTION in page
    second = draft.sections.get(position=2)
    assert (second.text, second.version) == ("Đã đăng 4 tin, bài.", 2)
    assert f'name="{second.pk}-version" id="version-{second.pk}" value="2"' in page
    assert f'name="{first.pk}-version" id="version-{first.pk}" value="1"' in page
    # The button "Ghi đè bằng nội dung của tôi" sends the page with the version shown.
    again = dict(stale, **{f"{second.pk}-version": 2, f"{first.pk}-seen": 2,
                           f"{first.pk}-overwrite": "1"})
    response = client_as("reporter").post(draft.get_absolute_url(), again)
    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.text, first.version) == ("Bản của anh Cường.", 3)


def test_a_sent_report_is_read_only_and_refuses_saves(client_as, draft, first) -> None:
    Submission.objects.filter(pk=draft.pk).update(status=SubmissionStatus.SUBMITTED)
    client = client_as("reporter")
    page = client.get(draft.get_absolute_url()).text
    assert "<textarea name=\"" not in page.split('id="workflow"')[0]
    response = client.post(reverse("reporting:section_save", args=[first.pk]),
                           {f"{first.pk}-text": "Sửa.", f"{first.pk}-version": 1}, headers=HTMX)
    assert 'data-state="error"' in response.text
    assert "chỉ sửa được khi đang soạn hoặc bị trả lại" in response.text
    response = client.post(draft.get_absolute_url(), page_post(draft, p1="Sửa."))
    assert response.status_code == 302
    assert "chỉ sửa được khi đang soạn hoặc bị trả lại" in said(response)[0]
    first.refresh_from_db()
    assert first.text == ""


def test_the_figures_show_shares_as_percentages(client_as, draft, coordinator) -> None:
    bao = Unit.objects.get(code="ST-BAO")
    for title, codes in [("Tin tiếng Khmer về lễ Sen Dolta", ["km"]),
                         ("Bài về giáo dục song ngữ", ["vi"]),
                         ("Tin về chính sách an sinh", ["vi"])]:
        product_create(user=coordinator, unit=bao, title=title, kind="news", channel="online",
                       published_on=date(2024, 5, 10),
                       languages=list(Language.objects.filter(code__in=codes)))
    client = client_as("reporter")
    response = client.post(reverse("reporting:figures_refresh", args=[draft.pk]))
    assert said(response) == ["Đã cập nhật số liệu từ sản phẩm, hoạt động đã nhập."]
    page = client.get(draft.get_absolute_url()).text
    assert "Biểu 3. Sản phẩm truyền thông theo ngôn ngữ" in page
    assert '<td class="num">33,3%</td>' in page and '<td class="num">66,7%</td>' in page
    assert "Tổng cộng" in page


def test_refreshing_figures_is_refused_after_sending(client_as, draft) -> None:
    Submission.objects.filter(pk=draft.pk).update(status=SubmissionStatus.SUBMITTED)
    response = client_as("reporter").post(reverse("reporting:figures_refresh", args=[draft.pk]))
    assert response.status_code == 302
    assert "chỉ sửa được khi đang soạn hoặc bị trả lại" in said(response)[0]


def test_the_workflow_part_is_on_the_page(client_as, draft) -> None:
    page = client_as("reporter").get(draft.get_absolute_url()).text
    assert 'id="workflow"' in page
    assert "Tạo báo cáo" in page  # the CREATED event


@pytest.fixture
def bao_colleague(province):
    return user_create(username="phongvien.bst", password="Kehoach@2024", role="reporter",
                       full_name="Thạch Thị Sa Rây", units=[Unit.objects.get(code="ST-BAO")])
