"""guidance.permissions: coordinators write and see drafts; the rest read what is published."""

from datetime import date

import pytest
from django.utils import timezone

from accounts.models import User
from guidance import permissions
from guidance.models import Guidance
from guidance.services import guidance_create
from tests.access import VISITORS, answer
from units.models import Unit

pytestmark = pytest.mark.django_db

EDITORS = ("administrator", "coordinator")


def letter(coordinator: User, number: str, title: str) -> Guidance:
    return guidance_create(user=coordinator, issuer=Unit.objects.get(code="ST-STTTT"),
                           number=number, symbol="STTTT-TTBCXB", title=title,
                           valid_from=date(2024, 11, 20), valid_until=date(2024, 12, 31))


@pytest.fixture
def draft(coordinator: User) -> Guidance:
    return letter(coordinator, "45", "Định hướng tuyên truyền ngày Quốc tế Nhân quyền 10/12")


@pytest.fixture
def published(coordinator: User) -> Guidance:
    """A letter as publishing leaves it: only its date of publication matters here."""
    guidance = letter(coordinator, "38", "Định hướng tuyên truyền về quyền của người cao tuổi")
    Guidance.objects.filter(pk=guidance.pk).update(published_at=timezone.now())
    return guidance


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_only_coordinators_see_a_draft_and_change_letters(
    visitor, draft: Guidance, published: Guidance, name: str
) -> None:
    user = visitor(name)
    editor = name in EDITORS
    assert answer(lambda: permissions.get_guidance_for_user(user, draft.pk)
                  ) == (200 if editor else 404)
    assert answer(lambda: permissions.get_guidance_for_user(user, published.pk)) == 200
    assert answer(lambda: permissions.get_guidance_for_user(user, published.pk, change=True)
                  ) == (200 if editor else 403)
    assert (draft in permissions.visible_guidances(user)) is editor


@pytest.mark.parametrize("name", VISITORS)
def test_it_gives_a_drafts_qr_code_to_coordinators_only(visitor, draft: Guidance,
                                                       name: str) -> None:
    user = visitor(name)
    assert answer(lambda: permissions.get_guidance_for_qr(user, draft.public_key)
                  ) == (200 if name in EDITORS else 404)
    assert answer(lambda: permissions.get_published_guidance(draft.public_key)) == 404
