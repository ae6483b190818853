"""Membership quality on the gold-annotated seed articles (../shared/gold), by the SCHEMA.md rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import process_document
from kg.io import read_documents
from kg.text import normalize_name, squeeze_spaces

Key = tuple[str, str, str | None]


def _norm(value: str | None) -> str | None:
    return normalize_name(squeeze_spaces(value)) if value else value


def _score(gold_file: Path, folder: Path, *, lenient: bool) -> tuple[float, float, float]:
    """Precision, recall, F1 of the memberships of every gold document (one-to-one matching)."""
    gold = {row["doc"]: row for row in map(json.loads, gold_file.read_text(encoding="utf-8").splitlines())}
    hits = predicted = expected = 0
    for result in read_documents([str(folder / name) for name in sorted(gold)]):
        assert result.document is not None, result.reason
        rows = gold[Path(result.source).name]["memberships"]
        found: list[Key] = list(
            dict.fromkeys(
                (_norm(m.person) or "", _norm(m.title) or "", _norm(m.org))
                for m in process_document(result.document).memberships
            )
        )
        free = [
            (_norm(g["person"]), _norm(g["title"]) or "", {_norm(g["org"]), *map(_norm, g["org_alt"])})
            for g in rows
        ]
        for person, title, org in found:
            for candidate in free:
                gold_title = candidate[1]
                same_title = title == gold_title or (
                    lenient
                    and bool(title and gold_title)
                    and (title.endswith(gold_title) or gold_title.endswith(title))
                )
                if person == candidate[0] and same_title and org in candidate[2]:
                    free.remove(candidate)
                    hits += 1
                    break
        predicted += len(found)
        expected += len(rows)
    precision = hits / predicted if predicted else 0.0
    recall = hits / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize(("lenient", "min_f1"), [(False, 0.90), (True, 0.95)])
def test_seed_memberships(shared: Path, lenient: bool, min_f1: float) -> None:
    precision, recall, f1 = _score(shared / "gold" / "seeds.jsonl", shared / "seeds", lenient=lenient)
    assert precision >= 0.95, (precision, recall, f1)
    assert f1 >= min_f1, (precision, recall, f1)


@pytest.mark.slow
@pytest.mark.seeds
def test_extra_memberships(shared: Path) -> None:
    """Two articles nobody tuned for: a generalisation check, with a looser bar."""
    extra = shared / "gold" / "extra"
    if not (extra / "gold.jsonl").is_file():
        pytest.skip("../shared/gold/extra is not present")
    precision, recall, f1 = _score(extra / "gold.jsonl", extra, lenient=False)
    assert precision >= 0.9, (precision, recall, f1)
    assert f1 >= 0.8, (precision, recall, f1)
