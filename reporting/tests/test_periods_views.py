"""The period pages per role: list, opening, generating, the period's page, closing."""

import re
from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from plans.models import Plan
from reporting.models import ReportForm, ReportingPeriod, Submission
from reporting.tests.builders import LETTER, PLAN_UNITS, open_period
from units.models import Unit

pytestmark = pytest.mark.django_db

NOT_COORDINATORS = ["reporter", "lead_reporter", "viewer"]


@pytest.fixture
def period(province) -> ReportingPeriod:
    return open_period()


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# The units carrying on the plan's units' work after the 2025 mergers.
PLAN_UNITS_2025 = ["CT-BPTTH", "CT-CA", "CT-DTN", "CT-HLHPN", "CT-HNCT", "CT-LDLD", "CT-SGDDT",
                   "CT-SKHCN", "CT-SVHTTDL"]


def checked_units(page: str) -> list[str]:
    pks = re.findall(r'<input type="checkbox" name="units" value="(\d+)"[^>]* checked', page)
    return sorted(Unit.objects.filter(pk__in=pks).values_list("code", flat=True))


def create_post(**overrides: object) -> dict[str, object]:
    """"Báo cáo quý III/2024" as the form sends it, asking the newspaper and the radio-TV."""
    data: dict[str, object] = {
        "kind": "quarterly", "year": "2024", "number": "3", "deadline": "", "request": "",
        "receiving_unit": Unit.objects.get(code="ST-STTTT").pk,
        "plan": Plan.objects.get(number="81").pk, "form": ReportForm.objects.first().pk,
        "units": [Unit.objects.get(code="ST-BAO").pk, Unit.objects.get(code="ST-DAI").pk],
        "parent": ""}
    data.update(overrides)
    return data


@pytest.mark.parametrize(("name", "args"), [
    ("reporting:periods", []), ("reporting:period_create", []),
    ("reporting:periods_generate", []), ("reporting:period", [1]),
    ("reporting:period_edit", [1])])
