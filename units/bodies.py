"""The usual provincial bodies, offered as a checklist once a province's units are imported.

After the 2025 reorganisation a province has about fifteen departments (the Department of
Information and Communications went into Science and Technology, and its press work to
Culture, Sports and Tourism; Labour went into Home Affairs; Agriculture and Environment
merged), its newspaper and radio-TV station (merged into one body in many provinces), the
police, the Fatherland Front and the mass organisations under it, and the Human Rights
Steering Committee that the programme's plans address. Names differ from one province to
the next, so the administrator ticks and renames before anything is created.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from units.catalogue import CatalogueProvince
from units.models import UnitKind


@dataclass(frozen=True)
class Body:
    name: str
    kind: str
    checked: bool = True
    note: Promise | str = ""


# (name with {of} for "tỉnh Cà Mau" / "thành phố Cần Thơ", kind, ticked, note)
_BODIES: tuple[tuple[str, str, bool, Promise | str], ...] = (
    ("Văn phòng Ủy ban nhân dân {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Nội vụ {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Tư pháp {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Tài chính {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Công Thương {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Nông nghiệp và Môi trường {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Xây dựng {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Khoa học và Công nghệ {of}", UnitKind.DEPARTMENT, True,
     _("Tiếp nhận nhiệm vụ của Sở Thông tin và Truyền thông từ năm 2025.")),
    ("Sở Giáo dục và Đào tạo {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Y tế {of}", UnitKind.DEPARTMENT, True, ""),
    ("Sở Văn hóa, Thể thao và Du lịch {of}", UnitKind.DEPARTMENT, True,
     _("Quản lý báo chí, xuất bản, thông tin cơ sở, thông tin đối ngoại từ năm 2025.")),
    ("Sở Dân tộc và Tôn giáo {of}", UnitKind.DEPARTMENT, False,
     _("Chỉ ở tỉnh, thành phố có thành lập Sở này; nơi khác nhiệm vụ thuộc Sở Nội vụ.")),
    ("Sở Ngoại vụ {of}", UnitKind.DEPARTMENT, False,
     _("Chỉ ở tỉnh, thành phố còn giữ Sở Ngoại vụ.")),
    ("Thanh tra {of}", UnitKind.DEPARTMENT, True, ""),
    ("Ban Chỉ đạo về nhân quyền {of}", UnitKind.OTHER, True, ""),
    ("Báo {place}", UnitKind.PRESS, True,
     _("Nhiều tỉnh đã hợp nhất báo và đài từ năm 2025 (ví dụ “Báo và Phát thanh, Truyền hình "
       "{place}”): sửa tên ở dòng này và bỏ chọn dòng của đài.")),
    ("Đài Phát thanh và Truyền hình {place}", UnitKind.RADIO_TV, True, ""),
    ("Công an {of}", UnitKind.POLICE, True, ""),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam {of}", UnitKind.MASS_ORGANISATION, True, ""),
    ("Liên đoàn Lao động {of}", UnitKind.MASS_ORGANISATION, True, ""),
    ("Hội Liên hiệp Phụ nữ {of}", UnitKind.MASS_ORGANISATION, True, ""),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh {of}", UnitKind.MASS_ORGANISATION, True, ""),
    ("Hội Nông dân {of}", UnitKind.MASS_ORGANISATION, True, ""),
    ("Hội Cựu chiến binh {of}", UnitKind.MASS_ORGANISATION, True, ""),
    ("Ban Tuyên giáo và Dân vận {party}", UnitKind.OTHER, True,
     _("Cơ quan của cấp ủy; bỏ chọn nếu kế hoạch không giao việc cho Ban.")),
)


def usual_bodies(province: CatalogueProvince) -> list[Body]:
    """The bodies of a province, named for it: "Sở Tư pháp thành phố Cần Thơ"."""
    names = {"of": f"{province.level} {province.place}", "place": province.place,
             "party": f"{'Thành ủy' if province.is_city else 'Tỉnh ủy'} {province.place}"}
    return [Body(name=template.format(**names), kind=kind, checked=checked,
                 note=str(note).replace("{place}", province.place) if note else "")
            for template, kind, checked, note in _BODIES]
