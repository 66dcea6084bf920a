"""How a plan's targets are measured: an indicator per target, and the figures units enter.

An indicator is computed live from the records (products, activities) whenever it is read,
or summed from values units enter for a period. Nothing computed is stored, so a corrected
record shows in every figure at once; peers (DHIS2's analytics tables) compute in batch jobs
instead, and show yesterday's numbers.

Filters that pick from a fixed list of choices (product kinds, channels, language groups,
activity kinds, participant groups) are JSON lists of choice values: they are read with the
indicator in one row and compared with `__in`. Filters that pick database rows (topics,
units, tasks) are many-to-many fields, so a deleted topic or task cannot be left dangling.
An empty filter means "any".
"""

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from kehoach.vntext.formats import vn_date
from plans.models import Target, Task
from records.models import (
    ActivityKind,
    Channel,
    LanguageGroup,
    ParticipantGroup,
    ProductKind,
    Topic,
)
from units.models import Unit


class Method(models.TextChoices):
    PRODUCT_COUNT = "product_count", _("Đếm sản phẩm truyền thông")
    PRODUCT_SHARE = "product_share", _("Tỷ lệ sản phẩm truyền thông")
    PARTICIPANTS = "participants", _("Số người tham gia hoạt động")
    ACTIVITY_COUNT = "activity_count", _("Đếm hoạt động")
    ENTERED = "entered", _("Số liệu đơn vị nhập")


# Which JSON list holds the values of which choices; checked in Indicator.clean().
CHOICE_LISTS: dict[str, type[models.TextChoices]] = {
    "kinds": ProductKind,
    "channels": Channel,
    "language_groups": LanguageGroup,
    "share_channels": Channel,
    "share_language_groups": LanguageGroup,
    "activity_kinds": ActivityKind,
    "participant_groups": ParticipantGroup,
}


