"""Official documents as filed (Văn bản), the documents they cite, and plan imports.

A document is kept as the file the coordinator uploaded, with the header fields Decree 30
gives it. Citations ("Căn cứ Quyết định số 1079/QĐ-TTg ...") are kept as written and linked to
the cited document once it is known, so the citation graph grows as documents arrive.
"""

import re

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kehoach.models import DerivedFieldsModel
from kehoach.vntext.text import fold


def number_key(number: str, symbol: str) -> str:
    """"81 /KH-UBND", "81/kh-ubnd" and "81/KH–UBND" name the same document."""
    if not number or not symbol:
        return ""
    text = f"{number}/{symbol}".replace("–", "-").replace("Đ", "D").replace("đ", "d")
    return re.sub(r"\s+", "", fold(text)).upper()


def document_search_text(document: "Document") -> str:
    """What a search reads of a stored document: its header and file name, folded."""
    return fold(f"{document.type_name} {document.number}/{document.symbol} {document.title} "
                f"{document.issuer_name} {document.original_name}")[:1000]


class Document(DerivedFieldsModel):
    file = models.FileField(_("tệp"), upload_to="documents/%Y/%m/")
    original_name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("dung lượng (byte)"), default=0)
    sha256 = models.CharField(max_length=64, db_index=True, editable=False)
    format = models.CharField(_("định dạng"), max_length=16, blank=True)
    text = models.TextField(_("nội dung chữ"), blank=True)
    kind = models.CharField(_("loại"), max_length=32, blank=True)
    type_name = models.CharField(_("loại văn bản"), max_length=64, blank=True)
    number = models.CharField(_("số"), max_length=16, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=64, blank=True)
    issuer_name = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    title = models.CharField(_("trích yếu"), max_length=500, blank=True)
    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("kế hoạch"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="documents",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)
    number_key = models.CharField(max_length=96, editable=False, db_index=True)
    # Type, number, symbol, title, issuer and file name folded, for the global search.
    search_text = models.CharField(max_length=1000, editable=False, default="")
    derived_fields = ("number_key", "search_text")

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        label = f"{self.type_name} {self.number_symbol}".strip()
        return f"{label} – {self.title}" if self.title else (label or self.original_name)

    def get_absolute_url(self) -> str:
        return reverse("documents:detail", args=[self.pk])

    def refresh_derived(self) -> None:
        self.number_key = number_key(self.number, self.symbol)
        self.search_text = document_search_text(self)

    @property
    def number_symbol(self) -> str:
        if self.number and self.symbol:
            return f"{self.number}/{self.symbol}"
        return self.symbol


class Reference(DerivedFieldsModel):
    """One document cited by another, as the citing document writes it."""

    document = models.ForeignKey(
        Document, verbose_name=_("văn bản trích dẫn"), on_delete=models.CASCADE,
        related_name="references",
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    type_name = models.CharField(_("loại văn bản"), max_length=64, blank=True)
    number = models.CharField(_("số"), max_length=16)
    symbol = models.CharField(_("ký hiệu"), max_length=64)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer_name = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    title = models.CharField(_("trích yếu"), max_length=500, blank=True)
    cited = models.ForeignKey(
        Document, verbose_name=_("văn bản được trích dẫn"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="cited_by",
    )
    number_key = models.CharField(max_length=96, editable=False, db_index=True)
    derived_fields = ("number_key",)

    class Meta:
        verbose_name = _("căn cứ, trích dẫn")
        verbose_name_plural = _("căn cứ, trích dẫn")
        ordering = ["document", "position", "pk"]

    def __str__(self) -> str:
        return f"{self.type_name} {self.number}/{self.symbol}".strip()

    def get_additional_data(self) -> dict[str, int]:
        """Lets a document's history find the changes of what it cites."""
        return {"document_id": self.document_id}

    def refresh_derived(self) -> None:
        self.number_key = number_key(self.number, self.symbol)


class IngestionStatus(models.TextChoices):
    QUEUED = "queued", _("Đang chờ đọc")
    RUNNING = "running", _("Đang đọc")
    READY = "ready", _("Chờ xem lại")
    FAILED = "failed", _("Không đọc được")
    DONE = "done", _("Đã nhập")


class Ingestion(models.Model):
    """One upload on its way to becoming a plan: read in the background, reviewed, confirmed.

    `parsed` is what the parser read; `reviewed` holds the coordinator's edits between requests,
    so a correction is never lost while units are being created or matched.
    """

    document = models.ForeignKey(
        Document, verbose_name=_("văn bản"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="ingestions",
    )
    original_name = models.CharField(_("tên tệp"), max_length=255)
    status = models.CharField(_("trạng thái"), max_length=16, choices=IngestionStatus.choices,
                              default=IngestionStatus.QUEUED)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    error = models.TextField(_("lỗi"), blank=True)
    parsed = models.JSONField(null=True, blank=True)
    reviewed = models.JSONField(null=True, blank=True)
    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("kế hoạch"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhập"), on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("lượt nhập kế hoạch")
        verbose_name_plural = _("lượt nhập kế hoạch")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def percent(self) -> int:
        if not self.progress_total:
            return 0
        return min(100, round(100 * self.progress_done / self.progress_total))
