"""Token lifecycle: the secret is shown once, only its hash is kept, revoked tokens fail."""

import hashlib
from datetime import timedelta

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ProtectedError

from accounts.services import user_deactivate
from api.models import ApiToken
from api.services import token_authenticate, token_create, token_revoke

pytestmark = pytest.mark.django_db


def test_it_returns_the_secret_once_and_keeps_only_its_hash(reporter, unit) -> None:
    token, secret = token_create(user=reporter, unit=unit("ST-BAO"),
                                 name="  Hệ thống CMS Báo Sóc Trăng ")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret.startswith("kh_") and len(secret) >= 40
    assert stored.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert stored.prefix == secret[:8]
    assert stored.name == "Hệ thống CMS Báo Sóc Trăng"
    assert stored.created_by == reporter and stored.last_used_at is None
    values = ApiToken.objects.filter(pk=token.pk).values().get()
    assert not any(secret in str(value) for value in values.values())


def test_it_gives_every_token_its_own_secret(reporter, unit) -> None:
    secrets = {token_create(user=reporter, unit=unit("ST-BAO"), name=f"Hệ thống {n}")[1]
               for n in range(5)}
    assert len(secrets) == 5


def test_it_authenticates_and_notes_the_use_at_most_once_a_minute(bao_token) -> None:
    token, secret = bao_token
    assert token_authenticate(secret) == token
    first = ApiToken.objects.get(pk=token.pk).last_used_at
    assert first is not None
    token_authenticate(secret)
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    token_authenticate(secret)
    assert ApiToken.objects.get(pk=token.pk).last_used_at > first - timedelta(seconds=1)


@pytest.mark.parametrize("attempt", [
    "", "kh_", "kh_not-the-secret", "Bearer kh_x", "x" * 10_000, "kh_" + "a" * 200,
])
def test_it_refuses_secrets_that_are_not_a_tokens(bao_token, attempt: str) -> None:
    assert token_authenticate(attempt) is None


def test_it_refuses_a_secret_with_the_right_prefix_and_the_wrong_rest(bao_token) -> None:
    _token, secret = bao_token
    assert token_authenticate(secret[:-1] + ("A" if secret[-1] != "A" else "B")) is None


def test_it_refuses_a_revoked_token_and_revokes_only_once(bao_token, reporter) -> None:
    token, secret = bao_token
    token_revoke(user=reporter, token=token)
    assert token.revoked_at is not None
    assert token_authenticate(secret) is None
    with pytest.raises(ValidationError):
        token_revoke(user=reporter, token=token)


def test_it_stops_a_token_whose_creator_is_disabled(bao_token, reporter) -> None:
    token, secret = bao_token
    user_deactivate(user=reporter)
    assert token_authenticate(secret) is None
    # An account that made a token is deactivated, never deleted: the token keeps its creator.
    with pytest.raises(ProtectedError, match="vô hiệu hóa"):
        reporter.delete()
    assert ApiToken.objects.get(pk=token.pk).created_by == reporter


def test_it_lets_reporters_make_tokens_for_their_own_unit_only(reporter, viewer, unit) -> None:
    with pytest.raises(PermissionDenied):
        token_create(user=reporter, unit=unit("ST-DAI"), name="Hệ thống của Đài")
    with pytest.raises(PermissionDenied):
        token_create(user=viewer, unit=unit("ST-BAO"), name="Hệ thống CMS")


def test_it_lets_coordinators_make_and_revoke_tokens_for_any_unit(coordinator, reporter,
                                                                  unit) -> None:
    token, _secret = token_create(user=coordinator, unit=unit("ST-DAI"),
                                  name="Phần mềm biên tập Đài PT-TH Sóc Trăng")
    with pytest.raises(PermissionDenied):
        token_revoke(user=reporter, token=token)
    token_revoke(user=coordinator, token=token)


def test_it_refuses_a_token_without_a_name(reporter, unit) -> None:
    with pytest.raises(ValidationError) as error:
        token_create(user=reporter, unit=unit("ST-BAO"), name="   ")
    assert "name" in error.value.message_dict


def test_it_keeps_the_tokens_history_without_its_hash(bao_token, reporter) -> None:
    token, _secret = bao_token
    token_revoke(user=reporter, token=token)
    entries = LogEntry.objects.get_for_object(token).order_by("timestamp", "pk")
    assert [entry.action for entry in entries] == [LogEntry.Action.CREATE,
                                                   LogEntry.Action.UPDATE]
    assert all("key_hash" not in (entry.changes_dict or {}) for entry in entries)
    assert "revoked_at" in entries[1].changes_dict
