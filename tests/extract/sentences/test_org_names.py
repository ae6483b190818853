"""Organisation names: where 和 joins two parties and where it is inside one name (the NLP spans)."""

from __future__ import annotations

import pytest
from extracted import org_spans

# fmt: off
ORG_SPANS = [
    pytest.param("会上，姜寨镇和安徽临泉农业发展有限公司签署协议。", {"安徽临泉农业发展有限公司"}, id="heldout5-a township before 和 is a second party"),
    pytest.param("会上，临泉县和安徽省农业农村厅签署协议。", {"安徽省农业农村厅"}, id="heldout5-a county before 和 is a second party"),
    pytest.param("江苏省工业和信息化厅副厅长王强出席。", {"江苏省工业和信息化厅"}, id="heldout5-和 inside a department name stays"),
    pytest.param("海川科技和信息服务有限公司成立。", {"海川科技和信息服务有限公司"}, id="heldout5-和 inside a company name stays"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ORG_SPANS)
def test_org_spans(text: str, expected: set[str]) -> None:
    assert org_spans(text) == expected
