"""How the unit list sorts (its flat, searched form) and exports (kehoach.listing, .tables)."""

from django.utils.translation import gettext_lazy as _

from kehoach.db import vi_order
from kehoach.listing import SortColumn
from kehoach.tables import Column

# No default: Vietnamese alphabetical order by name, as the selector gives it.
UNIT_SORTS = (
    SortColumn("name", (vi_order("name"),)),
    SortColumn("kind", ("kind",)),
    SortColumn("parent", (vi_order("parent__name"),)),
    SortColumn("valid", ("valid_from", "valid_to")),
)

UNIT_COLUMNS = (
    Column(_("Tên đơn vị"), lambda u: u.name, 50),
    Column(_("Tên ngắn"), lambda u: u.short_name, 20),
    Column(_("Mã"), lambda u: u.code, 14),
    Column(_("Loại"), lambda u: u.get_kind_display(), 20),
    Column(_("Cấp trên"), lambda u: u.parent.name if u.parent else "", 50),
    Column(_("Hiệu lực từ"), lambda u: u.valid_from, 14),
    Column(_("Hiệu lực đến"), lambda u: u.valid_to, 14),
)
