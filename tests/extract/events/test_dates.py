"""Date normalisation: Chinese date expressions, ranges, Chinese numerals and year inference."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import (
    DateMatch,
    chinese_number,
    days_in_context,
    duration_days,
    find_dates,
    infer_year,
    parse_date,
    with_year,
    year_from_name,
)

D = dt.date

# fmt: off
RANGES = [
    ("7月6日至8日", 2023, D(2023, 7, 6), D(2023, 7, 8)),
    ("2021年12月19日－20日", None, D(2021, 12, 19), D(2021, 12, 20)),
    ("11月5日下午", 2024, D(2024, 11, 5), D(2024, 11, 5)),
    ("6月28日至7月1日", 2022, D(2022, 6, 28), D(2022, 7, 1)),
    ("12月30日至1月2日", 2023, D(2023, 12, 30), D(2024, 1, 2)),
    ("2019年10月20日-2019年10月22日", None, D(2019, 10, 20), D(2019, 10, 22)),
    ("二〇二三年十二月十九日", None, D(2023, 12, 19), D(2023, 12, 19)),
    ("九月二十五日至二十七日", 2025, D(2025, 9, 25), D(2025, 9, 27)),
    ("5月16号", 2020, D(2020, 5, 16), D(2020, 5, 16)),
    ("2021/6/9", None, D(2021, 6, 9), D(2021, 6, 9)),
    ("１０月８日", 2022, D(2022, 10, 8), D(2022, 10, 8)),
    ("5月10-12日", 2024, D(2024, 5, 10), D(2024, 5, 12)),  # the first day without 日
    ("5月10至12日", 2024, D(2024, 5, 10), D(2024, 5, 12)),
    ("5月10—6月2日", 2024, D(2024, 5, 10), D(2024, 6, 2)),
    ("5月10号～12号", 2024, D(2024, 5, 10), D(2024, 5, 12)),
]
NOT_DATES = ["3个月", "第5期", "13月5日", "2月30日", "约10天", "2000多万元"]
# A day without 日 is a day only when a dashed second day with 日 follows.
MONTH_ONLY = ["5月10-12时", "5月10至12", "5月10人"]
NUMBERS = [("十二", 12), ("二十", 20), ("二十五", 25), ("十", 10), ("二〇二三", 2023), ("25", 25), ("三十一", 31),
           ("百", None), ("", None)]
INFERRED = [
    # (month, day, reference) → year: the one nearest the document date
    (1, 3, D(2023, 12, 28), 2024),
    (12, 28, D(2024, 1, 5), 2023),
    (7, 6, D(2023, 7, 1), 2023),
    (11, 5, D(2024, 11, 5), 2024),
]
# fmt: on


@pytest.mark.parametrize(("text", "year", "start", "end"), RANGES, ids=[r[0] for r in RANGES])
def test_dates_normalise_ranges(text: str, year: int | None, start: dt.date, end: dt.date) -> None:
    found = list(find_dates(text, year=year))
    assert len(found) == 1
    assert (found[0].start, found[0].end, found[0].precision) == (start, end, "day")
    assert text[found[0].offset : found[0].end_offset].startswith(found[0].text[:2])


@pytest.mark.parametrize("text", NOT_DATES)
def test_dates_reject_non_dates(text: str) -> None:
    assert [f for f in find_dates(text) if f.precision == "day"] == []


@pytest.mark.parametrize("text", MONTH_ONLY)
def test_dates_day_without_day_mark_is_no_day(text: str) -> None:
    assert [found.precision for found in find_dates(text, year=2024)] == ["month"]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_dates_chinese_numbers(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


def test_dates_month_without_day_is_a_month_range() -> None:
    (found,) = find_dates("会议定于十二月召开", year=2023)
    assert (found.start, found.end, found.precision, found.year_given) == (
        D(2023, 12, 1),
        D(2023, 12, 31),
        "month",
        False,
    )


def test_dates_written_year_is_kept() -> None:
    (found,) = find_dates("于2021年12月19日开幕", year=2030)
    assert found.year_given and found.start.year == 2021


def test_dates_missing_year_is_marked_and_rebased() -> None:
    (found,) = find_dates("7月6日至8日举行")
    assert not found.year_given
    rebased = with_year(found, 2023)
    assert (rebased.start, rebased.end) == (D(2023, 7, 6), D(2023, 7, 8))


@pytest.mark.parametrize(("month", "day", "reference", "year"), INFERRED)
def test_dates_infer_year_from_document_date(month: int, day: int, reference: dt.date, year: int) -> None:
    assert infer_year(month, day, reference=reference) == year


def test_dates_parse_date_uses_reference() -> None:
    found = parse_date("1月3日上午开幕", reference=D(2023, 12, 28))
    assert found is not None and found.start == D(2024, 1, 3)


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("2023世界人工智能大会", 2023),
        ("2024年IT市场年会", 2024),
        ("第七届虹桥国际经济论坛", None),
        ("世界5G大会", None),
    ],
)
def test_dates_year_from_event_name(name: str, year: int | None) -> None:
    assert year_from_name(name) == year


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("为期三天的博览会", 3),
        ("为期两周", 14),
        ("为期10天", 10),
        ("三天后", None),
        ("展会将持续三天", 3),
        ("历时两天的会议", 2),
        ("持续三天后", None),
        ("昨日（25日）起一连四日举行", 4),
        ("连续三天举办", 3),
        ("连续三天后", None),
    ],
)
def test_dates_duration(text: str, days: int | None) -> None:
    assert duration_days(text) == days


CONTEXT = DateMatch(D(2024, 5, 15), D(2024, 5, 15), 0, 5, "5月15日", True)
CONTEXT_RANGE = DateMatch(D(2024, 5, 15), D(2024, 5, 17), 0, 8, "5月15日至17日", True)
# fmt: off
# (case, text, context, dateline?, the days found)
IN_CONTEXT = [
    ("day-only in the context's month", "16日上午，博览会开幕。", CONTEXT, False, [(D(2024, 5, 16), D(2024, 5, 16))]),
    ("a run of days", "16日至18日举行。", CONTEXT, False, [(D(2024, 5, 16), D(2024, 5, 18))]),
    ("当天 is the context's day", "当天下午，论坛举行。", CONTEXT, False, [(D(2024, 5, 15), D(2024, 5, 15))]),
    ("次日 is the day after", "次日，论坛举行。", CONTEXT, False, [(D(2024, 5, 16), D(2024, 5, 16))]),
    ("翌日上午", "翌日上午，论坛举行。", CONTEXT, False, [(D(2024, 5, 16), D(2024, 5, 16))]),
    ("当天/次日 after a range are none", "次日，论坛举行。", CONTEXT_RANGE, False, []),
    ("当天 after a month-day date is part of it", "5月20日当天举行。", CONTEXT, False, []),
    ("a dateline gives no 次日", "次日，论坛举行。", CONTEXT, True, []),
    ("a dateline gives 今天", "今天上午，论坛举行。", CONTEXT, True, [(D(2024, 5, 15), D(2024, 5, 15))]),
    ("今天 is no day of a told date", "今天上午，论坛举行。", CONTEXT, False, []),
    ("a length is no day (为期3日)", "论坛为期3日。", CONTEXT, False, []),
    ("a count is no day (第3日)", "展会第3日迎来高峰。", CONTEXT, False, []),
    ("3日内 is a length", "3日内完成。", CONTEXT, False, []),
    ("a day the month has not", "31日举行。", DateMatch(D(2024, 6, 1), D(2024, 6, 1), 0, 4, "6月1日", True), False, []),
]
# fmt: on


@pytest.mark.parametrize(
    ("case", "text", "context", "dateline", "days"), IN_CONTEXT, ids=[c[0] for c in IN_CONTEXT]
)
def test_days_in_context(
    case: str, text: str, context: DateMatch, dateline: bool, days: list[tuple[dt.date, dt.date]]
) -> None:
    assert [(d.start, d.end) for d in days_in_context(text, context, dateline=dateline)] == days
