"""The lists' plan and task filters, and the tasks a record's checklist offers: a country's
current plans hold thousands of tasks, so pages list those of one plan, never all of them."""

import csv
import io
import re
from datetime import date
from html import unescape

import pytest
from django.urls import reverse

from plans.models import Plan, Task
from plans.services import plan_create, task_create
from records import selectors
from records.models import Product
from units.models import Unit
from units.selectors import unit_ancestor_ids
from units.services import unit_create

pytestmark = pytest.mark.django_db
PRODUCTS = reverse("records:product_list")
ACTIVITIES = reverse("records:activity_list")
OPTIONS = reverse("records:task_options")


@pytest.fixture
def hau_giang(province) -> Plan:
    """Hậu Giang's 2024 plan, issued by its People's Committee, beside Sóc Trăng's 81/KH-UBND."""
    committee = unit_create(code="HG", name="Ủy ban nhân dân tỉnh Hậu Giang", kind="province",
                            short_name="UBND tỉnh Hậu Giang", valid_to=date(2025, 6, 30))
    unit_create(code="HG-BAO", name="Báo Hậu Giang", kind="press", parent=committee,
                valid_to=date(2025, 6, 30))
    plan = plan_create(
        doc_type="KH", number="57", symbol="KH-UBND", issuer=committee, place="Hậu Giang",
        issued_on=date(2024, 3, 12), year_start=2024, year_end=2024,
        title="Thông tin, truyền thông về quyền con người trên địa bàn tỉnh Hậu Giang năm 2024")
    task_create(plan=plan, code="1", title="Tuyên truyền trên Báo Hậu Giang và cổng thông tin",
                timeframe_text="Năm 2024")
    task_create(plan=plan, code="2", title="Tập huấn kỹ năng thông tin đối ngoại về nhân quyền",
                timeframe_text="Quý III/2024")
    return plan


def hg_task(code: str) -> Task:
    return Task.objects.get(plan__number="57", code=code)


def select(html: str, name: str) -> list[tuple[str, str, bool]]:
    """(value, label, selected) of each option of the select `name`."""
    found = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    assert found, name
    return [(value, unescape(label), bool(chosen)) for value, chosen, label in re.findall(
        r'<option value="([^"]*)"( selected)?>([^<]*)</option>', found.group(0))]


def checklist(html: str) -> list[str]:
    """The labels of the tasks a record's form offers."""
    return [unescape(label).strip() for label in re.findall(
        r'<input type="checkbox" name="tasks"[^>]*>\s*([^<]*)</label>', html)]


def test_a_province_user_is_offered_their_plans_tasks(client_as, hau_giang, task) -> None:
    html = client_as("coordinator").get(PRODUCTS).text  # in Sóc Trăng's department
    assert [label for _value, label, _on in select(html, "plan")] == [
        "Tất cả kế hoạch",
        "81/KH-UBND · Triển khai Đề án truyền thông về quyền con người…",
        "57/KH-UBND · Thông tin, truyền thông về quyền con người trên địa…"]
    tasks = select(html, "task")
    assert tasks[0] == ("", "Mọi nhiệm vụ", True)
    assert all(label.startswith("81/KH-UBND") for _value, label, _on in tasks[1:])
    assert str(task("II.1").pk) in [value for value, _label, _on in tasks]


def test_with_two_plans_of_their_own_the_newest_plans_tasks_are_offered(
        client_as, province, task) -> None:
    """A province's plan of several years beside its plan of the year: the year's is offered."""
    older = plan_create(
        doc_type="KH", number="12", symbol="KH-UBND", issuer=task("II.1").plan.issuer,
        place="Sóc Trăng", issued_on=date(2023, 2, 1), year_start=2023, year_end=2024,
        title="Thực hiện Đề án truyền thông về quyền con người giai đoạn 2023 - 2024")
    task_create(plan=older, code="1", title="Tuyên truyền trên báo, đài của tỉnh",
                timeframe_text="Hằng năm")
    tasks = select(client_as("coordinator").get(PRODUCTS).text, "task")
    assert tasks[1:] and all(label.startswith("81/KH-UBND") for _v, label, _on in tasks[1:])


def test_without_a_plan_of_their_own_the_task_filter_asks_for_a_plan(client_as,
                                                                      hau_giang) -> None:
    html = client_as("viewer").get(ACTIVITIES).text  # no unit: no plan concerns them
    assert select(html, "task") == [("", "— Chọn kế hoạch trước —", True)]


