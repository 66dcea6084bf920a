"""A figure's link names the report's units while a server accepts the URL."""

from datetime import date

from reporting.drafting.links import MAX_LINKED_UNITS, products_url


def test_a_link_names_a_few_units_and_leaves_a_thousand_out() -> None:
    few = products_url([12, 3], date(2023, 12, 15), date(2024, 6, 14), kind="news")
    assert few.endswith("?date_from=2023-12-15&date_to=2024-06-14&units=3&units=12&kind=news")
    many = products_url(range(1, 1001), date(2023, 12, 15), date(2024, 6, 14), task=7)
    assert "units=" not in many and many.endswith("&task=7")
    assert len(products_url(range(MAX_LINKED_UNITS), date(2024, 1, 1), date(2024, 6, 14))) < 4094
