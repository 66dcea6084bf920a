"""Figure tables: the JSON a submission keeps, totals, and sums whose shares are ratios of sums."""

import json
from decimal import Decimal

from reporting.figures import FigureTable, Row, sum_tables

COLUMNS = ["Ngôn ngữ", "Số sản phẩm", "Tổng số sản phẩm", "Tỷ lệ"]


def languages(rows: list[Row]) -> FigureTable:
    return FigureTable("products_by_language", "Sản phẩm truyền thông theo ngôn ngữ", COLUMNS,
                       rows, ratios={2: (0, 1)}, total=False)


def kinds(rows: list[Row]) -> FigureTable:
    return FigureTable("products_by_kind", "Sản phẩm truyền thông theo loại",
                       ["Loại sản phẩm", "Số sản phẩm"], rows)


def test_the_ratio_is_computed_from_its_columns_to_four_places() -> None:
    table = languages([Row("km", "Tiếng Khmer", [2, 13, None])]).with_ratios()
    assert table.rows[0].values == [2, 13, Decimal("0.1538")]


def test_a_ratio_over_nothing_is_empty() -> None:
    table = languages([Row("km", "Tiếng Khmer", [0, 0, Decimal("0.5")])]).with_ratios()
    assert table.rows[0].values[2] is None


def test_json_round_trip_keeps_integers_decimals_text_and_empty_cells() -> None:
    table = FigureTable(
        "tasks", "Tiến độ thực hiện nhiệm vụ", ["Nhiệm vụ", "Trạng thái", "Tiến độ", "Sản phẩm"],
        [Row("12", "II.1. Sản xuất, đăng phát các sản phẩm truyền thông",
             ["Đang thực hiện", "60%", 4]),
         Row("13", "II.2. Tập huấn", ["Chưa cập nhật tiến độ", None, 0])], total=False)
    shares = languages([Row("km", "Tiếng Khmer", [2, 13, None])]).with_ratios()
    for original in (table, shares):
        stored = json.loads(json.dumps(original.to_json()))
        assert FigureTable.from_json(stored) == original
    assert json.loads(json.dumps(shares.to_json()))["rows"][0]["values"] == [2, 13, "0.1538"]


def test_a_table_from_older_json_without_ratios_or_total_sums() -> None:
    table = FigureTable.from_json({"code": "activities", "title": "Hoạt động",
                                   "columns": ["Loại", "Số"], "rows": [
                                       {"key": "training", "label": "Tập huấn", "values": [2]}]})
    assert table.ratios == {}
    assert table.total is True


def test_the_total_row_adds_numbers_and_recomputes_the_ratio() -> None:
    table = FigureTable("shares", "Tỷ lệ", COLUMNS, [
        Row("a", "Báo Sóc Trăng", [1, 4, None]), Row("b", "Đài PT-TH Sóc Trăng", [3, 6, None]),
    ], ratios={2: (0, 1)}).with_ratios()
    total = table.total_row()
    assert total is not None
    assert total.label == "Tổng cộng"
    # 4 of 10 products, not the average of 25% and 50%.
    assert total.values == [4, 10, Decimal("0.4000")]


def test_no_total_row_when_asked_for_none_or_empty() -> None:
    assert languages([Row("km", "Tiếng Khmer", [1, 2, None])]).total_row() is None
    assert kinds([]).total_row() is None


def test_summing_units_adds_row_by_row_and_keeps_first_seen_order() -> None:
    bao = [kinds([Row("article", "Bài", [3]), Row("news", "Tin", [1])])]
    dai = [kinds([Row("radio", "Chương trình phát thanh", [2]), Row("article", "Bài", [4])])]
    summed = sum_tables([bao, dai])
    assert [(r.key, r.values) for r in summed[0].rows] == [
        ("article", [7]), ("news", [1]), ("radio", [2])]


def test_summed_shares_are_ratios_of_sums() -> None:
    bao = [languages([Row("km", "Tiếng Khmer", [1, 4, None])]).with_ratios()]
    dai = [languages([Row("km", "Tiếng Khmer", [0, 16, None])]).with_ratios()]
    summed = sum_tables([bao, dai])[0]
    assert summed.rows[0].values == [1, 20, Decimal("0.0500")]
    assert summed.total is False


def test_summing_does_not_change_the_units_tables() -> None:
    bao = kinds([Row("article", "Bài", [3])])
    sum_tables([[bao], [kinds([Row("article", "Bài", [4])])]])
    assert bao.rows[0].values == [3]


def test_text_cells_keep_the_first_units_words() -> None:
    def tasks(status: str, products: int) -> FigureTable:
        return FigureTable("tasks", "Nhiệm vụ", ["Nhiệm vụ", "Trạng thái", "Sản phẩm"],
                           [Row("12", "II.1", [status, products])], total=False)

    summed = sum_tables([[tasks("Đang thực hiện", 3)], [tasks("Hoàn thành", 2)]])[0]
    assert summed.rows[0].values == ["Đang thực hiện", 5]


def test_a_missing_cell_counts_as_nothing() -> None:
    first = kinds([Row("article", "Bài", [None])])
    second = kinds([Row("article", "Bài", [4])])
    assert sum_tables([[first], [second]])[0].rows[0].values == [4]
