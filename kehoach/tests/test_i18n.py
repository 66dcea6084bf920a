"""The translation catalogues: Django's messages in Vietnamese, ours in English."""

import re
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from gettext import GNUTranslations
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.contrib.auth.password_validation import MinimumLengthValidator
from django.core.exceptions import ValidationError
from django.core.validators import (
    DecimalValidator,
    MaxLengthValidator,
    MaxValueValidator,
)
from django.db.models.constraints import BaseConstraint
from django.utils import translation
from django.utils.translation import gettext, ngettext

from plans.models import Plan
from units.models import Unit

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = [LOCALE / lang / "LC_MESSAGES" / "django.po" for lang in ("en", "vi")]
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[sdr]|\{\{?\s*\w+\s*\}?\}")


def messages_of(check: Callable[[], object]) -> list[str]:
    with pytest.raises(ValidationError) as raised:
        check()
    return raised.value.messages


def throw(error: ValidationError) -> None:
    raise error


def test_it_explains_a_short_password_in_vietnamese() -> None:
    with translation.override("vi"):
        messages = messages_of(lambda: MinimumLengthValidator().validate("123"))
    assert messages == ["Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 8 ký tự."]


def test_it_labels_the_log_in_form_in_vietnamese() -> None:
    with translation.override("vi"):
        form = AuthenticationForm()
        assert str(form.fields["username"].label) == "Tên đăng nhập"
        assert str(form.fields["password"].label) == "Mật khẩu"


# Each message as Django really produces it, so a Django upgrade that changes a msgid
# listed in kehoach/i18n_overrides.py shows up here instead of as English on a page.
DJANGO_MESSAGES: list[tuple[str, Callable[[], object], str]] = [
    ("whole number", lambda: forms.IntegerField().clean("abc"), "Hãy nhập một số nguyên."),
    ("at least", lambda: forms.IntegerField(min_value=0).clean("-1"),
     "Giá trị này phải lớn hơn hoặc bằng 0."),
    ("at most", lambda: MaxValueValidator(10)(11), "Giá trị này phải nhỏ hơn hoặc bằng 10."),
    ("max digits", lambda: DecimalValidator(3, 0)(Decimal("12345")),
     "Tổng số chữ số không được vượt quá 3."),
    ("max length", lambda: MaxLengthValidator(5)("abcdefg"),
     "Giá trị này chỉ được có tối đa 5 ký tự (hiện có 7)."),
    ("pk", lambda: forms.ModelMultipleChoiceField(Unit.objects.none()).clean(["x"]),
     "“x” không phải là giá trị hợp lệ."),
    ("constraint", lambda: throw(ValidationError(
        BaseConstraint.default_violation_error_message, params={"name": "c"})),
     "Dữ liệu vi phạm ràng buộc “c”."),
    ("unique field", lambda: throw(Unit().unique_error_message(Unit, ("code",))),
     "Đơn vị có Mã này đã tồn tại."),
    ("unique fields", lambda: throw(Plan().unique_error_message(Plan, ("number", "symbol"))),
     "Kế hoạch với Số và Ký hiệu này đã tồn tại."),
]


@pytest.mark.parametrize(("check", "expected"), [(c, e) for _n, c, e in DJANGO_MESSAGES],
                         ids=[name for name, _c, _e in DJANGO_MESSAGES])
def test_it_gives_djangos_messages_in_vietnamese(check: Callable[[], object],
                                                  expected: str) -> None:
    with translation.override("vi"):
        assert messages_of(check) == [expected]


def test_it_gives_the_other_overridden_messages_in_vietnamese() -> None:
    with translation.override("vi"):
        assert str(PasswordChangeForm.error_messages["password_incorrect"]) == (
            "Mật khẩu cũ không đúng. Hãy nhập lại.")
        assert str(forms.ModelChoiceField.default_error_messages["invalid_choice"]) == (
            "Hãy chọn một giá trị hợp lệ. Giá trị đã chọn không có trong danh sách.")
        assert str(forms.ModelMultipleChoiceField.default_error_messages["invalid_choice"]) == (
            "Hãy chọn một giá trị hợp lệ. %(value)s không có trong danh sách.")


def test_it_switches_our_strings_to_english() -> None:
    with translation.override("en"):
        assert gettext("Kế hoạch") == "Plan"
        assert gettext("Đăng nhập") == "Log in"
        assert gettext("Đơn vị chủ trì") == "Lead unit"
        assert ngettext("%(counter)s nhiệm vụ", "%(counter)s nhiệm vụ", 1) == "%(counter)s task"
        assert ngettext("%(counter)s nhiệm vụ", "%(counter)s nhiệm vụ", 3) == "%(counter)s tasks"
    with translation.override("vi"):
        assert gettext("Kế hoạch") == "Kế hoạch"


def po_entries(path: Path) -> list[dict[str, object]]:
    """The entries of a .po file as makemessages writes it: flags, msgid, msgstr(s)."""
    entries = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        entry: dict[str, object] = {"flags": set(), "msgid": "", "msgstr": {}}
        strings: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] = {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                strings[key] += line[1:-1]
            else:
                key, _space, value = line.partition(" ")
                strings[key] = value[1:-1]
        if "msgid" not in strings:  # an obsolete (#~) entry
            continue
        entry["msgid"] = strings.pop("msgid")
        entry["msgid_plural"] = strings.pop("msgid_plural", None)
        entry["msgstr"] = strings
        entries.append(entry)
    return entries


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_it_leaves_no_fuzzy_entry(path: Path) -> None:
    assert [e["msgid"] for e in po_entries(path) if "fuzzy" in e["flags"]] == []


def test_it_translates_every_msgid_into_english() -> None:
    entries = po_entries(CATALOGUES[0])
    assert len(entries) > 100
    empty = [e["msgid"] for e in entries[1:]
             if not all(e["msgstr"].values())]  # type: ignore[attr-defined]
    assert empty == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_it_keeps_placeholders_in_translations(path: Path) -> None:
    for entry in po_entries(path)[1:]:
        wanted = sorted(PLACEHOLDER.findall(str(entry["msgid"])))
        for msgstr in entry["msgstr"].values():  # type: ignore[attr-defined]
            if msgstr:
                assert sorted(PLACEHOLDER.findall(msgstr)) == wanted, entry["msgid"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_it_commits_compiled_catalogues_that_match_their_sources(path: Path,
                                                                  tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("GNU gettext's msgfmt is not installed")
    fresh = tmp_path / "django.mo"
    subprocess.run([msgfmt, "--check-format", "-o", str(fresh), str(path)], check=True)  # noqa: S603
    committed = path.with_suffix(".mo")
    assert committed.exists(), f"run manage.py compilemessages: {committed} is missing"
    with fresh.open("rb") as new, committed.open("rb") as old:
        assert GNUTranslations(old)._catalog == GNUTranslations(new)._catalog, (
            f"{committed} is older than {path.name}: run manage.py compilemessages")
