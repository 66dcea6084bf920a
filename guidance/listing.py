"""How the guidance list sorts and exports (kehoach.listing, kehoach.tables)."""

from django.utils.translation import gettext_lazy as _

from kehoach.db import vi_order
from kehoach.listing import SortColumn
from kehoach.tables import Column

# No default: drafts first, then the newest letter, as the list has always shown them.
GUIDANCE_SORTS = (
    SortColumn("number", ("number", "symbol")),
    SortColumn("title", (vi_order("title"),)),
    SortColumn("issuer", (vi_order("issuer__name"),)),
    SortColumn("valid", ("valid_from", "valid_until")),
)

GUIDANCE_COLUMNS = (
    Column(_("Số, ký hiệu"), lambda g: g.number_symbol, 22),
    Column(_("Ngày ban hành"), lambda g: g.issued_on, 14),
    Column(_("Trích yếu"), lambda g: g.title, 60),
    Column(_("Cơ quan ban hành"), lambda g: g.issuer.name, 40),
    Column(_("Áp dụng từ ngày"), lambda g: g.valid_from, 14),
    Column(_("Đến ngày"), lambda g: g.valid_until, 14),
    Column(_("Trạng thái"), lambda g: _("Đã công bố") if g.is_published else _("Chưa công bố"),
           16),
)
