"""Which guides come first: the user's role's, in the catalogue's order; every guide once."""

from accounts.models import Role, User
from guides.selectors import role_names, topic_get, topics_for
from guides.topics import TOPICS


def _slugs(topics) -> list[str]:
    return [topic.slug for topic in topics]


def test_a_reporter_reads_recording_and_reporting_first() -> None:
    mine, others = topics_for(User(username="baosoctrang", role=Role.REPORTER))
    assert _slugs(mine) == ["ghi-nhan-san-pham", "bao-cao-don-vi", "theo-doi-ke-hoach"]
    assert sorted(_slugs(mine + others)) == sorted(_slugs(TOPICS))


def test_a_superuser_reads_the_administrators_guides_whatever_their_role() -> None:
    mine, _others = topics_for(User(username="kythuat", role=Role.VIEWER, is_superuser=True))
    assert "nhap-ke-hoach" in _slugs(mine) and "don-vi-nguoi-dung" in _slugs(mine)
    assert "bao-cao-don-vi" not in _slugs(mine)


def test_a_guide_names_its_roles_as_the_app_does() -> None:
    topic = topic_get("bao-cao-don-vi")
    assert topic is not None and role_names(topic) == ["Cán bộ báo cáo của đơn vị"]
    assert topic_get("khong-co") is None
