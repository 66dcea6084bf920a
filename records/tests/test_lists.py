from datetime import date

import pytest
from django.urls import reverse

from plans.services import plan_create, task_create
from records import selectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(make_product, unit, language, task, topics) -> dict[str, object]:
    """Four products of two units, in three languages, on two topics and two tasks."""
    return {
        "hoc_sinh": make_product(topics=[topics["dantoc"]]),
        "chua": make_product(
            title="Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng", kind="reportage",
            channel="online", languages=[language("km")], published_on=date(2024, 6, 18),
            duration_minutes=12, topics=[topics["dantoc"]]),
        "upr": make_product(
            title="Việt Nam bảo vệ thành công báo cáo quốc gia UPR chu kỳ IV", kind="news",
            published_on=date(2024, 5, 9), topics=[topics["upr"]], tasks=[]),
        "dai": make_product(
            title="Đổi thay ở vùng đồng bào Khmer huyện Trần Đề", kind="reportage",
            channel="tv", unit=unit("ST-DAI"), languages=[language("vi"), language("km")],
            published_on=date(2024, 7, 15), duration_minutes=18, tasks=[task("II.3.c")]),
    }


def titles(records) -> list[str]:
    return [r.title for r in records]


def test_it_lists_products_newest_first(products) -> None:
    assert titles(selectors.product_list()) == [
        "Đổi thay ở vùng đồng bào Khmer huyện Trần Đề",
        "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng",
        "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer",
        "Việt Nam bảo vệ thành công báo cáo quốc gia UPR chu kỳ IV",
    ]


@pytest.fixture(params=["named", "joined"])
def linked_records(request, monkeypatch) -> None:
    """A task's, topic's or language's records named by id (few), or found by the query."""
    monkeypatch.setattr(selectors, "NAMED_RECORDS", 5000 if request.param == "named" else 0)


def test_it_filters_products(products, unit, language, task, topics, linked_records) -> None:
    assert titles(selectors.product_list(unit_ids=[unit("ST-DAI").pk])) == [
        "Đổi thay ở vùng đồng bào Khmer huyện Trần Đề"]
    assert len(selectors.product_list(kind="reportage")) == 2
    assert titles(selectors.product_list(channel="tv")) == [
        "Đổi thay ở vùng đồng bào Khmer huyện Trần Đề"]
    assert titles(selectors.product_list(language=language("km"))) == [
        "Đổi thay ở vùng đồng bào Khmer huyện Trần Đề",
        "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng"]
    assert len(selectors.product_list(topic=topics["dantoc"])) == 2
    assert titles(selectors.product_list(task=task("II.3.c"))) == [
        "Đổi thay ở vùng đồng bào Khmer huyện Trần Đề"]
    assert titles(selectors.product_list(date_from=date(2024, 6, 3),
                                         date_to=date(2024, 6, 18))) == [
        "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng",
        "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer"]


@pytest.mark.parametrize("query", [
    "doi thay", "ĐỔI THAY", "Đổi thay", "Đô\u0309i thay", "tran de khmer", "  vung   dong bao "])
def test_it_searches_products_ignoring_diacritics_case_and_form(products, query: str) -> None:
    """NFD input ("Đô" + combining hook), đ typed as d, words in any order."""
    assert titles(selectors.product_list(query=query)) == [
        "Đổi thay ở vùng đồng bào Khmer huyện Trần Đề"]


def test_it_searches_activities_by_title_and_place(make_activity, unit) -> None:
    make_activity()
    make_activity(title="Triển lãm ảnh “Quyền con người trong đời sống đồng bào Khmer”",
                  kind="exhibition", start_date=date(2024, 12, 9), end_date=date(2024, 12, 12),
                  place="Bảo tàng Khmer Sóc Trăng", unit=unit("ST-SVHTTDL"), participants={})
    assert titles(selectors.activity_list(query="trien lam")) == [
        "Triển lãm ảnh “Quyền con người trong đời sống đồng bào Khmer”"]
    assert titles(selectors.activity_list(query="hoi truong so thong tin")) == [
        "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024"]
    assert titles(selectors.activity_list(kind="training")) == [
        "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024"]
    assert len(selectors.activity_list(query="khmer")) == 1


def test_it_finds_activities_overlapping_the_dates(make_activity, task) -> None:
    make_activity()
    make_activity(title="Tọa đàm cuối quý II", kind="seminar", start_date=date(2024, 6, 30),
                  end_date=date(2024, 7, 1), tasks=[task("II.1")])
    first_half = selectors.activity_list(date_from=date(2024, 1, 1), date_to=date(2024, 6, 30))
    second_half = selectors.activity_list(date_from=date(2024, 7, 1), date_to=date(2024, 12, 31))
    assert titles(first_half) == ["Tọa đàm cuối quý II"]
    assert titles(second_half) == [
        "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024", "Tọa đàm cuối quý II"]
    assert titles(selectors.activity_list(task=task("II.1"))) == ["Tọa đàm cuối quý II"]