class Indicator(models.Model):
    """The measure of one target (Chỉ số of a Chỉ tiêu).

    Records count only when they are linked to a task of the target's plan, so two
    provinces' plans in one database never count each other's work; `tasks` narrows
    that to some of the plan's tasks.
    """

    target = models.OneToOneField(Target, verbose_name=_("chỉ tiêu"), on_delete=models.CASCADE,
                                  related_name="indicator")
    name = models.CharField(_("tên chỉ số"), max_length=255)
    method = models.CharField(_("cách đo"), max_length=16, choices=Method.choices)
    as_percentage = models.BooleanField(
        _("tính tỷ lệ phần trăm"), default=False,
        help_text=_("Số người tham gia: chia cho số người cần tập huấn do đơn vị nhập. "
                    "Số liệu đơn vị nhập: chia tử số cho mẫu số. Tỷ lệ sản phẩm luôn là phần "
                    "trăm."),
    )
    kinds = models.JSONField(_("loại sản phẩm"), default=list, blank=True)
    channels = models.JSONField(_("kênh"), default=list, blank=True)
    language_groups = models.JSONField(_("nhóm ngôn ngữ"), default=list, blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("chủ đề"), blank=True,
                                    related_name="+")
    units = models.ManyToManyField(Unit, verbose_name=_("đơn vị"), blank=True, related_name="+")
    tasks = models.ManyToManyField(Task, verbose_name=_("nhiệm vụ"), blank=True,
                                   related_name="+")
    share_language_groups = models.JSONField(_("tử số: nhóm ngôn ngữ"), default=list,
                                             blank=True)
    share_channels = models.JSONField(_("tử số: kênh"), default=list, blank=True)
    activity_kinds = models.JSONField(_("loại hoạt động"), default=list, blank=True)
    participant_groups = models.JSONField(_("thành phần tham gia"), default=list, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tạo"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)

    class Meta:
        verbose_name = _("chỉ số")
        verbose_name_plural = _("chỉ số")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("indicators:edit", args=[self.target_id])

    def get_additional_data(self) -> dict[str, int]:
        """Lets the plan's history find changes to how its targets are measured."""
        return {"plan_id": self.target.plan_id, "target_id": self.target_id}

    def clean(self) -> None:
        errors: dict[str, list[StrOrPromise]] = {}
        for field, choices in CHOICE_LISTS.items():
            chosen = getattr(self, field)
            if not isinstance(chosen, list) or not set(chosen) <= set(choices.values):
                errors[field] = [_("Giá trị không hợp lệ.")]
        if self.method == Method.PRODUCT_SHARE and not (
                self.share_language_groups or self.share_channels):
            errors["share_language_groups"] = [
                _("Tỷ lệ sản phẩm cần ít nhất một điều kiện của tử số: nhóm ngôn ngữ hoặc kênh.")
            ]
        if errors:
            raise ValidationError(errors)

    @property
    def is_percentage(self) -> bool:
        return self.method == Method.PRODUCT_SHARE or (
            self.as_percentage and self.method in (Method.PARTICIPANTS, Method.ENTERED))

    @property
    def is_cumulative(self) -> bool:
        """Whether the figure grows through the plan, so it can be judged pro rata.

        Counts accumulate, and so does the share of a group trained. A share of products
        or an entered ratio is a level: 15% in March is as good as 15% in December.
        """
        return not self.is_percentage or self.method == Method.PARTICIPANTS

    @property
    def takes_entered_values(self) -> bool:
        """Units enter figures for `entered`, and the people to train for a share trained."""
        return self.method == Method.ENTERED or (
            self.method == Method.PARTICIPANTS and self.as_percentage)


class EnteredValue(models.Model):
    """A figure a unit reports for a period.

    For an `entered` indicator, the numerator (and denominator, for a ratio) is what
    happened in that period alone, never a running total: periods are summed. For the share
    of a group trained, the denominator is the number of people the unit has to train, a
    stock: the latest one counts, never a sum over periods.
    """

    indicator = models.ForeignKey(Indicator, verbose_name=_("chỉ số"), on_delete=models.CASCADE,
                                  related_name="entered_values")
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="+")
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    numerator = models.DecimalField(_("số liệu (tử số)"), max_digits=14, decimal_places=2,
                                    null=True, blank=True)
    denominator = models.DecimalField(_("mẫu số"), max_digits=14, decimal_places=2,
                                      null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người nhập"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("thời điểm nhập"), auto_now_add=True)

    class Meta:
        verbose_name = _("số liệu đơn vị nhập")
        verbose_name_plural = _("số liệu đơn vị nhập")
        ordering = ["-period_end", "unit__name", "pk"]
        indexes = [models.Index(fields=["indicator", "unit", "period_end"],
                                name="enteredvalue_lookup")]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "period_start", "period_end"],
                name="enteredvalue_one_per_unit_period",
                violation_error_message=_("Đơn vị đã nhập số liệu cho kỳ này; hãy sửa số liệu "
                                          "đã nhập."),
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="enteredvalue_period_ordered",
                violation_error_message=_("Ngày kết thúc kỳ phải bằng hoặc sau ngày bắt đầu."),
            ),
            models.CheckConstraint(
                condition=Q(numerator__isnull=True) | Q(numerator__gte=0),
                name="enteredvalue_numerator_not_negative",
                violation_error_message=_("Số liệu không được âm."),
            ),
            models.CheckConstraint(
                condition=Q(denominator__isnull=True) | Q(denominator__gt=0),
                name="enteredvalue_denominator_positive",
                violation_error_message=_("Mẫu số phải lớn hơn 0."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} – {self.unit} ({vn_date(self.period_start)}–" \
               f"{vn_date(self.period_end)})"

    def get_additional_data(self) -> dict[str, Any]:
        return {"indicator_id": self.indicator_id, "unit_id": self.unit_id}

    def clean(self) -> None:
        indicator = self.indicator
        errors: dict[str, list[StrOrPromise]] = {}
        if indicator.method == Method.ENTERED:
            if self.numerator is None:
                errors["numerator"] = [_("Hãy nhập số liệu.")]
            if indicator.as_percentage and self.denominator is None:
                errors["denominator"] = [_("Chỉ số tính tỷ lệ: hãy nhập mẫu số.")]
            if not indicator.as_percentage and self.denominator is not None:
                errors["denominator"] = [_("Chỉ số này không có mẫu số.")]
        elif indicator.takes_entered_values:
            if self.denominator is None:
                errors["denominator"] = [_("Hãy nhập số người cần tập huấn.")]
            if self.numerator is not None:
                errors["numerator"] = [_("Số người đã tham gia được tính từ các hoạt động đã "
                                         "nhập; chỉ nhập mẫu số.")]
        else:
            errors["indicator"] = [_("Chỉ số này được tính từ sản phẩm, hoạt động; không nhập "
                                     "số liệu.")]
        if errors:
            raise ValidationError(errors)

    @property
    def ratio(self) -> Decimal | None:
        if self.numerator is None or not self.denominator:
            return None
        return 100 * self.numerator / self.denominator
