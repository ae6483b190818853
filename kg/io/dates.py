"""Document dates from metadata values and from the first lines of an article.

Only full dates (year, month, day) count: a document date without its year would be a guess.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*|[-/.])(\d{1,2})\s*(?:月\s*|[-/.])(\d{1,2})(?!\d)(?:\s*日)?"
)
_OPENING_CHARS = 300
_OPENING_LINES = 5


def _ymd(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A metadata value (YAML date/datetime, ISO string, RFC 2822 string, 2021年12月8日) as a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text:
        return None
    match = _YMD.search(text[:100])
    if match and (found := _ymd(match)):
        return found
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


def date_in_opening(text: str) -> dt.date | None:
    """The first full date written in the article's first lines (a dateline, a lead sentence)."""
    opening = "\n".join(text[:_OPENING_CHARS].splitlines()[:_OPENING_LINES])
    for match in _YMD.finditer(opening):
        if found := _ymd(match):
            return found
    return None
