"""The Người dùng pages: invite, set a password from the link, change role and units with
history, deactivate, resend; an administrator everywhere, a coordinator in their subtree."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.invitations import invitation_tokens
from accounts.models import Role, User
from accounts.services import person_invite
from accounts.tests.conftest import LINK
from tests import TEST_PASSWORD
from units.services import unit_create

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "cay-lua-mien-tay-mua-nuoc-noi"


def invite(client: Client, unit, **fields) -> User:
    data = {"full_name": "Thạch Thị Sa Rinh", "email": "sarinh.tt@soctrang.gov.vn",
            "phone": "0299 3821 456", "role": "reporter", "units": [unit.pk], **fields}
    response = client.post(reverse("person_create"), data)
    assert response.status_code == 302, response.content.decode()
    return User.objects.get(email=data["email"])


def test_an_administrator_invites_a_person_who_sets_a_password_and_logs_in(
        client_as, unit, link_in_mail) -> None:
    person = invite(client_as("administrator"), unit("CT-BPTTH"))
    assert (person.username, person.role, list(person.units.all())) == (
        "sarinh.tt@soctrang.gov.vn", Role.REPORTER, [unit("CT-BPTTH")])
    assert not person.has_usable_password() and not person.is_staff
    message = mail.outbox[-1]
    assert message.subject == "Mời tham gia hệ thống kehoach"
    assert "Kính gửi Thạch Thị Sa Rinh" in message.body and "Nguyễn Văn An" in message.body
    assert "hết hạn sau 7 ngày" in message.body
    link = link_in_mail(person.email)

    visitor = Client()
    form_page = visitor.get(link, follow=True)
    assert "Đặt mật khẩu" in form_page.text and "sarinh.tt@soctrang.gov.vn" in form_page.text
    form_url = form_page.redirect_chain[-1][0]
    short = visitor.post(form_url, {"new_password1": "ngan", "new_password2": "ngan"})
    assert "ít nhất 12 ký tự" in short.text
    done = visitor.post(form_url, {"new_password1": NEW_PASSWORD,
                                   "new_password2": NEW_PASSWORD}, follow=True)
    assert "Đã đặt mật khẩu" in done.text
    assert visitor.post(reverse("login"), {"username": person.email,
                                           "password": NEW_PASSWORD}).status_code == 302
    # Single use: the same link no longer works.
    again = Client().get(link, follow=True)
    assert "Liên kết không còn dùng được" in again.text


def test_an_invitation_expires(administrator, unit, settings) -> None:
    settings.INVITATION_MAX_AGE_DAYS = 7
    person = person_invite(manager=administrator, full_name="Lý Văn Tài",
                           email="tai.lv@soctrang.gov.vn", role="reporter",
                           units=[unit("CT-BPTTH")])
    token = invitation_tokens.make_token(person)
    assert invitation_tokens.check_token(person, token)
    later = invitation_tokens._now() + timedelta(days=7, minutes=1)
    invitation_tokens._now = lambda: later  # type: ignore[method-assign]
    try:
        assert not invitation_tokens.check_token(person, token)
    finally:
        del invitation_tokens._now
    person.invited_at = timezone.now() - timedelta(days=8)
    from accounts.selectors import invitation_state

    assert invitation_state(person) == "expired"


def test_resending_an_invitation_ends_the_earlier_link(client_as, unit, link_in_mail) -> None:
    admin = client_as("administrator")
    person = invite(admin, unit("CT-BPTTH"))
    first = link_in_mail(person.email)
    response = admin.post(reverse("person_resend", args=[person.pk]), follow=True)
    assert "Đã gửi lại thư mời" in response.text
    second = link_in_mail(person.email)
    assert first != second
    assert "Liên kết không còn dùng được" in Client().get(first, follow=True).text
    assert "Đặt mật khẩu" in Client().get(second, follow=True).text


def test_a_deactivated_persons_link_stops_working(client_as, unit, link_in_mail) -> None:
    admin = client_as("administrator")
    person = invite(admin, unit("CT-BPTTH"))
    link = link_in_mail(person.email)
    admin.post(reverse("person_deactivate", args=[person.pk]))
    person.refresh_from_db()
    assert not person.is_active and User.objects.filter(pk=person.pk).exists()
    assert "Liên kết không còn dùng được" in Client().get(link, follow=True).text
    # Switched on again, the old link stays dead: the page offers a new invitation.
    page = admin.post(reverse("person_reactivate", args=[person.pk]), follow=True).text
    assert "Chưa mời" in page and "Gửi lại thư mời" in page
    assert "Liên kết không còn dùng được" in Client().get(link, follow=True).text


def test_the_list_shows_role_unit_state_and_last_log_in_and_searches(client_as, unit) -> None:
    admin = client_as("administrator")
    invite(admin, unit("CT-BPTTH"))
    page = admin.get(reverse("people")).text
    for text in ("Lê Văn Cường", "Báo Sóc Trăng", "Cán bộ báo cáo của đơn vị",
                 "Thạch Thị Sa Rinh", "Đã mời, chưa đặt mật khẩu", "Chưa đăng nhập"):
        assert text in page
    found = admin.get(reverse("people"), {"q": "sarinh"}).text
    assert "Thạch Thị Sa Rinh" in found and "Lê Văn Cường" not in found
    unmarked = admin.get(reverse("people"), {"q": "thach thi sa"}).text
    assert "Thạch Thị Sa Rinh" in unmarked and "Lê Văn Cường" not in unmarked
    assert "Trần Thị Bình" in admin.get(reverse("people"), {"q": "TRAN BINH"}).text
    inactive = admin.get(reverse("people"), {"active": "0"}).text
    assert "Thạch Thị Sa Rinh" not in inactive


def test_a_change_of_role_and_unit_is_in_the_persons_history(client_as, unit) -> None:
    admin = client_as("administrator")
    reporter = User.objects.get(username="baosoctrang")
    response = admin.post(reverse("person_detail", args=[reporter.pk]),
                          {"role": "coordinator", "units": [unit("CT-BPTTH").pk]}, follow=True)
    assert "Đã lưu vai trò và đơn vị" in response.text
    reporter.refresh_from_db()
    assert reporter.role == Role.COORDINATOR
    assert list(reporter.units.all()) == [unit("CT-BPTTH")]
    page = response.text
    assert "Cán bộ báo cáo của đơn vị" in page and "Cán bộ điều phối" in page
    assert "thành viên đơn vị" in page and "Báo Sóc Trăng" in page


def test_a_unit_that_has_ended_is_refused_with_its_successor(client_as, unit) -> None:
    response = client_as("administrator").post(reverse("person_create"), {
        "full_name": "Thạch Thị Sa Rinh", "email": "sarinh.tt@soctrang.gov.vn",
        "role": "reporter", "units": [unit("ST-DAI").pk]})
    assert response.status_code == 200
    assert "đã chấm dứt từ 01/07/2025" in response.text
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" in response.text
    assert not User.objects.filter(email="sarinh.tt@soctrang.gov.vn").exists()


def test_an_e_mail_has_one_account(client_as, unit) -> None:
    admin = client_as("administrator")
    invite(admin, unit("CT-BPTTH"))
    response = admin.post(reverse("person_create"), {
        "full_name": "Người khác", "email": "SaRinh.TT@soctrang.gov.vn", "role": "viewer",
        "units": [unit("CT-BPTTH").pk]})
    assert response.status_code == 200
    assert "Đã có tài khoản dùng địa chỉ e-mail này." in response.text


# --- A coordinator's reach: their own unit and the units under it --------------------------


@pytest.fixture
def department_office(unit):
    """An office under the Department of Information and Communications, dieuphoi's unit."""
    return unit_create(code="ST-STTTT-VP", name="Văn phòng Sở Thông tin và Truyền thông",
                       kind="other", parent=unit("ST-STTTT"))


