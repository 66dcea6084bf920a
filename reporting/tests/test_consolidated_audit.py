"""The consolidated report's history: its header, its parts' texts, the merges and exports that
the task runner makes, each with who (or which task), when, and the values before and after."""

from datetime import date

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.db.models import ProtectedError
from django.urls import reverse

from accounts.selectors import history_for
from reporting import tasks
from reporting.models import ConsolidatedReport, ConsolidatedSection, ConsolidatedStatus
from reporting.services.consolidated import consolidated_export, consolidated_update

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_pdf(monkeypatch) -> None:
    monkeypatch.setattr("exports.pdf.docx_to_pdf", lambda docx, **kwargs: b"%PDF-1.7")


@pytest.fixture
def report(reports, period, coordinator, build) -> ConsolidatedReport:
    return build(coordinator, period)


def entries(model, **filters):
    return LogEntry.objects.get_for_model(model).filter(**filters).order_by("pk")


def test_it_records_the_header_and_each_part_with_before_and_after(report, coordinator) -> None:
    part = report.sections.get(position=3)
    before = part.text
    with set_actor(coordinator):
        consolidated_update(user=coordinator, report=report, number="125",
                            issued_on=date(2024, 6, 20), sections={3: "Phần ba, viết lại."})
    header = entries(ConsolidatedReport, object_id=report.pk).last()
    assert header.actor == coordinator
    assert header.changes_dict["number"] == ["", "125"]
    assert header.changes_dict["issued_on"] == ["None", "2024-06-20"]
    text = entries(ConsolidatedSection, object_id=part.pk).last()
    assert text.actor == coordinator
    assert text.changes_dict["text"] == [before, "Phần ba, viết lại."]
    # The report's page reads its parts' changes with its own, in Vietnamese.
    shown = history_for(report, related=[(ConsolidatedSection, "report_id")])
    change = next(c for e in shown for c in e.changes if c.field == "Nội dung")
    assert (change.old, change.new) == (before, "Phần ba, viết lại.")
    assert any(c.field == "Ngày ban hành" and c.new == "20/06/2024"
               for e in shown for c in e.changes)


def test_the_task_runner_is_named_for_the_merge_and_the_export(report, coordinator,
                                                              django_capture_on_commit_callbacks
                                                              ) -> None:
    merged = entries(ConsolidatedSection, action=LogEntry.Action.CREATE)
    assert merged.count() == report.sections.count()
    # Outside a request the merge is the task's work, not nobody's.
    assert {e.additional_data.get("system") for e in merged} == {
        "task reporting.tasks.merge_period"}
    assert all(e.actor is None for e in merged)
    with django_capture_on_commit_callbacks(execute=True):
        consolidated_export(user=coordinator, report=report)
    report.refresh_from_db()
    assert report.status == ConsolidatedStatus.READY
    done = entries(ConsolidatedReport, object_id=report.pk).last()
    assert done.additional_data["system"] == "task reporting.tasks.export_report"
    assert done.changes_dict["status"] == ["exporting", "ready"]
    shown = history_for(report)[0]
    assert shown.actor == "hệ thống: tác vụ reporting.tasks.export_report"


def test_a_new_merge_shows_what_it_changed_in_each_part(report, coordinator) -> None:
    part = report.sections.get(position=2)
    consolidated_update(user=coordinator, report=report, sections={2: "Chữ của cán bộ."})
    report.status = ConsolidatedStatus.MERGING
    report.save(update_fields=["status"])
    tasks.merge_period.enqueue(report.pk)
    assert ConsolidatedSection.objects.get(pk=part.pk).text != "Chữ của cán bộ."
    redrafted = entries(ConsolidatedSection, object_id=part.pk).last()
    assert redrafted.action == LogEntry.Action.UPDATE
    assert redrafted.changes_dict["text"][0] == "Chữ của cán bộ."


def test_an_approver_cannot_be_deleted(reports, coordinator) -> None:
    with pytest.raises(ProtectedError, match="vô hiệu hóa"):
        coordinator.delete()
    assert reports[0].approved_by == coordinator


def test_the_page_shows_coordinators_the_history_of_the_header_and_parts(
        report, coordinator, client_as) -> None:
    consolidated_update(user=coordinator, report=report, signer_name="Lâm Văn Phúc",
                        sections={3: "Phần ba, viết lại."})
    url = reverse("reporting:consolidated", args=[report.period_id])
    page = client_as("coordinator").get(url).text
    history = page.split('id="history"')[1]
    assert "Họ tên người ký" in history and "Lâm Văn Phúc" in history
    assert "Phần ba, viết lại." in history
    assert 'id="history"' not in client_as("viewer").get(url).text
