"""The token page: officers of a unit make and revoke their system's tokens; viewers may not."""

import hashlib

import pytest
from django.urls import reverse

from api.models import ApiToken
from api.services import token_create

pytestmark = pytest.mark.django_db

URL = "/api/tokens/"


def test_it_has_the_url_name_the_navigation_uses() -> None:
    assert reverse("api:tokens") == URL


def test_it_sends_anonymous_users_to_log_in(client_as) -> None:
    response = client_as("anonymous").get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_refuses_viewers(client_as, bao_token) -> None:
    client = client_as("viewer")
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"name": "x"}).status_code == 403
    revoke = reverse("api:token_revoke", args=[bao_token[0].pk])
    assert client.get(revoke).status_code == 403
    assert client.post(revoke).status_code == 403
    assert ApiToken.objects.get().revoked_at is None


def test_it_shows_a_new_secret_once_and_keeps_only_its_hash(client_as, unit) -> None:
    client = client_as("reporter")
    response = client.post(URL, {"unit": unit("ST-BAO").pk,
                                 "name": "Hệ thống CMS Báo Sóc Trăng"})
    assert response.status_code == 200
    token = ApiToken.objects.get()
    secret = response.context["secret"]
    assert f'value="{secret}"' in response.text
    assert "không hiển thị lại" in response.text
    assert "no-store" in response["Cache-Control"]
    assert token.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    again = client.get(URL)
    assert secret not in again.text
    assert f"{token.prefix}…" in again.text and "Hệ thống CMS Báo Sóc Trăng" in again.text


def test_it_offers_a_reporter_only_their_own_unit(client_as, unit) -> None:
    client = client_as("reporter")
    page = client.get(URL)
    assert list(page.context["form"].fields["unit"].queryset) == [unit("ST-BAO")]
    response = client.post(URL, {"unit": unit("ST-DAI").pk, "name": "Hệ thống của Đài"})
    assert response.status_code == 200
    assert response.context["form"].errors["unit"]
    assert not ApiToken.objects.exists()


def test_it_lists_a_reporter_only_their_units_tokens(client_as, bao_token, coordinator,
                                                     unit) -> None:
    token_create(user=coordinator, unit=unit("ST-DAI"), name="Phần mềm biên tập của Đài")
    reporter_page = client_as("reporter").get(URL).text
    assert "Hệ thống CMS Báo Sóc Trăng" in reporter_page
    assert "Phần mềm biên tập của Đài" not in reporter_page
    coordinator_page = client_as("coordinator").get(URL).text
    assert "Hệ thống CMS Báo Sóc Trăng" in coordinator_page
    assert "Phần mềm biên tập của Đài" in coordinator_page


def test_it_asks_before_revoking_and_then_revokes(client_as, bao_token) -> None:
    client = client_as("reporter")
    url = reverse("api:token_revoke", args=[bao_token[0].pk])
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Thu hồi mã truy cập API?" in confirm.text
    assert ApiToken.objects.get().revoked_at is None
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == URL
    assert ApiToken.objects.get().revoked_at is not None
    assert "Đã thu hồi" in response.text
    assert "Đã thu hồi" in client.post(url, follow=True).text


def test_it_refuses_a_reporter_revoking_another_units_token(client_as, coordinator,
                                                            unit) -> None:
    token, _secret = token_create(user=coordinator, unit=unit("ST-DAI"), name="Của Đài")
    client = client_as("reporter")
    assert client.post(reverse("api:token_revoke", args=[token.pk])).status_code == 403
    assert client.get(reverse("api:token_revoke", args=[424242])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
