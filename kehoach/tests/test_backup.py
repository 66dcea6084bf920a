"""Backup and restore as an administrator does them (kehoach.backup, manage.py backup and
restore): the drill loads the whole demo, backs it up, empties the database and the file
storage as a new server would have them, restores, and finds every figure as it was."""

import io
import json
import shutil
import tarfile
from datetime import date
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse

from accounts.models import User
from accounts.selectors import history_for
from demo.reports import demo_period
from demo.services import demo_load_records
from indicators.selectors import DashboardFilters, dashboard_sections
from kehoach import backup
from kehoach.audit import as_system, command_label
from plans.models import Plan
from records.models import Language, Product
from records.services import product_create
from reporting.models import ConsolidatedReport, ConsolidatedStatus
from reporting.services.consolidated import consolidated_build, consolidated_merge

pytestmark = pytest.mark.django_db


def figures() -> dict[str, object]:
    """Everything the drill compares: rows per model, the plan's dashboard, the consolidated
    report's parts and tables, the history of a product, and the stored files."""
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    coordinator = User.objects.get(username="dieuphoi")
    sections = dashboard_sections(plan, DashboardFilters(today=date(2024, 12, 31)),
                                  user=coordinator)
    report = ConsolidatedReport.objects.get()
    product = Product.objects.exclude(file="").get()
    return {
        "rows": {m._meta.label_lower: m._base_manager.count() for m in backup.kept_models()},
        "dashboard": {key: (section.headers, [[str(c) for c in row] for row in section.rows],
                            section.bars) for key, section in sections.items()},
        "report": (report.title, report.figures, list(report.sections.order_by("position")
                                                      .values_list("title", "text"))),
        "history": [(e.actor, e.action, [(c.field, c.old, c.new) for c in e.changes])
                    for e in history_for(product)],
        "file": product.file.read(),
        "users": list(User.objects.order_by("pk").values_list("username", "password",
                                                              "is_superuser")),
    }


def attached(user: User, unit, title: str, name: str, content: bytes) -> Product:
    """A product of Báo Sóc Trăng with a file attached, recorded through the service."""
    return product_create(user=user, unit=unit, title=title, kind="infographic",
                          channel="print", published_on=date(2024, 5, 2),
                          languages=[Language.objects.get(code="vi")],
                          file=SimpleUploadedFile(name, content))


def merge(report: ConsolidatedReport) -> ConsolidatedReport:
    report.status = ConsolidatedStatus.MERGING
    report.save(update_fields=["status"])
    consolidated_merge(report_id=report.pk)
    report.refresh_from_db()
    return report


@pytest.fixture
def demo(province, coordinator, unit) -> None:
    """The whole demo, a product with its file, and the six-month report merged."""
    demo_load_records()
    attached(coordinator, unit("ST-BAO"), "Ảnh triển lãm", "trien-lam.pdf",
             b"%PDF-1.7 anh trien lam")
    period = demo_period()
    report = consolidated_build(user=coordinator, period=period, queue=False)
    merge(report)


def empty_everything() -> None:
    """A new server: migrated tables with nothing in them, and no files."""
    backup._clear()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    assert backup.holdings() == {}


def test_the_drill_restores_every_figure_of_the_demo(demo, tmp_path: Path) -> None:
    before = figures()
    epochs = dict(User.objects.values_list("username", "session_epoch"))
    archive = tmp_path / "kehoach.tar.gz"
    manifest = backup.backup_write(archive)
    assert manifest.counts["records.product"] == before["rows"]["records.product"] > 400
    assert manifest.missing_files == []
    empty_everything()
    with as_system(command_label("restore")):  # the history keeps who made each change
        result = backup.restore(archive)
    assert result.rows == sum(manifest.counts.values())
    after = figures()
    assert after == before
    # Loaded rows are not changes of rights: the users' session epochs come back as they were.
    assert dict(User.objects.values_list("username", "session_epoch")) == epochs
    # The restore wrote no history of its own: the history is the archive's.
    assert LogEntry.objects.count() == manifest.counts["auditlog.logentry"]
    # The restored records give the same report when merged again.
    report = merge(ConsolidatedReport.objects.get())
    assert list(report.sections.values_list("title", "text")) == before["report"][2]
    assert report.figures == before["report"][1]


@pytest.fixture
def archive(province, coordinator, unit, tmp_path: Path) -> Path:
    attached(coordinator, unit("ST-BAO"), "Phóng sự", "phong-su.pdf", b"%PDF-1.7 kich ban")
    path = tmp_path / "sao-luu.tar.gz"
    call_command("backup", output=str(path), stdout=io.StringIO())
    return path