def test_it_opens_a_reporters_list_on_their_unit(client_as, products) -> None:
    client = client_as("reporter")
    page = client.get(reverse("records:product_list")).text
    assert "Chùa Khmer" in page and "Đổi thay ở vùng đồng bào" not in page
    page = client.get(reverse("records:product_list"), {"page": "1"}).text
    assert "Đổi thay ở vùng đồng bào" not in page
    page = client.get(reverse("records:product_list"), {"unit": ""}).text
    assert "Chùa Khmer" in page and "Đổi thay ở vùng đồng bào" in page
    assert "Đổi thay ở vùng đồng bào" in client_as("coordinator").get(
        reverse("records:product_list")).text


def test_it_filters_the_page_and_answers_htmx_with_the_results_only(
        client_as, products, language) -> None:
    client = client_as("viewer")
    query = {"q": "khmer", "language": language("km").pk, "channel": "online"}
    page = client.get(reverse("records:product_list"), query).text
    assert '<form method="get" class="filters"' in page and "1 sản phẩm" in page
    partial = client.get(reverse("records:product_list"), query, headers={"HX-Request": "true"})
    assert partial.text.lstrip().startswith('<div id="product-results">')
    assert "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng" in partial.text
    assert "<form" not in partial.text and "Sóc Trăng bảo đảm" not in partial.text


def test_it_ignores_a_malformed_filter(client_as, products) -> None:
    response = client_as("viewer").get(reverse("records:product_list"),
                                       {"date_from": "31/02/2024", "language": "x"})
    assert response.status_code == 200 and "4 sản phẩm" in response.text


def test_it_lists_products_in_a_constant_number_of_queries(
        client_as, make_product, language, topics, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    for n in range(3):
        make_product(title=f"Tin số {n}", languages=[language("vi"), language("km")],
                     topics=list(topics.values()))
    with django_assert_max_num_queries(15) as few:  # the header counts unread notices
        client.get(reverse("records:product_list"))
    for n in range(40):
        make_product(title=f"Bài số {n}", languages=[language("vi"), language("en")],
                     topics=list(topics.values()))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("records:product_list"))
    assert "43 sản phẩm" in response.text


def test_it_lists_activities_in_a_constant_number_of_queries(
        client_as, make_activity, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    make_activity()
    with django_assert_max_num_queries(13) as few:
        client.get(reverse("records:activity_list"))
    for n in range(30):
        make_activity(title=f"Buổi sinh hoạt lồng ghép số {n}", kind="integrated",
                      participants={"residents": 40 + n, "other": 3})
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("records:activity_list"))
    assert "31 hoạt động" in response.text and ">72<" in response.text


def test_it_offers_the_tasks_of_current_plans(province, task) -> None:
    """In 2026 the demo's 2024 plan is its latest, so it is offered until a newer one comes."""
    assert "II.1" in [t.code for t in selectors.task_choices(today=date(2026, 11, 23))]
    plan = plan_create(doc_type="KH", number="12", symbol="KH-UBND", issued_on=date(2026, 1, 15),
                       issuer_name="Ủy ban nhân dân tỉnh Sóc Trăng", place="Sóc Trăng",
                       title="Thực hiện Đề án truyền thông về quyền con người năm 2026",
                       year_start=2026, year_end=2026)
    task_create(plan=plan, code="1", title="Tuyên truyền trên báo chí", timeframe_text="Năm 2026")
    offered = selectors.task_choices(today=date(2026, 11, 23))
    assert [t.plan.number for t in offered] == ["12"]
    kept = selectors.task_choices(today=date(2026, 11, 23), include=[task("II.1").pk])
    assert sorted(t.code for t in kept) == ["1", "II.1"]
    assert len(selectors.task_choices(today=date(2025, 1, 10))) == 6


def test_it_counts_records_by_topic(make_product, make_activity, topics) -> None:
    make_product(topics=[topics["dantoc"], topics["upr"]])
    make_product(title="Chùa Khmer", topics=[topics["dantoc"]])
    make_activity(topics=[topics["dantoc"]])
    counts = {t.name: (t.product_count, t.activity_count) for t in selectors.topic_list()}
    assert counts == {"Báo cáo quốc gia theo cơ chế UPR": (1, 0),
                      "Quyền của đồng bào dân tộc thiểu số": (2, 1)}


def test_it_filters_activities_by_task_and_topic(make_activity, task, topics,
                                                 linked_records) -> None:
    make_activity(title="Hội nghị phổ biến Công ước chống tra tấn", tasks=[task("II.3.c")],
                  topics=[topics["upr"]])
    make_activity()
    assert titles(selectors.activity_list(task=task("II.3.c"))) == [
        "Hội nghị phổ biến Công ước chống tra tấn"]
    assert titles(selectors.activity_list(topic=topics["upr"])) == [
        "Hội nghị phổ biến Công ước chống tra tấn"]
    assert titles(selectors.product_list(task=task("II.1"))) == []
