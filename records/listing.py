"""How the product and activity lists sort and export.

Both lists page by keyset over (date, id) in their date order, either way; sorted by another
column (title, kind, channel, unit) they page by number, up to kehoach.numbered.MAX_DEPTH
rows deep. The export holds every row of the filtered list (CSV streamed; .xlsx capped, see
kehoach.tables).
"""

from django.utils.translation import gettext_lazy as _

from kehoach.db import vi_order
from kehoach.listing import SortColumn
from kehoach.tables import Column, join

PRODUCT_SORTS = (
    SortColumn("date", ("published_on",)), SortColumn("title", (vi_order("title"),)),
    SortColumn("kind", ("kind",)), SortColumn("channel", ("channel",)),
    SortColumn("unit", (vi_order("unit__name"),)),
)
ACTIVITY_SORTS = (
    SortColumn("date", ("start_date",)), SortColumn("title", (vi_order("title"),)),
    SortColumn("kind", ("kind",)), SortColumn("place", (vi_order("place"),)),
    SortColumn("unit", (vi_order("unit__name"),)),
)
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
