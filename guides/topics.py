"""The guides: one page per task a user does, with the roles it concerns.

Plain data, no database: a guide's text is its template (guides/topics/<slug>.html), its
screenshots are static files under static/help/ that the browser tests take
(tests/browser/test_help_screenshots.py), so they show the pages as they are.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts.models import Role


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str | Promise
    summary: str | Promise
    roles: tuple[str, ...]  # Role values, in the order the page names them

    @property
    def template(self) -> str:
        return f"guides/topics/{self.slug}.html"


ADMIN, COORD, REPORTER, VIEWER = Role.ADMINISTRATOR, Role.COORDINATOR, Role.REPORTER, Role.VIEWER

TOPICS: tuple[Topic, ...] = (
    Topic("ghi-nhan-san-pham", _("Ghi nhận sản phẩm và hoạt động"),
          _("Thêm bài viết, chương trình, tài liệu và các lớp tập huấn, hội nghị của đơn vị, "
            "gắn với nhiệm vụ của kế hoạch."),
          (REPORTER, COORD, ADMIN)),
    Topic("bao-cao-don-vi", _("Viết và gửi báo cáo của đơn vị"),
          _("Soạn báo cáo của đơn vị cho một kỳ báo cáo, lưu từng phần và gửi đi khi xong."),
          (REPORTER,)),
    Topic("nhap-ke-hoach", _("Nhập kế hoạch từ văn bản"),
          _("Tải lên văn bản kế hoạch (.docx, .pdf), xem lại những gì đã đọc được và xác nhận."),
          (COORD, ADMIN)),
    Topic("duyet-bao-cao", _("Duyệt báo cáo và lập báo cáo tổng hợp"),
          _("Theo dõi các đơn vị đã gửi báo cáo, duyệt hoặc trả lại, rồi lập báo cáo tổng "
            "hợp của kỳ."),
          (COORD, ADMIN, VIEWER)),
    Topic("don-vi-nguoi-dung", _("Quản lý đơn vị và người dùng"),
          _("Nhập danh sách đơn vị, mời cán bộ dùng hệ thống và giao vai trò cho họ."),
          (ADMIN, COORD)),
    Topic("theo-doi-ke-hoach", _("Theo dõi kế hoạch và số liệu"),
          _("Xem nhiệm vụ, tiến độ, chỉ tiêu và bảng điều khiển của kế hoạch."),
          (VIEWER, COORD, ADMIN, REPORTER)),
)

BY_SLUG: dict[str, Topic] = {topic.slug: topic for topic in TOPICS}