def test_anonymous_users_log_in_first(client_as, name: str, args: list[int]) -> None:
    response = client_as("anonymous").get(reverse(name, args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_reporter_sees_the_units_periods_and_opens_its_report(client_as, period) -> None:
    open_period("annual", units=["ST-DAI"])
    page = client_as("reporter").get(reverse("reporting:periods")).text
    assert "Báo cáo 6 tháng đầu năm 2024" in page
    assert "Báo cáo năm 2024" not in page  # Báo Sóc Trăng is not asked
    assert "Soạn báo cáo" in page
    assert reverse("reporting:period_create") not in page
    bao = Unit.objects.get(code="ST-BAO")
    response = client_as("reporter").post(
        reverse("reporting:submission_open", args=[period.pk, bao.pk]))
    submission = Submission.objects.get(period=period, unit=bao)
    assert response["Location"] == submission.get_absolute_url()
    page = client_as("reporter").get(reverse("reporting:periods")).text
    assert "Đang soạn" in page and "Tiếp tục soạn" in page


@pytest.mark.parametrize("role", ["coordinator", "administrator", "viewer"])
def test_others_see_every_period_with_its_counts(client_as, period, unit, role: str) -> None:
    Submission.objects.create(period=period, unit=unit("ST-BAO"), status="submitted")
    Submission.objects.create(period=period, unit=unit("ST-DAI"), status="approved")
    page = client_as(role).get(reverse("reporting:periods")).text
    assert "Báo cáo 6 tháng đầu năm 2024" in page
    assert "2/9 đơn vị" in page and "1/9 đơn vị" in page
    assert (reverse("reporting:period_create") in page) == (role != "viewer")


def test_the_list_takes_the_same_queries_for_more_periods(client_as, period,
                                                          django_assert_max_num_queries) -> None:
    client = client_as("coordinator")
    client.get(reverse("reporting:periods"))
    for number in range(1, 13):
        open_period("monthly", 2024, number)
    with django_assert_max_num_queries(12):
        client.get(reverse("reporting:periods"))


def test_the_create_page_computes_the_window_as_the_kind_changes(client_as, province) -> None:
    client = client_as("coordinator")
    page = client.get(reverse("reporting:period_create"), {
        "kind": "six_month", "year": "2024", "number": "1"}).text
    assert 'hx-get="/reporting/periods/new/"' in page
    assert "từ 15/12/2023 đến 14/06/2024" in page and 'value="18/06/2024"' in page
    # The plan's units are asked by default while they exist; others are offered.
    assert checked_units(page) == sorted(PLAN_UNITS)
    assert f'name="units" value="{Unit.objects.get(code="ST-TPST").pk}"' in page
    # By the end of 2025 the plan's units have merged: their successors are asked instead.
    later = client.get(reverse("reporting:period_create"), {"kind": "annual", "year": "2025"})
    assert checked_units(later.text) == sorted(PLAN_UNITS_2025)
    window = client.get(reverse("reporting:period_create"),
                        {"kind": "quarterly", "year": "2024", "number": "3"},
                        headers={"HX-Request": "true"}).text
    assert window.lstrip().startswith('<div id="period-window"')
    assert "Báo cáo quý III/2024" in window
    assert "từ 15/06/2024 đến 14/09/2024" in window
    assert 'value="17/09/2024"' in window


def test_a_coordinator_opens_a_period_with_the_default_deadline(client_as, province) -> None:
    response = client_as("coordinator").post(reverse("reporting:period_create"), create_post())
    period = ReportingPeriod.objects.get()
    assert response["Location"] == period.get_absolute_url()
    assert said(response) == ["Đã mở kỳ “Báo cáo quý III/2024”."]
    assert (period.first_day, period.last_day, period.deadline) == (
        date(2024, 6, 15), date(2024, 9, 14), date(2024, 9, 17))
    assert sorted(period.units.values_list("code", flat=True)) == ["ST-BAO", "ST-DAI"]


def test_a_duplicate_is_refused_on_the_form(client_as, province) -> None:
    client = client_as("coordinator")
    client.post(reverse("reporting:period_create"), create_post())
    response = client.post(reverse("reporting:period_create"), create_post())
    assert response.status_code == 200
    assert "đã có kỳ “Báo cáo quý III/2024”" in response.text
    assert ReportingPeriod.objects.count() == 1
    response = client.post(reverse("reporting:period_create"), create_post(
        request=LETTER, deadline="2024-09-20"))
    assert response.status_code == 302
    assert ReportingPeriod.objects.filter(request=LETTER, deadline=date(2024, 9, 20)).exists()


def test_a_deadline_before_the_last_day_is_refused_on_the_form(client_as, province) -> None:
    response = client_as("coordinator").post(reverse("reporting:period_create"),
                                             create_post(deadline="2024-09-10"))
    assert "Hạn gửi báo cáo không được trước ngày chốt số liệu 14/09/2024." in response.text
    assert not ReportingPeriod.objects.exists()


@pytest.mark.parametrize("role", NOT_COORDINATORS)
def test_reporters_and_viewers_cannot_open_periods(client_as, province, role: str) -> None:
    client = client_as(role)
    assert client.get(reverse("reporting:period_create")).status_code == 403
    response = client.post(reverse("reporting:period_create"), create_post())
    assert response.status_code == 403
    assert "Chỉ cán bộ điều phối được tạo và sửa kỳ báo cáo." in response.text
    assert client.post(reverse("reporting:periods_generate"), {
        "year": "2024", "kinds": ["annual"]}).status_code == 403
    assert not ReportingPeriod.objects.exists()


def test_a_coordinator_generates_the_years_periods_once(client_as, province) -> None:
    client = client_as("coordinator")
    assert client.get(reverse("reporting:periods_generate")).status_code == 200
    data = {"year": "2024", "kinds": ["six_month", "annual"],
            "receiving_unit": Unit.objects.get(code="ST-STTTT").pk,
            "plan": Plan.objects.get(number="81").pk, "form": ReportForm.objects.first().pk}
    response = client.post(reverse("reporting:periods_generate"), data)
    assert response["Location"] == reverse("reporting:periods")
    assert said(response) == ["Đã mở 2 kỳ báo cáo."]
    response = client.post(reverse("reporting:periods_generate"), data)
    assert said(response)[-1] == "Các kỳ báo cáo này đã có đủ; không mở thêm kỳ nào."
    assert ReportingPeriod.objects.count() == 2


def test_the_period_page_lists_the_units_for_a_coordinator(client_as, period, unit) -> None:
    Submission.objects.create(period=period, unit=unit("ST-DAI"), status="approved")
    page = client_as("coordinator").get(period.get_absolute_url()).text
    assert "từ 15/12/2023 đến 14/06/2024" in page and "18/06/2024" in page
    assert "Chưa soạn: 8</a>" in page and "Đã duyệt: 1</a>" in page
    assert page.count('<span class="status status-missing">Chưa soạn</span>') == 8
    assert reverse("reporting:period_close", args=[period.pk]) in page
    assert reverse("reporting:rate", args=[period.pk]) in page
    assert reverse("reporting:consolidated", args=[period.pk]) in page


@pytest.mark.parametrize("role", ["coordinator", "reporter", "viewer"])
def test_the_period_page_leads_to_the_plans_dashboard_over_its_window(client_as, period,
                                                                      role: str) -> None:
    """Where the dashboard counts what the period's reports count (demo/tests/test_agrees.py)."""
    dashboard = reverse("indicators:dashboard", args=[period.plan_id])
    page = client_as(role).get(period.get_absolute_url()).text
    assert (f'{dashboard}?start=2023-12-15&amp;end=2024-06-14&amp;structure=period"'
            in page)
    assert client_as(role).get(
        f"{dashboard}?start=2023-12-15&end=2024-06-14&structure=period").status_code == 200


def test_the_period_page_shows_a_reporter_only_their_unit(client_as, period) -> None:
    page = client_as("reporter").get(period.get_absolute_url()).text
    assert "Báo Sóc Trăng" in page
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" not in page
    assert "Soạn báo cáo" in page
    assert reverse("reporting:period_close", args=[period.pk]) not in page
    assert reverse("reporting:rate", args=[period.pk]) not in page


def test_a_period_not_asking_the_reporters_unit_is_refused(client_as, province) -> None:
    other = open_period(units=["ST-DAI"])
    response = client_as("reporter").get(other.get_absolute_url())
    assert response.status_code == 403
    assert "Kỳ báo cáo này không yêu cầu đơn vị của anh/chị báo cáo." in response.text


def test_an_ad_hoc_period_shows_its_letter(client_as, province) -> None:
    asked = open_period(request=LETTER, units=["ST-BAO"])
    page = client_as("viewer").get(asked.get_absolute_url()).text
    assert "Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024" in page
    assert "yêu cầu đột xuất" in page


def test_closing_and_reopening(client_as, period) -> None:
    client = client_as("coordinator")
    response = client.post(reverse("reporting:period_close", args=[period.pk]))
    assert said(response) == ["Đã khóa kỳ báo cáo; các đơn vị không gửi thêm được."]
    period.refresh_from_db()
    assert period.is_closed
    page = client_as("reporter").get(period.get_absolute_url()).text
    assert "Kỳ báo cáo đã khóa lúc" in page and "Soạn báo cáo" not in page
    response = client.post(reverse("reporting:period_close", args=[period.pk]))
    assert said(response)[-1].startswith("Kỳ báo cáo này đã khóa lúc")
    client.post(reverse("reporting:period_reopen", args=[period.pk]))
    period.refresh_from_db()
    assert not period.is_closed


@pytest.mark.parametrize("role", NOT_COORDINATORS)
def test_only_coordinators_close_or_edit(client_as, period, role: str) -> None:
    client = client_as(role)
    assert client.post(reverse("reporting:period_close", args=[period.pk])).status_code == 403
    assert client.get(reverse("reporting:period_edit", args=[period.pk])).status_code == 403
    period.refresh_from_db()
    assert not period.is_closed


def test_a_coordinator_changes_the_deadline_and_units(client_as, period, unit) -> None:
    client = client_as("coordinator")
    page = client.get(reverse("reporting:period_edit", args=[period.pk])).text
    assert 'name="kind"' not in page and "Báo cáo 6 tháng đầu năm 2024" in page
    data = create_post(deadline="2024-06-20", request=LETTER)
    for name in ("kind", "year", "number"):
        data.pop(name)
    response = client.post(reverse("reporting:period_edit", args=[period.pk]), data)
    assert response.status_code == 302
    period.refresh_from_db()
    assert (period.deadline, period.request, period.title) == (
        date(2024, 6, 20), LETTER, "Báo cáo 6 tháng đầu năm 2024")
    assert sorted(period.units.values_list("code", flat=True)) == ["ST-BAO", "ST-DAI"]


def test_a_coordinator_asks_for_signed_unit_reports(client_as, period) -> None:
    client = client_as("coordinator")
    data = create_post(require_signed="on")
    for name in ("kind", "year", "number"):
        data.pop(name)
    assert client.post(reverse("reporting:period_edit", args=[period.pk]), data).status_code == 302
    period.refresh_from_db()
    assert period.require_signed
    page = client.get(reverse("reporting:period_edit", args=[period.pk])).text
    assert re.search(r'<input[^>]*name="require_signed"[^>]*checked', page)
    assert "Báo cáo của đơn vị phải ký số" in client.get(period.get_absolute_url()).text


def test_the_admin_shows_periods_and_reports_read_only_where_the_workflow_owns_them(
        client, period, reporter) -> None:
    from accounts.models import User
    from reporting.services.drafts import submission_open

    submission = submission_open(user=reporter, period=period,
                                 unit=Unit.objects.get(code="ST-BAO"))
    client.force_login(User.objects.create_superuser("it.sotttt", "it@soctrang.gov.vn", "x"))
    for url in ("/admin/reporting/reportingperiod/", f"/admin/reporting/reportingperiod/"
                f"{period.pk}/change/", "/admin/reporting/submission/",
                f"/admin/reporting/submission/{submission.pk}/change/",
                "/admin/reporting/reportform/", "/admin/reporting/consolidatedreport/"):
        assert client.get(url).status_code == 200, url
    page = client.get(f"/admin/reporting/reportingperiod/{period.pk}/change/").text
    assert 'name="deadline"' in page and 'name="first_day"' not in page
    assert client.get("/admin/reporting/reportingperiod/add/").status_code == 403
    page = client.get(f"/admin/reporting/submission/{submission.pk}/change/").text
    assert 'name="status"' not in page


def test_changing_the_year_refreshes_the_units_asked_and_keeps_the_choice(client_as,
                                                                          province) -> None:
    """htmx asks for the window as the year changes; the units come with it (out of band)."""
    client = client_as("coordinator")
    bao, dai = Unit.objects.get(code="ST-BAO"), Unit.objects.get(code="ST-DAI")
    plan = Plan.objects.get(number="81")
    answer = client.get(reverse("reporting:period_create"), {
        "kind": "annual", "year": "2026", "plan": plan.pk, "units": [bao.pk, dai.pk]},
        headers={"HX-Request": "true"}).text
    assert answer.lstrip().startswith('<div id="period-window"')
    assert '<div id="period-units" hx-swap-oob="true">' in answer
    # The newspaper and the radio-TV station ticked for 2024 became one unit in 2025.
    assert checked_units(answer) == ["CT-BPTTH"]
    back = client.get(reverse("reporting:period_create"), {
        "kind": "six_month", "year": "2024", "number": "1", "plan": plan.pk,
        "units": [bao.pk, dai.pk]}, headers={"HX-Request": "true"}).text
    assert checked_units(back) == ["ST-BAO", "ST-DAI"]


def test_a_2026_period_opens_with_todays_units_of_the_plan(client_as, province) -> None:
    page = client_as("coordinator").get(reverse("reporting:period_create")).text
    assert "Báo cáo 6 tháng đầu năm 2026" in page
    assert checked_units(page) == sorted(PLAN_UNITS_2025)


def test_the_period_page_filters_by_state_searches_and_pages(client_as, period, unit,
                                                            monkeypatch) -> None:
    from reporting.selectors import period_units

    monkeypatch.setattr(period_units, "PAGE_SIZE", 3)
    Submission.objects.create(period=period, unit=unit("ST-DAI"), status="approved")
    client = client_as("coordinator")
    approved = client.get(period.get_absolute_url(), {"state": "approved"}).text
    assert approved.count("<tr>") == 2 and "Đài Phát thanh và Truyền hình Sóc Trăng" in approved
    found = client.get(period.get_absolute_url(), {"q": "dai phat thanh"}).text
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" in found and found.count("<tr>") == 2
    first = client.get(period.get_absolute_url()).text
    assert first.count("<tr>") == 4 and "Trang 1/3" in first
