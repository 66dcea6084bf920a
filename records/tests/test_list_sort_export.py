"""The product and activity lists: folded search, sorting by date either way with the keyset
cursor following the order, and exports with the filters applied."""

import csv
import io
import re
from datetime import date, timedelta
from html import unescape

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from records import views

pytestmark = pytest.mark.django_db
PRODUCTS = reverse("records:product_list")
ACTIVITIES = reverse("records:activity_list")


@pytest.fixture
def news(make_product, monkeypatch) -> list[str]:
    """Seven loudspeaker news items over four days (two a day share a date), pages of three."""
    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    titles = []
    for n in range(7):
        title = f"Tin truyền thanh số {n + 1:02d} về Đoàn viên Đắk Lắk"
        make_product(title=title, kind="news", channel="loudspeaker", tasks=[],
                     published_on=date(2024, 3, 1) + timedelta(days=n // 2))
        titles.append(title)
    return titles


def shown(html: str) -> list[str]:
    return re.findall(r"Tin truyền thanh số \d\d về Đoàn viên Đắk Lắk", html)


def link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}"', html)
    return unescape(found.group(1)) if found else None


def test_products_are_found_folded(client_as, news) -> None:
    client = client_as("viewer")
    for query in ("dak lak", "DOAN VIEN", "đoàn viên đắk lắk", "so 07"):
        assert shown(client.get(PRODUCTS, {"unit": "", "q": query}).text), query


def test_oldest_first_pages_forwards_and_back(client_as, news) -> None:
    client = client_as("coordinator")
    pages, html = [], client.get(PRODUCTS, {"kind": "news", "sort": "date"}).text
    assert 'aria-sort="ascending"' in html
    while True:
        pages.append(shown(html))
        following = link(html, "next")
        if following is None:
            break
        assert "sort=date" in following and "kind=news" in following
        html = client.get(PRODUCTS + following).text
    assert [t for page in pages for t in page] == news  # oldest first, ties by id
    assert [len(page) for page in pages] == [3, 3, 1]
    back = client.get(PRODUCTS + link(html, "prev")).text
    assert shown(back) == pages[1]
    assert shown(client.get(PRODUCTS + link(back, "prev")).text) == pages[0]


def test_the_date_header_reverses_the_order(client_as, news) -> None:
    html = client_as("coordinator").get(PRODUCTS, {"kind": "news"}).text
    assert 'aria-sort="descending"' in html
    assert "?kind=news&amp;sort=date" in html


def test_the_product_export_holds_the_filtered_sorted_list(client_as, news, make_product) -> None:
    make_product(title="+Phóng sự khác, không phải tin", kind="reportage")
    client = client_as("reporter")
    query = {"unit": "", "kind": "news", "q": "dak lak", "sort": "date"}
    html = client.get(PRODUCTS, query).text
    assert "export=xlsx" in html and "export=csv" in html
    sheet = load_workbook(io.BytesIO(client.get(PRODUCTS, {**query, "export": "xlsx"}).content)
                          ).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[1] for row in rows[1:]] == news
    assert rows[1][0].date() == date(2024, 3, 1)
    assert rows[1][8] == "Báo Sóc Trăng"
    response = client.get(PRODUCTS, {"unit": "", "q": "phong su", "export": "csv"})
    lines = list(csv.reader(io.StringIO(
        b"".join(response.streaming_content).decode().lstrip("\ufeff"))))
    assert [line[1] for line in lines[1:]] == ["'+Phóng sự khác, không phải tin"]


def test_the_product_export_query_count_is_constant(
        client_as, news, make_product, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    with django_assert_max_num_queries(30) as few:
        client.get(PRODUCTS, {"unit": "", "export": "csv"}).getvalue()
    for n in range(10):
        make_product(title=f"Bài viết thêm {n}", published_on=date(2024, 4, 1 + n))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(PRODUCTS, {"unit": "", "export": "csv"}).getvalue()


def test_the_activity_list_sorts_and_exports(client_as, make_activity) -> None:
    make_activity(title="Hội nghị tại Đắk Lắk", start_date=date(2024, 5, 2),
                  end_date=date(2024, 5, 2))
    make_activity(title="Tọa đàm Đoàn viên", start_date=date(2024, 9, 9),
                  end_date=date(2024, 9, 9))
    client = client_as("viewer")
    oldest = [a.title for a in client.get(ACTIVITIES, {"unit": "", "sort": "date"})
              .context["page"]]
    assert oldest[0] == "Hội nghị tại Đắk Lắk"
    response = client.get(ACTIVITIES, {"unit": "", "q": "doan VIEN", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[2] for row in rows[1:]] == ["Tọa đàm Đoàn viên"]
    assert rows[1][6] == 70


@pytest.mark.parametrize("url", ["records:product_list", "records:activity_list",
                                 "plans:task_list", "plans:list", "units:list",
                                 "guidance:list"])
def test_the_filter_form_keeps_the_sort_a_header_chose(client_as, url: str) -> None:
    """Changing a filter sends the form: the sort a header chose goes with it."""
    client = client_as("coordinator")
    sorted_page = client.get(reverse(url), {"sort": "-title"}).text
    unsorted = client.get(reverse(url)).text
    form = sorted_page[sorted_page.index('class="filters"'):]
    assert '<input type="hidden" name="sort" value="-title">' in form[:form.index("</form>")]
    assert 'name="sort"' not in unsorted


def test_products_sort_by_title_in_pages_numbered_forwards_and_back(client_as, news) -> None:
    client = client_as("coordinator")
    html = client.get(PRODUCTS, {"kind": "news", "sort": "-title"}).text
    assert 'aria-sort="descending"' in html[html.index("Tên sản phẩm") - 200:]
    pages = []
    while True:
        pages.append(shown(html))
        following = link(html, "next")
        if following is None:
            break
        assert "sort=-title" in following and "kind=news" in following
        html = client.get(PRODUCTS + following).text
    assert [t for page in pages for t in page] == sorted(news, reverse=True)
    assert [len(page) for page in pages] == [3, 3, 1]
    assert shown(client.get(PRODUCTS + link(html, "prev")).text) == pages[1]


@pytest.mark.parametrize("asked", ["0", "99", "²", "hai", "9" * 30])
def test_a_page_number_that_is_no_page_shows_the_nearest(client_as, news, asked: str) -> None:
    response = client_as("coordinator").get(PRODUCTS, {"kind": "news", "sort": "title",
                                                       "page": asked})
    assert response.status_code == 200 and len(shown(response.text)) in (1, 3)


def test_activities_sort_by_unit_and_place(client_as, make_activity, unit) -> None:
    make_activity(title="Hội nghị báo cáo viên quý III", place="Hội trường Huyện ủy Trần Đề")
    make_activity(title="Tọa đàm về quyền trẻ em", place="Nhà văn hóa phường 2",
                  unit=unit("ST-STTTT"))
    client = client_as("coordinator")
    for sort in ("unit", "-unit", "place", "-place", "title", "kind"):
        html = client.get(ACTIVITIES, {"sort": sort}).text
        assert "Tọa đàm về quyền trẻ em" in html, sort
    html = client.get(ACTIVITIES, {"sort": "place"}).text
    assert html.index("Hội trường Huyện ủy") < html.index("Nhà văn hóa phường 2")
