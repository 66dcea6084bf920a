"""The outline most provinces ask for, so that the first period needs no form written first."""

from django.db import migrations

SECTIONS = [
    ("Công tác chỉ đạo", "Văn bản chỉ đạo, kế hoạch đã ban hành; việc phân công, hướng dẫn."),
    ("Kết quả thực hiện", "Kết quả từng nhiệm vụ; sản phẩm, hoạt động tiêu biểu; số liệu tại các "
                          "biểu kèm theo."),
    ("Đánh giá, khó khăn, vướng mắc", "Mặt được, hạn chế và nguyên nhân."),
    ("Phương hướng, nhiệm vụ thời gian tới", ""),
    ("Đề xuất, kiến nghị", ""),
]
FIGURES = ["products_by_kind", "products_by_channel", "products_by_language", "activities",
           "tasks", "indicators"]


def create_form(apps, schema_editor) -> None:
    ReportForm = apps.get_model("reporting", "ReportForm")
    FormSection = apps.get_model("reporting", "FormSection")
    if ReportForm.objects.exists():
        return
    form = ReportForm.objects.create(
        name="Báo cáo kết quả thực hiện Đề án truyền thông về quyền con người",
        figure_kinds=FIGURES)
    for position, (title, hint) in enumerate(SECTIONS, start=1):
        FormSection.objects.create(form=form, position=position, title=title, hint=hint)


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_initial")]
    operations = [migrations.RunPython(create_form, migrations.RunPython.noop)]
