"""Opening a unit's report, saving its parts without silent overwrites, refreshing figures."""

import threading
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections

from accounts.models import User
from accounts.services import user_create
from records.models import Language
from records.services import product_create
from reporting.models import EventAction, ReportingPeriod, Submission, SubmissionStatus
from reporting.services.drafts import (
    EditConflict,
    figures_refresh,
    section_save,
    sections_save,
    submission_open,
)
from reporting.services.periods import period_close
from reporting.tests.builders import DIRECTION, open_period
from units.models import Unit

pytestmark = pytest.mark.django_db



@pytest.fixture
def period(province) -> ReportingPeriod:
    return open_period()


@pytest.fixture
def bao(province) -> Unit:
    return Unit.objects.get(code="ST-BAO")


@pytest.fixture
def draft(period, bao, reporter) -> Submission:
    return submission_open(user=reporter, period=period, unit=bao)


@pytest.fixture
def colleague(bao) -> User:
    """A second reporter of Báo Sóc Trăng, writing the same report."""
    return user_create(username="phongvien.bst", password="Kehoach@2024", role="reporter",
                       full_name="Thạch Thị Sa Rây", units=[bao])


def khmer_article(bao: Unit, coordinator: User, day: date) -> None:
    product_create(user=coordinator, unit=bao, title="Chùa Khmer: trung tâm sinh hoạt văn hóa",
                   kind="article", channel="online", published_on=day,
                   languages=list(Language.objects.filter(code="km")))


def test_opening_creates_the_draft_with_the_forms_parts_and_figures(
        draft, reporter, period) -> None:
    assert draft.status == SubmissionStatus.DRAFT
    assert [(s.position, s.title, s.version, s.text) for s in draft.sections.all()] == [
        (1, "Công tác chỉ đạo", 1, ""), (2, "Kết quả thực hiện", 1, ""),
        (3, "Đánh giá, khó khăn, vướng mắc", 1, ""),
        (4, "Phương hướng, nhiệm vụ thời gian tới", 1, ""), (5, "Đề xuất, kiến nghị", 1, "")]
    assert draft.sections.get(position=2).hint.startswith("Kết quả từng nhiệm vụ")
    assert [t["code"] for t in draft.figures] == list(period.form.figure_kinds)
    assert draft.figures_at is not None
    assert [(e.action, e.actor) for e in draft.events.all()] == [(EventAction.CREATED, reporter)]


def test_opening_again_returns_the_same_report(draft, period, bao, colleague) -> None:
    assert submission_open(user=colleague, period=period, unit=bao) == draft
    assert Submission.objects.count() == 1
    assert draft.events.count() == 1


@pytest.mark.parametrize("username", ["sotttt", "dieuphoi", "quantri", "lanhdao"])
def test_only_the_units_reporters_open_its_report(period, bao, username: str) -> None:
    with pytest.raises(PermissionDenied):
        submission_open(user=User.objects.get(username=username), period=period, unit=bao)
    assert not Submission.objects.exists()


def test_a_unit_not_asked_cannot_open_a_report(province, reporter, bao) -> None:
    period = open_period(units=["ST-DAI"])
    with pytest.raises(ValidationError) as raised:
        submission_open(user=reporter, period=period, unit=bao)
    assert raised.value.messages == ["Kỳ báo cáo này không yêu cầu Báo Sóc Trăng báo cáo."]


def test_a_closed_period_opens_no_new_report(period, bao, reporter, coordinator) -> None:
    period_close(user=coordinator, period=period)
    with pytest.raises(ValidationError) as raised:
        submission_open(user=reporter, period=period, unit=bao)
    assert raised.value.messages == ["Kỳ báo cáo đã khóa; không mở được báo cáo mới."]
    assert not Submission.objects.exists()


def test_saving_a_part_raises_its_version(draft, reporter) -> None:
    section = draft.sections.get(position=1)
    saved = section_save(user=reporter, section=section, text=f"{DIRECTION}\r\n", version=1)
    assert (saved.text, saved.version, saved.updated_by) == (DIRECTION, 2, reporter)
    assert saved.updated_at is not None
    again = section_save(user=reporter, section=section, text=DIRECTION, version=2)
    assert again.version == 2  # nothing changed, nothing to version


def test_a_colleague_saving_on_an_old_version_is_told_and_changes_nothing(
        draft, reporter, colleague) -> None:
    section = draft.sections.get(position=1)
    section_save(user=reporter, section=section, text=DIRECTION, version=1)
    with pytest.raises(EditConflict) as raised:
        section_save(user=colleague, section=section, text="Chưa có văn bản chỉ đạo.", version=1)
    conflict = raised.value
    assert (conflict.text, conflict.version, conflict.updated_by) == (DIRECTION, 2, reporter)
    assert conflict.messages[0].startswith("Lê Văn Cường đã sửa phần này lúc ")
    assert conflict.messages[0].endswith("Nội dung của anh/chị chưa được lưu.")
    assert isinstance(conflict, ValidationError)
    section.refresh_from_db()
    assert (section.text, section.version) == (DIRECTION, 2)


def test_the_same_person_on_a_stale_page_is_told_too(draft, reporter) -> None:
    section = draft.sections.get(position=2)
    section_save(user=reporter, section=section, text="Đã đăng 4 tin, bài.", version=1)
    with pytest.raises(EditConflict):
        section_save(user=reporter, section=section, text="Đã đăng 3 tin, bài.", version=1)
    section.refresh_from_db()
    assert section.text == "Đã đăng 4 tin, bài."


