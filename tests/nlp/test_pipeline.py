"""kg's own path (Parse) and the spaCy pipeline give the same tokens and spans; Parse ↔ Doc is lossless."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kg_paths import SAMPLES
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from tagged import tokens as tagged_tokens

from kg.io import read_documents
from kg.nlp.backbone import ENTITY_TAGS, Token
from kg.nlp.language import build_nlp, of_doc, to_doc
from kg.nlp.pipeline import COMPONENTS, annotate, parse_texts, tokens_to_parse
from kg.nlp.sentences import split_sentences
from kg.nlp.tokens import Parse, TokenTable, is_punct

VOCAB = Vocab()
TEXTS = [
    "小米集团手机部副总裁、智能制造部总经理许多出席了2023世界人工智能大会开幕式。",
    "副市长会见了中国龙舟协会主席李国和一行。",  # the titles component merges 李国 + 和
    "苏州市委书记张伟出席",  # … and splits 市委书记
    "伊拉克利·纳德热什维利、SAP全球副总裁骆才与王强和李明在上海举行的论坛上致辞。",
    "（某日报记者 张三 李四）",
    "",
]


def sample_sentences() -> list[str]:
    found = [
        s.text for r in read_documents([str(SAMPLES)]) if r.document for s in split_sentences(r.document.text)
    ]
    assert len(found) > 20
    return found


@pytest.mark.slow
def test_spacy_pipeline_gives_the_same_parses(nlp: Language) -> None:
    texts = TEXTS + sample_sentences()
    batched = nlp.pipe(nlp.tokenizer.pipe(texts))
    for text, parse, doc in zip(texts, parse_texts(texts), batched, strict=True):
        assert of_doc(doc) == parse == of_doc(nlp(text)), text
        ents = [(e.start, e.end, e.start_char, e.end_char, e.label_, e.kb_id_, e.text) for e in doc.ents]
        assert [tuple(row) for row in parse.ents()] == ents


@pytest.mark.slow
def test_spacy_pipes(nlp: Language) -> None:
    assert nlp.pipe_names == ["kg_titles", "kg_orgs", "kg_events"] == [c.name for c in COMPONENTS]
    assert all("doc.spans" in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)
    doc = nlp("苏州市委书记张伟出席")
    assert [t.text for t in doc][:3] == ["苏州", "市委", "书记"]
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["titles"]] == [("书记", "TITLE", "office")]


WORDS = st.sampled_from(
    [
        "北京",
        "大学",
        "校长",
        "张三",
        "，",
        "、",
        "出席",
        "2024年",
        "论坛",
        "市委书记",
        "和",
        "集团",
        " ",
        "“",
        "”",
        "AI",
    ]
)
TAGS = st.sampled_from(["n", "v", "w", "m", "PER", "ORG", "LOC", "TIME", "nz", "c"])
TOKENS = st.lists(st.builds(Token, WORDS, TAGS), max_size=12)


@settings(max_examples=200, deadline=None)
@given(TOKENS)
def test_parse_survives_a_doc(tokens: list[Token]) -> None:
    parse = annotate(tokens_to_parse(tokens))
    assert of_doc(to_doc(VOCAB, parse)) == parse
    assert parse.text == "".join(t.text for t in tokens)


def spacy_doc(tokens: list[Token]) -> Doc:
    words = [t.text for t in tokens]
    ents = [f"B-{t.tag}" if t.tag in ENTITY_TAGS else "O" for t in tokens]
    return Doc(VOCAB, words=words, spaces=[False] * len(words), tags=[t.tag for t in tokens], ents=ents)


@settings(max_examples=200, deadline=None)
@given(TOKENS, st.integers(0, 40), st.integers(0, 40))
def test_character_ranges_are_spacy_char_spans(tokens: list[Token], a: int, b: int) -> None:
    a, b = sorted((a, b))  # spaCy refuses a reversed range
    table = tokens_to_parse(tokens).table
    doc = spacy_doc(tokens)
    strict = doc.char_span(a, b)
    assert table.token_range(a, b) == (
        None if strict is None or not len(strict) else (strict.start, strict.end)
    )
    if a >= b:
        return  # covering is asked for non-empty ranges only
    expanded = doc.char_span(a, b, alignment_mode="expand")
    assert table.covering(a, b) == (
        None if expanded is None or not len(expanded) else (expanded.start, expanded.end)
    )


@settings(max_examples=200, deadline=None)
@given(TOKENS, st.lists(st.integers(0, 40), max_size=4))
def test_split_is_spacys_retokenizer(tokens: list[Token], cuts: list[int]) -> None:
    table = tokens_to_parse(tokens).table
    doc = spacy_doc(tokens)
    with doc.retokenize() as retokenizer:
        for token in doc:
            inner = sorted({c - token.idx for c in cuts if token.idx < c < token.idx + len(token)})
            if inner:
                bounds = [0, *inner, len(token)]
                pieces = [token.text[x:y] for x, y in zip(bounds, bounds[1:], strict=False)]
                tags = [token.tag_] + ["n"] * len(inner)
                ents = [token.ent_type_] + [""] * len(inner)
                iob = [3 if token.ent_type_ else 2] + [2] * len(inner)
                attrs = {"TAG": tags, "ENT_TYPE": ents, "ENT_IOB": iob}
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces), attrs=attrs)
    assert table.split(cuts) == of_doc(doc).table


@settings(max_examples=100, deadline=None)
@given(TOKENS.filter(lambda t: len(t) >= 2), st.data())
def test_merged_joins_two_tokens(tokens: list[Token], data: st.DataObject) -> None:
    table = tokens_to_parse(tokens).table
    i = data.draw(st.integers(0, len(tokens) - 2))
    merged = table.merged(i, "PER")
    assert merged.texts[i] == tokens[i].text + tokens[i + 1].text
    assert (merged.tags[i], merged.ents[i]) == ("PER", "PER")
    assert merged.texts[:i] + merged.texts[i + 1 :] == table.texts[:i] + table.texts[i + 2 :]
    assert merged.starts[i] == table.starts[i]


@pytest.mark.parametrize(
    ("word", "punct"), [("，", True), ("“", True), ("……", True), ("张三", False), (" ", False)]
)
def test_is_punct(word: str, punct: bool) -> None:
    assert is_punct(word) is punct
    assert TokenTable.of([word], ["w"]).punct(0) is punct


def test_retokenizing_after_spans_is_refused() -> None:
    parse = Parse("张三", TokenTable.of(["张三"], ["PER"]), {"titles": ()})
    with pytest.raises(ValueError, match="before any span group"):
        parse.retokenized(parse.table)


# Hand-tagged sentences (tests/tagged.py) through the spaCy pipes and through annotate(): the two
# wirings of COMPONENTS give the same tokens and spans, without the model.
# fmt: off
TAGGED = [
    "工业和信息化部/ORG 副部长/n 熊继军/PER 出席/v 论坛/n",
    "苏州/LOC 市委书记/n 张伟/PER 出席/v",  # titles split 市委书记 before the other pipes run
    "小米集团/ORG 手机部/n 副总裁/n 、/w 智能制造部/n 总经理/n 许多/m",
    "2023/m 世界/n 人工智能/n 大会/n 开幕式/n 在/p 上海/LOC 举行/v",
    "副市长/n 会见/v 了/u 中国/LOC 龙舟/n 协会/n 主席/n 李国/PER 和/c 一行/n",
    "出席/v",
]
# fmt: on


def _through_pipes(tokens: list[Token]) -> Parse:
    nlp = build_nlp()  # the model loads on the first text only; the pipes alone need none
    doc = to_doc(nlp.vocab, tokens_to_parse(tokens))
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return of_doc(doc)


@pytest.mark.parametrize("tagged", TAGGED)
def test_spacy_pipes_and_annotate_give_the_same_spans(tagged: str) -> None:
    tokens = tagged_tokens(tagged)
    parse = annotate(tokens_to_parse(tokens))
    assert _through_pipes(tokens) == parse
    assert parse.spans, tagged


@settings(max_examples=50, deadline=None)
@given(TOKENS)
def test_spacy_pipes_and_annotate_agree_on_any_tokens(tokens: list[Token]) -> None:
    assert _through_pipes(tokens) == annotate(tokens_to_parse(tokens))
