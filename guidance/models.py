"""Guidance letters (định hướng tuyên truyền): which topics units are asked to cover, and when.

A guidance is an official letter from a lead department to a set of units, like the Kon Tum
letter "V/v đẩy mạnh truyền thông về Quyền con người". It names topics; products recorded by
the addressed units are tagged with those topics, which is how coverage is measured. It is
about what units publish, never about what individuals post.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from documents.header import DocumentHeader
from kehoach.models import DerivedFieldsModel
from kehoach.vntext.text import fold
from records.models import Topic
from units.models import Unit

TITLE_PREFIX = "V/v"


def guidance_search_text(guidance: Guidance) -> str:
    """What a search reads of a letter: its number and symbol and its title, folded."""
    return fold(f"{guidance.number}/{guidance.symbol} {guidance.title}")[:1000]


def new_public_key() -> str:
    """A 128-bit random token: the public page's address cannot be guessed from its number."""
    return secrets.token_urlsafe(16)


class Guidance(DerivedFieldsModel):
    number = models.CharField(
        _("số"), max_length=16, blank=True,
        help_text=_("Để trống khi chưa lấy số; văn thư ghi số khi phát hành."),
    )
    symbol = models.CharField(_("ký hiệu"), max_length=64, help_text=_("Ví dụ: STTTT-TTBCXB"))
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    place = models.CharField(_("địa danh"), max_length=100, blank=True,
                             help_text=_("Ví dụ: Sóc Trăng"))
    issuer = models.ForeignKey(
        Unit, verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT,
        related_name="issued_guidances",
    )
    title = models.CharField(_("trích yếu"), max_length=500,
                             help_text=_("Phần sau “V/v”, ví dụ: đẩy mạnh truyền thông về quyền "
                                         "con người trên địa bàn tỉnh."))
    body = models.TextField(_("nội dung"), blank=True)
    valid_from = models.DateField(_("áp dụng từ ngày"))
    valid_until = models.DateField(_("đến ngày"))
    units = models.ManyToManyField(
        Unit, verbose_name=_("đơn vị nhận"), related_name="received_guidances", blank=True,
    )
    topics: models.ManyToManyField[Topic, GuidanceTopic] = models.ManyToManyField(
        Topic, verbose_name=_("chủ đề"), through="GuidanceTopic", related_name="guidances",
        blank=True,
    )
    public_key = models.CharField(
        _("mã trang công khai"), max_length=43, unique=True, editable=False,
        default=new_public_key,
    )
    published_at = models.DateTimeField(_("thời điểm công bố"), null=True, blank=True,
                                        editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)
    # Number, symbol and title folded (no marks, đ as d, lower case) for the searches.
    search_text = models.CharField(max_length=1000, editable=False, default="")
    derived_fields = ("search_text",)

    class Meta:
        verbose_name = _("định hướng tuyên truyền")
        verbose_name_plural = _("định hướng tuyên truyền")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__gte=models.F("valid_from")),
                name="guidance_valid_until_after_from",
                violation_error_message=_("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number_symbol} {TITLE_PREFIX} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("guidance:detail", args=[self.pk])

    def refresh_derived(self) -> None:
        self.search_text = guidance_search_text(self)

    def clean(self) -> None:
        # The same rule as the check constraint, but shown beside the field that is wrong.
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("Ngày kết thúc phải bằng hoặc sau ngày "
                                                    "bắt đầu.")})

    def get_public_url(self) -> str:
        return reverse("guidance:public", args=[self.public_key])

    @property
    def number_symbol(self) -> str:
        """As the letter prints it: "125/STTTT-TTBCXB", or "/STTTT-TTBCXB" before numbering."""
        return f"{self.number}/{self.symbol}"

    def header(self) -> DocumentHeader:
        """A guidance letter is a công văn of its issuer."""
        return DocumentHeader("Công văn", self.number, self.symbol, self.issued_on,
                              self.issuer.name, title=self.title, place=self.place)

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class GuidanceTopic(models.Model):
    """A topic of a guidance, at its place in the letter's numbered list."""

    guidance = models.ForeignKey(Guidance, verbose_name=_("định hướng"),
                                 on_delete=models.CASCADE, related_name="guidance_topics")
    topic = models.ForeignKey(Topic, verbose_name=_("chủ đề"), on_delete=models.PROTECT,
                              related_name="guidance_topics")
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("chủ đề của định hướng")
        verbose_name_plural = _("chủ đề của định hướng")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["guidance", "topic"],
                                    name="guidance_topic_once",
                                    violation_error_message=_("Chủ đề này đã có trong định "
                                                              "hướng.")),
        ]

    def __str__(self) -> str:
        return str(self.topic)

    def get_additional_data(self) -> dict[str, int]:
        """Lets the guidance's history show topics being added and removed."""
        return {"guidance_id": self.guidance_id}
