"""Figure tables: the JSON a submission keeps, totals, and sums whose shares are ratios of sums."""

import json
from decimal import Decimal

from reporting.figures import FigureTable, Row

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


def test_shares_of_the_whole_add_up_to_100_percent() -> None:
    split = FigureTable("products_by_language", "Ngôn ngữ", ["Ngôn ngữ", "Số", "Tỷ lệ"], [
        Row("vietnamese_only", "Chỉ tiếng Việt", [327, None]),
        Row("other_only", "Chỉ tiếng dân tộc thiểu số", [93, None]),
        Row("bilingual", "Song ngữ", [27, None])], shares={1: 0}).with_ratios()
    assert [row.values[1] for row in split.rows] == [
        Decimal("0.7315"), Decimal("0.2081"), Decimal("0.0604")]
    assert split.total_row().values == [447, Decimal("1.0000")]
    stored = json.loads(json.dumps(split.to_json()))
    assert FigureTable.from_json(stored) == split
