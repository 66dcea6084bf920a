"""How the product and activity lists sort and export.

Both lists page by keyset over (date, id), so they sort by their date column only, either
way: a sort by title over a million products would need its own (title, id) index and
cursor, and the date is what people look for. The export holds every row of the filtered
list (CSV streamed; .xlsx capped, see kehoach.tables).
"""

from django.utils.translation import gettext_lazy as _

from kehoach.listing import SortColumn
from kehoach.tables import Column, join

PRODUCT_SORTS = (SortColumn("date", ("published_on",)),)
ACTIVITY_SORTS = (SortColumn("date", ("start_date",)),)
DEFAULT_SORT = "-date"

PRODUCT_COLUMNS = (
    Column(_("Ngày đăng, phát"), lambda p: p.published_on, 14),
    Column(_("Tên sản phẩm"), lambda p: p.title, 60),
    Column(_("Loại"), lambda p: p.get_kind_display(), 18),
    Column(_("Kênh"), lambda p: p.get_channel_display(), 18),
    Column(_("Nền tảng"), lambda p: p.platform, 14),
    Column(_("Thời lượng (phút)"), lambda p: p.duration_minutes, 10),
    Column(_("Ngôn ngữ"), lambda p: join(lang.name for lang in p.languages.all()), 18),
    Column(_("Chủ đề"), lambda p: join(p.topics.all()), 40),
    Column(_("Đơn vị"), lambda p: p.unit.name, 40),
    Column(_("Đường dẫn"), lambda p: p.link, 40),
)

ACTIVITY_COLUMNS = (
    Column(_("Từ ngày"), lambda a: a.start_date, 14),
    Column(_("Đến ngày"), lambda a: a.end_date, 14),
    Column(_("Tên hoạt động"), lambda a: a.title, 60),
    Column(_("Loại"), lambda a: a.get_kind_display(), 18),
    Column(_("Địa điểm"), lambda a: a.place, 30),
    Column(_("Đơn vị"), lambda a: a.unit.name, 40),
    Column(_("Số người tham gia"), lambda a: a.participants, 12),
)
