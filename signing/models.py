"""Signed reports: the trust anchors, each signed copy uploaded and what its verification
found, and the versions a report went through after it was issued."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reporting.models import ConsolidatedReport, Submission


class TrustedRoot(models.Model):
    """A root certificate the administrators trust (the national root CA, a licensed CA's
    root): a signature counts only if its certificate chains to an active one."""

    name = models.CharField(_("tên"), max_length=255)
    certificate = models.BinaryField(_("chứng thư số (DER)"))
    subject = models.CharField(_("chủ thể"), max_length=500)
    serial = models.CharField(_("số hiệu"), max_length=64)
    fingerprint = models.CharField(_("dấu vân tay SHA-256"), max_length=64, unique=True)
    not_before = models.DateTimeField(_("có hiệu lực từ"))
    not_after = models.DateTimeField(_("hết hiệu lực"))
    active = models.BooleanField(_("đang dùng"), default=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người thêm"),
                                 null=True, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(_("thời điểm thêm"), auto_now_add=True)

    class Meta:
        verbose_name = _("chứng thư số gốc tin cậy")
        verbose_name_plural = _("chứng thư số gốc tin cậy")
        ordering = ["-active", "name", "pk"]

    def __str__(self) -> str:
        return self.name


class SignedDocument(models.Model):
    """A signed PDF uploaded for a consolidated report (or a unit's report), kept as it came,
    with its checksum and what verifying it found. The verified one a clerk issues is the
    report's issued version."""

    report = models.ForeignKey(ConsolidatedReport, verbose_name=_("báo cáo tổng hợp"),
                               null=True, blank=True, on_delete=models.PROTECT,
                               related_name="signed_documents")
    submission = models.ForeignKey(Submission, verbose_name=_("báo cáo của đơn vị"), null=True,
                                   blank=True, on_delete=models.PROTECT,
                                   related_name="signed_documents")
    version = models.PositiveSmallIntegerField(_("phiên bản"), default=1)
    file = models.FileField(_("tệp PDF đã ký"), upload_to="signed/%Y/")
    sha256 = models.CharField(_("mã băm SHA-256"), max_length=64)
    exported_sha256 = models.CharField(_("mã băm SHA-256 của văn bản đã xuất"), max_length=64,
                                       blank=True)
    verified = models.BooleanField(_("đã xác minh"), default=False)
    # [{"field", "name", "organisation", "serial", "issuer", "signed_at", "ok"}]
    signers = models.JSONField(_("người ký"), default=list, blank=True)
    # [{"code", "message"}], the message in Vietnamese as verification wrote it.
    problems = models.JSONField(_("lỗi khi xác minh"), default=list, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"),
                                    on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)
    number = models.CharField(_("số"), max_length=16, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issued_at = models.DateTimeField(_("thời điểm ban hành"), null=True, blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người ban hành"),
                                  null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")

    class Meta:
        verbose_name = _("bản PDF đã ký số")
        verbose_name_plural = _("bản PDF đã ký số")
        ordering = ["-uploaded_at", "-pk"]
        constraints = [models.CheckConstraint(
            condition=Q(report__isnull=False) | Q(submission__isnull=False),
            name="signed_document_of_a_report")]

    def __str__(self) -> str:
        return f"{self.report or self.submission} – {self.sha256[:12]}"

    @property
    def is_issued(self) -> bool:
        return self.issued_at is not None


class NewVersion(models.Model):
    """Opening a new version of an issued report: who, when and why. The issued file stays."""

    report = models.ForeignKey(ConsolidatedReport, verbose_name=_("báo cáo tổng hợp"),
                               on_delete=models.CASCADE, related_name="new_versions")
    version = models.PositiveSmallIntegerField(_("phiên bản mới"))
    reason = models.TextField(_("lý do"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người mở"),
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)

    class Meta:
        verbose_name = _("phiên bản mới của báo cáo đã ban hành")
        verbose_name_plural = _("phiên bản mới của báo cáo đã ban hành")
        ordering = ["report", "version"]

    def __str__(self) -> str:
        return f"{self.report} – v{self.version}"
