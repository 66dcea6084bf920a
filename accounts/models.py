from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from kehoach.models import DerivedFieldsModel
from kehoach.vntext.text import fold
from units.models import Unit


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Quản trị hệ thống")
    COORDINATOR = "coordinator", _("Cán bộ điều phối")
    REPORTER = "reporter", _("Cán bộ báo cáo của đơn vị")
    VIEWER = "viewer", _("Người xem")


# The order of the roles: a coordinator gives no role above their own.
ROLE_RANK = {Role.VIEWER: 1, Role.REPORTER: 2, Role.COORDINATOR: 3, Role.ADMINISTRATOR: 4}


class NoticeKind(models.TextChoices):
    """What a notice is about; each person chooses which of these also come by e-mail."""

    PERIOD = "period", _("Kỳ báo cáo mới yêu cầu đơn vị báo cáo")
    GUIDANCE = "guidance", _("Văn bản định hướng mới gửi đơn vị")
    DEADLINE = "deadline", _("Sắp đến hạn hoặc quá hạn gửi báo cáo")
    REVIEW = "review", _("Báo cáo được duyệt hoặc bị trả lại")


# The user's field that holds their e-mail choice for each kind of notice.
EMAIL_CHOICE_FIELDS = {NoticeKind.PERIOD: "email_period", NoticeKind.GUIDANCE: "email_guidance",
                       NoticeKind.DEADLINE: "email_deadline", NoticeKind.REVIEW: "email_review"}


class User(DerivedFieldsModel, AbstractUser):
    """An official using kehoach. Only what the work needs is kept (Law 91/2025/QH15)."""

    full_name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    language = models.CharField(_("ngôn ngữ"), max_length=8, choices=settings.LANGUAGES,
                                default="vi")
    # When the last invitation e-mail was sent; the link in it works until the person sets a
    # password (accounts.invitations), which is how the list tells "invited" from "active".
    invited_at = models.DateTimeField(_("lần mời gần nhất"), null=True, blank=True,
                                      editable=False)
    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices, default=Role.VIEWER)
    units: models.ManyToManyField[Unit, Membership] = models.ManyToManyField(
        Unit, verbose_name=_("đơn vị"), through="Membership", related_name="members", blank=True
    )
    # Raised when the user's role, units or rights change (accounts.signals): every session
    # signed with the old value stops being valid, so nobody keeps rights they lost.
    session_epoch = models.PositiveIntegerField(default=0, editable=False)
    # Name, log-in, e-mail and phone folded (no marks, đ as d, lower case): "thach sa rinh"
    # finds "Thạch Thị Sa Rinh" on the Người dùng page.
    search_text = models.CharField(max_length=600, editable=False, default="", db_index=True)
    # Which notices also come by e-mail (accounts.NoticeKind); the notice in the app always
    # appears. All on until the person turns some off on their profile.
    email_period = models.BooleanField(_("e-mail khi có kỳ báo cáo mới"), default=True)
    email_guidance = models.BooleanField(_("e-mail khi có văn bản định hướng mới"), default=True)
    email_deadline = models.BooleanField(_("e-mail khi sắp đến hạn gửi báo cáo"), default=True)
    email_review = models.BooleanField(_("e-mail khi báo cáo được duyệt, bị trả lại"),
                                       default=True)
    # The random part of the person's secret calendar address (accounts.calendar); empty
    # while they have none. A new value makes every address given before stop working.
    calendar_key = models.CharField(max_length=32, blank=True, default="", editable=False)

    derived_fields = ("search_text",)

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")
        constraints = [
            # One account per e-mail address: invitations and the spreadsheet find people by it.
            models.UniqueConstraint(
                Lower("email"), condition=~Q(email=""), name="user_unique_email",
                violation_error_message=_("Đã có tài khoản dùng địa chỉ e-mail này."),
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.username

    def get_full_name(self) -> str:
        return self.full_name or self.username

    def refresh_derived(self) -> None:
        self.search_text = fold(f"{self.full_name} {self.username} {self.email} {self.phone}")[
            :600]

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        """Django's hash of the password, which each session carries and is checked against
        on every request, with the session epoch in it too."""
        key_salt = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"
        return salted_hmac(key_salt, f"{self.password}:{self.session_epoch}", secret=secret,
                           algorithm="sha256").hexdigest()

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Refused for an account with a history, before anything is touched
        (accounts.protection; a queryset's delete meets the same refusal in pre_delete)."""
        from accounts.protection import check_can_delete

        check_can_delete(self)
        return super().delete(*args, **kwargs)

    def wants_email(self, kind: str) -> bool:
        """Whether this person asked for notices of `kind` by e-mail too (and has an address)."""
        field = EMAIL_CHOICE_FIELDS.get(NoticeKind(kind)) if kind else None
        return bool(self.email) and (field is None or bool(getattr(self, field)))

    @property
    def is_administrator(self) -> bool:
        return self.is_active and (self.role == Role.ADMINISTRATOR or self.is_superuser)

    @property
    def is_coordinator(self) -> bool:
        """Coordinators and administrators run the programme's plans."""
        return self.is_active and (self.role == Role.COORDINATOR or self.is_administrator)

    @property
    def is_reporter(self) -> bool:
        return self.is_active and self.role == Role.REPORTER


class Membership(models.Model):
    user = models.ForeignKey(
        User, verbose_name=_("người dùng"), on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="memberships"
    )

    class Meta:
        verbose_name = _("thành viên đơn vị")
        verbose_name_plural = _("thành viên đơn vị")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "unit"],
                name="membership_unique_user_unit",
                violation_error_message=_("Người dùng này đã thuộc đơn vị này."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.unit}"

    def get_additional_data(self) -> dict[str, int]:
        """Lets a user's and a unit's history find membership changes."""
        return {"user_id": self.user_id, "unit_id": self.unit_id}


class PeopleImportStatus(models.TextChoices):
    READY = "ready", _("Chờ xác nhận")
    DONE = "done", _("Đã nhập")


class PeopleImport(models.Model):
    """An uploaded list of people and its checked rows, until the uploader confirms it.

    The file itself is not kept: its rows are in `summary`, and confirming creates the
    accounts from them (accounts.people_import).
    """

    original_name = models.CharField(_("tên tệp"), max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    summary = models.JSONField(default=dict)
    status = models.CharField(_("trạng thái"), max_length=8, choices=PeopleImportStatus.choices,
                              default=PeopleImportStatus.READY)
    created_by = models.ForeignKey(User, verbose_name=_("người tải lên"),
                                   on_delete=models.PROTECT, related_name="people_imports")
    created_at = models.DateTimeField(_("lúc tải lên"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("lúc xác nhận"), null=True, blank=True)

    class Meta:
        verbose_name = _("tệp danh sách người dùng")
        verbose_name_plural = _("tệp danh sách người dùng")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("people_import_preview", args=[self.pk])


class AccountPolicy(models.Model):
    """Site-wide rules on log-in an administrator switches in the app (one row)."""

    require_two_factor = models.BooleanField(
        _("bắt buộc đăng nhập hai bước cho quản trị và điều phối"), default=False,
        help_text=_("Quản trị hệ thống và cán bộ điều phối phải cài ứng dụng xác thực trước khi "
                    "làm việc tiếp."))

    class Meta:
        verbose_name = _("quy định đăng nhập")
        verbose_name_plural = _("quy định đăng nhập")

    def __str__(self) -> str:
        return str(_("Quy định đăng nhập"))
