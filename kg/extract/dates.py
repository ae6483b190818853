"""Chinese date expressions → ISO dates: 7月6日至8日, 2021年12月19日－20日, 11月5日下午, 十二月.

News often leaves the year out ("7月6日至8日，2023世界人工智能大会在上海举办"), so every match keeps
whether the year was written; ``infer_year`` supplies it from the event name, or from a reference
date (the document's) by taking the year that puts the date nearest to it. Ranges may cross months
and years (12月30日至1月2日). A month without a day (十二月) is a month-precision range.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
}
_CN_DIGITS |= {"八": 8, "九": 9}
_NUM = r"[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3}"
_YEAR = r"[0-9０-９]{4}|[〇零○一二三四五六七八九]{4}"
_DASH = r"(?:至|到|—|－|-|~|～|–|—)"
_PART_OF_DAY = r"(?:上午|下午|晚上|晚间|中午|早上|早晨|凌晨|傍晚|夜间|当天|当日)"

# The first day of a range may go without 日 (5月10-12日, 5月10至12日).
_FIRST_DAY_END = rf"(?:[日号]{_PART_OF_DAY}?|(?=\s*{_DASH}\s*(?:(?:{_NUM})\s*月\s*)?(?:{_NUM})\s*[日号]))"
_DAY_RANGE = re.compile(
    rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*{_FIRST_DAY_END}"
    rf"(?:\s*{_DASH}\s*(?:(?P<y2>{_YEAR})\s*年\s*)?(?:(?P<m2>{_NUM})\s*月\s*)?(?P<d2>{_NUM})\s*[日号]"
    rf"{_PART_OF_DAY}?)?"
)
_NUMERIC = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})(?![0-9])"
)
_MONTH = re.compile(rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?P<m>{_NUM})\s*月(?:份)?(?!\s*(?:{_NUM})\s*[日号])")
# 为期三天, 持续两周, 一连四日 (Hong Kong and Macao), 连续三天: the length of an event.
_DURATION = re.compile(rf"(?:为期|持续|历时|一连|连续)\s*(?P<n>{_NUM})\s*(?P<unit>天|日|周)(?!以来|之后|后)")
# 2023年度业绩发布会 is held in 2024: a year before 年度 names the period reported on, not the event year.
_YEAR_IN_NAME = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])(?!\s*年度)")
# 新华社北京6月27日电, 湖南日报7月30日讯（记者 …）: a dateline's date is when the report was filed, not
# when the event took place.
_DATELINE_END = re.compile(r"\s*(?:电|讯(?=[\s\u3000（(：:]))")
# 15日至16日 under a dateline or after 5月15日: the month (and year) come from the context. Not a
# length (为期3日, 持续3日, 3日内) nor a count (第3日, 每3日).
_DAY_ONLY = re.compile(
    rf"(?<![0-9０-９月年期续时近约第每])(?P<d>[0-9０-９]{{1,2}})\s*日(?!内|后|以来|之内|之后)"
    rf"{_PART_OF_DAY}?(?:\s*{_DASH}\s*(?P<d2>[0-9０-９]{{1,2}})\s*日)?"
)

_TODAY = re.compile(rf"(?:今天|今日){_PART_OF_DAY}?")
# 当天上午 / 次日 written alone (not 5月20日当天): the day of the context, or the day after it.
_SAME_DAY = re.compile(rf"(?<![0-9０-９日号])(?:当天|当日|同日){_PART_OF_DAY}?")
_NEXT_DAY = re.compile(rf"(?:次日|翌日|第二天){_PART_OF_DAY}?")

# A year or an edition at the start of an event name: 2023, 2023年, 2024年度, 第七届, 首届, 十二届.
NAME_PREFIX = re.compile(
    r"^(?:(?:19|20)[0-9]{2}\s*(?:年度|年)?|第?[0-9一二三四五六七八九十百零〇两]+\s*[届次期]|首届)\s*"
)


@dataclass(frozen=True)
class DateMatch:
    """A date or date range found in a text, with the year it would have without inference.

    ``year_given`` is False when the text wrote no year and ``start``/``end`` carry the year the
    caller passed (or a placeholder); ``precision`` is "day" or "month".
    """

    start: dt.date
    end: dt.date
    offset: int
    end_offset: int
    text: str
    year_given: bool
    precision: str = "day"


def chinese_number(text: str) -> int | None:
    """十二 → 12, 二十 → 20, 二〇二三 → 2023, 25 → 25; None when it is not a number."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789")).strip()
    if text.isdigit():
        return int(text)
    if not text:
        return None
    if "十" not in text:
        if all(c in _CN_DIGITS for c in text):
            return int("".join(str(_CN_DIGITS[c]) for c in text))
        return None
    tens, _, ones = text.partition("十")
    if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _num(value: str | None) -> int | None:
    return chinese_number(value) if value else None