def test_overwriting_on_purpose_uses_the_version_shown(draft, reporter, colleague) -> None:
    section = draft.sections.get(position=1)
    section_save(user=reporter, section=section, text=DIRECTION, version=1)
    with pytest.raises(EditConflict) as raised:
        section_save(user=colleague, section=section, text="Bản của chị Sa Rây.", version=1)
    saved = section_save(user=colleague, section=section, text="Bản của chị Sa Rây.",
                         version=raised.value.version)
    assert (saved.text, saved.version, saved.updated_by) == ("Bản của chị Sa Rây.", 3, colleague)


def test_different_parts_never_collide(draft, reporter, colleague) -> None:
    section_save(user=reporter, section=draft.sections.get(position=1), text=DIRECTION,
                 version=1)
    section_save(user=colleague, section=draft.sections.get(position=3),
                 text="Nhân lực biết tiếng Khmer còn ít.", version=1)
    assert [s.version for s in draft.sections.all()] == [2, 1, 2, 1, 1]


@pytest.mark.parametrize("username", ["sotttt", "dieuphoi", "lanhdao"])
def test_only_the_units_reporters_write(draft, username: str) -> None:
    section = draft.sections.get(position=1)
    with pytest.raises(PermissionDenied):
        section_save(user=User.objects.get(username=username), section=section, text="Sửa.",
                     version=1)
    section.refresh_from_db()
    assert (section.text, section.version) == ("", 1)


@pytest.mark.parametrize("status", [SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED])
def test_a_sent_report_is_not_written(draft, reporter, status: str) -> None:
    Submission.objects.filter(pk=draft.pk).update(status=status)
    section = draft.sections.get(position=1)
    with pytest.raises(ValidationError, match="chỉ sửa được khi đang soạn hoặc bị trả lại"):
        section_save(user=reporter, section=section, text="Sửa sau khi gửi.", version=1)
    section.refresh_from_db()
    assert section.text == ""


def test_a_returned_report_is_written_again(draft, reporter) -> None:
    Submission.objects.filter(pk=draft.pk).update(status=SubmissionStatus.RETURNED)
    section = draft.sections.get(position=5)
    assert section_save(user=reporter, section=section, text="Đề nghị tập huấn tiếng Khmer.",
                        version=1).version == 2


def test_nothing_is_written_once_the_period_is_closed(draft, reporter, coordinator,
                                                      period) -> None:
    period_close(user=coordinator, period=period)
    with pytest.raises(ValidationError, match="Kỳ báo cáo đã khóa"):
        section_save(user=reporter, section=draft.sections.get(position=1), text="Muộn.",
                     version=1)


def test_saving_all_parts_saves_those_without_conflict(draft, reporter, colleague) -> None:
    first, second, third = draft.sections.all()[:3]
    section_save(user=colleague, section=second, text="Bản của chị Sa Rây.", version=1)
    conflicts = sections_save(user=reporter, submission=draft, texts={
        first.pk: (DIRECTION, 1), second.pk: ("Bản của anh Cường.", 1), third.pk: ("", 1)})
    assert [c.section.pk for c in conflicts] == [second.pk]
    assert [(s.text, s.version) for s in draft.sections.all()[:3]] == [
        (DIRECTION, 2), ("Bản của chị Sa Rây.", 2), ("", 1)]


def test_refreshing_recomputes_the_figures_from_the_records(draft, reporter, bao,
                                                            coordinator) -> None:
    before = draft.figures_at
    khmer_article(bao, coordinator, date(2024, 6, 3))
    figures_refresh(user=reporter, submission=draft)
    draft.refresh_from_db()
    kinds = next(t for t in draft.figures if t["code"] == "products_by_kind")
    assert kinds["rows"] == [{"key": "article", "label": "Bài", "values": [1, "1.0000"]}]
    assert draft.figures_at > before


@pytest.mark.parametrize("status", [SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED])
def test_figures_stay_as_sent(draft, reporter, bao, coordinator, status: str) -> None:
    Submission.objects.filter(pk=draft.pk).update(status=status)
    draft.refresh_from_db()
    khmer_article(bao, coordinator, date(2024, 6, 3))
    with pytest.raises(ValidationError):
        figures_refresh(user=reporter, submission=draft)
    draft.refresh_from_db()
    kinds = next(t for t in draft.figures if t["code"] == "products_by_kind")
    assert kinds["rows"] == []


def test_others_cannot_refresh(draft, lead_reporter) -> None:
    with pytest.raises(PermissionDenied):
        figures_refresh(user=lead_reporter, submission=draft)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent connections")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_saves_of_the_same_version_at_once_never_both_pass(province, reporter) -> None:
    """Two browsers autosave the same part at the same moment: the row lock makes the second
    wait and see the first's version, so one is saved and the other told. (PostgreSQL: SQLite
    serialises writers anyway and shares one in-memory database with no threads.)"""
    colleague = user_create(username="phongvien.bst", password="Kehoach@2024", role="reporter",
                            full_name="Thạch Thị Sa Rây",
                            units=[Unit.objects.get(code="ST-BAO")])
    draft = submission_open(user=reporter, period=open_period(),
                            unit=Unit.objects.get(code="ST-BAO"))
    section = draft.sections.get(position=1)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def save(user: User, text: str) -> None:
        try:
            start.wait()
            section_save(user=user, section=section, text=text, version=1)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(reporter, DIRECTION)),
               threading.Thread(target=save, args=(colleague, "Chưa có văn bản chỉ đạo."))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "saved"]
    section.refresh_from_db()
    assert section.version == 2
