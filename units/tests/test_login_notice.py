"""A person whose unit has ended hears it at log-in, with the units that took over its work."""

from django.test import Client
from django.urls import reverse

from tests import TEST_PASSWORD


def log_in(username: str) -> str:
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": TEST_PASSWORD},
                           follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_the_newspapers_reporter_is_told_its_unit_merged(province) -> None:
    page = log_in("baosoctrang")
    assert ("Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: Báo và Phát "
            "thanh, Truyền hình Cần Thơ. Anh/chị vẫn xem và sửa được công việc đã nhập trước "
            "ngày đó") in page


def test_the_departments_reporter_is_told_both_successors(province) -> None:
    page = log_in("sotttt")
    assert ("đơn vị kế thừa: Sở Khoa học và Công nghệ thành phố Cần Thơ, Sở Văn hóa, Thể thao "
            "và Du lịch thành phố Cần Thơ.") in page


def test_a_person_without_a_unit_is_told_nothing(province) -> None:
    assert "đã chấm dứt" not in log_in("lanhdao")
