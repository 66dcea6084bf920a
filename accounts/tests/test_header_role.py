"""Each page's header names the person and, beside the name, their role."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("role", "label"), [
    ("coordinator", "Cán bộ điều phối"), ("reporter", "Cán bộ báo cáo của đơn vị"),
    ("viewer", "Người xem")])
def test_the_header_shows_the_role_beside_the_name(client_as, role: str, label: str) -> None:
    html = client_as(role).get(reverse("plans:list")).content.decode()
    assert f'<span class="who-role"> · {label}</span>' in html