def test_choosing_a_plan_offers_its_tasks_and_filters_the_list(
        client_as, hau_giang, make_product, unit, task) -> None:
    make_product(title="Báo Hậu Giang mở chuyên mục quyền con người", unit=unit("HG-BAO"),
                 tasks=[hg_task("1")])
    make_product(title="Sóc Trăng tuyên truyền quyền trẻ em", tasks=[task("II.1")])
    make_product(title="Tin ngắn không gắn nhiệm vụ", tasks=[])
    client = client_as("coordinator")
    # "Lọc" without JavaScript: the page comes back with the plan's tasks, the stale task of
    # the plan chosen before dropped.
    html = client.get(PRODUCTS, {"unit": "", "plan": hau_giang.pk,
                                 "task": task("II.1").pk}).text
    assert [label for _value, label, _on in select(html, "task")] == [
        "Mọi nhiệm vụ",
        "57/KH-UBND · 1. Tuyên truyền trên Báo Hậu Giang và cổng thông tin",
        "57/KH-UBND · 2. Tập huấn kỹ năng thông tin đối ngoại về nhân quyền"]
    assert "1 sản phẩm" in html and "Báo Hậu Giang mở chuyên mục" in html
    assert "Kế hoạch: 57/KH-UBND" in re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", html)))
    export = client.get(PRODUCTS, {"unit": "", "plan": hau_giang.pk, "export": "csv"})
    lines = list(csv.reader(io.StringIO(
        b"".join(export.streaming_content).decode().lstrip("\ufeff"))))
    assert [line[1] for line in lines[1:]] == ["Báo Hậu Giang mở chuyên mục quyền con người"]


