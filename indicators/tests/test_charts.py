import doctest
import re

from indicators import charts, exports
from indicators.charts import bar_chart, format_number


def test_the_docstring_examples_hold() -> None:
    for module in (charts, exports):
        assert doctest.testmod(module).failed == 0


def test_it_escapes_labels() -> None:
    svg = bar_chart([("<script>alert(1)</script> & Co", 3)], title="Đơn vị <b>", chart_id="u",
                    horizontal=True, description="1 mục")
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg and "&amp; Co" in svg


def test_it_titles_every_chart_and_bar_for_screen_readers() -> None:
    svg = bar_chart([("Tiếng Khmer", 4), ("Tiếng Việt", 7)], title="Sản phẩm theo ngôn ngữ",
                    chart_id="lang", horizontal=True, description="2 mục; cao nhất: Tiếng Việt")
    assert 'role="img" aria-labelledby="lang-t lang-d"' in svg
    assert '<desc id="lang-d">2 mục; cao nhất: Tiếng Việt</desc>' in svg
    assert "<title>Tiếng Khmer: 4</title>" in svg


def test_it_scales_bars_to_the_largest() -> None:
    svg = bar_chart([("A", 5), ("B", 10)], title="t", chart_id="c", horizontal=True)
    half, whole = (float(w) for w in re.findall(r'<rect class="bar" [^>]*width="([\d.]+)"', svg))
    assert half * 2 == whole


def test_it_labels_every_few_columns_when_there_are_many() -> None:
    months = [(f"{m:02d}/{y}", 1.0) for y in (2024, 2025, 2026) for m in range(1, 13)]
    svg = bar_chart(months, title="t", chart_id="c", width=960)
    assert svg.count("<rect") == 36
    assert ">01/2024</text>" in svg and ">02/2024</text>" not in svg


def test_it_cuts_long_labels_but_keeps_them_in_the_tooltip() -> None:
    name = "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"
    svg = bar_chart([(name, 3)], title="t", chart_id="c", horizontal=True, width=480)
    assert f"<title>{name}: 3</title>" in svg and f">{name}</text>" not in svg
    assert "…</text>" in svg


def test_it_marks_the_viewers_unit() -> None:
    svg = bar_chart([("Báo Sóc Trăng", 5), ("Đài PT-TH", 3)], title="t", chart_id="c",
                    horizontal=True, highlight={"Báo Sóc Trăng"})
    assert svg.count('class="bar mine"') == 1


def test_it_draws_an_empty_chart() -> None:
    assert bar_chart([], title="t", chart_id="c").endswith("</svg>")


def test_numbers_are_written_the_vietnamese_way() -> None:
    assert [format_number(n) for n in (1234567, 28.571, 70.0, 0.04)] == [
        "1.234.567", "28,6", "70", "0"]
