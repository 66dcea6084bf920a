"""Filled copies of the bulk-entry template, as units type them: shared by the spreadsheet,
import-page and browser tests, so that no test module imports another."""

import io
from datetime import date
from typing import Any

from openpyxl import load_workbook

from accounts.models import User
from records.spreadsheet import COLUMNS, FIRST_DATA_ROW, build_template

KEYS = [column.key for column in COLUMNS]

# Five rows as a unit types them; rows 4 and 5 are wrong.
FIVE_ROWS: list[dict[str, Any]] = [
    {"title": "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer", "kind": "Bài",
     "channel": "Báo điện tử", "languages": "Tiếng Việt", "published_on": date(2024, 6, 3),
     "unit": "Báo Sóc Trăng", "link": "https://baosoctrang.org.vn/giao-duc/hoc-sinh-khmer",
     "tasks": "II.1"},
    {"title": "Người Khmer giữ gìn chữ viết của dân tộc", "kind": "Phóng sự",
     "channel": "Báo giấy", "languages": "Tiếng Việt", "published_on": "06/5/2024",
     "unit": "Báo Sóc Trăng"},
    {"title": "Hội nghị tập huấn kỹ năng truyền thông về quyền con người", "kind": "Tin",
     "channel": "Báo in", "languages": "Tiếng Việt", "published_on": "31/02/2024",
     "unit": "Báo Sóc Trăng"},
    {"title": "Infographic: 10 quyền cơ bản của công dân", "kind": "Đồ hoạ thông tin",
     "channel": "mạng xã hội", "platform": "Facebook", "languages": "tieng viet",
     "published_on": "15/07/2024", "unit": "bao soc trang",
     "link": "https://facebook.com/baosoctrang/posts/1"},
    {"title": "Lễ hội Ok Om Bok: quyền hưởng thụ văn hóa của đồng bào Khmer",
     "kind": "Video clip", "channel": "Mạng xã hội", "platform": "YouTube",
     "languages": "Tiếng Khmer, Tiếng Việt", "published_on": "20/11/2024",
     "unit": "Báo Sóc Trăng", "link": "https://youtube.com/watch?v=okombok",
     "duration_minutes": "12"},
]


def filled(user: User, rows: list[dict[str, Any]]) -> bytes:
    """The template downloaded by `user`, with `rows` typed in under the example row."""
    workbook = load_workbook(io.BytesIO(build_template(user)))
    sheet = workbook.worksheets[0]
    for number, row in enumerate(rows, start=FIRST_DATA_ROW):
        for key, value in row.items():
            sheet.cell(row=number, column=KEYS.index(key) + 1, value=value)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
