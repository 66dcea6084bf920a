"""The demo says it is Sóc Trăng's 2024 world, and how to look at it from today."""

from django.test import Client
from django.urls import reverse

from plans.models import Plan
from tests import TEST_PASSWORD


def home_after_log_in(username: str) -> str:
    client = Client()
    client.post(reverse("login"), {"username": username, "password": TEST_PASSWORD})
    return client.get(reverse("records:product_list")).content.decode()


def test_every_page_of_the_demo_says_it_is_2024(province) -> None:
    page = home_after_log_in("lanhdao")
    assert "Đây là bản trình diễn: dữ liệu mẫu là năm 2024 của tỉnh Sóc Trăng" in page
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    assert f'<a href="{plan.get_absolute_url()}">kế hoạch 81/KH-UBND</a>' in page


def test_a_database_without_the_demo_has_no_banner(province) -> None:
    Plan.objects.filter(number="81", symbol="KH-UBND").update(number="82")
    assert "bản trình diễn" not in home_after_log_in("lanhdao")
