from plans.codes import roman_to_int, task_code_sort_key


def test_it_reads_roman_numerals() -> None:
    assert [roman_to_int(r) for r in ["I", "II", "IV", "IX", "XIV"]] == [1, 2, 4, 9, 14]
    assert roman_to_int("II3") is None


def test_it_orders_task_codes_as_the_document_does() -> None:
    codes = ["II.10", "II.3.đ", "II.1", "III.1", "II.3.d", "II.3.a", "II.9", "II.3.e", "I.2"]
    assert sorted(codes, key=task_code_sort_key) == [
        "I.2", "II.1", "II.3.a", "II.3.d", "II.3.đ", "II.3.e", "II.9", "II.10", "III.1",
    ]


def test_it_accepts_written_variants() -> None:
    assert task_code_sort_key("II.3.a)") == task_code_sort_key("II.3.a")
    assert task_code_sort_key("2.1") == "000002.000001"
