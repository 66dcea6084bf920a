"""The demo's records: the half year's work of the Sóc Trăng units, and the six-month reports
that stand on them (demo.records_data, demo.reporting_data)."""

import doctest
from collections import Counter

import pytest
from auditlog.models import LogEntry
from django.db.models import Q, Sum

from demo import records_data
from demo.reports import demo_period
from demo.services import demo_load_records
from guidance.models import Guidance
from plans.models import Plan, ProgressUpdate, TaskRole
from records.models import Activity, Participation, Product
from reporting.models import ReportingPeriod, Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(province: None) -> ReportingPeriod:
    demo_load_records()
    found = demo_period()
    assert found is not None
    return found


def window(period: ReportingPeriod) -> tuple:
    return (period.first_day, period.last_day)


def products(period: ReportingPeriod, code: str, **filters: object):
    return Product.objects.filter(unit__code=code, published_on__range=window(period),
                                  **filters)


def activities(period: ReportingPeriod, code: str, **filters: object):
    return Activity.objects.filter(unit__code=code, start_date__range=window(period), **filters)


def people(period: ReportingPeriod, code: str, **filters: object) -> int:
    return Participation.objects.filter(
        activity__in=activities(period, code, **filters)).aggregate(n=Sum("count"))["n"]


def test_the_helpers_do_what_their_examples_say() -> None:
    assert doctest.testmod(records_data).failed == 0


def test_the_data_names_each_record_once() -> None:
    products = Counter((row[0], row[1], row[6]) for row in records_data.PRODUCTS)
    assert [key for key, n in products.items() if n > 1] == []
    activities = Counter((row[0], row[1]) for row in records_data.ACTIVITIES)
    assert [key for key, n in activities.items() if n > 1] == []
    assert 300 <= len(records_data.PRODUCTS) <= 600


def test_every_task_of_the_plan_has_records_and_progress_in_the_window(period) -> None:
    plan = Plan.objects.get()
    for task in plan.tasks.all():
        own = [tu.unit_id for tu in task.task_units.all() if tu.unit_id]
        leads = [tu.unit_id for tu in task.task_units.all()
                 if tu.unit_id and tu.role == TaskRole.LEAD]
        linked = (task.recorded_products.filter(published_on__range=window(period),
                                                unit__in=own).count()
                  + task.activities.filter(start_date__range=window(period),
                                           unit__in=own).count())
        assert linked, task.code
        assert ProgressUpdate.objects.filter(
            task=task, unit__in=leads, reported_on__range=window(period)).exists(), task.code
    # II.1 in Vietnamese, Khmer and both, from the press, the department and a district.
    first = plan.tasks.get(code="II.1").recorded_products.filter(
        published_on__range=window(period))
    assert {"ST-BAO", "ST-DAI", "ST-STTTT", "ST-TRANDE"} <= set(
        first.values_list("unit__code", flat=True))
    assert {"loudspeaker", "portal"} <= set(first.filter(unit__code="ST-TRANDE").values_list(
        "channel", flat=True))
    khmer, vietnamese = Q(languages__code="km"), Q(languages__code="vi")
    assert first.filter(khmer).exclude(vietnamese).exists()
    assert first.filter(vietnamese).exclude(khmer).exists()
    assert first.filter(khmer).filter(vietnamese).exists()
    # II.2: half of the 70 trained in the window, the other half in August, as planned.
    training = plan.tasks.get(code="II.2").activities.filter(kind="training")
    in_window = Participation.objects.filter(
        activity__in=training.filter(start_date__range=window(period)))
    assert in_window.aggregate(n=Sum("count"))["n"] == 35
    assert Participation.objects.filter(activity__in=training).aggregate(
        n=Sum("count"))["n"] == 70
    # II.3.a in the sessions of each organisation the plan names.
    integrated = plan.tasks.get(code="II.3.a").activities.filter(
        start_date__range=window(period))
    assert set(integrated.values_list("unit__code", flat=True)) == {
        "ST-SGDDT", "ST-LDLD", "ST-HLHPN", "ST-DTN", "ST-HNCT"}
    # II.3.b: a briefing for the foreign press and products; II.3.c: contests.
    foreign = plan.tasks.get(code="II.3.b")
    assert foreign.activities.filter(kind="press").exists()
    assert foreign.recorded_products.filter(languages__code="en").exists()
    assert plan.tasks.get(code="II.3.c").activities.filter(kind="contest").count() >= 3


