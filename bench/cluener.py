"""kg's recognisers measured on CLUENER2020 (Xu et al., arXiv:2001.04351): real Sina news sentences.

    python bench/cluener.py                       # dev split of ../shared/data/cluener
    python bench/cluener.py --split train --errors 30 --json out.json
    python bench/cluener.py --path some/dev.json

Runs the kg pipeline (``kg.nlp.pipeline.parse``) over every sentence and scores, per category, span
precision / recall / F1 with exact character offsets (strict) and with overlap (lenient: a
prediction is right when it overlaps a gold span of the category, a gold span is found when a
prediction overlaps it):

- persons: the PER entities (LAC's PER after kg's name repairs) against ``name``;
- titles: the "titles" group against ``position``;
- organisations: the ORG spans of the "orgs" group that kg reports as organisations
  (``kg/extract/roles/``: a name ending in an organisation suffix or one LAC ORG word, not a
  reference word such as 公司) against ``organization`` ∪ ``government`` ∪ ``company``. Two more
  rows show every ORG / UNIT span kg_orgs writes and LAC's own ORG entities, for comparison.

Where CLUENER's conventions differ from kg's, so that the figures are a floor rather than a score:

- ``position`` also holds occupations and descriptions (学生, 记者 as a job, 收藏家, 老板, 选手,
  导演) and sometimes the organisation (画院院长, 中心主任). kg keeps only posts, honours and bylines,
  and a bare profession word (专家, 艺术家) only with a modifier (首席专家): recall is low by design.
  A field word before the head (营销经理, 客户经理) is in CLUENER's span; kg's title span is the head
  with its modifiers (经理) and roles.py adds the field word only between an organisation and a title,
  so those count under lenient only. Places before a title (重庆市市长) are kg's organisation.
- ``organization`` is mostly football clubs and leagues (曼联, 英超, 欧冠), ``company`` many brand
  short forms (招行, 暴雪, EA), ``government`` armies and bare collectives (美军, 警方, 政府, 监管部门).
  kg wants organisation names that end like one (…委员会, …有限公司) or that LAC tags ORG.
- ``name`` includes foreign and game nicknames (Grubby, Moon) and fictional characters; LAC PER
  covers Chinese and transliterated names.
- A kg span that CLUENER files under another class (``address``: 北京市海淀区; ``book``, ``scene``)
  counts as a false positive here; the ``other class`` column counts those.

Only runs where the data exists (``../shared`` next to the repository, or ``--path``); it is not a
CI test and no CLUENER sentence is kept in the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.nlp.components import ORG, ORGS_KEY, TITLES_KEY, UNIT, suffix_kind
from kg.nlp.pipeline import parse_texts
from kg.nlp.tokens import Parse
from kg.resources import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "cluener"

Span = tuple[int, int]  # character offsets, end exclusive
GOLD_CLASSES = {
    "persons": ("name",),
    "titles": ("position",),
    "orgs": ("organization", "government", "company"),
}


@dataclass
class Row:
    """One sentence: its text and gold spans per CLUENER class."""

    text: str
    gold: dict[str, set[Span]]


def read_split(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold: dict[str, set[Span]] = {}
        for cls, surfaces in item.get("label", {}).items():
            for offsets in surfaces.values():
                # CLUENER's end offset is inclusive.
                gold.setdefault(cls, set()).update((a, b + 1) for a, b in offsets)
        rows.append(Row(item["text"], gold))
    return rows


def persons(parse: Parse) -> set[Span]:
    return {(e.start_char, e.end_char) for e in parse.ents() if e.label == "PER"}


def titles(parse: Parse) -> set[Span]:
    return {(s.start_char, s.end_char) for s in parse.group(TITLES_KEY)}


def reported_orgs(parse: Parse) -> set[Span]:
    """The organisations kg reports on their own (the test of roles.extract_roles)."""
    ents = parse.table.ents
    references = load_lexicon("org_references.tsv")
    found = set()
    for span in parse.group(ORGS_KEY):
        name = span.text.strip()
        if span.label != ORG or name in references:
            continue
        if suffix_kind(name) is not None or (span.end - span.start == 1 and ents[span.start] == "ORG"):
            found.add((span.start_char, span.end_char))
    return found


def all_org_spans(parse: Parse) -> set[Span]:
    return {(s.start_char, s.end_char) for s in parse.group(ORGS_KEY) if s.label in (ORG, UNIT)}


def lac_orgs(parse: Parse) -> set[Span]:
    return {(e.start_char, e.end_char) for e in parse.ents() if e.label == "ORG"}


# category → (gold group, predictor)
CATEGORIES: dict[str, tuple[str, Callable[[Parse], set[Span]]]] = {
    "persons (PER)": ("persons", persons),
    "titles": ("titles", titles),
    "orgs (reported)": ("orgs", reported_orgs),
    "orgs (all ORG+UNIT spans)": ("orgs", all_org_spans),
    "LAC ORG entities": ("orgs", lac_orgs),
}


@dataclass
class Score:
    """Counts for one category; lenient counts predictions and gold spans separately."""

    predicted: int = 0
    gold: int = 0
    exact: int = 0
    pred_overlap: int = 0
    gold_overlap: int = 0
    other_class: int = 0
    recall_by_class: dict[str, list[int]] = field(default_factory=dict)
    errors: list[dict[str, object]] = field(default_factory=list)

    def figures(self) -> dict[str, float | int]:
        strict = (_ratio(self.exact, self.predicted), _ratio(self.exact, self.gold))
        lenient = (_ratio(self.pred_overlap, self.predicted), _ratio(self.gold_overlap, self.gold))
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "strict_p": strict[0],
            "strict_r": strict[1],
            "strict_f1": _f1(*strict),
            "lenient_p": lenient[0],
            "lenient_r": lenient[1],
            "lenient_f1": _f1(*lenient),
            "other_class": self.other_class,
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def score(rows: list[Row], docs: list[Parse], max_errors: int) -> dict[str, Score]:
    scores = {name: Score() for name in CATEGORIES}
    for row, doc in zip(rows, docs, strict=True):
        every_gold = set().union(*row.gold.values()) if row.gold else set()
        for name, (group, predict) in CATEGORIES.items():
            classes = GOLD_CLASSES[group]
            gold = set().union(*(row.gold.get(c, set()) for c in classes))
            predicted = predict(doc)
            s = scores[name]
            s.predicted += len(predicted)
            s.gold += len(gold)
            s.exact += len(predicted & gold)
            s.pred_overlap += sum(_overlaps(p, gold) for p in predicted)
            s.gold_overlap += sum(_overlaps(g, predicted) for g in gold)
            s.other_class += len((predicted & every_gold) - gold)
            for cls in classes:
                counts = s.recall_by_class.setdefault(cls, [0, 0])
                counts[0] += len(row.gold.get(cls, set()) & predicted)
                counts[1] += len(row.gold.get(cls, set()))
            if len(s.errors) < max_errors and predicted != gold:
                s.errors.append(
                    {
                        "text": row.text,
                        "false_positives": sorted(row.text[a:b] for a, b in predicted - gold),
                        "misses": sorted(row.text[a:b] for a, b in gold - predicted),
                        "tokens": " ".join(f"{t}/{g}" for t, g in zip(*_tokens(doc), strict=True)),
                    }
                )
    return scores


def _tokens(parse: Parse) -> tuple[list[str], list[str]]:
    return parse.table.texts, parse.table.tags


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--path", type=Path, help="a CLUENER-format JSON-lines file (overrides --split)")
    parser.add_argument("--json", type=Path, help="write the figures (and any errors) here")
    parser.add_argument("--errors", type=int, default=0, help="keep this many error sentences per category")
    args = parser.parse_args(argv)
    path = args.path or DATA / f"{args.split}.json"
    if not path.is_file():
        sys.stderr.write(f"{path} not found; nothing to measure\n")
        return 0
    rows = read_split(path)
    started = time.perf_counter()
    docs = list(parse_texts([row.text for row in rows]))
    seconds = time.perf_counter() - started
    scores = score(rows, docs, args.errors)
    print(f"{path} — {len(rows)} sentences, {sum(len(r.text) for r in rows)} characters, {seconds:.1f} s")
    header = "| category | predicted | gold | strict P / R / F1 | lenient P / R / F1 | other class |"
    print(header)
    print("| --- | --- | --- | --- | --- | --- |")
    for name, s in scores.items():
        f = s.figures()
        print(
            f"| {name} | {f['predicted']} | {f['gold']} | "
            f"{f['strict_p']:.3f} / {f['strict_r']:.3f} / {f['strict_f1']:.3f} | "
            f"{f['lenient_p']:.3f} / {f['lenient_r']:.3f} / {f['lenient_f1']:.3f} | {f['other_class']} |"
        )
    print("strict recall per CLUENER class:")
    for name in ("persons (PER)", "titles", "orgs (reported)"):
        by_class = scores[name].recall_by_class.items()
        parts = [f"{cls} {_ratio(*counts):.3f} ({counts[1]})" for cls, counts in by_class]
        print(f"  {name}: " + ", ".join(parts))
    if args.json:
        payload = {
            "split": str(path),
            "sentences": len(rows),
            "seconds": round(seconds, 2),
            "categories": {
                name: {
                    **s.figures(),
                    "strict_recall_by_class": {c: _ratio(*n) for c, n in s.recall_by_class.items()},
                    "errors": s.errors,
                }
                for name, s in scores.items()
            },
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
