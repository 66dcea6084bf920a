"""Password rules: 12 to 128 characters, not common or breached, no composition rules."""

import pytest
from django.contrib.auth.password_validation import (
    password_validators_help_texts,
    validate_password,
)
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.models import User

pytestmark = pytest.mark.django_db

OLD = "mat-khau-cu-cua-phep-thu"


def refusals(password: str, user: User | None = None) -> list[str]:
    try:
        validate_password(password, user)
    except ValidationError as error:
        return list(error.messages)
    return []


@pytest.mark.parametrize("password", [
    "song Hậu mùa nước nổi",  # a phrase, spaces and diacritics welcome
    "739146028351",  # digits only: no composition rules
    "abcdefghijkq",  # lower-case only
    "x" * 128,
])
def test_it_accepts_long_passwords_of_any_kind(password: str) -> None:
    assert refusals(password) == []


def test_it_refuses_passwords_under_12_characters_in_vietnamese() -> None:
    assert refusals("Xk7#pq9!Lm2") == [
        "Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 12 ký tự."]


def test_it_refuses_passwords_over_128_characters() -> None:
    assert refusals("x" * 129) == ["Mật khẩu này quá dài: tối đa 128 ký tự."]


@pytest.mark.parametrize("password", [
    "qwerty123456",  # in Django's list
    "QAZWSXEDCRFV",  # in zxcvbn's list of leaked passwords, whatever the case
    "websolutions",  # only in zxcvbn's list
])
def test_it_refuses_common_and_breached_passwords(password: str) -> None:
    assert refusals(password) == [
        "Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ; hãy chọn mật khẩu "
        "khác."]


def test_it_refuses_a_password_like_the_users_name(coordinator: User) -> None:
    assert refusals("dieuphoi2024", coordinator) == ["Mật khẩu quá giống với Tên đăng nhập."]


def test_the_rules_are_said_in_english_too() -> None:
    with translation.override("en"):
        assert refusals("x" * 129) == ["This password is too long: at most 128 characters."]
        assert "Your password can’t be a common or breached password." in (
            password_validators_help_texts())


def test_the_password_form_explains_the_rules(client: Client, viewer: User) -> None:
    viewer.set_password(OLD)
    viewer.save()
    client.force_login(viewer)
    page = client.get(reverse("password_change")).text
    assert "Mật khẩu của bạn phải chứa ít nhất 12 ký tự." in page
    assert "Mật khẩu không được là mật khẩu phổ biến hoặc đã bị lộ." in page
    response = client.post(reverse("password_change"), {
        "old_password": OLD, "new_password1": "1qaz2wsx3edc", "new_password2": "1qaz2wsx3edc"})
    assert response.status_code == 200
    assert "danh sách mật khẩu phổ biến hoặc đã bị lộ" in response.text
