"""Reporting: periods by Decree 09, report forms, unit submissions and the consolidated report."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kehoach.vntext.formats import vn_date
from reporting import periods
from units.models import Unit


class PeriodKind(models.TextChoices):
    MONTHLY = periods.MONTHLY, _("Báo cáo tháng")
    QUARTERLY = periods.QUARTERLY, _("Báo cáo quý")
    SIX_MONTH = periods.SIX_MONTH, _("Báo cáo 6 tháng")
    NINE_MONTH = periods.NINE_MONTH, _("Báo cáo 9 tháng")
    ANNUAL = periods.ANNUAL, _("Báo cáo năm")


class FigureKind(models.TextChoices):
    """The tables of figures a form can ask for; each is prefilled from the unit's records."""

    PRODUCTS_BY_KIND = "products_by_kind", _("Sản phẩm truyền thông theo loại")
    PRODUCTS_BY_CHANNEL = "products_by_channel", _("Sản phẩm truyền thông theo kênh")
    PRODUCTS_BY_LANGUAGE = "products_by_language", _("Sản phẩm truyền thông theo ngôn ngữ")
    ACTIVITIES = "activities", _("Hoạt động và số người tham gia")
    TASKS = "tasks", _("Tiến độ thực hiện nhiệm vụ")
    INDICATORS = "indicators", _("Chỉ tiêu của kế hoạch")
    UNITS = "units", _("Kết quả theo cơ quan, đơn vị")


class ReportForm(models.Model):
    """The outline (đề cương) and data forms (biểu mẫu) a reporting regime asks for."""

    name = models.CharField(_("tên mẫu"), max_length=255)
    figure_kinds = models.JSONField(_("các biểu số liệu"), default=list, blank=True)
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)

    class Meta:
        verbose_name = _("mẫu báo cáo")
        verbose_name_plural = _("mẫu báo cáo")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class FormSection(models.Model):
    """A part of the outline: "I. Công tác chỉ đạo", with a hint for the units."""

    form = models.ForeignKey(ReportForm, verbose_name=_("mẫu báo cáo"), on_delete=models.CASCADE,
                             related_name="sections")
    position = models.PositiveSmallIntegerField(_("thứ tự"))
    title = models.CharField(_("tên phần"), max_length=255)
    hint = models.TextField(_("gợi ý nội dung"), blank=True)

    class Meta:
        verbose_name = _("phần của mẫu báo cáo")
        verbose_name_plural = _("phần của mẫu báo cáo")
        ordering = ["form", "position"]
        constraints = [models.UniqueConstraint(fields=["form", "position"],
                                               name="form_section_unique_position")]

    def __str__(self) -> str:
        return self.title

    def get_additional_data(self) -> dict[str, int]:
        return {"form_id": self.form_id}


