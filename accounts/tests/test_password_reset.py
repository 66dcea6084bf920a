"""Quên mật khẩu?: one answer whatever the address, a link that works once, and limits per
address and per client."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "nuoc-lon-song-hau-thang-chin"


@pytest.fixture
def with_email(reporter) -> User:
    User.objects.filter(pk=reporter.pk).update(email="cuong.lv@baosoctrang.vn")
    reporter.refresh_from_db()
    return reporter


def without_tokens(page: str) -> str:
    """The page without its CSRF tokens, which are masked differently on every response."""
    return re.sub(r'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[^"]+', r"\1", page)


def ask(client: Client, email: str, address: str = "10.0.0.7"):
    return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=address,
                       follow=True)


def test_the_log_in_page_offers_it(client) -> None:
    page = client.get(reverse("login")).text
    assert "Quên mật khẩu?" in page and reverse("password_reset") in page


def test_the_answer_is_the_same_whether_the_address_exists_or_not(with_email) -> None:
    known = ask(Client(), "cuong.lv@baosoctrang.vn")
    unknown = ask(Client(), "khongco@soctrang.gov.vn")
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert "Nếu địa chỉ e-mail vừa nhập có tài khoản" in unknown.text
    assert without_tokens(known.text) == without_tokens(unknown.text)
    assert [m.to for m in mail.outbox] == [["cuong.lv@baosoctrang.vn"]]


def test_the_link_sets_a_new_password_once(with_email, link_in_mail) -> None:
    ask(Client(), "Cuong.LV@baosoctrang.vn")
    message = mail.outbox[-1]
    assert message.subject == "Đặt lại mật khẩu kehoach"
    assert "Kính gửi Lê Văn Cường" in message.body and "hết hạn sau 3 giờ" in message.body
    link = link_in_mail("cuong.lv@baosoctrang.vn")
    visitor = Client()
    page = visitor.get(link, follow=True)
    assert "Đặt lại mật khẩu" in page.text
    form_url = page.redirect_chain[-1][0]
    weak = visitor.post(form_url, {"new_password1": "password1234",
                                   "new_password2": "password1234"})
    assert "mật khẩu phổ biến hoặc đã bị lộ" in weak.text
    done = visitor.post(form_url, {"new_password1": NEW_PASSWORD,
                                   "new_password2": NEW_PASSWORD}, follow=True)
    assert "Đã đặt mật khẩu mới" in done.text
    with_email.refresh_from_db()
    assert with_email.check_password(NEW_PASSWORD)
    assert "Liên kết không còn dùng được" in Client().get(link, follow=True).text


def test_an_invitation_link_does_not_reset_and_a_reset_link_does_not_invite(
        with_email, link_in_mail) -> None:
    ask(Client(), "cuong.lv@baosoctrang.vn")
    reset = link_in_mail("cuong.lv@baosoctrang.vn")
    as_invitation = reset.replace("/password/reset/", "/invitation/")
    assert "Liên kết không còn dùng được" in Client().get(as_invitation, follow=True).text


def test_one_address_gets_at_most_three_e_mails_an_hour(with_email, settings) -> None:
    settings.PASSWORD_RESET_PER_ADDRESS = 3
    for n in range(5):
        response = ask(Client(), "cuong.lv@baosoctrang.vn", address=f"10.0.1.{n}")
        assert "Nếu địa chỉ e-mail vừa nhập có tài khoản" in response.text
    assert len(mail.outbox) == 3


def test_one_client_is_stopped_after_ten_requests_an_hour(with_email, settings) -> None:
    settings.PASSWORD_RESET_PER_CLIENT = 10
    client = Client()
    answers = [ask(client, f"nguoi{n}@soctrang.gov.vn").status_code for n in range(11)]
    assert answers == [200] * 10 + [429]
    assert "Quá nhiều yêu cầu" in ask(client, "cuong.lv@baosoctrang.vn").text
    assert mail.outbox == []
    assert ask(Client(), "cuong.lv@baosoctrang.vn", address="10.9.9.9").status_code == 200
