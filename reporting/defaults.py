"""The outline most provinces ask for, so that the first period needs no form written first.

Migration 0002 created it with its own frozen copy of these lines; this module gives it back
to a database that lost it (a flushed test database, a deployment that deleted every form).
"""

from django.db import transaction

from reporting.models import FigureKind, FormSection, ReportForm

NAME = "Báo cáo kết quả thực hiện Đề án truyền thông về quyền con người"
SECTIONS = [
    ("Công tác chỉ đạo", "Văn bản chỉ đạo, kế hoạch đã ban hành; việc phân công, hướng dẫn."),
    ("Kết quả thực hiện", "Kết quả từng nhiệm vụ; sản phẩm, hoạt động tiêu biểu; số liệu tại các "
                          "biểu kèm theo."),
    ("Đánh giá, khó khăn, vướng mắc", "Mặt được, hạn chế và nguyên nhân."),
    ("Phương hướng, nhiệm vụ thời gian tới", ""),
    ("Đề xuất, kiến nghị", ""),
]


@transaction.atomic
def default_form_ensure() -> bool:
    """Create the default form when no form exists; True if it did."""
    if ReportForm.objects.exists():
        return False
    form = ReportForm.objects.create(name=NAME, figure_kinds=list(FigureKind.values))
    FormSection.objects.bulk_create(
        FormSection(form=form, position=position, title=title, hint=hint)
        for position, (title, hint) in enumerate(SECTIONS, start=1))
    return True
