"""How the plan and task lists sort and export (kehoach.listing, kehoach.tables)."""

from django.utils.translation import gettext_lazy as _

from kehoach.db import vi_order
from kehoach.listing import SortColumn
from kehoach.tables import Column, join

PLAN_SORTS = (
    SortColumn("number", ("issued_year", "number", "symbol")),
    SortColumn("title", (vi_order("title"),)),
    SortColumn("issuer", (vi_order("issuer_name"),)),
    SortColumn("issued_on", ("issued_on",)),
)
PLAN_DEFAULT_SORT = "-issued_on"

# No default: the list keeps each plan's tasks in the document's order, newest plan first.
TASK_SORTS = (
    SortColumn("code", ("plan__issued_on", "plan_id", "sort_key")),
    SortColumn("title", (vi_order("title"),)),
    SortColumn("end_date", ("end_date",)),
    SortColumn("status", ("status",)),
)

PLAN_COLUMNS = (
    Column(_("Số, ký hiệu"), lambda p: p.number_symbol, 18),
    Column(_("Loại văn bản"), lambda p: p.get_doc_type_display(), 16),
    Column(_("Trích yếu"), lambda p: p.title, 60),
    Column(_("Cơ quan ban hành"), lambda p: p.issuer_name, 40),
    Column(_("Ngày ban hành"), lambda p: p.issued_on, 14),
    Column(_("Năm bắt đầu"), lambda p: p.year_start, 10),
    Column(_("Năm kết thúc"), lambda p: p.year_end, 10),
)


def _units(task_units: list) -> str:
    return join(tu.unit.name if tu.unit else tu.name for tu in task_units)


TASK_COLUMNS = (
    Column(_("Kế hoạch"), lambda t: t.plan.number_symbol, 18),
    Column(_("Mã"), lambda t: t.code, 10),
    Column(_("Nhiệm vụ"), lambda t: t.title, 60),
    Column(_("Chủ trì"), lambda t: _units(t.lead_units), 40),
    Column(_("Phối hợp"), lambda t: _units(t.coordinating_units), 40),
    Column(_("Thời gian"), lambda t: t.timeframe_text, 20),
    Column(_("Ngày bắt đầu"), lambda t: t.start_date, 14),
    Column(_("Ngày kết thúc"), lambda t: t.end_date, 14),
    Column(_("Trạng thái"), lambda t: t.get_status_display(), 16),
)
