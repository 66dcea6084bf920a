"""A coordinator imports a plan document: upload, review, unit matching, confirm, re-import."""

from decimal import Decimal

import pytest
from django.urls import reverse

from documents.importing import review as importing
from documents.models import Document, Ingestion, IngestionStatus, Reference
from documents.tests.conftest import review_data, sample_text
from plans.models import Plan
from units.models import Unit

pytestmark = pytest.mark.django_db


def _review_url(ingestion: Ingestion) -> str:
    return reverse("documents:ingestion", args=[ingestion.pk])


def _without_demo_plan() -> None:
    Plan.objects.filter(number="81", symbol="KH-UBND").delete()


def test_it_reads_the_plan_and_shows_it_beside_the_source(client_as, upload) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    assert ingestion.status == IngestionStatus.READY
    response = client.get(_review_url(ingestion))
    page = response.content.decode()
    assert "Xem lại trước khi nhập" in page
    assert 'id="src-doc-title"' in page and 'href="#src-doc-title"' in page
    assert 'id="src-task-0"' in page and 'href="#src-task-0"' in page
    assert "5 nhiệm vụ" in page and "1 chỉ tiêu" in page
    assert "Công ty đào tạo" in page  # a unit name with no unit behind it, offered for matching
    document = ingestion.document
    assert (document.number, document.symbol, document.kind) == ("81", "KH-UBND", "plan")
    assert document.issuer_name == "Ủy ban nhân dân tỉnh Sóc Trăng"
    assert document.references.count() == 4


def test_it_creates_the_plan_with_tasks_targets_and_matched_units(client_as, upload,
                                                                   unit) -> None:
    _without_demo_plan()
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    dic = unit("ST-STTTT")
    names = importing.unit_names(reviewed)
    choices = {f"unit-name-{i}": n for i, n in enumerate(names, 1)}
    choices |= {f"unit-choice-{i}": str(dic.pk) if n == "Sở Thông tin và Truyền thông" else ""
                for i, n in enumerate(names, 1)}
    response = client.post(_review_url(ingestion), review_data(reviewed, action="confirm",
                                                               **choices))
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    assert response.status_code == 302 and response.url == plan.get_absolute_url()
    assert [t.code for t in plan.tasks.order_by("sort_key")] == [
        "II.1", "II.2", "II.3.a", "II.3.b", "II.3.c"]
    target = plan.targets.get()
    assert (target.value, target.unit_of_measure, str(target.deadline)) == (
        Decimal("70"), "đại biểu", "2024-09-30")
    first = plan.tasks.get(code="II.1")
    assert [u.unit for u in first.lead_units] == [dic]
    assert "Báo Sóc Trăng" in [u.name for u in first.coordinating_units]
    assert str(first.start_date) == "2024-01-01" and str(first.end_date) == "2024-12-31"
    assert plan.issuer == unit("ST")  # the issuing body is matched when it is unmistakable
    ingestion.refresh_from_db()
    assert ingestion.status == IngestionStatus.DONE and ingestion.document.plan == plan
    page = client.get(plan.get_absolute_url()).content.decode()
    assert "1079/QĐ-TTg" in page and "ke-hoach-81.txt" in page


def test_importing_the_same_document_again_updates_the_plan(client_as, upload) -> None:
    client = client_as("coordinator")
    plans_before = Plan.objects.count()
    demo_plan = Plan.objects.get(number="81", symbol="KH-UBND")
    demo_plan.tasks.filter(code="II.3.c").delete()
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    page = client.get(_review_url(ingestion)).content.decode()
    assert "cập nhật" in page and "II.3.c" in page  # the plan exists; the task comes back
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["tasks"][0]["title"] = "Sản xuất và đăng phát sản phẩm truyền thông"
    response = client.post(_review_url(ingestion), review_data(reviewed, action="confirm"),
                           follow=True)
    assert Plan.objects.count() == plans_before
    demo_plan.refresh_from_db()
    assert demo_plan.tasks.count() == 5
    assert demo_plan.tasks.get(code="II.1").title == "Sản xuất và đăng phát sản phẩm truyền thông"
    assert "Đã cập nhật kế hoạch 81/KH-UBND" in response.content.decode()
    assert "1 nhiệm vụ mới" in response.content.decode()


def test_create_this_unit_in_one_click_keeps_the_edits(client_as, upload) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["plan"]["signer_title"] = "Phó Chủ tịch UBND tỉnh"
    response = client.post(_review_url(ingestion),
                           review_data(reviewed, create_unit="Công ty đào tạo"))
    assert response.status_code == 302
    created = Unit.objects.get(name="Công ty đào tạo")
    assert created.kind == "company"
    ingestion.refresh_from_db()
    assert ingestion.reviewed["units"]["Công ty đào tạo"] == str(created.pk)
    assert ingestion.reviewed["plan"]["signer_title"] == "Phó Chủ tịch UBND tỉnh"
    page = client.get(_review_url(ingestion)).content.decode()
    assert f'<option value="{created.pk}" selected>' in page


