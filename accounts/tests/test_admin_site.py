"""The Django admin: for maintainers (superusers) only, and in Vietnamese where it shows."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.services import user_create

pytestmark = pytest.mark.django_db


def test_a_maintainer_sees_it_in_vietnamese(administrator) -> None:
    assert administrator.is_superuser
    client = Client()
    client.force_login(administrator)
    page = client.get(reverse("admin:index")).text
    assert "Quản trị kỹ thuật kehoach" in page
    assert "Trang quản trị cho Django" not in page and "Django administration" not in page
    login = Client().get(reverse("admin:login")).text
    assert "Quản trị kỹ thuật kehoach" in login and "Trang quản trị cho Django" not in login


def test_an_administrator_who_is_not_a_maintainer_is_kept_out(unit) -> None:
    """Administrators made in the app manage people and units on the app's own pages."""
    admin = user_create(username="quantri2", password="ba-cay-chum-lai-nen-hon-nui-cao",
                        role="administrator", units=[unit("ST-STTTT")])
    admin.is_superuser = False
    admin.save(update_fields=["is_superuser"])
    client = Client()
    client.force_login(admin)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("admin:login"))
    assert client.get(reverse("people")).status_code == 200
    assert "Quản trị</a>" not in client.get(reverse("people")).text


def test_an_invited_administrator_is_no_maintainer(client_as, unit) -> None:
    client_as("administrator").post(reverse("person_create"), {
        "full_name": "Đinh Công Minh", "email": "minh.dc@soctrang.gov.vn",
        "role": "administrator", "units": [unit("CT-SKHCN").pk]})
    from accounts.models import User

    invited = User.objects.get(email="minh.dc@soctrang.gov.vn")
    assert invited.is_administrator and not invited.is_superuser and not invited.is_staff