def find_dates(text: str, *, year: int | None = None) -> Iterator[DateMatch]:
    """Every date expression in ``text``, left to right; ``year`` fills in a missing year.

    Without ``year``, dates with no written year get the placeholder year 2000 (a leap year, so
    that 2月29日 survives) and ``year_given=False``; ``with_year`` rebases them later.
    """
    taken: list[tuple[int, int]] = []
    for match in _DAY_RANGE.finditer(text):
        found = _day_range(match, year)
        if found:
            taken.append((match.start(), match.end()))
            yield found
    for match in _NUMERIC.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        start = _date(int(match["y"]), int(match["m"]), int(match["d"]))
        if start:
            taken.append((match.start(), match.end()))
            yield DateMatch(start, start, match.start(), match.end(), match.group(), True)
    for match in _MONTH.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        month = _num(match["m"])
        given = _num(match["y"])
        base = given if given is not None else (year if year is not None else 2000)
        if month is None or not 1 <= month <= 12:
            continue
        last = calendar.monthrange(base, month)[1]
        yield DateMatch(
            dt.date(base, month, 1),
            dt.date(base, month, last),
            match.start(),
            match.end(),
            match.group(),
            given is not None,
            "month",
        )


def _day_range(match: re.Match[str], year: int | None) -> DateMatch | None:
    given = _num(match["y"])
    base = given if given is not None else (year if year is not None else 2000)
    month, day = _num(match["m"]), _num(match["d"])
    if month is None or day is None:
        return None
    start = _date(base, month, day)
    if start is None:
        return None
    end = start
    if match["d2"]:
        end_year = _num(match["y2"])
        end_month = _num(match["m2"]) or month
        end_day = _num(match["d2"])
        if end_day is None:
            return None
        if end_year is None:
            # 12月30日至1月2日: the range runs into the next year.
            end_year = start.year + 1 if end_month < month else start.year
        end = _date(end_year, end_month, end_day) or start
        if end < start:
            end = start
    return DateMatch(start, end, match.start(), match.end(), match.group(), given is not None)


def is_dateline(text: str, found: DateMatch) -> bool:
    """The date closes a dateline (北京6月27日电): it dates the report, not the event."""
    return _DATELINE_END.match(text, found.end_offset) is not None


def days_under_dateline(text: str, dateline: DateMatch) -> Iterator[DateMatch]:
    """Day-only dates (15日至16日, 16日) in the month of the dateline ``dateline``, after it; 今天/今日
    under a dateline is the dateline's day (湖南日报7月3日讯…今天下午)."""
    return days_in_context(text, dateline, dateline.end_offset, dateline=True)


def days_in_context(
    text: str, context: DateMatch, start: int = 0, *, dateline: bool = False
) -> Iterator[DateMatch]:
    """Dates after ``start`` that the ``context`` date completes: 16日 and 15日至16日 in its month;
    under a dateline (the day the report was filed) 今天 is its day; after a date the text tells
    (in the sentence or the one before) 当天 is its day and 次日 the day after. A day the month has
    not (31日 in June) is none; 当天/次日 after a range are none."""
    if dateline:
        for match in _TODAY.finditer(text, start):
            yield DateMatch(
                context.start, context.start, match.start(), match.end(), match.group(), context.year_given
            )
    for match in _DAY_ONLY.finditer(text, start):
        day, last = _num(match["d"]), _num(match["d2"])
        first = _date(context.start.year, context.start.month, day) if day else None
        if first is None:
            continue
        end = (_date(first.year, first.month, last) if last else first) or first
        yield DateMatch(first, max(first, end), match.start(), match.end(), match.group(), context.year_given)
    if dateline or context.end != context.start:
        return
    for pattern, days in ((_SAME_DAY, 0), (_NEXT_DAY, 1)):
        for match in pattern.finditer(text, start):
            told = context.start + dt.timedelta(days=days)
            yield DateMatch(told, told, match.start(), match.end(), match.group(), context.year_given)


def with_year(found: DateMatch, year: int) -> DateMatch:
    """The same match with ``year`` in place of an unwritten one (the range keeps its length)."""
    if found.year_given:
        return found
    start = _date(year, found.start.month, found.start.day)
    if start is None:
        return found
    end = start + (found.end - found.start)
    return DateMatch(start, end, found.offset, found.end_offset, found.text, False, found.precision)


def year_from_name(name: str) -> int | None:
    """The year written in an event name (2023世界人工智能大会, 2024年IT市场年会)."""
    match = _YEAR_IN_NAME.search(name)
    return int(match.group(1)) if match else None


def infer_year(month: int, day: int, *, reference: dt.date) -> int:
    """The year that puts month/day nearest to ``reference`` (news reports on recent events)."""
    best = reference.year
    distance: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _date(year, month, day)
        if candidate is None:
            continue
        gap = abs((candidate - reference).days)
        if distance is None or gap < distance:
            best, distance = year, gap
    return best


def duration_days(text: str) -> int | None:
    """为期三天 → 3, 持续两周 → 14, 历时两天 → 2: the length a text gives instead of an end date."""
    match = _DURATION.search(text)
    if not match:
        return None
    count = chinese_number(match["n"])
    if not count:
        return None
    return count * 7 if match["unit"] == "周" else count


def parse_date(text: str, *, year: int | None = None, reference: dt.date | None = None) -> DateMatch | None:
    """The first day-precision date in ``text``, its year written, given, or inferred."""
    for found in find_dates(text, year=year):
        if found.precision != "day":
            continue
        if not found.year_given and year is None:
            if reference is None:
                return found
            return with_year(found, infer_year(found.start.month, found.start.day, reference=reference))
        return found
    return None