def test_a_coordinator_invites_into_their_units_subtree(client_as, department_office) -> None:
    person = invite(client_as("coordinator"), department_office)
    assert list(person.units.all()) == [department_office]


def test_a_coordinator_cannot_invite_outside_their_subtree(client_as, unit) -> None:
    response = client_as("coordinator").post(reverse("person_create"), {
        "full_name": "Trần Văn Ba", "email": "ba.tv@baosoctrang.vn", "role": "reporter",
        "units": [unit("ST-BAO").pk]})
    assert response.status_code == 200 and not User.objects.filter(
        email="ba.tv@baosoctrang.vn").exists()
    assert "Hãy chọn một giá trị hợp lệ" in response.text


def test_a_coordinator_gives_no_role_above_their_own(client_as, unit, coordinator) -> None:
    form = client_as("coordinator").get(reverse("person_create")).text
    assert 'value="coordinator"' in form and 'value="administrator"' not in form
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied, match="cao hơn vai trò của mình"):
        person_invite(manager=coordinator, full_name="Hồ Văn Bốn", email="bon@stttt.gov.vn",
                      role="administrator", units=[unit("ST-STTTT")])


def test_a_coordinator_manages_only_people_in_reach_and_not_above_them(
        client_as, administrator, reporter, lead_reporter) -> None:
    client = client_as("coordinator")
    listing = client.get(reverse("people")).text
    assert "Võ Thị Hạnh" in listing and "Lê Văn Cường" not in listing
    assert client.get(reverse("person_detail", args=[reporter.pk])).status_code == 404
    assert client.post(reverse("person_deactivate", args=[reporter.pk])).status_code == 404
    # The administrator shares the department but stands above a coordinator.
    assert client.post(reverse("person_deactivate",
                               args=[administrator.pk])).status_code == 403
    assert client.post(reverse("person_deactivate",
                               args=[lead_reporter.pk])).status_code == 302
    lead_reporter.refresh_from_db()
    assert not lead_reporter.is_active


@pytest.mark.parametrize("who", ["reporter", "lead_reporter", "viewer"])
def test_others_do_not_manage_people(client_as, who) -> None:
    client = client_as(who)
    assert client.get(reverse("people")).status_code == 403
    assert client.get(reverse("person_create")).status_code == 403


def test_nobody_changes_their_own_role_here(client_as, administrator) -> None:
    client = client_as("administrator")
    assert client.post(reverse("person_detail", args=[administrator.pk]),
                       {"role": "viewer"}).status_code == 403
    assert client.post(reverse("person_deactivate",
                               args=[administrator.pk])).status_code == 403


def test_the_invitation_link_is_the_only_link_in_the_mail(administrator, unit) -> None:
    person_invite(manager=administrator, full_name="Lý Văn Tài", email="tai.lv@soctrang.gov.vn",
                  role="viewer", units=[])
    links = LINK.findall(mail.outbox[-1].body)
    assert [link for link in links if "/invitation/" in link]
    assert all(link.startswith("https://kehoach.soctrang.gov.vn/") for link in links)
    assert TEST_PASSWORD not in mail.outbox[-1].body


def test_the_list_costs_the_same_queries_for_more_people(client_as, administrator, unit) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_as("administrator")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("people")).status_code == 200
        return len(captured)

    before = queries()
    for n in range(20):
        person_invite(manager=administrator, full_name=f"Cán bộ xã số {n}", role="reporter",
                      email=f"canbo{n}@cantho.gov.vn", units=[unit("CT-X-KESACH")], send=False)
    assert queries() == before
