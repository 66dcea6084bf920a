"""How the list of reporting periods sorts and exports (kehoach.listing, kehoach.tables).

The reviewers' and viewers' list, every period with its counts, and a reporter's, one row per
period and unit of theirs with the unit's report. Periods are few (a province opens a handful
a year), but the export still reads them a page at a time, counting each page in two grouped
queries.
"""

from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from kehoach.db import vi_order
from kehoach.listing import SortColumn
from kehoach.tables import Column
from reporting.models import ReportingPeriod
from reporting.selectors.periods import PeriodCounts, UnitReport, period_counts

PERIOD_SORTS = (
    SortColumn("title", (vi_order("title"),)),
    SortColumn("receiving", (vi_order("receiving_unit__name"),)),
    SortColumn("window", ("last_day", "first_day")),
    SortColumn("deadline", ("deadline",)),
)
CHUNK = 500

PERIOD_COLUMNS = (
    Column(_("Kỳ báo cáo"), lambda r: r.period.title, 40),
    Column(_("Đơn vị nhận"), lambda r: r.period.receiving_unit.name, 40),
    Column(_("Số liệu từ ngày"), lambda r: r.period.first_day, 14),
    Column(_("Số liệu đến ngày"), lambda r: r.period.last_day, 14),
    Column(_("Hạn gửi"), lambda r: r.period.deadline, 14),
    Column(_("Số đơn vị phải báo cáo"), lambda r: r.asked, 12),
    Column(_("Đã gửi"), lambda r: r.sent, 10),
    Column(_("Đã duyệt"), lambda r: r.approved, 10),
)


def period_rows(periods: QuerySet[ReportingPeriod]) -> Iterator[PeriodCounts]:
    """Each period with its counts, in the list's order, CHUNK periods a time."""
    start = 0
    while chunk := list(periods[start:start + CHUNK]):
        yield from period_counts(chunk)
        start += CHUNK


# A reporter's list: its rows are a period's links to the reporter's units (PeriodUnit).
REPORTER_SORTS = (
    SortColumn("title", (vi_order("reportingperiod__title"),)),
    SortColumn("unit", (vi_order("unit__name"),)),
    SortColumn("deadline", ("reportingperiod__deadline",)),
)


def _report_status(row: UnitReport) -> str:
    if row.submission is not None:
        return str(row.submission.get_status_display())
    return str(_("Chưa soạn; kỳ đã khóa") if row.period.is_closed else _("Chưa soạn"))


REPORTER_COLUMNS = (
    Column(_("Kỳ báo cáo"), lambda r: r.period.title, 40),
    Column(_("Đơn vị"), lambda r: r.unit.name, 40),
    Column(_("Đơn vị nhận"), lambda r: r.period.receiving_unit.name, 40),
    Column(_("Số liệu từ ngày"), lambda r: r.period.first_day, 14),
    Column(_("Số liệu đến ngày"), lambda r: r.period.last_day, 14),
    Column(_("Hạn gửi"), lambda r: r.period.deadline, 14),
    Column(_("Báo cáo của đơn vị"), _report_status, 24),
)
