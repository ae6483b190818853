"""The issuer of an announcement (kg/extract/roles/issuer.py): the one company its headline and
first sentence name, or None when they name none or several."""

from __future__ import annotations

import pytest

from kg.extract.roles.issuer import issuer_of
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
]
# fmt: on


@pytest.mark.parametrize(("title", "text", "expected"), ISSUERS)
def test_issuer_of(title: str | None, text: str, expected: str | None) -> None:
    document = Document(
        id="t", source="t.txt", text=text if title is None else f"{title}\n{text}", title=title
    )
    assert issuer_of(document) == expected
