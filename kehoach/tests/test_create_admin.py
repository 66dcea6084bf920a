"""manage.py create_admin: the first administrator, asked for on the terminal or by a script."""

from io import StringIO

import pytest
from auditlog.models import LogEntry
from django.core.management import CommandError, call_command

from accounts.models import Role, User

pytestmark = pytest.mark.django_db
GOOD = "Bờ kè sông Hậu 2024 mùa nước nổi"


def test_it_asks_for_the_administrator_and_refuses_a_weak_password() -> None:
    answers = StringIO("\n".join([
        "quantri", "Nguyễn Văn An", "an.nv@stttt.soctrang.gov.vn",
        "ngắn", "ngắn",  # too short
        GOOD, GOOD + "!",  # typed differently
        GOOD, GOOD, ""]))
    out, err = StringIO(), StringIO()
    call_command("create_admin", stdin=answers, stdout=out, stderr=err)
    user = User.objects.get(username="quantri")
    assert (user.full_name, user.email, user.role) == (
        "Nguyễn Văn An", "an.nv@stttt.soctrang.gov.vn", Role.ADMINISTRATOR)
    assert user.is_staff and user.is_superuser and user.check_password(GOOD)
    assert "12" in err.getvalue() and "không giống nhau" in err.getvalue()
    assert "Đã tạo tài khoản quản trị hệ thống “quantri”." in out.getvalue()
    entry = LogEntry.objects.get_for_object(user).get()
    assert entry.additional_data["system"] == "manage.py create_admin"
    assert GOOD not in str(entry.changes)


def test_three_invalid_passwords_create_nothing() -> None:
    answers = StringIO("quantri\nNguyễn Văn An\n\n" + "matkhau\nmatkhau\n" * 3)
    with pytest.raises(CommandError, match="3 lần thử"):
        call_command("create_admin", stdin=answers, stdout=StringIO(), stderr=StringIO())
    assert not User.objects.exists()


def test_a_script_gives_the_password_through_the_environment(monkeypatch) -> None:
    flags = ["--noinput", "--username", "quantri", "--full-name", "Trần Thị Bình"]
    with pytest.raises(CommandError, match="KEHOACH_ADMIN_PASSWORD"):
        call_command("create_admin", *flags, stdout=StringIO())
    monkeypatch.setenv("KEHOACH_ADMIN_PASSWORD", "quantri")
    with pytest.raises(CommandError):  # too short and like the user name
        call_command("create_admin", *flags, stdout=StringIO())
    monkeypatch.setenv("KEHOACH_ADMIN_PASSWORD", GOOD)
    call_command("create_admin", *flags, stdout=StringIO())
    assert User.objects.get(username="quantri").check_password(GOOD)
    with pytest.raises(CommandError, match="đã có"):
        call_command("create_admin", *flags, stdout=StringIO())
