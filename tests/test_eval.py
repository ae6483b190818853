"""kg eval: gold parsing, the matching rules of gold/SCHEMA.md, the figures, the CLI, the baseline."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GoldError
from kg.eval import (
    GoldDocument,
    GoldEvent,
    GoldEventOrg,
    GoldMembership,
    GoldOrg,
    GoldParticipation,
    Item,
    Score,
    load_gold,
    score,
    score_document,
    summary_lines,
    titles_match,
)
from kg.extract.baseline import baseline_memberships
from kg.model import (
    Document,
    DocumentExtraction,
    EventMention,
    EventOrganizer,
    Membership,
    Participation,
    Provenance,
    Sentence,
)
from kg.nlp.backbone import Token

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"
runner = CliRunner()
PROV = Provenance("d", 0, 0, 1, "x")

Triple = tuple[str, str, str | None]


def extraction(
    name: str = "a.txt",
    memberships: Sequence[Triple] = (),
    events: Sequence[EventMention] = (),
    participations: Sequence[tuple[str, str, str]] = (),
    organizers: Sequence[tuple[str, str, str]] = (),
) -> DocumentExtraction:
    return DocumentExtraction(
        document=Document(id="d", source=f"/some/dir/{name}", text="x"),
        memberships=tuple(Membership(p, t, o, PROV, (0, 1)) for p, t, o in memberships),
        events=tuple(events),
        participations=tuple(Participation(p, e, r, PROV) for p, e, r in participations),
        organizers=tuple(EventOrganizer(o, e, r, PROV) for o, e, r in organizers),
    )


def event(
    name: str, start: str | None = None, end: str | None = None, location: str | None = None
) -> EventMention:
    return EventMention(
        name,
        PROV,
        (0, 1),
        start_date=dt.date.fromisoformat(start) if start else None,
        end_date=dt.date.fromisoformat(end) if end else None,
        location=location,
    )


# ---------------------------------------------------------------------------------------------
# Membership matching: one gold row, one prediction → (strict match?, lenient match?)

# fmt: off
MEMBERSHIP_CASES = [
    (GoldMembership("熊继军", "副部长", "工业和信息化部"), ("熊继军", "副部长", "工业和信息化部"), True, True),
    (GoldMembership("熊继军", "副部长", "工业和信息化部", ("工信部",)), ("熊继军", "副部长", "工信部"), True, True),
    (GoldMembership("许多", "副总裁", "小米集团手机部", ("小米集团",)), ("许多", "副总裁", "小米集团"), True, True),
    (GoldMembership("许多", "副总裁", "小米集团手机部"), ("许多", "副总裁", "小米集团"), False, False),
    (GoldMembership("梅建平", "一级巡视员", None, ("科技部",)), ("梅建平", "一级巡视员", None), True, True),
    (GoldMembership("梅建平", "一级巡视员", None, ("科技部",)), ("梅建平", "一级巡视员", "科技部"), True, True),
    (GoldMembership("梅建平", "一级巡视员", None, ("科技部",)), ("梅建平", "一级巡视员", "商务部"), False, False),
    (GoldMembership("熊继军", "副部长", "工业和信息化部"), ("熊继军", "副部长", None), False, False),
    (GoldMembership("约瑟夫·希发基斯", "外籍院士", "中国科学院"), ("约瑟夫•希发基斯", "外籍院士", "中国科学院"), True, True),
    (GoldMembership("约瑟夫·希发基斯", "外籍院士", "中国科学院"), ("约瑟夫・希发基斯", "外籍院士", "中国科学院"), True, True),
    (GoldMembership("骆才", "全球副总裁", "SAP"), ("骆才", "全球副总裁", "ＳＡＰ"), True, True),
    (GoldMembership("骆才", "全球副总裁", "SAP"), ("骆才", "副总裁", "SAP"), False, True),
    (GoldMembership("骆才", "副总裁", "SAP"), ("骆才", "全球副总裁", "SAP"), False, True),
    (GoldMembership("约瑟夫·希发基斯", "图灵奖得主", None), ("约瑟夫·希发基斯", "图灵奖获得者", None), False, True),
    (GoldMembership("John Hopcroft", "图灵奖的获得者", None), ("John Hopcroft", "图灵奖得主", None), False, True),
    (GoldMembership("倪乾", "副主任", "苏州工业园区管委会"), ("倪乾", "主任", "苏州工业园区管委会"), False, False),
    (GoldMembership("倪乾", "常务副主任", "苏州工业园区管委会"), ("倪乾", "副主任", "苏州工业园区管委会"), False, True),
    (GoldMembership("王海峰", "", "百度"), ("王海峰", "首席技术官", "百度"), False, False),
    (GoldMembership("王海峰", "", "百度"), ("王海峰", "", "百度"), True, True),
    (GoldMembership("刘聪", "院长", "科大讯飞研究院"), ("刘聪", "所长", "科大讯飞研究院"), False, False),
    (GoldMembership("刘聪", "院长", "科大讯飞研究院"), ("杨帆", "院长", "科大讯飞研究院"), False, False),
    (GoldMembership("陳茂波", "司長", "財政司"), ("陈茂波", "司长", "财政司"), True, True),  # Traditional gold
    (GoldMembership("陳茂波", "司長", "財政司"), ("陈茂波", "司长", "律政司"), False, False),
]
# fmt: on


@pytest.mark.parametrize(("gold", "predicted", "strict", "lenient"), MEMBERSHIP_CASES)
def test_eval_membership_matching(
    gold: GoldMembership, predicted: Triple, strict: bool, lenient: bool
) -> None:
    result = score_document(GoldDocument("a.txt", memberships=(gold,)), extraction(memberships=[predicted]))
    assert result.scores["memberships_strict"] == Score(int(strict), int(not strict), int(not strict))
    assert result.scores["memberships_lenient"] == Score(int(lenient), int(not lenient), int(not lenient))


# fmt: off
TITLE_CASES = [
    ("副总裁", "全球副总裁", False, True),
    ("图灵奖得主", "图灵奖的获得者", False, True),
    ("总裁", "副总裁", False, False),
    ("总裁", "常务副总裁", False, False),
    ("院士", "外籍院士", False, True),
    ("", "院士", False, False),
    ("得主", "获得者", False, False),
]
# fmt: on


@pytest.mark.parametrize(("gold", "predicted", "strict", "lenient"), TITLE_CASES)
def test_eval_titles_match(gold: str, predicted: str, strict: bool, lenient: bool) -> None:
    assert titles_match(gold, predicted, lenient=False) is strict
    assert titles_match(gold, predicted, lenient=True) is lenient


def test_eval_duplicate_predictions_count_once() -> None:
    gold = GoldDocument("a.txt", memberships=(GoldMembership("熊继军", "副部长", "工业和信息化部"),))
    triple = ("熊继军", "副部长", "工业和信息化部")
    result = score_document(
        gold, extraction(memberships=[triple, triple, ("熊继军", "副部长", "工业和信息化部 ")])
    )
    assert result.scores["memberships_strict"] == Score(1, 0, 0)


def test_eval_false_positive_is_listed() -> None:
    gold = GoldDocument("a.txt", memberships=(GoldMembership("熊继军", "副部长", "工业和信息化部"),))
    predicted = [("熊继军", "副部长", "工业和信息化部"), ("王五", "校长", "浙江大学")]
    result = score_document(gold, extraction(memberships=predicted))
    assert result.scores["memberships_strict"] == Score(1, 1, 0)
    assert [(i.kind, i.row) for i in result.false_positives] == [("membership", ("王五", "校长", "浙江大学"))]
    assert result.misses == ()


def test_eval_each_gold_row_matches_one_prediction_strict_first() -> None:
    gold = GoldDocument("a.txt", memberships=(GoldMembership("骆才", "副总裁", "SAP"),))
    # The lenient pass must not let the scope variant take the row the exact prediction fits.
    predicted = [("骆才", "全球副总裁", "SAP"), ("骆才", "副总裁", "SAP")]
    result = score_document(gold, extraction(memberships=predicted))
    assert result.scores["memberships_strict"] == Score(1, 1, 0)
    assert result.scores["memberships_lenient"] == Score(1, 1, 0)
    assert [i.row for i in result.false_positives] == [("骆才", "全球副总裁", "SAP")]


def test_eval_miss_notes_the_lenient_match() -> None:
    gold = GoldDocument("a.txt", memberships=(GoldMembership("骆才", "全球副总裁", "SAP"),))
    result = score_document(gold, extraction(memberships=[("骆才", "副总裁", "SAP")]))
    assert [(i.row, i.note) for i in result.misses] == [
        (("骆才", "全球副总裁", "SAP"), "lenient match: 副总裁 @ SAP")
    ]


# fmt: off
SCORE_CASES = [
    (Score(0, 0, 0), 1.0, 1.0, 1.0),
    (Score(0, 0, 3), 0.0, 0.0, 0.0),
    (Score(0, 2, 0), 0.0, 0.0, 0.0),
    (Score(2, 0, 0), 1.0, 1.0, 1.0),
    (Score(1, 1, 2), 0.5, 1 / 3, 0.4),
]
# fmt: on


@pytest.mark.parametrize(("counts", "precision", "recall", "f1"), SCORE_CASES)
def test_eval_score_figures(counts: Score, precision: float, recall: float, f1: float) -> None:
    assert (counts.precision, counts.recall) == pytest.approx((precision, recall))
    assert counts.f1 == pytest.approx(f1)


# ---------------------------------------------------------------------------------------------
# Events, participations, organisers

FORUM = GoldEvent(
    "第三届滨海智能产业论坛", ("滨海智能产业论坛",), dt.date(2024, 5, 10), dt.date(2024, 5, 11), "宁波"
)
EVENT_GOLD = GoldDocument(
    "a.txt",
    orgs=(GoldOrg("海川科技有限公司", ("海川科技",)),),
    events=(FORUM, GoldEvent("第二届东海论坛", start=dt.date(2023, 1, 1))),
    participations=(GoldParticipation("林志远", "第三届滨海智能产业论坛", "致辞"),),
    event_orgs=(GoldEventOrg("海川科技有限公司", "第三届滨海智能产业论坛", "主办"),),
)

# fmt: off
EVENT_CASES = [
    ([event("第三届滨海智能产业论坛", "2024-05-10", "2024-05-11", "宁波")], Score(1, 0, 1), (1, 2), (1, 1), (1, 1)),
    ([event("滨海智能产业论坛", "2024-05-10")], Score(1, 0, 1), (1, 2), (0, 1), (0, 1)),
    ([event("滨海智能产业论坛"), event("滨海智能产业论坛", "2024-05-10", location="宁波")], Score(1, 0, 1), (1, 2), (0, 1), (1, 1)),
    ([event("第三届滨海智能产业论坛", "2024-05-09", location="宁波市")], Score(1, 0, 1), (0, 2), (0, 1), (0, 1)),
    ([event("智能产业论坛")], Score(0, 1, 2), (0, 2), (0, 1), (0, 0)),
    ([], Score(0, 0, 2), (0, 2), (0, 1), (0, 0)),
]
# fmt: on


@pytest.mark.parametrize(("events", "counts", "start", "end", "location"), EVENT_CASES)
def test_eval_events_and_dates(
    events: list[EventMention],
    counts: Score,
    start: tuple[int, int],
    end: tuple[int, int],
    location: tuple[int, int],
) -> None:
    result = score_document(EVENT_GOLD, extraction(events=events))
    assert result.scores["events"] == counts
    accuracy = result.accuracies
    assert (accuracy["start_date"].correct, accuracy["start_date"].total) == start
    assert (accuracy["end_date"].correct, accuracy["end_date"].total) == end
    assert (accuracy["location"].correct, accuracy["location"].total) == location


# Gold with a month-day only (DuEE: its articles carry a nominal date): the matched event's start
# month and day count, whatever its year; an event not found is an event miss, not a date miss.
MD_GOLD = GoldDocument(
    "a.txt", events=(GoldEvent("第九届海川茶博会", start_md="08-02"), GoldEvent("海川灯会"))
)

# fmt: off
MONTH_DAY_CASES = [
    ([event("第九届海川茶博会", "2019-08-02")], (1, 1), (0, 0)),
    ([event("第九届海川茶博会", "2020-08-02", "2020-08-04")], (1, 1), (0, 0)),
    ([event("第九届海川茶博会", "2019-08-03")], (0, 1), (0, 0)),
    ([event("第九届海川茶博会", "2019-02-08")], (0, 1), (0, 0)),
    ([event("第九届海川茶博会")], (0, 1), (0, 0)),
    ([event("海川灯会", "2019-08-02")], (0, 0), (0, 0)),
    ([], (0, 0), (0, 0)),
]
# fmt: on


@pytest.mark.parametrize(("events", "month_day", "start"), MONTH_DAY_CASES)
def test_eval_start_month_day(
    events: list[EventMention], month_day: tuple[int, int], start: tuple[int, int]
) -> None:
    accuracy = score_document(MD_GOLD, extraction(events=events)).accuracies
    assert (accuracy["start_md"].correct, accuracy["start_md"].total) == month_day
    assert (accuracy["start_date"].correct, accuracy["start_date"].total) == start


def test_eval_start_month_day_miss_is_listed_and_summarised() -> None:
    result = score(
        {"a.txt": MD_GOLD}, [extraction(events=[event("第九届海川茶博会", "2019-08-03"), event("海川灯会")])]
    )
    (document,) = result.documents
    assert Item("start_md", ("第九届海川茶博会", "08-02", "08-03")) in document.misses
    assert "start month-day 0.000 (0/1)" in summary_lines(result)[-1]
    assert "start — (0/0)" in summary_lines(result)[-1]


def test_eval_load_gold_reads_start_month_day(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"doc": "a.txt", "events": [{"name": "海川灯会", "start_md": "02-29"}]}\n', encoding="utf-8"
    )
    assert load_gold(path)["a.txt"].events == (GoldEvent("海川灯会", start_md="02-29"),)


# fmt: off
EVENT_LINK_CASES = [
    ("participations", [("林志远", "第三届滨海智能产业论坛", "致辞")], Score(1, 0, 0)),
    ("participations", [("林志远", "滨海智能产业论坛", "致辞")], Score(1, 0, 0)),
    ("participations", [("林志远", "滨海智能产业论坛", "致辞"), ("林志远", "第三届滨海智能产业论坛", "致辞")], Score(1, 0, 0)),
    ("participations", [("林志远", "第三届滨海智能产业论坛", "出席")], Score(0, 1, 1)),
    ("participations", [("林志远", "第二届东海论坛", "致辞")], Score(0, 1, 1)),
    ("participations", [("陈思远", "第三届滨海智能产业论坛", "致辞")], Score(0, 1, 1)),
    ("organizers", [("海川科技有限公司", "第三届滨海智能产业论坛", "主办")], Score(1, 0, 0)),
    ("organizers", [("海川科技", "滨海智能产业论坛", "主办")], Score(1, 0, 0)),
    ("organizers", [("海川科技", "滨海智能产业论坛", "主办"), ("海川科技有限公司", "第三届滨海智能产业论坛", "主办")], Score(1, 0, 0)),
    ("organizers", [("海川科技", "第三届滨海智能产业论坛", "承办")], Score(0, 1, 1)),
    ("organizers", [("海川集团", "第三届滨海智能产业论坛", "主办")], Score(0, 1, 1)),
]
# fmt: on


@pytest.mark.parametrize(("kind", "predicted", "counts"), EVENT_LINK_CASES)
def test_eval_event_links(kind: str, predicted: list[tuple[str, str, str]], counts: Score) -> None:
    """Participations and organisers: the event (and the organisation) by any gold name, the role exact."""
    result = score_document(EVENT_GOLD, extraction(**{kind: predicted}))
    assert result.scores[kind] == counts


def test_eval_micro_averages_over_documents_and_lists_unscored_inputs() -> None:
    golds = {
        "a.txt": GoldDocument("a.txt", memberships=(GoldMembership("甲", "董事长", "甲公司"),)),
        "b.txt": GoldDocument("b.txt", memberships=(GoldMembership("乙", "总经理", "乙公司"),) * 1),
        "c.txt": GoldDocument("c.txt"),
    }
    extractions = [
        extraction("a.txt", memberships=[("甲", "董事长", "甲公司")]),
        extraction("b.txt", memberships=[("乙", "经理", "乙公司"), ("丙", "总经理", "乙公司")]),
        extraction("z.txt", memberships=[("丁", "董事长", "丁公司")]),
    ]
    result = score(golds, extractions)
    assert [d.doc for d in result.documents] == ["a.txt", "b.txt"]
    assert result.totals["memberships_strict"] == Score(1, 2, 1)
    assert result.totals["memberships_lenient"] == Score(2, 1, 0)
    assert result.unannotated == ["/some/dir/z.txt"]
    assert result.not_given == ["c.txt"]
    lines = summary_lines(result)
    assert len(lines) == 8
    assert lines[2].split()[2:5] == ["0.333", "0.500", "0.400"]


# ---------------------------------------------------------------------------------------------
# Gold parsing


def test_eval_load_gold_reads_the_fixture() -> None:
    golds = load_gold(EVAL / "gold.jsonl")
    gold = golds["forum.txt"]
    assert gold.doc_date == dt.date(2024, 5, 10)
    assert gold.memberships[0] == GoldMembership("林志远", "董事长", "海川科技有限公司", ("海川科技",))
    assert gold.events[0].start == dt.date(2024, 5, 10) and gold.events[0].end is None


# fmt: off
BAD_GOLD = [
    ('{"doc": "a.txt"}\nnot json\n', ":2: not JSON"),
    ("[1, 2]\n", ":1: a gold line must be a JSON object"),
    ('{"memberships": []}\n', ":1: missing key 'doc'"),
    ('{"doc": 3}\n', ":1: 'doc' must be a string"),
    ('{"doc": "a.txt", "memberships": "none"}\n', ":1: 'memberships' must be a list of objects"),
    ('{"doc": "a.txt", "memberships": [{"person": "甲", "title": 3, "org": null}]}\n', ":1: 'title' must be a string"),
    ('{"doc": "a.txt", "memberships": [{"person": "甲", "title": "董事长", "org": 1}]}\n', ":1: 'org' must be a string or null"),
    ('{"doc": "a.txt", "memberships": [{"person": "甲", "title": "董事长", "org": null, "org_alt": "乙"}]}\n', ":1: 'org_alt' must be a list of strings"),
    ('{"doc": "a.txt", "events": [{"name": "某论坛", "start": "2024-13-01"}]}\n', ":1: 'start' is not an ISO 8601 date"),
    ('{"doc": "a.txt", "events": [{"name": "某论坛", "start_md": "02-30"}]}\n', ":1: 'start_md' is not a month-day like 08-02"),
    ('{"doc": "a.txt", "events": [{"name": "某论坛", "start_md": "2024-02-03"}]}\n', ":1: 'start_md' is not a month-day like 08-02"),
    ('{"doc": "a.txt", "events": [{"name": "某论坛", "start_md": 802}]}\n', ":1: 'start_md' must be a string or null"),
    ('{"doc": "a.txt"}\n\n{"doc": "a.txt"}\n', ":3: document 'a.txt' is annotated twice"),
]
# fmt: on


@pytest.mark.parametrize(("content", "message"), BAD_GOLD)
def test_eval_load_gold_rejects_malformed_lines(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match="^" + str(path).replace("\\", "\\\\") + message.replace("(", r"\(")):
        load_gold(path)


def test_eval_load_gold_accepts_blank_lines_and_missing_lists(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('\n{"doc": "a.txt"}\n\n', encoding="utf-8")
    assert load_gold(path) == {"a.txt": GoldDocument("a.txt")}


# ---------------------------------------------------------------------------------------------
# The baseline: ORG, nouns, PER

# fmt: off
BASELINE_CASES = [
    ([("海川科技", "ORG"), ("董事长", "n"), ("林志远", "PER")], [("林志远", "董事长", "海川科技")]),
    ([("海川科技", "ORG"), ("党委", "n"), ("书记", "n"), ("林志远", "PER"), ("出席", "v")], [("林志远", "党委书记", "海川科技")]),
    ([("据", "p"), ("海川科技", "ORG"), ("董事长", "n"), ("林志远", "PER"), ("和", "c"), ("宁波大学", "ORG"), ("校长", "n"), ("陈思远", "PER")], [("林志远", "董事长", "海川科技"), ("陈思远", "校长", "宁波大学")]),
    ([("海川科技", "ORG"), ("林志远", "PER")], []),
    ([("海川科技", "ORG"), ("董事长", "n"), ("、", "w"), ("林志远", "PER")], []),
    ([("海川科技", "ORG"), ("邀请", "v"), ("林志远", "PER")], []),
    ([("董事长", "n"), ("林志远", "PER")], []),
    ([("海川科技", "ORG"), ("董事长", "n")], []),
]
# fmt: on


@pytest.mark.parametrize(("tokens", "expected"), BASELINE_CASES)
def test_baseline_org_nouns_per(tokens: list[tuple[str, str]], expected: list[Triple]) -> None:
    prefix = "。"
    text = prefix + "".join(t for t, _ in tokens)
    sentence = Sentence("d", 0, len(prefix), len(text), text[len(prefix) :])
    found = list(baseline_memberships(sentence, [Token(t, tag) for t, tag in tokens]))
    assert [(m.person, m.title, m.org) for m in found] == expected
    for m in found:
        assert m.title_span is not None and m.org_span is not None
        assert text[m.person_span[0] : m.person_span[1]] == m.person
        assert text[m.title_span[0] : m.title_span[1]] == m.title
        assert text[m.org_span[0] : m.org_span[1]] == m.org


# ---------------------------------------------------------------------------------------------
# The command


def test_cli_eval_bad_gold_fails_naming_the_line() -> None:
    result = runner.invoke(app, ["eval", str(EVAL / "bad_date.jsonl"), str(EVAL / "forum.txt")])
    assert result.exit_code == 1
    assert "bad_date.jsonl:2" in result.output


def test_cli_eval_unknown_extractor() -> None:
    result = runner.invoke(
        app, ["eval", str(EVAL / "gold.jsonl"), str(EVAL / "forum.txt"), "--extractor", "oracle"]
    )
    assert result.exit_code == 2
    assert "oracle" in result.output


def _summary(stdout: str) -> list[str]:
    lines = stdout.splitlines()[-8:]
    assert lines[0].startswith("kg eval ("), stdout
    assert [line.split()[0] for line in lines[2:7]] == [
        "memberships",
        "memberships",
        "events",
        "participations",
        "organisers",
    ]
    return lines


@pytest.mark.slow
@pytest.mark.parametrize("extractor", ["kg", "baseline"])
def test_cli_eval_on_fixture(tmp_path: Path, extractor: str) -> None:
    out = tmp_path / "eval.json"
    other = tmp_path / "other.txt"
    other.write_text("这篇稿件没有标注。", encoding="utf-8")
    args = ["eval", str(EVAL / "gold.jsonl"), str(EVAL / "forum.txt"), str(other), "--extractor", extractor]
    args += ["--json", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = _summary(result.stdout)
    assert lines[0] == f"kg eval ({extractor}): 1 document(s) scored against gold.jsonl"
    assert "== forum.txt  F1: memberships " in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["documents_scored"] == 1
    assert figures["documents"][0]["doc"] == "forum.txt"
    # An input with no gold line is listed, not scored.
    assert [Path(s).name for s in figures["unannotated"]] == ["other.txt"]
    micro = figures["micro"]["memberships_strict"]
    assert micro["tp"] + micro["fn"] == 2
    assert set(figures["accuracy"]) == {"start_date", "start_md", "end_date", "location"}


@pytest.mark.slow
def test_cli_eval_no_show_misses_prints_only_the_summary() -> None:
    args = [
        "eval",
        str(EVAL / "gold.jsonl"),
        str(EVAL / "forum.txt"),
        "--extractor",
        "baseline",
        "--no-show-misses",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 8
    assert "miss " not in result.stdout


@pytest.mark.slow
@pytest.mark.seeds
def test_cli_eval_on_seeds(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    args = ["eval", str(shared / "gold" / "seeds.jsonl"), str(shared / "seeds"), "--json", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = _summary(result.stdout)
    assert "5 document(s) scored" in lines[0]
    for line in lines[2:7]:
        precision, recall, f1 = (float(v) for v in line.split()[-6:-3])
        assert 0.0 <= min(precision, recall, f1) and max(precision, recall, f1) <= 1.0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["documents_scored"] == 5
    assert figures["not_given"] == [] and figures["skipped"] == []
    assert figures["micro"]["memberships_strict"]["tp"] + figures["micro"]["memberships_strict"]["fn"] == 98


@pytest.mark.slow
def test_eval_of_the_folder_holding_the_gold_file_reads_the_gold_file_as_no_article(tmp_path: Path) -> None:
    (tmp_path / "forum.txt").write_bytes((EVAL / "forum.txt").read_bytes())
    (tmp_path / "gold.jsonl").write_bytes((EVAL / "gold.jsonl").read_bytes())
    (tmp_path / "broken.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "gold.jsonl"), str(tmp_path), "--no-show-misses"])
    assert result.exit_code == 0, result.output
    assert "== forum.txt" not in result.stdout and "1 document(s) scored" in result.stdout
    assert "broken.jsonl" in result.stderr and "gold.jsonl" not in result.stderr.replace("broken.jsonl", "")
