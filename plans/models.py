from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from documents.header import DocumentHeader
from kehoach.models import DerivedFieldsModel, choice_label
from kehoach.vntext.formats import vn_date
from kehoach.vntext.text import fold, tone_key
from plans.codes import task_code_sort_key
from units.models import Unit


def plan_search_text(plan: "Plan") -> str:
    """What a search reads of a plan: its number and symbol, title and issuer, folded."""
    return fold(f"{plan.number}/{plan.symbol} {plan.title} {plan.issuer_name}")[:1000]


def task_search_text(task: "Task") -> str:
    """What a search reads of a task: its code and title, folded."""
    return fold(f"{task.code} {task.title}")[:1000]


class DocumentType(models.TextChoices):
    """Types of administrative document that carry a plan (Decree 30, Appendix III)."""

    PLAN = "KH", _("Kế hoạch")
    PROGRAMME = "CTr", _("Chương trình")
    SCHEME = "ĐA", _("Đề án")
    DECISION = "QĐ", _("Quyết định")
    GUIDANCE = "HD", _("Hướng dẫn")
    OFFICIAL_LETTER = "CV", _("Công văn")


class Programme(models.Model):
    """The national multi-year programme a plan implements (Decision 1079/QĐ-TTg)."""

    name = models.CharField(_("tên đề án"), max_length=300)
    decision = models.CharField(_("văn bản phê duyệt"), max_length=120, blank=True)
    year_start = models.PositiveSmallIntegerField(_("từ năm"), null=True, blank=True)
    year_end = models.PositiveSmallIntegerField(_("đến năm"), null=True, blank=True)

    class Meta:
        verbose_name = _("đề án")
        verbose_name_plural = _("đề án")

    def __str__(self) -> str:
        return self.name


