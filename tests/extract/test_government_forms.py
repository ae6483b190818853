"""Names of government bodies with 和/及 inside, the SAR governments' bureaus, and a stated run of days
after an opening date, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates, memberships, organisers

# fmt: off
MEMBERSHIPS = [
    ("a SAR bureau alone before a title", "保安局局长邓炳强出席活动。", {("邓炳强", "局长", "保安局")}),
    ("a SAR secretariat alone before a title", "财政司司长陈茂波主持仪式。", {("陈茂波", "司长", "财政司")}),
    ("及 inside a bureau the model glued to the government", "香港特别行政区政府创新科技及工业局局长孙东主持开幕式。",
     {("孙东", "局长", "香港特别行政区政府创新科技及工业局")}),
    ("及 inside a bureau written alone", "创新科技及工业局局长孙东出席论坛。", {("孙东", "局长", "创新科技及工业局")}),
    ("和 inside a ministry", "工业和信息化部副部长单忠德出席论坛。", {("单忠德", "副部长", "工业和信息化部")}),
]
ORGANISERS = [
    ("及 inside an organiser's name", "2024创科博览会由香港特别行政区政府创新科技及工业局主办。",
     {("香港特别行政区政府创新科技及工业局", "主办")}),
    ("及 between two organisers still splits", "2024创科博览会由海川大学及海川市科学技术局联合主办。",
     {("海川大学", "主办"), ("海川市科学技术局", "主办")}),
]
DATES = [
    ("a run of days that opens on the opening date", "2024年6月12日，2024海川科技博览会在海川会展中心开幕，展期为6月12日至15日。",
     {("2024海川科技博览会", dt.date(2024, 6, 12), dt.date(2024, 6, 15))}),
    ("会期 after the opening date", "2024年5月20日，第三届海川数字经济大会在海川开幕，会期为5月20日至22日。",
     {("第三届海川数字经济大会", dt.date(2024, 5, 20), dt.date(2024, 5, 22))}),
    ("a later run of days is another programme", "2024年5月20日，第三届海川数字经济大会在海川开幕，5月21日至23日将举办分论坛。",
     {("第三届海川数字经济大会", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), MEMBERSHIPS)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert memberships(text) == expected, case


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), ORGANISERS)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected, case


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), DATES)
def test_dates(case: str, text: str, expected: set[tuple[str, dt.date, dt.date]]) -> None:
    assert event_dates(text) == expected, case
