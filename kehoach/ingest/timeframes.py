"""A task's time frame as plans write it: "Quý III/2024", "Thường xuyên", "Từ tháng 7/2025
đến hết năm 2025", "Khi có đoàn phóng viên nước ngoài đến tác nghiệp trong năm 2024".

`kehoach.vntext.timeframe` reads a time frame written alone; here it is also found inside a
field that says more, or in passing in a task's sentence.
"""

import re
from datetime import date

from kehoach.ingest.textutil import flat
from kehoach.vntext.timeframe import parse_timeframe

Frame = dict[str, str | None]

_YEARS = r"nam \d{4}(?:\s*(?:-|den)\s*(?:nam )?\d{4})?"
# "thường xuyên trong năm 2026" and "hằng năm, giai đoạn ...": the period bounds the frequency.
_TIME_PHRASE = re.compile(
    r"(?:quy [ivx1-4]+(?:\s*(?:va|,|-|den)\s*(?:quy )?[ivx1-4]+)*\s*(?:/|nam)\s*\d{4}"
    r"|(?:thang|tu thang) \d{1,2}(?:\s*(?:-|den|va)\s*(?:thang )?\d{1,2})?\s*(?:/|nam)\s*\d{4}"
    r"|(?:thuong xuyen|hang nam|hang quy|lien tuc)(?:\s*,?\s*(?:trong|suot)\s+(?:ca\s+)?"
    + _YEARS + r")?"
    r"|(?:trong |ca )?" + _YEARS
    + r"|giai doan \d{4}\s*-\s*\d{4}|6 thang (?:dau|cuoi) nam \d{4})"
)
_TIME_LABEL = re.compile(r"(?:thoi gian|thoi han|tien do)(?: [a-z]+){0,3}\s*:\s*(?P<value>[^;.]+)")
# "Từ tháng 7/2025 đến hết năm 2025": a span that runs to the end of a whole year, whose start
# lies inside that year. `parse_timeframe` orders the periods of a span by their first days and
# so refuses it; the two ends are read apart here.
_TO_YEAR_END = re.compile(r"\s*(?:-|–|den|toi)\s+(?:het\s+|cuoi\s+)?(?:nam\s+)?(\d{4})\s*$")


def timeframe_of(text: str, plan_years: tuple[int, int] | None) -> Frame:
    """The time frame a field gives; when its words are more than a time frame, the time
    frame they hold ("Khi có đoàn ... trong năm 2024" is the year 2024)."""
    frame = _read(text, plan_years)
    if frame["start"] or frame["end"]:
        return frame
    if found := _TIME_PHRASE.search(flat(text)):
        inner = _read(text[found.start():found.end()], plan_years)
        if inner["start"] or inner["end"]:
            return {**inner, "text": frame["text"]}
    return frame


def _read(text: str, plan_years: tuple[int, int] | None) -> Frame:
    text = text.strip(" .;")
    frame = parse_timeframe(text, plan_years=plan_years)
    start, end = frame.start, frame.end
    if start is None and (to_year := _TO_YEAR_END.search(flat(text))) and to_year.start() > 0:
        year = int(to_year.group(1))
        first = parse_timeframe(text[:to_year.start()], plan_years=(year, year))
        if first.start is not None and first.start.year <= year:
            start, end = first.start, date(year, 12, 31)
    return {
        "text": frame.text,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }


def inline_timeframe(sources: list[str], plan_years: tuple[int, int] | None) -> Frame | None:
    """The time frame a running paragraph gives: after "thời gian thực hiện:" or in passing."""
    written = None
    for source in sources:
        if labelled := _TIME_LABEL.search(flat(source)):
            frame = timeframe_of(source[labelled.start("value"):labelled.end("value")],
                                 plan_years)
            if frame["start"] or frame["end"]:
                return frame
            written = written or frame
    for source in sources:
        if found := _TIME_PHRASE.search(flat(source)):
            return _read(source[found.start():found.end()], plan_years)
    return written