class Plan(DerivedFieldsModel):
    doc_type = models.CharField(
        _("loại văn bản"), max_length=8, choices=DocumentType.choices, default=DocumentType.PLAN
    )
    number = models.CharField(_("số"), max_length=16)
    symbol = models.CharField(_("ký hiệu"), max_length=64, help_text=_("Ví dụ: KH-UBND"))
    issuer = models.ForeignKey(
        Unit, verbose_name=_("cơ quan ban hành"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="issued_plans",
    )
    issuer_name = models.CharField(_("tên cơ quan ban hành"), max_length=255)
    place = models.CharField(_("địa danh"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"))
    title = models.CharField(_("trích yếu"), max_length=500)
    signer_name = models.CharField(_("người ký"), max_length=150, blank=True)
    signer_title = models.CharField(_("chức vụ người ký"), max_length=150, blank=True)
    programme = models.ForeignKey(
        Programme, verbose_name=_("đề án"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="plans",
    )
    # "Mục đích, yêu cầu" and the general goal, a paragraph a line: what the plan is for,
    # shown beside its targets and tasks (read by kehoach.ingest.purpose).
    purposes = models.TextField(_("mục đích"), blank=True, max_length=20_000)
    requirements = models.TextField(_("yêu cầu"), blank=True, max_length=20_000)
    general_goals = models.TextField(_("mục tiêu chung"), blank=True, max_length=20_000)
    year_start = models.PositiveSmallIntegerField(_("năm bắt đầu"))
    year_end = models.PositiveSmallIntegerField(_("năm kết thúc"))
    # Derived, so the database itself refuses a second copy of one document.
    issuer_key = models.CharField(max_length=255, editable=False)
    issued_year = models.PositiveSmallIntegerField(editable=False)
    # Number, symbol, title and issuer folded (no marks, đ as d, lower case), so searching
    # "ke hoach 81" finds "Kế hoạch 81/KH-UBND" on SQLite and PostgreSQL alike.
    search_text = models.CharField(max_length=1000, editable=False, default="")
    derived_fields = ("issuer_key", "issued_year", "search_text")

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        constraints = [
            models.UniqueConstraint(
                fields=["doc_type", "number", "symbol", "issuer_key", "issued_year"],
                name="plan_unique_document",
                violation_error_message=_(
                    "Đã có văn bản cùng loại, số, ký hiệu, cơ quan ban hành và năm này."
                ),
            ),
            models.CheckConstraint(
                condition=Q(year_end__gte=models.F("year_start")),
                name="plan_year_end_after_start",
                violation_error_message=_("Năm kết thúc phải bằng hoặc sau năm bắt đầu."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number_symbol} – {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("plans:detail", args=[self.pk])

    def refresh_derived(self) -> None:
        self.issuer_key = fold(tone_key(self.issuer_name))
        if self.issued_on is not None:
            self.issued_year = self.issued_on.year
        self.search_text = plan_search_text(self)

    def validate_constraints(self, exclude: Any = None) -> None:
        self.refresh_derived()
        super().validate_constraints(exclude=exclude)

    @property
    def number_symbol(self) -> str:
        """As Decree 30 writes it: "81/KH-UBND"."""
        return self.header().number_symbol

    def header(self) -> DocumentHeader:
        return DocumentHeader(choice_label(DocumentType, self.doc_type), self.number, self.symbol,
                              self.issued_on, self.issuer_name, title=self.title,
                              place=self.place, signer=self.signer_name)


class Target(models.Model):
    plan = models.ForeignKey(
        Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="targets"
    )
    position = models.PositiveIntegerField(_("thứ tự"), default=0)
    text = models.TextField(_("nội dung chỉ tiêu"))
    value = models.DecimalField(_("giá trị"), max_digits=14, decimal_places=2)
    value_max = models.DecimalField(
        _("giá trị tối đa"), max_digits=14, decimal_places=2, null=True, blank=True,
        help_text=_("Chỉ điền khi chỉ tiêu là một khoảng, ví dụ 15–20%."),
    )
    unit_of_measure = models.CharField(_("đơn vị tính"), max_length=64)
    deadline = models.DateField(_("thời hạn"), null=True, blank=True)
    task = models.ForeignKey(
        "Task", verbose_name=_("nhiệm vụ liên quan"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="targets",
    )

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(value_max__gte=models.F("value")),
                name="target_range_ordered",
                violation_error_message=_("Giá trị tối đa phải lớn hơn hoặc bằng giá trị."),
            ),
        ]

    def __str__(self) -> str:
        return self.text

    def get_absolute_url(self) -> str:
        return reverse("plans:detail", args=[self.plan_id]) + f"#target-{self.pk}"

    def get_additional_data(self) -> dict[str, int]:
        return {"plan_id": self.plan_id}


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa bắt đầu")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    DONE = "done", _("Hoàn thành")


def status_for_percent(percent: int) -> str:
    """The one rule between a progress entry's percent and its status.

    0% is not started, 1–99% in progress, 100% done: the status is never chosen apart from the
    percent, so "Chưa bắt đầu" cannot stand beside 60%. There are no paused or cancelled states.
    """
    if percent >= 100:
        return TaskStatus.DONE
    return TaskStatus.IN_PROGRESS if percent > 0 else TaskStatus.NOT_STARTED


class Task(DerivedFieldsModel):
    plan = models.ForeignKey(
        Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="tasks"
    )
    code = models.CharField(_("mã nhiệm vụ"), max_length=32, help_text=_("Ví dụ: II.1, II.3.a"))
    sort_key = models.CharField(max_length=96, editable=False, db_index=True)
    # Code and title folded: "tap huan" finds "Tập huấn" (see plan_search_text).
    search_text = models.CharField(max_length=1000, editable=False, default="")
    derived_fields = ("sort_key", "search_text")
    title = models.TextField(_("tên nhiệm vụ"))
    description = models.TextField(_("nội dung"), blank=True)
    timeframe_text = models.CharField(
        _("thời gian thực hiện"), max_length=200, blank=True,
        help_text=_("Như văn bản ghi, ví dụ: Quý III/2024."),
    )
    start_date = models.DateField(_("ngày bắt đầu"), null=True, blank=True)
    end_date = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    products = models.TextField(_("sản phẩm"), blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED
    )

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "code"],
                name="task_unique_code_in_plan",
                violation_error_message=_("Mã nhiệm vụ này đã có trong kế hoạch."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="task_end_after_start",
                violation_error_message=_("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code}. {self.title}"

    def refresh_derived(self) -> None:
        self.sort_key = task_code_sort_key(self.code)
        self.search_text = task_search_text(self)

    def get_absolute_url(self) -> str:
        return reverse("plans:task_detail", args=[self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"plan_id": self.plan_id}

    def get_status_display(self) -> str:  # type: ignore[no-redef]  # Django allows it
        """As Django's, at a twentieth of its cost (kehoach.models.choice_label): lists of
        tasks show the status on every row."""
        return str(choice_label(TaskStatus, self.status))

    @property
    def is_overdue(self) -> bool:
        """Late: the end date has passed and the task is not done."""
        return bool(self.end_date and self.end_date < timezone.localdate()
                    and self.status != TaskStatus.DONE)

    @property
    def lead_units(self) -> list["TaskUnit"]:
        """Uses prefetched task units, so lists of tasks cost no query per row."""
        return [tu for tu in self.task_units.all() if tu.role == TaskRole.LEAD]

    @property
    def coordinating_units(self) -> list["TaskUnit"]:
        return [tu for tu in self.task_units.all() if tu.role == TaskRole.COORDINATING]


class TaskRole(models.TextChoices):
    LEAD = "lead", _("Chủ trì")
    COORDINATING = "coordinating", _("Phối hợp")


class TaskUnit(models.Model):
    """A unit named by a task, as lead or coordinating.

    The name is kept as the plan wrote it; `unit` is filled once it is matched,
    so "các sở, ban, ngành" stays visible as text rather than being dropped.
    """

    task = models.ForeignKey(
        Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="task_units"
    )
    role = models.CharField(_("vai trò"), max_length=16, choices=TaskRole.choices)
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="task_units",
    )
    name = models.CharField(_("tên như văn bản ghi"), max_length=255)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("đơn vị thực hiện nhiệm vụ")
        verbose_name_plural = _("đơn vị thực hiện nhiệm vụ")
        ordering = ["role", "position", "pk"]

    def __str__(self) -> str:
        return self.unit.name if self.unit else self.name

    def get_additional_data(self) -> dict[str, int]:
        """Lets the task's history show its units being added and removed."""
        return {"task_id": self.task_id, "plan_id": self.task.plan_id}


class ProgressUpdate(models.Model):
    """A unit's dated account of where a task stands, with its evidence.

    Kept as a series rather than overwriting the task, so the task page can show how work
    moved and a wrong entry can be removed without losing the ones before it. The unit is
    the one that did the work (a lead or coordinating unit of the task), not the author's
    current unit, because people move and units merge.
    """

    task = models.ForeignKey(
        Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE,
        related_name="progress_updates",
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị báo cáo"), on_delete=models.PROTECT,
        related_name="progress_updates",
    )
    reported_on = models.DateField(_("ngày cập nhật"))
    status = models.CharField(_("trạng thái"), max_length=16, choices=TaskStatus.choices)
    percent = models.PositiveSmallIntegerField(
        _("tiến độ (%)"), validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    note = models.TextField(_("ghi chú"), blank=True)
    products = models.ManyToManyField(
        "records.Product", verbose_name=_("sản phẩm minh chứng"), blank=True,
        related_name="progress_updates",
    )
    activities = models.ManyToManyField(
        "records.Activity", verbose_name=_("hoạt động minh chứng"), blank=True,
        related_name="progress_updates",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhập"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("thời điểm nhập"), auto_now_add=True)

    class Meta:
        verbose_name = _("cập nhật tiến độ")
        verbose_name_plural = _("cập nhật tiến độ")
        ordering = ["-reported_on", "-pk"]
        indexes = [models.Index(fields=["task", "reported_on"], name="progress_task_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__gte=0) & Q(percent__lte=100),
                name="progress_percent_0_100",
                violation_error_message=_("Tiến độ phải từ 0 đến 100%."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task.code} · {self.unit} · {self.percent}% ({vn_date(self.reported_on)})"

    def get_absolute_url(self) -> str:
        return reverse("plans:task_detail", args=[self.task_id]) + f"#progress-{self.pk}"

    def get_additional_data(self) -> dict[str, int]:
        """Lets the task's and the plan's history show progress entries."""
        return {"task_id": self.task_id, "plan_id": self.task.plan_id}

    def clean(self) -> None:
        """A task at 100% is done, and nobody reports a day that has not come yet."""
        errors: dict[str, list[StrOrPromise]] = {}
        if self.percent is not None and self.status != status_for_percent(self.percent):
            errors["status"] = [_("Trạng thái theo tiến độ: 0% là Chưa bắt đầu, 1–99% là Đang "
                                  "thực hiện, 100% là Hoàn thành.")]
        if self.reported_on and self.reported_on > timezone.localdate():
            errors["reported_on"] = [_("Ngày cập nhật không được sau hôm nay.")]
        if errors:
            raise ValidationError(errors)
