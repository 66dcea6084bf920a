"""API tokens: how a newspaper's or radio station's own system sends what it publishes.

A token belongs to one unit and acts on behalf of the person who created it, so whatever the
system sends is recorded, checked and logged as that person's work for that unit. Only a hash
of the secret is kept: a stolen database copy does not let anyone post.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from units.models import Unit


class ApiToken(models.Model):
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="api_tokens")
    name = models.CharField(_("tên"), max_length=100,
                            help_text=_("Hệ thống nào dùng mã này, ví dụ: Hệ thống CMS Báo Sóc "
                                        "Trăng."))
    prefix = models.CharField(_("tiền tố"), max_length=8, db_index=True,
                              help_text=_("Tám ký tự đầu của mã, để nhận ra mã trong danh sách."))
    key_hash = models.CharField(_("mã băm"), max_length=64, unique=True, editable=False)
    # A token dies with its creator's account: it acts on that person's behalf.
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tạo"),
                                   null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("lần dùng gần nhất"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("thời điểm thu hồi"), null=True, blank=True)

    class Meta:
        verbose_name = _("mã truy cập API")
        verbose_name_plural = _("mã truy cập API")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
