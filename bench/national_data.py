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


def ready() -> bool:
    """Whether a complete data set is there (products linked to their province's plan)."""
    from plans.models import Plan
    from records.models import Product

    return (Product.objects.count() >= PRODUCTS
            and Plan.objects.filter(symbol="KH-BENCH").count() == PROVINCES
            and Product.tasks.through.objects.exists())


def generate(seed: int = 2024) -> dict[str, int]:
    """Creates the national data unless it is there; returns the row counts."""
    from records import plan_products
    from records.models import Language, PlanProduct, Product
    from units.models import Unit

    if not ready():
        rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not a secret
        units = _units()
        tasks = _plans()
        languages = list(Language.objects.values_list("pk", "group"))
        _products(rng, units, languages, tasks)
    if not PlanProduct.objects.exists():
        plan_products.rebuild()  # the dashboard's copy, which COPY bypassed
    settle()
    return {"units": Unit.objects.count(), "products": Product.objects.count()}


def settle() -> None:
    """VACUUM (ANALYZE) the database once after loading, as autovacuum would on a live server.

    Rows written by COPY are not yet marked all-visible, so an index-only scan still reads
    the table for each of them; the test servers run with autovacuum off, so nothing else
    ever marks them. Unvacuumed, the dashboard's pass over a plan's products takes 240 ms
    instead of 120 ms, which is a property of a fresh load, not of the pages. A database
    whose product table is already mostly all-visible is left as it is, so the planner's
    statistics do not change between runs.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT relallvisible, relpages FROM pg_class "
                       "WHERE oid = 'records_planproduct'::regclass")
        visible, pages = cursor.fetchone()
        if pages and visible >= 0.9 * pages:
            return
        cursor.execute("VACUUM (ANALYZE)")


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


def _plans() -> list[list[int]]:
    """One 2023-2025 plan per province with eight tasks, two targets and their indicators.

    Returns the task ids of each province's plan, by province index.
    """
    from decimal import Decimal

    from indicators.models import Indicator
    from plans.models import Plan, Target, Task
    from units.models import Unit

    provinces = list(Unit.objects.filter(kind="province", code__startswith="BENCH-")
                     .order_by("pk"))
    tasks: list[list[int]] = []
    for index, province in enumerate(provinces):
        plan = Plan(doc_type="KH", number=str(100 + index), symbol="KH-BENCH", issuer=province,
                    issuer_name=province.name, issued_on=date(2023, 1, 15),
                    title=f"Truyền thông về quyền con người giai đoạn 2023 - 2025, {province.name}",
                    year_start=YEARS[0], year_end=YEARS[1])
        plan.save()
        rows = [Task(plan=plan, code=f"II.{n}", title=f"Nhiệm vụ thử nghiệm {n}",
                     start_date=date(YEARS[0], 1, 1),
                     end_date=date(YEARS[1], 12, 31)) for n in range(1, 9)]
        for task in rows:  # bulk_create skips save(): the sort key and search text by hand
            task.refresh_derived()
        tasks.append([t.pk for t in Task.objects.bulk_create(rows)])
        count = Target.objects.create(plan=plan, text="Số sản phẩm truyền thông",
                                      value=Decimal(20000), unit_of_measure="sản phẩm",
                                      deadline=date(YEARS[1], 12, 31))
        share = Target.objects.create(
            plan=plan, text="15 - 20% sản phẩm bằng tiếng dân tộc thiểu số, tiếng nước ngoài",
            value=Decimal(15), value_max=Decimal(20), unit_of_measure="%",
            deadline=date(YEARS[1], 12, 31))
        Indicator.objects.create(target=count, name="Số sản phẩm", method="product_count")
        Indicator.objects.create(target=share, name="Tỷ lệ sản phẩm đa ngôn ngữ",
                                 method="product_share",
                                 share_language_groups=["minority", "foreign"])
    return tasks


def _products(rng: random.Random, units: list[tuple[int, int]],
              languages: list[tuple[int, str]], tasks: list[list[int]]) -> None:
    from kehoach.vntext.text import fold
    from records.models import Product

    start = date(YEARS[0], 1, 1)
    days = (date(YEARS[1], 12, 31) - start).days
    press = units[:0] + [u for u in units if u[0] in _press_ids()]
    vietnamese = next(pk for pk, group in languages if group == "national")
    others = [pk for pk, group in languages if group != "national"]
    next_id = (Product.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    batch: list[tuple[object, ...]] = []
    links: list[tuple[object, ...]] = []
    served: list[tuple[object, ...]] = []
    for n in range(PRODUCTS):
        # Press units publish most; every other unit now and then.
        pool = press if rng.random() < 0.5 else units
        unit_id, province = pool[rng.randrange(len(pool))]
        title = f"Tin bài thử nghiệm số {n + 1} về quyền con người"
        day = start + timedelta(days=rng.randrange(days))
        batch.append((next_id, title, rng.choice(KINDS), rng.choice(CHANNELS), "", day,
                      unit_id, "", "", None, None, "2024-01-01 00:00:00+00", fold(title)))
        links.append((next_id, vietnamese))
        if rng.random() < 0.18:
            links.append((next_id, rng.choice(others)))
        served.append((next_id, rng.choice(tasks[province])))
        next_id += 1
        if len(batch) == 50_000:
            _flush(batch, links, served)
            batch, links, served = [], [], []
    _flush(batch, links, served)
    with connection.cursor() as cursor:
        for table in ("records_product", "records_product_languages", "records_product_tasks"):
            query = (f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                     f"(SELECT max(id) FROM {table}))")
            cursor.execute(query)


def _press_ids() -> set[int]:
    from units.models import Unit

    return set(Unit.objects.filter(kind="press", code__startswith="BENCH-")
               .values_list("pk", flat=True))


def _flush(batch: list[tuple[object, ...]], links: list[tuple[object, ...]],
           served: list[tuple[object, ...]]) -> None:
    _copy("records_product", ["id", "title", "kind", "channel", "platform", "published_on",
                              "unit_id", "link", "file", "duration_minutes", "created_by_id",
                              "created_at", "search_text"], batch)
    _copy("records_product_languages", ["product_id", "language_id"], links)
    _copy("records_product_tasks", ["product_id", "task_id"], served)