def test_a_plans_products_take_no_more_queries_as_they_grow(
        client_as, hau_giang, make_product, unit, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    make_product(title="Báo Hậu Giang mở chuyên mục quyền con người", unit=unit("HG-BAO"),
                 tasks=[hg_task("1")])
    with django_assert_max_num_queries(20) as few:
        client.get(PRODUCTS, {"plan": hau_giang.pk})
    for n in range(12):
        make_product(title=f"Tin Hậu Giang số {n}", unit=unit("HG-BAO"),
                     tasks=[hg_task("1"), hg_task("2")])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(PRODUCTS, {"plan": hau_giang.pk})
    assert "13 sản phẩm" in response.text


def test_the_plan_filters_the_activities(client_as, hau_giang, make_activity, unit) -> None:
    make_activity(title="Tập huấn nhân quyền cho phóng viên Báo Hậu Giang",
                  unit=unit("HG-BAO"), tasks=[hg_task("2"), hg_task("1")])
    make_activity()  # Sóc Trăng's training, serving 81/KH-UBND
    html = client_as("viewer").get(ACTIVITIES, {"plan": hau_giang.pk}).text
    assert "1 hoạt động" in html and "phóng viên Báo Hậu Giang" in html  # once, two tasks


def test_an_old_task_link_keeps_working_and_names_its_plan(
        client_as, hau_giang, make_product, plan, task) -> None:
    make_product(title="Phóng sự về trẻ em Khmer đến trường", tasks=[task("II.1")])
    make_product(title="Tin về hội nghị tập huấn", tasks=[task("II.2")])
    client = client_as("viewer")
    html = client.get(PRODUCTS, {"task": task("II.1").pk}).text
    assert "1 sản phẩm" in html and "Phóng sự về trẻ em Khmer" in html
    assert (str(plan.pk), "81/KH-UBND · Triển khai Đề án truyền thông về quyền con người…",
            True) in select(html, "plan")
    assert [value for value, _label, on in select(html, "task") if on] == [str(task("II.1").pk)]
    # Removing the plan's chip keeps the task's filter, and the task's plan's tasks offered.
    chip = unescape(re.search(r'<a href="([^"]*plan=[^"]*)"[^>]*>', html).group(1))
    assert "plan=&" in chip + "&"
    html = client.get(chip).text
    assert "1 sản phẩm" in html
    assert [value for value, _label, on in select(html, "plan") if on] == [""]
    assert [value for value, _label, on in select(html, "task") if on] == [str(task("II.1").pk)]


def test_changing_the_plan_refreshes_the_task_filter(client_as, hau_giang, task) -> None:
    client = client_as("coordinator")
    page = client.get(PRODUCTS).text
    assert f'hx-get="{OPTIONS}"' in page and 'hx-target="#id_task"' in page
    answer = client.get(OPTIONS, {"plan": hau_giang.pk, "task": hg_task("2").pk},
                        headers={"HX-Request": "true"}).text
    assert answer.startswith('<select name="task"') and 'id="id_task"' in answer
    assert [(label, on) for _value, label, on in select(answer, "task")] == [
        ("Mọi nhiệm vụ", False),
        ("57/KH-UBND · 1. Tuyên truyền trên Báo Hậu Giang và cổng thông tin", False),
        ("57/KH-UBND · 2. Tập huấn kỹ năng thông tin đối ngoại về nhân quyền", True)]
    mine = select(client.get(OPTIONS, {"plan": ""}).text, "task")  # back to "all plans"
    assert {label.split(" · ")[0] for _value, label, _on in mine[1:]} == {"81/KH-UBND"}
    assert select(client_as("viewer").get(OPTIONS, {"plan": ""}).text, "task") == [
        ("", "— Chọn kế hoạch trước —", True)]


def test_the_checklist_offers_the_plans_of_the_records_unit(
        client_as, hau_giang, unit, language, task) -> None:
    client = client_as("coordinator")
    offered = checklist(client.get(reverse("records:product_create")).text)
    assert offered and all(label.startswith("81/KH-UBND") for label in offered)
    # The form sent back (a title missing) follows the unit chosen: Báo Hậu Giang.
    data = {"title": "", "kind": "article", "channel": "print", "published_on": "2024-05-02",
            "unit": unit("HG-BAO").pk, "languages": [language("vi").pk],
            "tasks": [task("II.1").pk]}
    offered = checklist(client.post(reverse("records:product_create"), data).text)
    assert offered == [
        "81/KH-UBND · II.1. Sản xuất, đăng phát các sản phẩm truyền thông",
        "57/KH-UBND · 1. Tuyên truyền trên Báo Hậu Giang và cổng thông tin",
        "57/KH-UBND · 2. Tập huấn kỹ năng thông tin đối ngoại về nhân quyền"]
    # Any task of a current plan is still accepted, whichever unit records it.
    data["title"] = "Báo Hậu Giang đưa tin về chương trình phối hợp với Sóc Trăng"
    assert client.post(reverse("records:product_create"), data).status_code == 302
    product = Product.objects.get(title__startswith="Báo Hậu Giang đưa tin")
    assert list(product.tasks.all()) == [task("II.1")]
    edit = checklist(client.get(reverse("records:product_edit", args=[product.pk])).text)
    assert edit == offered


def test_choosing_another_unit_refreshes_the_checklist(client_as, hau_giang, unit, task) -> None:
    """With JavaScript the unit's select asks records:record_tasks for its plans' tasks, the
    boxes ticked kept (tests/browser/test_record_plan_filter.py clicks through it)."""
    client = client_as("coordinator")
    form = client.get(reverse("records:product_create")).text
    unit_select = re.search(r'<select name="unit"[^>]*>', form).group(0)
    assert f'hx-get="{reverse("records:record_tasks")}"' in unit_select
    assert 'hx-target="#id_tasks"' in unit_select
    fragment = client.get(reverse("records:record_tasks"),
                          {"unit": unit("HG-BAO").pk, "tasks": [task("II.1").pk]}).text
    assert fragment.startswith('<div id="id_tasks"')
    assert checklist(fragment) == [
        "81/KH-UBND · II.1. Sản xuất, đăng phát các sản phẩm truyền thông",
        "57/KH-UBND · 1. Tuyên truyền trên Báo Hậu Giang và cổng thông tin",
        "57/KH-UBND · 2. Tập huấn kỹ năng thông tin đối ngoại về nhân quyền"]
    assert re.search(rf'value="{task("II.1").pk}"[^>]*checked', fragment)
    back = checklist(client.get(reverse("records:record_tasks"), {"unit": unit("ST-BAO").pk}).text)
    assert back and all(label.startswith("81/KH-UBND") for label in back)


def test_a_unit_without_a_plan_is_offered_few_tasks_or_told_why(
        client_as, hau_giang, unit, monkeypatch) -> None:
    client = client_as("coordinator")
    data = {"title": "", "kind": "training", "start_date": "2025-09-10",
            "unit": unit("CT-SVHTTDL").pk}  # Cần Thơ has no plan yet
    html = client.post(reverse("records:activity_create"), data).text
    assert len(checklist(html)) == Task.objects.count() == 7
    monkeypatch.setattr(selectors, "FEW_TASKS", 5)
    html = client.post(reverse("records:activity_create"), data).text
    assert checklist(html) == []
    assert ("Không có kế hoạch đang thực hiện nào do đơn vị này hoặc đơn vị cấp trên ban "
            "hành, nên không có nhiệm vụ để chọn.") in html


def test_plans_concern_the_units_under_their_issuer(hau_giang, plan, unit) -> None:
    assert unit_ancestor_ids([unit("ST-BAO").pk]) == {unit("ST-BAO").pk, unit("ST").pk}
    assert selectors.plans_concerning([unit("HG-BAO").pk]) == [hau_giang.pk]
    assert selectors.plans_concerning([unit("ST-STTTT").pk, unit("HG").pk]) == [
        plan.pk, hau_giang.pk]
    assert selectors.plans_concerning([unit("CT-BPTTH").pk]) == []
    assert Unit.objects.get(code="CT-BPTTH").parent == unit("CT")