def rewrite(source: Path, target: Path, *, replace: dict[str, bytes]) -> Path:
    """A copy of the archive with some members' contents replaced (or added)."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = replace.pop(member.name, None)
            if data is None:
                handle = old.extractfile(member)
                data = handle.read() if handle else b""
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))
        for name, data in replace.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))
    return target


def test_the_commands_say_what_they_did_in_vietnamese(archive: Path) -> None:
    empty_everything()
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "Đã khôi phục" in out.getvalue() and "1 tệp" in out.getvalue()
    product = Product.objects.get(title="Phóng sự")
    assert product.file.read() == b"%PDF-1.7 kich ban"


def test_it_refuses_a_database_that_holds_data_unless_forced(archive: Path) -> None:
    with pytest.raises(CommandError, match="đã có dữ liệu"):
        call_command("restore", str(archive), stdout=io.StringIO())
    Product.objects.filter(title="Phóng sự").update(title="Sửa sau khi sao lưu")
    call_command("restore", str(archive), force=True, stdout=io.StringIO())
    assert Product.objects.filter(title="Phóng sự").count() == 1
    assert not Product.objects.filter(title="Sửa sau khi sao lưu").exists()


@pytest.mark.parametrize("member", [backup.DATABASE, "media/products"])
def test_it_checks_every_file_before_touching_anything(archive: Path, tmp_path: Path,
                                                       member: str) -> None:
    with tarfile.open(archive) as opened:
        name = next(n for n in opened.getnames() if n.startswith(member))
    broken = rewrite(archive, tmp_path / "hong.tar.gz", replace={name: b"{}"})
    rows = backup.holdings()
    with pytest.raises(backup.BackupError, match="mã kiểm tra không khớp"):
        backup.restore(broken, force=True)
    assert backup.holdings() == rows


def test_it_refuses_files_the_manifest_does_not_name(archive: Path, tmp_path: Path) -> None:
    sneaky = rewrite(archive, tmp_path / "la.tar.gz", replace={"../../etc/cron.d/x": b"x"})
    with pytest.raises(backup.BackupError, match="tệp lạ"):
        backup.restore(sneaky, force=True)


def test_it_refuses_data_newer_than_the_database(archive: Path, tmp_path: Path) -> None:
    with tarfile.open(archive) as opened:
        manifest = json.loads(opened.extractfile(backup.MANIFEST).read())
    manifest["migrations"].append(["records", "9999_from_the_future"])
    newer = rewrite(archive, tmp_path / "moi.tar.gz",
                    replace={backup.MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(backup.BackupError, match="migrate"):
        backup.restore(newer, force=True)


def test_a_restore_that_fails_midway_changes_nothing(archive: Path, monkeypatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise backup.BackupError("hỏng giữa chừng")

    monkeypatch.setattr(backup, "_check_counts", fail)
    rows = backup.holdings()
    with pytest.raises(backup.BackupError), transaction.atomic():
        backup.restore(archive, force=True)
    assert backup.holdings() == rows


def test_a_missing_file_answers_404_in_vietnamese(client_as, coordinator, unit,
                                                  settings) -> None:
    product = attached(coordinator, unit("ST-BAO"), "Có tệp", "anh.pdf", b"%PDF-1.7 anh")
    product.file.storage.delete(product.file.name)
    response = client_as("viewer").get(reverse("records:product_file", args=[product.pk]))
    assert response.status_code == 404
    assert "Không tìm thấy tệp" in response.text and "anh" in response.text


def test_a_missing_plan_document_or_report_file_answers_404_too(client_as, province) -> None:
    from documents.models import Document
    from reporting.tests.builders import open_period

    document = Document.objects.create(file="documents/2024/05/mat.pdf", sha256="0" * 64,
                                       original_name="81-KH-UBND.pdf")
    report = ConsolidatedReport.objects.create(
        period=open_period(), status=ConsolidatedStatus.READY, issuing_body="SỞ TT&TT",
        symbol="BC-STTTT", place="Sóc Trăng", title="Báo cáo 6 tháng",
        docx="reports/2024/mat.docx")
    coordinator = client_as("coordinator")
    for url in (reverse("documents:file", args=[document.pk]),
                reverse("reporting:consolidated_download", args=[report.period_id, "docx"])):
        response = coordinator.get(url)
        assert response.status_code == 404 and "Không tìm thấy tệp" in response.text


def test_the_archive_lists_the_files_the_records_name_but_storage_lost(archive: Path,
                                                                       tmp_path: Path) -> None:
    product = Product.objects.get(title="Phóng sự")
    product.file.storage.delete(product.file.name)
    manifest = backup.backup_write(tmp_path / "thieu.tar.gz")
    assert manifest.missing_files == [product.file.name]
    assert Client  # the pages' own 404 for such a file: test_a_missing_file_answers_404...
