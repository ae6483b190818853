"""The span rows the extractors read stand for spaCy's own spans (kg/extract/spans.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.spans import ent_rows, span_rows

TEXTS = [
    "小米集团手机部副总裁、智能制造部总经理许多出席了2023世界人工智能大会开幕式。",
    "副市长会见了中国龙舟协会主席李国和一行。",  # kg_titles merges 李国 + 和
    "发布会上，周立和（右）介绍了新品。",
    "伊拉克利·纳德热什维利、SAP全球副总裁骆才与王强和李明在上海举行的论坛上致辞。",
    "（某日报记者 张三 李四）",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_rows_are_the_spacy_spans(nlp: Language, text: str) -> None:
    doc = nlp(text)
    # Entities are single tokens marked B: the rows are read from the token table, not doc.ents.
    assert {t.ent_iob_ for t in doc} <= {"B", "O"}
    spacy_ents = [(e.start, e.end, e.start_char, e.end_char, e.label_, e.kb_id_, e.text) for e in doc.ents]
    assert [tuple(r) for r in ent_rows(doc)] == spacy_ents
    for key in ("titles", "orgs", "events", "event_refs", "absent"):
        group = doc.spans[key] if key in doc.spans else []
        spans = [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.text) for s in group]
        assert [tuple(r) for r in span_rows(doc, key)] == spans
