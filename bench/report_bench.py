"""How long the consolidated report of 100 (or, `report_bench.py 1000`, 1,000) approved unit
reports takes; `make bench` runs both.

A province asks about 100 units (departments, press, mass organisations, districts or
communes). Each unit here recorded 20-60 products and 5 activities in the half year, most for
one of the plan's 10 tasks, and wrote the default form's five parts; the consolidated report
counts those records task by task, drafts its parts and lays out its appendices. The
benchmark builds them in a throwaway database (a SQLite file under var/bench, or the
PostgreSQL database named by REPORT_BENCH_DATABASE_URL, dropped and created again), then times
what the coordinator waits
for: the merge and the .docx and .xlsx (goal: under 5 s together), and, apart, the PDF that
LibreOffice makes of the .docx.

Prints one line per measurement: median over the runs, after a warm-up, against the goal.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# A province's 100 units, or a region's 1,000 (the first argument).
UNITS = int(sys.argv[1]) if len(sys.argv) > 1 else 100
GOAL_SECONDS = 5.0
RUNS = 3

KINDS = ["news", "article", "reportage", "column", "infographic", "video", "radio", "tv"]
CHANNELS = ["print", "online", "tv", "radio", "portal", "social", "loudspeaker"]
LANGUAGES = [("vi", "Tiếng Việt"), ("km", "Tiếng Khmer"), ("en", "Tiếng Anh")]
ACTIVITIES = ["training", "exhibition", "contest", "integrated"]
GROUPS = ["key_officials", "press", "commune_officials", "students", "residents", "other"]
PARAGRAPHS = [
    "Đơn vị xây dựng kế hoạch tuyên truyền về quyền con người năm 2024, phân công cán bộ theo "
    "dõi chuyên đề và lồng ghép nội dung vào các chương trình, chuyên mục thường xuyên; nội dung "
    "bám sát Kế hoạch của Ủy ban nhân dân tỉnh và hướng dẫn của Sở Thông tin và Truyền thông.",
    "Trong kỳ, đơn vị sản xuất, đăng phát tin, bài, phóng sự về thành tựu bảo đảm quyền con "
    "người, chính sách dân tộc, tôn giáo, an sinh xã hội; thực hiện sản phẩm bằng tiếng Khmer "
    "phục vụ đồng bào vùng sâu, vùng xa; đăng tải video ngắn trên các nền tảng số của đơn vị.",
    "Tổ chức các buổi tập huấn, sinh hoạt chuyên đề cho cán bộ, hội viên và người dân về quyền "
    "con người, bình đẳng giới, quyền trẻ em; phối hợp với các cơ quan báo chí đưa tin về các "
    "hoạt động hưởng ứng Ngày Tuyên ngôn thế giới về quyền con người.",
    "Kinh phí dành cho hoạt động truyền thông còn hạn chế; đội ngũ làm công tác truyền thông "
    "kiêm nhiệm nhiều việc; sản phẩm bằng tiếng dân tộc thiểu số chưa đáp ứng nhu cầu.",
    "Tiếp tục đa dạng hóa hình thức truyền thông, tăng sản phẩm song ngữ Việt - Khmer; đề nghị "
    "tỉnh bố trí kinh phí và tổ chức bồi dưỡng kỹ năng truyền thông cho cán bộ cơ sở.",
]


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.throwaway import throwaway_database

    throwaway_database("REPORT_BENCH_DATABASE_URL", "report.sqlite3")


def _records(rng: random.Random, units: list[Any], tasks: list[Any], first: Any) -> None:
    """Each unit's half year: about 40 products (some in Khmer or both languages, most for a
    task of the plan) and 5 activities with participants by group, made in bulk."""
    from datetime import timedelta

    from records.models import Activity, Language, Participation, Product

    languages = {code: Language.objects.get_or_create(code=code, defaults={
        "name": name, "group": "national" if code == "vi" else "minority"
        if code == "km" else "foreign"})[0] for code, name in LANGUAGES}
    mixes = [["vi"], ["vi"], ["vi"], ["km"], ["vi", "km"], ["en"]]
    products, links, tongues = [], [], []
    for unit in units:
        for n in range(rng.randint(20, 60)):
            product = Product(title=f"Tin, bài số {n} về quyền con người của {unit.name}",
                              kind=rng.choice(KINDS), channel=rng.choice(CHANNELS),
                              platform="Zalo", unit=unit,
                              published_on=first + timedelta(days=rng.randint(0, 180)))
            product.refresh_derived()
            products.append(product)
    Product.objects.bulk_create(products, batch_size=2000)
    for index, product in enumerate(products):
        tongues += [Product.languages.through(product_id=product.pk,
                                              language_id=languages[code].pk)
                    for code in mixes[index % len(mixes)]]
        if index % 7:
            links.append(Product.tasks.through(product_id=product.pk,
                                               task_id=tasks[index % len(tasks)].pk))
    Product.languages.through.objects.bulk_create(tongues, batch_size=5000)
    Product.tasks.through.objects.bulk_create(links, batch_size=5000)
    activities = []
    for unit in units:
        for n in range(5):
            day = first + timedelta(days=rng.randint(0, 180))
            activity = Activity(title=f"Hoạt động số {n} của {unit.name}",
                                kind=rng.choice(ACTIVITIES), unit=unit, start_date=day,
                                end_date=day)
            activity.refresh_derived()
            activities.append(activity)
    Activity.objects.bulk_create(activities)
    Activity.tasks.through.objects.bulk_create(
        Activity.tasks.through(activity_id=a.pk, task_id=tasks[i % len(tasks)].pk)
        for i, a in enumerate(activities))
    Participation.objects.bulk_create(
        Participation(activity=a, group=group, count=rng.randint(0, 60))
        for a in activities for group in GROUPS)


def generate() -> Any:
    """The province, its UNITS units, a six-month period and one approved report per unit."""
    from datetime import date

    from django.utils import timezone

    from accounts.models import User
    from plans.services import plan_create, task_create
    from reporting.models import (
        ReportForm,
        ReportingPeriod,
        Submission,
        SubmissionSection,
        SubmissionStatus,
    )
    from units.models import Unit
    from units.services import unit_create

    rng = random.Random(100)  # noqa: S311 -- repeatable test data, not a secret
    province = unit_create(name="Ủy ban nhân dân tỉnh Sóc Trăng", kind="province")
    department = unit_create(name="Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
                             kind="department", parent=province)
    units = Unit.objects.bulk_create(
        Unit(name=f"Ủy ban nhân dân xã Số {n}", kind="commune", parent=province,
             search_text=f"uy ban nhan dan xa so {n}") for n in range(1, UNITS + 1))
    plan = plan_create(doc_type="KH", number="81", symbol="KH-UBND", issuer=province,
                       issued_on=date(2024, 5, 6), title="Triển khai Đề án truyền thông về "
                       "quyền con người năm 2024", year_start=2024, year_end=2024)
    tasks = [task_create(plan=plan, code=f"II.{n}", title=f"Nhiệm vụ truyền thông số {n}",
                         timeframe_text="Trong năm 2024", lead=[department]) for n in range(1, 11)]
    _records(rng, units, tasks, date(2023, 12, 15))
    form = ReportForm.objects.order_by("pk").first()
    if form is None:
        raise RuntimeError("no report form: the migrations create the default one")
    period = ReportingPeriod.objects.create(
        kind="six_month", year=2024, first_day=date(2023, 12, 15), last_day=date(2024, 6, 14),
        deadline=date(2024, 6, 18), title="Báo cáo 6 tháng đầu năm 2024",
        receiving_unit=department, form=form, plan=plan)
    period.units.set(units)
    now = timezone.now()
    submissions = Submission.objects.bulk_create(
        Submission(period=period, unit=unit, status=SubmissionStatus.APPROVED,
                   submitted_at=now, approved_at=now) for unit in units)
    SubmissionSection.objects.bulk_create(
        SubmissionSection(submission=s, position=section.position, title=section.title,
                          text="\n".join(rng.sample(PARAGRAPHS, 3)))
        for s in submissions for section in form.sections.all())
    coordinator = User.objects.create(username="bench", role="coordinator",
                                      full_name="Điều phối viên")
    return period, coordinator


def timed(call: Callable[[], object], runs: int = RUNS) -> float:
    call()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    _setup()
    from django.conf import settings

    from bench.national_bench import beside
    from exports import annex, decree30, pdf
    from reporting.models import ConsolidatedReport
    from reporting.official import official_document
    from reporting.services import consolidated as services

    period, coordinator = generate()
    written: dict[str, bytes] = {}

    def merge() -> None:
        report = services.consolidated_build(user=coordinator, period=period, queue=False)
        services.consolidated_merge(report_id=report.pk)

    def write() -> None:
        report = ConsolidatedReport.objects.select_related("period").get(period=period)
        document = official_document(report)
        written["docx"] = decree30.docx_bytes(document)
        written["xlsx"] = annex.annex_for(document)

    merging = timed(merge)
    writing = timed(write)
    total = merging + writing
    verdict = "ok" if total < GOAL_SECONDS else "SLOWER THAN THE GOAL"
    print(f"consolidated report of {UNITS} unit reports: merge {merging:.2f} s, "
          f".docx + .xlsx {writing:.2f} s, together {total:.2f} s "
          f"(goal {GOAL_SECONDS:.0f} s: {verdict}); .docx {len(written['docx']):,} bytes"
          f" | {beside()}")
    start = time.perf_counter()
    try:
        converted = pdf.docx_to_pdf(written["docx"], soffice=settings.SOFFICE)
    except pdf.ExportError as error:  # no LibreOffice here: the rest of make bench still runs
        print(f"PDF by LibreOffice: skipped ({error})")
        return
    print(f"PDF by LibreOffice: {time.perf_counter() - start:.2f} s, "
          f"{len(converted):,} bytes (not part of the goal; runs in the background) | {beside()}")


if __name__ == "__main__":
    main()
