"""A guidance letter is news to the addressed units' reporters when it is published, and to a
unit added once it is out; drafts tell nobody. E-mails follow each person's choice."""

import pytest
from django.core import mail

from accounts.services import notice_email_update, user_create
from guidance.services import guidance_publish, guidance_unpublish, guidance_update
from reporting.models import Notice

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def radio(unit):
    """The radio-TV station's reporter, who wants guidance letters in the app only."""
    user = user_create(username="daisoctrang", password="Kehoach@2024", role="reporter",
                       full_name="Thạch Thị Sa Rây", email="saray.dai@soctrang.gov.vn",
                       units=[unit("ST-DAI")])
    notice_email_update(user=user, kinds=["period", "deadline", "review"])
    return user


@pytest.fixture
def bao(reporter):
    reporter.email = "cuong.baosoctrang@soctrang.gov.vn"
    reporter.save(update_fields=["email"])
    return reporter


def test_a_draft_tells_nobody_and_publishing_tells_each_reporter_once(
        upr_guidance, bao, radio, lead_reporter, commit) -> None:
    assert not Notice.objects.exists()
    with commit():
        guidance_publish(guidance=upr_guidance)
        guidance_publish(guidance=upr_guidance)  # already out: nothing more
    assert sorted(Notice.objects.values_list("user__username", flat=True)) == [
        "baosoctrang", "daisoctrang"]  # the Department was not addressed
    notice = Notice.objects.get(user=bao)
    assert notice.url == upr_guidance.get_absolute_url()
    assert notice.text == ("Sở Thông tin và Truyền thông tỉnh Sóc Trăng gửi đơn vị văn bản định "
                           "hướng tuyên truyền /STTTT-TTBCXB V/v đẩy mạnh truyền thông về quyền "
                           "con người trên địa bàn tỉnh, áp dụng từ 15/05/2024 đến 31/12/2024.")
    [email] = mail.outbox
    assert email.to == [bao.email]
    assert email.subject.startswith("Văn bản định hướng mới: /STTTT-TTBCXB V/v đẩy mạnh")
    assert upr_guidance.get_absolute_url() in email.body


def test_a_unit_added_to_a_published_letter_is_told_alone(upr_guidance, bao, unit,
                                                          lead_reporter) -> None:
    guidance_publish(guidance=upr_guidance)
    guidance_update(guidance=upr_guidance,
                    units=[unit("ST-BAO"), unit("ST-DAI"), unit("ST-STTTT")])
    assert Notice.objects.filter(user=bao).count() == 1
    assert Notice.objects.filter(user=lead_reporter).count() == 1


def test_a_unit_added_to_a_draft_waits_for_the_publication(upr_guidance, unit,
                                                           lead_reporter) -> None:
    guidance_update(guidance=upr_guidance, units=[unit("ST-BAO"), unit("ST-STTTT")])
    assert not Notice.objects.exists()
    guidance_unpublish(guidance=upr_guidance)
    assert not Notice.objects.exists()


def test_a_letter_published_again_tells_only_those_it_had_not_reached(
        upr_guidance, bao, unit, lead_reporter) -> None:
    guidance_publish(guidance=upr_guidance)
    told = Notice.objects.count()
    assert Notice.objects.filter(user=bao).count() == 1
    guidance_unpublish(guidance=upr_guidance)
    guidance_update(guidance=upr_guidance,
                    units=[unit("ST-BAO"), unit("ST-DAI"), unit("ST-STTTT")])
    guidance_publish(guidance=upr_guidance)
    assert Notice.objects.filter(user=bao).count() == 1
    assert Notice.objects.filter(user=lead_reporter).count() == 1
    assert Notice.objects.count() == told + 1
