"""The product and activity lists page by the last row's date and id: every product once,
in order, forwards and back, whatever the depth, with the filters kept."""

import re
from datetime import date, timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach import keyset
from records import views
from records.models import Product

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(make_product, unit, language, monkeypatch) -> list[str]:
    """Seven loudspeaker news items over four days (two a day share a date), pages of three."""
    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    titles = []
    for n in range(7):
        title = f"Tin truyền thanh số {n + 1:02d} về quyền con người"
        make_product(title=title, kind="news", channel="loudspeaker", tasks=[],
                     published_on=date(2024, 3, 1) + timedelta(days=n // 2))
        titles.append(title)
    return titles


def shown(html: str) -> list[str]:
    return re.findall(r"Tin truyền thanh số \d\d về quyền con người", html)


def link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}"', html)
    return unescape(found.group(1)) if found else None


def test_the_pages_show_every_product_once_forwards_and_back(client_as, news) -> None:
    client = client_as("coordinator")
    url = reverse("records:product_list")
    pages, html = [], client.get(url, {"kind": "news"}).text
    while True:
        pages.append(shown(html))
        assert "7 sản phẩm" in html
        following = link(html, "next")
        if following is None:
            break
        assert "kind=news" in following
        html = client.get(url + following).text
    assert [t for page in pages for t in page] == sorted(news, reverse=True)
    assert [len(page) for page in pages] == [3, 3, 1]
    back = client.get(url + link(html, "prev")).text
    assert shown(back) == pages[1]
    assert shown(client.get(url + link(back, "prev")).text) == pages[0]


def test_a_count_past_the_limit_says_more_than(client_as, news, monkeypatch) -> None:
    monkeypatch.setattr(keyset, "COUNT_LIMIT", 5)
    monkeypatch.setattr(keyset.count_up_to, "__defaults__", (5,))
    html = client_as("coordinator").get(reverse("records:product_list"), {"unit": ""}).text
    assert "Hơn 5 sản phẩm; hãy lọc để thu hẹp." in html


def test_a_broken_cursor_opens_the_first_page(client_as, news) -> None:
    client = client_as("coordinator")
    url = reverse("records:product_list")
    for cursor in ("2024-02-30.1", "x", "2024-03-01." + "9" * 30):
        assert shown(client.get(url, {"unit": "", "after": cursor}).text) == \
            sorted(news, reverse=True)[:3]
    assert Product.objects.count() == 7


def test_the_cursor_doctests_pass() -> None:
    import doctest

    result = doctest.testmod(keyset)
    assert result.attempted > 0 and result.failed == 0



def test_the_cursor_bounds_the_date_so_the_index_scan_starts_there(news) -> None:
    """With only "date < day OR (date = day AND id < pk)", PostgreSQL read the (date, id)
    index from the newest row and filtered its way down (a million products, half way: 300
    ms); a plain bound on the date lets it start at the cursor. The pages stay the same."""
    products = list(Product.objects.order_by("-published_on", "-pk"))
    middle = keyset.Cursor(products[3].published_on, products[3].pk)
    with CaptureQueriesContext(connection) as older:
        page = keyset.keyset_page(Product.objects.all(), date_field="published_on", size=2,
                                  after=middle)
    with CaptureQueriesContext(connection) as newer:
        back = keyset.keyset_page(Product.objects.all(), date_field="published_on", size=2,
                                  before=middle)
    assert page.items == products[4:6]
    assert back.items == products[1:3]
    assert '"published_on" <= ' in older.captured_queries[-1]["sql"]
    assert '"published_on" >= ' in newer.captured_queries[-1]["sql"]