def test_a_review_with_errors_saves_nothing(client_as, upload) -> None:
    _without_demo_plan()
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["plan"]["year_end"] = 2020
    reviewed["tasks"][1]["title"] = ""
    response = client.post(_review_url(ingestion), review_data(reviewed, action="confirm"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Năm kết thúc phải bằng hoặc sau năm bắt đầu." in page
    assert "Trường này là bắt buộc." in page
    assert not Plan.objects.filter(number="81").exists()


@pytest.mark.parametrize(("name", "data", "message"), [
    ("ke-hoach.doc", b"\xd0\xcf\x11\xe0 old word", "Định dạng tệp không được hỗ trợ"),
    ("trong.txt", b"", "Tệp không có nội dung chữ"),
    # Checked at upload since the archive checks: nothing is kept of a broken package.
    ("hong.docx", b"PK\x03\x04 not really a zip", "bị hỏng hoặc bị cắt cụt"),
])
def test_files_refused_at_upload_leave_nothing(client_as, name, data, message) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client_as("coordinator").post(reverse("documents:import"),
                                              {"file": SimpleUploadedFile(name, data)})
    assert message in response.content.decode()
    assert not Document.objects.exists() and not Ingestion.objects.exists()


def test_a_file_too_large_is_refused(client_as, settings) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.INGEST_MAX_BYTES = 1000
    response = client_as("coordinator").post(
        reverse("documents:import"), {"file": SimpleUploadedFile("lon.txt", b"x" * 5000)})
    assert "Tệp quá lớn" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize(("name", "data", "message"), [
    ("bao-cao.txt", "Số: 12/BC-STTTT\n\nBÁO CÁO\n\nKết quả 6 tháng đầu năm 2024\n\n"
     "I. Công tác chỉ đạo\n\nSở đã ban hành 12 văn bản.\n".encode(), "không phải là kế hoạch"),
])
def test_a_file_that_is_not_a_readable_plan_leaves_only_the_message(client_as, upload, name,
                                                                    data, message) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, name, data)
    assert ingestion.status == IngestionStatus.FAILED
    assert not Document.objects.exists() and not Plan.objects.filter(number="12").exists()
    page = client.get(_review_url(ingestion)).content.decode()
    assert message in page


@pytest.mark.parametrize("role", ["reporter", "lead_reporter", "viewer"])
def test_only_coordinators_import(client_as, role) -> None:
    assert client_as(role).get(reverse("documents:import")).status_code == 403


def test_progress_page_polls_until_the_reading_is_done(client_as, coordinator) -> None:
    ingestion = Ingestion.objects.create(original_name="quet.pdf", created_by=coordinator,
                                         status=IngestionStatus.RUNNING, progress_done=3,
                                         progress_total=12)
    client = client_as("coordinator")
    page = client.get(_review_url(ingestion)).content.decode()
    assert "Đã đọc 3/12 trang." in page and 'hx-trigger="every 1s"' in page
    poll = client.get(_review_url(ingestion) + "?poll=1", HTTP_HX_REQUEST="true")
    assert "<html" not in poll.content.decode() and "3/12" in poll.content.decode()
    Ingestion.objects.filter(pk=ingestion.pk).update(status=IngestionStatus.FAILED,
                                                     error="ocr-unavailable")
    done = client.get(_review_url(ingestion) + "?poll=1", HTTP_HX_REQUEST="true")
    assert done.headers["HX-Redirect"] == _review_url(ingestion)


def test_citations_link_documents_both_ways(client_as, upload) -> None:
    client = client_as("coordinator")
    upload(client, "ke-hoach-81.txt", sample_text())
    plan_doc = Document.objects.get(number="81")
    citing = ("Số: 95/KH-STTTT\n\nSóc Trăng, ngày 20 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
              "Thực hiện Kế hoạch số 81/KH-UBND năm 2024\n\nCăn cứ Kế hoạch số 81/KH-UBND "
              "ngày 06 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Sóc Trăng,\n\n"
              "II. NHIỆM VỤ\n\n1. Đăng tin, bài\n\n- Đơn vị chủ trì: Báo Sóc Trăng.\n")
    upload(client, "ke-hoach-95.txt", citing.encode())
    reference = Reference.objects.get(number="81")
    assert reference.cited == plan_doc and reference.document.number == "95"
    page = client.get(reverse("documents:detail", args=[plan_doc.pk])).content.decode()
    assert "ke-hoach-95.txt" in page or "95/KH-STTTT" in page


def test_a_plan_whose_tasks_were_not_found_can_still_be_imported(client_as, upload) -> None:
    client = client_as("coordinator")
    text = ("Số: 14/KH-UBND\n\nHậu Giang, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\n"
            "Tuyên truyền về quyền con người năm 2024\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức.\n")
    ingestion = upload(client, "kh-14.txt", text.encode())
    assert ingestion.status == IngestionStatus.READY
    page = client.get(_review_url(ingestion)).content.decode()
    assert "Không đọc được nhiệm vụ nào trong văn bản." in page