class ReportingPeriod(models.Model):
    """One round of reports a unit collects: periodic by the decree's windows, or ad hoc
    when a letter asks for a report with its own deadline and addressees."""

    kind = models.CharField(_("loại kỳ báo cáo"), max_length=16, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveSmallIntegerField(_("số thứ tự trong năm"), default=1)
    first_day = models.DateField(_("số liệu từ ngày"))
    last_day = models.DateField(_("số liệu đến ngày"))
    deadline = models.DateField(_("hạn gửi báo cáo"))
    title = models.CharField(_("tên kỳ báo cáo"), max_length=255)
    receiving_unit = models.ForeignKey(Unit, verbose_name=_("đơn vị nhận báo cáo"),
                                       on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey("plans.Plan", verbose_name=_("kế hoạch"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="reporting_periods")
    form = models.ForeignKey(ReportForm, verbose_name=_("mẫu báo cáo"), on_delete=models.PROTECT,
                             related_name="periods")
    units = models.ManyToManyField(Unit, verbose_name=_("đơn vị phải báo cáo"),
                                   related_name="reporting_periods")
    request = models.CharField(
        _("văn bản yêu cầu"), max_length=500, blank=True,
        help_text=_("Với yêu cầu báo cáo đột xuất: \"Công văn số 2068/BCĐNQ-CAT ngày "
                    "10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh\"."))
    parent = models.ForeignKey(
        "self", verbose_name=_("kỳ báo cáo cấp trên"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="children",
        help_text=_("Báo cáo tổng hợp của kỳ này được gửi lên kỳ báo cáo cấp trên."))
    require_signed = models.BooleanField(
        _("báo cáo của đơn vị phải ký số"), default=False,
        help_text=_("Đơn vị tải lên bản PDF đã ký số của báo cáo; hệ thống kiểm tra chữ ký trước "
                    "khi gửi."))
    closed_at = models.DateTimeField(_("thời điểm khóa kỳ"), null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người khóa kỳ"),
                                  null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tạo"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        ordering = ["-last_day", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "year", "number", "receiving_unit"], condition=Q(request=""),
                name="period_unique_regular",
                violation_error_message=_("Đơn vị này đã có kỳ báo cáo này."),
            ),
            models.CheckConstraint(
                condition=Q(last_day__gte=models.F("first_day")),
                name="period_last_after_first",
                violation_error_message=_("Ngày chốt số liệu phải sau ngày bắt đầu."),
            ),
            models.CheckConstraint(
                condition=Q(deadline__gte=models.F("first_day")),
                name="period_deadline_after_first",
                violation_error_message=_("Hạn gửi phải sau ngày bắt đầu kỳ."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reporting:period", args=[self.pk])

    @property
    def label(self) -> str:
        """The title with the receiving unit: periods of the same round at two levels
        ("Báo cáo 6 tháng đầu năm 2024 — Bộ VHTTDL") are told apart."""
        unit = self.receiving_unit
        return f"{self.title} — {unit.short_name or unit.name}"

    @property
    def is_ad_hoc(self) -> bool:
        return bool(self.request)

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi, chờ duyệt")
    RETURNED = "returned", _("Bị trả lại")
    APPROVED = "approved", _("Đã duyệt")


EDITABLE_STATUSES = (SubmissionStatus.DRAFT, SubmissionStatus.RETURNED)


class Submission(models.Model):
    """One unit's report for one period. What it sent is kept as it was sent."""

    period = models.ForeignKey(ReportingPeriod, verbose_name=_("kỳ báo cáo"),
                               on_delete=models.CASCADE, related_name="submissions")
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="submissions")
    status = models.CharField(_("trạng thái"), max_length=16, choices=SubmissionStatus.choices,
                              default=SubmissionStatus.DRAFT)
    figures = models.JSONField(_("số liệu"), default=list, blank=True)
    figures_at = models.DateTimeField(_("thời điểm lấy số liệu"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"), null=True, blank=True)
    # Who sent and who approved a report stay readable for ever: their accounts cannot be
    # deleted, only deactivated (accounts.protection).
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người gửi"),
                                     null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    approved_at = models.DateTimeField(_("thời điểm duyệt"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"),
                                    null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    source = models.OneToOneField(
        "ConsolidatedReport", verbose_name=_("báo cáo tổng hợp của cấp dưới"), null=True,
        blank=True, on_delete=models.SET_NULL, related_name="upward",
        help_text=_("Khi báo cáo này là báo cáo tổng hợp của một kỳ cấp dưới gửi lên."))
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("thời điểm sửa"), auto_now=True)

    class Meta:
        verbose_name = _("báo cáo của đơn vị")
        verbose_name_plural = _("báo cáo của đơn vị")
        ordering = ["period", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["period", "unit"],
                                               name="submission_unique_period_unit")]
        indexes = [models.Index(fields=["period", "status"], name="submission_period_status")]

    def __str__(self) -> str:
        return f"{self.unit} – {self.period}"

    def get_absolute_url(self) -> str:
        return reverse("reporting:submission", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


class SubmissionSection(models.Model):
    """A narrative part of a submission. Each part has its own version, so two people who
    write different parts never collide, and two who write the same part are told."""

    submission = models.ForeignKey(Submission, verbose_name=_("báo cáo"),
                                   on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField(_("thứ tự"))
    title = models.CharField(_("tên phần"), max_length=255)
    hint = models.TextField(_("gợi ý nội dung"), blank=True)
    text = models.TextField(_("nội dung"), blank=True)
    version = models.PositiveIntegerField(_("phiên bản"), default=1)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người sửa"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(_("thời điểm sửa"), null=True, blank=True)

    class Meta:
        verbose_name = _("phần của báo cáo")
        verbose_name_plural = _("phần của báo cáo")
        ordering = ["submission", "position"]
        constraints = [models.UniqueConstraint(fields=["submission", "position"],
                                               name="submission_section_unique_position")]

    def __str__(self) -> str:
        return self.title

    def get_additional_data(self) -> dict[str, int]:
        return {"submission_id": self.submission_id}


class EventAction(models.TextChoices):
    CREATED = "created", _("Tạo báo cáo")
    SUBMITTED = "submitted", _("Gửi báo cáo")
    RETURNED = "returned", _("Trả lại")
    RESUBMITTED = "resubmitted", _("Gửi lại")
    APPROVED = "approved", _("Duyệt")
    REOPENED = "reopened", _("Mở lại")


class SubmissionEvent(models.Model):
    """A step of the workflow: who, when, and why for a return or a reopening."""

    submission = models.ForeignKey(Submission, verbose_name=_("báo cáo"),
                                   on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("thao tác"), max_length=16, choices=EventAction.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"),
                              null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    comment = models.TextField(_("ý kiến"), blank=True)

    class Meta:
        verbose_name = _("bước xử lý báo cáo")
        verbose_name_plural = _("bước xử lý báo cáo")
        ordering = ["submission", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} – {self.submission}"


class ConsolidatedStatus(models.TextChoices):
    MERGING = "merging", _("Đang tổng hợp")
    DRAFT = "draft", _("Đang biên tập")
    EXPORTING = "exporting", _("Đang xuất văn bản")
    READY = "ready", _("Đã xuất văn bản")
    FAILED = "failed", _("Gặp lỗi")


class ConsolidatedReport(models.Model):
    """The receiving unit's own report for a period, built from the approved submissions,
    edited by the coordinator, and written out as a Decree 30 document."""

    period = models.OneToOneField(ReportingPeriod, verbose_name=_("kỳ báo cáo"),
                                  on_delete=models.CASCADE, related_name="consolidated")
    status = models.CharField(_("trạng thái"), max_length=16, choices=ConsolidatedStatus.choices,
                              default=ConsolidatedStatus.MERGING)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    error = models.TextField(_("lỗi"), blank=True)
    submissions = models.ManyToManyField(Submission, verbose_name=_("báo cáo được tổng hợp"),
                                         related_name="consolidations", blank=True)
    parent_body = models.CharField(_("cơ quan chủ quản"), max_length=255, blank=True)
    issuing_body = models.CharField(_("cơ quan ban hành"), max_length=255)
    number = models.CharField(_("số"), max_length=16, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=64)
    place = models.CharField(_("địa danh"), max_length=64)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    title = models.CharField(_("trích yếu"), max_length=500)
    opening = models.TextField(_("đoạn mở đầu"), blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True,
                                  help_text=_("Mỗi dòng một nơi nhận."))
    signature_prefix = models.CharField(_("quyền hạn ký"), max_length=64, blank=True)
    signature_position = models.CharField(_("chức vụ người ký"), max_length=128, blank=True)
    signer_name = models.CharField(_("họ tên người ký"), max_length=128, blank=True)
    figures = models.JSONField(_("số liệu tổng hợp"), default=list, blank=True)
    docx = models.FileField(_("tệp .docx"), upload_to="reports/%Y/", blank=True)
    xlsx = models.FileField(_("phụ lục .xlsx"), upload_to="reports/%Y/", blank=True)
    pdf = models.FileField(_("tệp PDF"), upload_to="reports/%Y/", blank=True)
    exported_at = models.DateTimeField(_("thời điểm xuất văn bản"), null=True, blank=True)
    # Set when a verified signed PDF is issued (signing app): text and figures are locked
    # until a new version is opened, with its reason.
    issued_at = models.DateTimeField(_("thời điểm ban hành"), null=True, blank=True)
    version = models.PositiveSmallIntegerField(_("phiên bản"), default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tổng hợp"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("thời điểm tổng hợp"), auto_now_add=True)
    updated_at = models.DateTimeField(_("thời điểm sửa"), auto_now=True)

    class Meta:
        verbose_name = _("báo cáo tổng hợp")
        verbose_name_plural = _("báo cáo tổng hợp")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reporting:consolidated", args=[self.period_id])


class ConsolidatedSection(models.Model):
    """A part of the consolidated report, drafted from the figures and edited by the
    coordinator; the units' own texts for it are kept beside it, to take a sentence from."""

    report = models.ForeignKey(ConsolidatedReport, verbose_name=_("báo cáo tổng hợp"),
                               on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField(_("thứ tự"))
    title = models.CharField(_("tên phần"), max_length=255)
    text = models.TextField(_("nội dung"), blank=True)
    # Each figure of the draft and the filtered record list behind it: {"text", "url"}.
    links = models.JSONField(_("liên kết số liệu"), default=list, blank=True)
    # The units' texts for this part: {"unit", "item" (task number, 0 for the part), "text"}.
    sources = models.JSONField(_("nội dung báo cáo của đơn vị"), default=list, blank=True)

    class Meta:
        verbose_name = _("phần của báo cáo tổng hợp")
        verbose_name_plural = _("phần của báo cáo tổng hợp")
        ordering = ["report", "position"]
        constraints = [models.UniqueConstraint(fields=["report", "position"],
                                               name="consolidated_section_unique_position")]

    def __str__(self) -> str:
        return self.title

    def get_additional_data(self) -> dict[str, int]:
        """Lets the consolidated report's history find the changes of its parts."""
        return {"report_id": self.report_id}


class Notice(models.Model):
    """A message to one user inside the app, beside the e-mail: a return, a reminder."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người nhận"),
                             on_delete=models.CASCADE, related_name="notices")
    text = models.CharField(_("nội dung"), max_length=500)
    url = models.CharField(_("đường dẫn"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    read_at = models.DateTimeField(_("thời điểm đọc"), null=True, blank=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"], name="notice_user_unread")]

    def __str__(self) -> str:
        return self.text


class ReminderKind(models.TextChoices):
    BEFORE = "before", _("Nhắc trước hạn")
    AFTER = "after", _("Nhắc quá hạn")
    MANUAL = "manual", _("Nhắc từ trang tỷ lệ báo cáo")


class Reminder(models.Model):
    """A reminder sent to a unit, so the daily command never sends the same one twice."""

    period = models.ForeignKey(ReportingPeriod, verbose_name=_("kỳ báo cáo"),
                               on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.CASCADE,
                             related_name="+")
    kind = models.CharField(_("loại"), max_length=16, choices=ReminderKind.choices)
    sent_on = models.DateField(_("ngày gửi"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người gửi"),
                                null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")
    recipients = models.PositiveIntegerField(_("số người nhận"), default=0)

    class Meta:
        verbose_name = _("lời nhắc")
        verbose_name_plural = _("lời nhắc")
        ordering = ["-sent_on", "-pk"]
        constraints = [models.UniqueConstraint(
            fields=["period", "unit", "kind", "sent_on"], condition=~Q(kind="manual"),
            name="reminder_once_a_day")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.unit} – {vn_date(self.sent_on)}"



class RecipientList(models.Model):
    """The "Nơi nhận" a unit sends its consolidated reports to, kept from one report to the
    next: set once by the coordinator, offered again on every new report."""

    unit = models.OneToOneField(Unit, verbose_name=_("đơn vị gửi báo cáo"),
                                on_delete=models.CASCADE, related_name="recipient_list")
    lines = models.TextField(_("nơi nhận"), help_text=_("Mỗi dòng một nơi nhận."))
    updated_at = models.DateTimeField(_("thời điểm sửa"), auto_now=True)

    class Meta:
        verbose_name = _("danh sách nơi nhận")
        verbose_name_plural = _("danh sách nơi nhận")

    def __str__(self) -> str:
        return str(self.unit)
