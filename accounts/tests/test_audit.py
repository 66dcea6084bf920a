"""The history of accounts and rights, and the administrators' audit page: passwords, roles,
units, superuser rights, API tokens, failed log-ins and lock-outs; accounts with a history are
deactivated, never deleted."""

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from accounts.models import Membership, User
from accounts.selectors import audit_entries, history_for
from accounts.services import membership_add, user_create, user_deactivate, user_delete
from api.models import ApiToken
from tests import TEST_PASSWORD

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Quyen-con-nguoi-2025-moi"


def last_entry(obj) -> LogEntry:
    return LogEntry.objects.get_for_object(obj).order_by("pk").last()


def change_form(user: User, **changes: object) -> dict[str, object]:
    """What the admin's change form of `user` posts, with `changes`."""
    data: dict[str, object] = {
        "username": user.username, "full_name": user.full_name, "email": user.email,
        "role": user.role, "is_active": "on", "last_login_0": "", "last_login_1": "",
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0", "memberships-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_a_password_change_is_recorded_without_the_password(client: Client, viewer) -> None:
    client.force_login(viewer)
    client.post(reverse("password_change"), {
        "old_password": TEST_PASSWORD, "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD})
    entry = last_entry(viewer)
    assert entry.actor == viewer
    assert entry.changes_dict["password"] == ["********", "********"]
    viewer.refresh_from_db()
    assert viewer.password[-20:] not in str(entry.changes) + entry.changes_text
    change = history_for(viewer)[0].changes[0]
    assert (change.field, change.new) == ("Mật khẩu", "đã đặt mật khẩu mới")


def test_an_administrator_resetting_a_password_is_named(client: Client, administrator,
                                                        viewer) -> None:
    client.force_login(administrator)
    response = client.post(reverse("admin:auth_user_password_change", args=[viewer.pk]), {
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"})
    assert response.status_code == 302
    entry = last_entry(viewer)
    assert entry.actor == administrator and "password" in entry.changes_dict


def test_a_superuser_grant_and_a_role_change_in_the_admin_are_recorded(
        client: Client, administrator, viewer) -> None:
    client.force_login(administrator)
    response = client.post(reverse("admin:accounts_user_change", args=[viewer.pk]),
                           change_form(viewer, role="coordinator", is_staff="on",
                                       is_superuser="on"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = last_entry(viewer)
    assert entry.actor == administrator
    assert entry.changes_dict["is_superuser"] == ["False", "True"]
    assert entry.changes_dict["role"] == ["viewer", "coordinator"]
    shown = {c.field: (c.old, c.new) for c in history_for(viewer)[0].changes}
    assert shown["Vai trò"] == ("Người xem", "Cán bộ điều phối")
    assert ("không", "có") in shown.values()  # yes and no, in words


def test_unit_memberships_added_and_removed_are_in_the_unit_history(viewer, unit) -> None:
    bao = unit("ST-BAO")
    membership = membership_add(user=viewer, unit=bao)
    membership.delete()
    history = history_for(bao, related=[(Membership, "unit_id")])
    assert [e.action for e in history[:2]] == ["Xóa", "Tạo mới"]
    assert history[0].subject == f"thành viên đơn vị: {viewer} – {bao}"


def test_api_tokens_made_and_revoked_on_the_page_are_recorded(client: Client, reporter,
                                                              unit) -> None:
    client.force_login(reporter)
    client.post(reverse("api:tokens"), {"unit": unit("ST-BAO").pk, "name": "CMS Báo"})
    token = ApiToken.objects.get(name="CMS Báo")
    client.post(reverse("api:token_revoke", args=[token.pk]))
    created, revoked = LogEntry.objects.get_for_object(token).order_by("pk")
    assert created.action == LogEntry.Action.CREATE and created.actor == reporter
    assert "key_hash" not in created.changes_dict
    assert revoked.actor == reporter and revoked.changes_dict["revoked_at"][0] == "None"


def log_in(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password},
                       REMOTE_ADDR="10.0.0.9")


def test_failed_log_ins_and_lock_outs_are_shown_to_administrators(client: Client, coordinator,
                                                                  administrator) -> None:
    for _attempt in range(5):
        log_in(client, "dieuphoi", "sai-mat-khau")
    log_in(Client(), "khongco", "sai-mat-khau")
    admin_client = Client()
    admin_client.force_login(administrator)
    page = admin_client.get(reverse("audit")).text
    failures = page.split('id="login-failures"')[1]
    assert failures.count("dieuphoi") == 5 and "khongco" in failures
    assert failures.count("Bị tạm khóa") == 1 and "10.0.0.9" in failures
    assert "dieuphoi" in page.split('id="locked"')[1].split("</section>")[0]


def test_only_administrators_see_the_audit_page(client_as) -> None:
    assert client_as("coordinator").get(reverse("audit")).status_code == 403
    assert client_as("administrator").get(reverse("audit")).status_code == 200


def test_the_audit_page_filters_by_kind_and_by_who(client: Client, administrator, viewer,
                                                   unit) -> None:
    client.force_login(administrator)
    client.post(reverse("admin:accounts_user_change", args=[viewer.pk]),
                change_form(viewer, full_name="Lãnh đạo tỉnh"))
    page = client.get(reverse("audit"), {"model": "accounts.user",
                                         "actor": administrator.username}).text
    assert "người dùng: Lãnh đạo tỉnh" in page
    assert "đơn vị: " not in page
    assert client.get(reverse("audit"), {"actor": "khong-ai-ca"}).text.count("<li>") == 0


def test_the_audit_page_names_units_and_what_a_row_was_created_with(administrator,
                                                                    unit) -> None:
    membership_add(user=administrator, unit=unit("ST-BAO"))
    entry = audit_entries([LogEntry.objects.get_for_model(Membership).order_by("pk").last()])[0]
    assert {(c.field, c.new) for c in entry.changes} >= {("Đơn vị", "Báo Sóc Trăng")}
    assert entry.actor.startswith("hệ thống: ")


def test_an_account_with_a_history_is_refused_deletion_and_deactivated(client: Client,
                                                                       administrator,
                                                                       reporter, unit) -> None:
    ApiToken.objects.create(unit=unit("ST-BAO"), name="CMS", prefix="kh_abcde",
                            key_hash="0" * 64, created_by=reporter)
    with pytest.raises(ValidationError, match="Hãy vô hiệu hóa tài khoản"):
        user_delete(user=reporter)
    client.force_login(administrator)
    response = client.post(reverse("admin:accounts_user_delete", args=[reporter.pk]),
                           {"post": "yes"}, follow=True)
    assert User.objects.filter(pk=reporter.pk).exists()
    assert "Hãy vô hiệu hóa tài khoản" in response.text
    bulk = client.post(reverse("admin:accounts_user_changelist"), {
        "action": "delete_selected", "_selected_action": [reporter.pk]})
    assert "Hãy vô hiệu hóa tài khoản" in bulk.text
    with pytest.raises(ProtectedError), transaction.atomic():  # a queryset's delete, too
        User.objects.filter(pk=reporter.pk).delete()
    client.post(reverse("admin:accounts_user_changelist"), {
        "action": "deactivate", "_selected_action": [reporter.pk]})
    reporter.refresh_from_db()
    assert not reporter.is_active
    assert last_entry(reporter).changes_dict["is_active"] == ["True", "False"]


def test_an_account_that_did_nothing_may_be_deleted(province) -> None:
    typo = user_create(username="nham", password=TEST_PASSWORD, role="viewer")
    user_delete(user=typo)
    assert not User.objects.filter(username="nham").exists()
    user_deactivate(user=User.objects.get(username="lanhdao"))
