from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kehoach.models import DerivedFieldsModel
from kehoach.vntext.text import fold


class UnitKind(models.TextChoices):
    PROVINCE = "province", _("Tỉnh, thành phố")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    PRESS = "press", _("Cơ quan báo chí")
    RADIO_TV = "radio_tv", _("Đài phát thanh, truyền hình")
    MASS_ORGANISATION = "mass_org", _("Tổ chức chính trị - xã hội, đoàn thể")
    POLICE = "police", _("Công an")
    DISTRICT = "district", _("Huyện, thị xã, thành phố thuộc tỉnh")
    COMMUNE = "commune", _("Xã, phường, đặc khu")
    COMPANY = "company", _("Doanh nghiệp")
    OTHER = "other", _("Khác")


class UnitQuerySet(models.QuerySet["Unit"]):
    def valid_on(self, day: date) -> "UnitQuerySet":
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_to__isnull=True) | Q(valid_to__gte=day),
        )


class Unit(DerivedFieldsModel):
    """Any organisation that is assigned work or reports.

    Units are never deleted when they are merged away: they get an end date and
    successors, so the work they did stays theirs and rolls up into today's units.
    """

    code = models.CharField(
        _("mã"), max_length=32, unique=True, null=True, blank=True,
        help_text=_("Mã đơn vị hành chính hoặc mã nội bộ; để trống nếu chưa có."),
    )
    official_code = models.CharField(
        _("mã hành chính"), max_length=8, unique=True, null=True, blank=True, editable=False,
        help_text=_("Mã của Cục Thống kê cho tỉnh, thành phố hoặc xã, phường, đặc khu; chỉ "
                    "việc nhập từ danh mục hành chính đặt mã này, và mã không bao giờ chuyển "
                    "sang đơn vị khác."),
    )
    name = models.CharField(_("tên đơn vị"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=64, blank=True)
    kind = models.CharField(_("loại đơn vị"), max_length=16, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("đơn vị cấp trên"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
    )
    valid_from = models.DateField(_("hiệu lực từ ngày"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến ngày"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self", verbose_name=_("đơn vị kế thừa"), symmetrical=False, blank=True,
        related_name="predecessors",
    )
    search_text = models.CharField(max_length=400, editable=False, db_index=True)

    objects = UnitQuerySet.as_manager()
    derived_fields = ("search_text",)

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_to_after_valid_from",
                violation_error_message=_("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


    def get_absolute_url(self) -> str:
        return reverse("units:detail", args=[self.pk])

    def refresh_derived(self) -> None:
        self.search_text = fold(f"{self.name} {self.short_name}")

    def clean(self) -> None:
        if self.parent_id is not None and self.pk is not None:
            ancestor: Unit | None = self.parent
            seen: set[int] = set()
            while ancestor is not None and ancestor.pk not in seen:
                seen.add(ancestor.pk)
                if ancestor.pk == self.pk:
                    raise ValidationError(
                        {"parent": _("Một đơn vị không thể là cấp trên của chính nó.")}
                    )
                ancestor = ancestor.parent

    def is_valid_on(self, day: date) -> bool:
        started = self.valid_from is None or self.valid_from <= day
        not_ended = self.valid_to is None or self.valid_to >= day
        return started and not_ended
