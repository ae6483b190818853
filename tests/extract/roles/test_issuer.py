"""The issuer of an announcement (kg/extract/roles/issuer.py): the one company its headline and
first sentence name, or None when they name none or several."""

from __future__ import annotations

import pytest

from kg.extract.roles.issuer import full_issuer, issuer_of
from kg.model import Document

# fmt: off
ISSUERS = [
    pytest.param("海川科技股份有限公司关于聘任高级管理人员的公告", "董事会审议通过了议案。", "海川科技股份有限公司", id="headline name with a company suffix"),
    pytest.param("海川科技：李明出任副总裁", "海川科技（600123）晚间发布公告称，董事会聘任李明为公司副总裁。", "海川科技", id="headline name the first sentence codes"),
    pytest.param("海川科技聘任李明为副总经理", "近日海川科技（600123）董事会审议通过议案。", "海川科技", id="a time word before the coded name"),
    pytest.param(None, "海川银行(01234)公告，董事会委任王芳为首席财务官。", "海川银行", id="no headline, coded first sentence"),
    pytest.param(None, "每经快讯，山河电子（SZ 300456，收盘价：8.10元）发布公告。", "山河电子", id="market and price in the bracket"),
    pytest.param("海川科技股份有限公司公告", "海川科技（600123）董事会审议通过议案。", "海川科技股份有限公司", id="full and coded name are one company"),
    pytest.param(None, "海川科技（600123）与山河电子（300456）发布联合公告。", None, id="two coded names"),
    pytest.param("海川科技：李明出任副总裁", "董事会聘任李明为公司副总裁。", None, id="headline name nothing confirms"),
    pytest.param("李明出任海川科技副总裁", "董事会聘任李明为公司副总裁。", None, id="headline opens with no company"),
    pytest.param(None, "会议于2024年5月21日（星期二）举行。", None, id="a bracket with no stock code"),
    pytest.param(None, "公司第八届董事会第四次会议审议通过议案。", None, id="no name at all"),
    pytest.param(None, "董事会同意聘任李明为公司副总裁。这是海川科技（600123）的公告。", None, id="a code after the first sentence"),
    pytest.param("山河股份：聘任李明为公司总经理", "董事会决定聘任李明为公司总经理。", "山河股份", id="a headline name ending in 股份"),
    pytest.param("山河电子聘任李明为董事会秘书", "欢迎订阅本站快讯。近日山河电子（300456）召开董事会。", "山河电子", id="headline name coded after the first sentence"),
    pytest.param("山河电子：王芳任执行董事", "4月2日，山河电子发布公告称，王芳获委任为执行董事。", "山河电子", id="headline name the text has announce"),
    pytest.param("王芳新任海川基金督察长", "本报讯 5月6日，海川基金发布高级管理人员变更公告，王芳新任公司督察长。", "海川基金", id="a fund the first sentence has announce"),
    pytest.param("王芳新任海川督察长", "5月6日，海川发布高级管理人员变更公告。", None, id="an announcer that ends like no company"),
    pytest.param("山河(9.880,-0.25,-2.47%)电子：王芳任执行董事", "山河电子（300456）公告。", "山河电子", id="a price quote inside the headline name"),
    pytest.param("山河电子：王芳任执行董事", "海川基金发布公告称，王芳获委任为执行董事。", None, id="headline name and another announcer"),
]
# fmt: on


@pytest.mark.parametrize(("title", "text", "expected"), ISSUERS)
def test_issuer_of(title: str | None, text: str, expected: str | None) -> None:
    document = Document(
        id="t", source="t.txt", text=text if title is None else f"{title}\n{text}", title=title
    )
    assert issuer_of(document) == expected


# fmt: off
FULL_NAMES = [
    pytest.param("海川", "2019年起担任苏州海川净化股份有限公司财务部经理。", "苏州海川净化股份有限公司", id="place and suffix around the short name"),
    pytest.param("海川基金", "他加入海川基金管理有限公司。", "海川基金管理有限公司", id="a fund's registered name"),
    pytest.param("海川", "海川科技有限公司与海川电子有限公司签约。", "海川", id="two full names: none chosen"),
    pytest.param("海川股份", "海川股份董事会审议通过议案。", "海川股份", id="no full name written"),
    pytest.param("海川", "他曾担任海川路小学教师。", "海川", id="no company ending"),
]
# fmt: on


@pytest.mark.parametrize(("issuer", "text", "expected"), FULL_NAMES)
def test_full_issuer(issuer: str, text: str, expected: str) -> None:
    assert full_issuer(issuer, text) == expected
