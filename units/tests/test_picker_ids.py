"""The picker reads the ids a form sent without trusting them: "²" is a digit to Python and no
number, and an id past 64 bits is no unit."""

from units.picker import _ids


def test_only_ascii_ids_that_fit_are_read() -> None:
    assert _ids(["12", "²", "٣", "9" * 30, " 7 ", "x"]) == [12, 7]
