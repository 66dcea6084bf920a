"""National-scale data for `make bench`: 34 provinces, ~3,300 communes, 10,000 units and
1,000,000 products over three years, in a PostgreSQL database of its own.

Rows go in with COPY (psycopg), because a million ORM saves would time the loader rather than
the pages. The data is generated once and kept; a second run reuses it.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

from django.db import connection

PROVINCES = 34
COMMUNES = 3321
UNITS_TOTAL = 10_000
PRODUCTS = 1_000_000
YEARS = (2023, 2025)
DEPARTMENTS = [
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Tư pháp",
    "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Y tế", "Sở Tài chính", "Sở Ngoại vụ",
    "Sở Dân tộc và Tôn giáo", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng UBND tỉnh",
]
PRESS = ["Báo và Phát thanh, Truyền hình", "Cổng Thông tin điện tử tỉnh"]
MASS = ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh Đoàn", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh",
        "Hội Cựu chiến binh tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"]
KINDS = ["news", "article", "reportage", "column", "infographic", "video", "radio", "tv",
         "publication", "poster", "other"]
CHANNELS = ["print", "online", "tv", "radio", "portal", "social", "loudspeaker", "other"]


def _copy(table: str, columns: list[str], rows: list[tuple[object, ...]]) -> None:
    buffer = io.StringIO()
    for row in rows:
        buffer.write("\t".join("\\N" if v is None else str(v) for v in row) + "\n")
    buffer.seek(0)
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg 3 cursor underneath Django's wrapper
        with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            copy.write(buffer.getvalue())


def generate(seed: int = 2024) -> dict[str, int]:
    """Creates the national data unless it is there; returns the row counts."""
    from records.models import Language, Product
    from units.models import Unit

    if Product.objects.count() >= PRODUCTS:
        return {"units": Unit.objects.count(), "products": Product.objects.count()}
    rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not a secret
    units = _units()
    languages = list(Language.objects.values_list("pk", "group"))
    _products(rng, units, languages)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"units": Unit.objects.count(), "products": Product.objects.count()}


def _units() -> list[tuple[int, int]]:
    """Creates provinces, their departments, press, mass organisations, communes and others.

    Returns (unit id, province index) for every unit that publishes.
    """
    from kehoach.vntext.text import fold
    from units.models import Unit

    rows: list[tuple[object, ...]] = []
    next_id = (Unit.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    province_ids: list[int] = []
    publishing: list[tuple[int, int]] = []

    def add(name: str, kind: str, parent: int | None, province: int) -> int:
        nonlocal next_id
        unit_id = next_id
        next_id += 1
        rows.append((unit_id, f"BENCH-{unit_id}", name, "", kind, parent if parent else None,
                     None, None, fold(name)))
        if parent is not None:
            publishing.append((unit_id, province))
        return unit_id

    for p in range(PROVINCES):
        province_ids.append(add(f"Tỉnh thử nghiệm số {p + 1}", "province", None, p))
    for p, pid in enumerate(province_ids):
        for name in DEPARTMENTS:
            add(f"{name} {p + 1}", "department", pid, p)
        for name in PRESS:
            add(f"{name} {p + 1}", "press", pid, p)
        for name in MASS:
            add(f"{name} {p + 1}", "mass_org", pid, p)
    for c in range(COMMUNES):
        p = c % PROVINCES
        add(f"Ủy ban nhân dân xã thử nghiệm {c + 1}", "commune", province_ids[p], p)
    c = 0
    while len(rows) < UNITS_TOTAL:
        p = c % PROVINCES
        add(f"Trung tâm thử nghiệm {c + 1}", "other", province_ids[p], p)
        c += 1
    _copy("units_unit", ["id", "code", "name", "short_name", "kind", "parent_id", "valid_from",
                         "valid_to", "search_text"], rows)
    with connection.cursor() as cursor:
        cursor.execute("SELECT setval(pg_get_serial_sequence('units_unit', 'id'), "
                       "(SELECT max(id) FROM units_unit))")
    return publishing


def _products(rng: random.Random, units: list[tuple[int, int]],
              languages: list[tuple[int, str]]) -> None:
    from kehoach.vntext.text import fold
    from records.models import Product

    start = date(YEARS[0], 1, 1)
    days = (date(YEARS[1], 12, 31) - start).days
    vietnamese = next(pk for pk, group in languages if group == "national")
    others = [pk for pk, group in languages if group != "national"]
    next_id = (Product.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    batch: list[tuple[object, ...]] = []
    links: list[tuple[object, ...]] = []
    for n in range(PRODUCTS):
        unit_id, _province = units[int(rng.paretovariate(1.2) * 37) % len(units)]
        title = f"Tin bài thử nghiệm số {n + 1} về quyền con người"
        day = start + timedelta(days=rng.randrange(days))
        batch.append((next_id, title, rng.choice(KINDS), rng.choice(CHANNELS), "", day,
                      unit_id, "", "", None, None, "2024-01-01 00:00:00+00", fold(title)))
        links.append((next_id, vietnamese))
        if rng.random() < 0.18:
            links.append((next_id, rng.choice(others)))
        next_id += 1
        if len(batch) == 50_000:
            _flush(batch, links)
            batch, links = [], []
    _flush(batch, links)
    with connection.cursor() as cursor:
        for table in ("records_product", "records_product_languages"):
            query = (f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                     f"(SELECT max(id) FROM {table}))")
            cursor.execute(query)


def _flush(batch: list[tuple[object, ...]], links: list[tuple[object, ...]]) -> None:
    _copy("records_product", ["id", "title", "kind", "channel", "platform", "published_on",
                              "unit_id", "link", "file", "duration_minutes", "created_by_id",
                              "created_at", "search_text"], batch)
    _copy("records_product_languages", ["product_id", "language_id"], links)