def test_some_records_are_for_no_task_and_some_outside_the_window(period) -> None:
    first, last = window(period)
    # In the window every product is for a task (the dashboard counts what the reports do);
    # products for no task are from before it, and some activities are for no task.
    assert not Product.objects.filter(published_on__range=(first, last), tasks=None).exists()
    assert Product.objects.filter(published_on__lt=first, tasks=None).exists()
    assert Activity.objects.filter(start_date__range=(first, last), tasks=None).exists()
    assert Product.objects.filter(published_on__lt=first).exists()
    assert Product.objects.filter(published_on__gt=last).exists()
    assert Activity.objects.filter(start_date__lt=first).exists()
    assert Activity.objects.filter(start_date__gt=last).exists()
    assert ProgressUpdate.objects.filter(reported_on__gt=last).exists()
    bao = Product.objects.filter(unit__code="ST-BAO")
    assert 100 <= products(period, "ST-BAO").count() < bao.count()


def test_the_figures_the_reports_state_are_those_of_the_records(period) -> None:
    """Each figure a unit's text states, beside the count of the records it stands for."""
    bilingual = Q(languages__code="vi") & Q(pk__in=Product.objects.filter(languages__code="km"))
    khmer_only = Q(languages__code="km") & ~Q(pk__in=Product.objects.filter(
        languages__code="vi"))
    claims = {
        "ST-BAO": [
            ("đăng 124 tin, bài", products(period, "ST-BAO").count()),
            ("64 tin", products(period, "ST-BAO", kind="news").count()),
            ("34 bài", products(period, "ST-BAO", kind="article").count()),
            ("06 phóng sự", products(period, "ST-BAO", kind="reportage").count()),
            ("12 kỳ chuyên mục", products(period, "ST-BAO", kind="column").count()),
            ("08 đồ họa thông tin;", products(period, "ST-BAO", kind="infographic").count()),
            ("44 sản phẩm trên báo in", products(period, "ST-BAO", channel="print").count()),
            ("72 sản phẩm trên Báo Sóc Trăng điện tử",
             products(period, "ST-BAO", channel="online").count()),
            ("Ấn phẩm tiếng Khmer đăng 18 tin, bài",
             products(period, "ST-BAO").filter(khmer_only).count()),
            ("04 đồ họa thông tin song ngữ",
             products(period, "ST-BAO", kind="infographic").filter(bilingual).count()),
            ("là 22/124", products(period, "ST-BAO", languages__code="km").count()),
            ("đăng 02 tin về hoạt động của phóng viên báo chí nước ngoài",
             products(period, "ST-BAO", tasks__code="II.3.b").count()),
            ("03 tin về các hội thi", products(period, "ST-BAO", tasks__code="II.3.c").count()),
        ],
        "ST-DAI": [
            ("phát sóng 154 sản phẩm", products(period, "ST-DAI").count()),
            ("54 tin", products(period, "ST-DAI", kind="news").count()),
            ("12 phóng sự", products(period, "ST-DAI", kind="reportage").count()),
            ("06 kỳ chuyên mục", products(period, "ST-DAI", kind="column").count()),
            ("24 chương trình truyền hình,", products(period, "ST-DAI", kind="tv").count()),
            ("48 chương trình phát thanh", products(period, "ST-DAI", kind="radio").count()),
            ("10 video clip;", products(period, "ST-DAI", kind="video").count()),
            ("73 sản phẩm trên sóng truyền hình", products(period, "ST-DAI", channel="tv").count()),
            ("71 sản phẩm trên sóng phát thanh",
             products(period, "ST-DAI", channel="radio").count()),
            ("46 sản phẩm bằng tiếng Khmer (10 tin",
             products(period, "ST-DAI").filter(khmer_only).count()),
            ("(10 tin", products(period, "ST-DAI", kind="news").filter(khmer_only).count()),
            ("12 chương trình truyền hình và",
             products(period, "ST-DAI", kind="tv").filter(khmer_only).count()),
            ("24 chương trình phát thanh tiếng Khmer",
             products(period, "ST-DAI", kind="radio").filter(khmer_only).count()),
            ("04 phóng sự có phụ đề tiếng Khmer",
             products(period, "ST-DAI", kind="reportage").filter(bilingual).count()),
            ("02 video clip song ngữ",
             products(period, "ST-DAI", kind="video").filter(bilingual).count()),
            ("là 52/154", products(period, "ST-DAI", languages__code="km").count()),
        ],
        "ST-SVHTTDL": [
            ("Tổ chức 02 cuộc triển lãm", activities(period, "ST-SVHTTDL",
                                                   kind="exhibition").count()),
            ("3.200 lượt người xem", people(period, "ST-SVHTTDL", kind="exhibition")),
            ("Thực hiện 24 pano", products(period, "ST-SVHTTDL", kind="poster").count()),
            ("06 pano song ngữ",
             products(period, "ST-SVHTTDL", kind="poster").filter(bilingual).count()),
            ("phát hành 02 ấn phẩm",
             products(period, "ST-SVHTTDL", kind="publication").count()),
            ("01 ấn phẩm song ngữ",
             products(period, "ST-SVHTTDL", kind="publication").filter(bilingual).count()),
            ("tại 04 hội nghị", activities(period, "ST-SVHTTDL", kind="integrated").count()),
            ("420 lượt cán bộ", people(period, "ST-SVHTTDL", kind="integrated")),
        ],
        "ST-TRANDE": [
            ("phát 78 tin", products(period, "ST-TRANDE", channel="loudspeaker").count()),
            ("24 tin bằng tiếng Khmer",
             products(period, "ST-TRANDE", channel="loudspeaker").filter(khmer_only).count()),
            ("06 tin song ngữ",
             products(period, "ST-TRANDE", channel="loudspeaker").filter(bilingual).count()),
            ("đăng 12 bài", products(period, "ST-TRANDE", channel="portal").count()),
            ("tại 18 hội nghị", activities(period, "ST-TRANDE").count()),
            ("ở 11 xã", activities(period, "ST-TRANDE").values("place").distinct().count()),
            ("1.570 lượt người", people(period, "ST-TRANDE")),
            ("120 lượt cán bộ cấp xã", Participation.objects.filter(
                activity__in=activities(period, "ST-TRANDE"), group="commune_officials"
            ).aggregate(n=Sum("count"))["n"]),
        ],
        "ST-HLHPN": [
            ("tổ chức 24 buổi", activities(period, "ST-HLHPN", kind="integrated").count()),
            ("tại 08 huyện", activities(period, "ST-HLHPN", kind="integrated").values(
                "place").distinct().count()),
            ("2.100 lượt hội viên", people(period, "ST-HLHPN", kind="integrated")),
            ("850 lượt người dự thi", people(period, "ST-HLHPN", kind="contest")),
            ("đăng 18 tin, bài", products(period, "ST-HLHPN", channel="social").count()),
            ("04 tin, bài bằng tiếng Khmer",
             products(period, "ST-HLHPN", languages__code="km").count()),
        ],
        "ST-DTN": [
            ("Tổ chức 12 buổi", activities(period, "ST-DTN", kind="integrated").count()),
            ("960 lượt", people(period, "ST-DTN", kind="integrated")),
            ("640 lượt học sinh", Participation.objects.filter(
                activity__in=activities(period, "ST-DTN", kind="integrated"), group="students"
            ).aggregate(n=Sum("count"))["n"]),
            ("1.800 lượt người dự thi", people(period, "ST-DTN", kind="contest")),
        ],
    }
    for code, stated in claims.items():
        text = period.submissions.get(unit__code=code).sections.get(position=2).text
        for words, count in stated:
            assert words in text, (code, words)
            number = next(w for w in words.replace("(", " ").split() if w[0].isdigit())
            assert int(number.split("/")[0].replace(".", "").rstrip(",;")) == count, (
                code, words, count)


def test_the_department_issued_guidance_in_the_window(period) -> None:
    letters = Guidance.objects.filter(issuer__code="ST-STTTT",
                                      issued_on__range=window(period)).order_by("issued_on")
    assert [g.number_symbol for g in letters] == ["412/STTTT-TTBCXB", "598/STTTT-TTBCXB"]
    assert all(g.units.exists() and g.guidance_topics.exists() for g in letters)


def test_loading_the_records_twice_creates_nothing(period) -> None:
    models = [Product, Activity, Participation, ProgressUpdate, Guidance, Submission, LogEntry]
    before = [m.objects.count() for m in models]
    assert demo_load_records().created == []
    assert [m.objects.count() for m in models] == before
