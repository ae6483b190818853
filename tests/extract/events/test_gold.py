"""Event, date, participation and organiser quality on the gold seed articles (../shared/gold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.eval import EvalResult, evaluate

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


@pytest.fixture(scope="module")
def seeds(shared: Path) -> EvalResult:
    return evaluate(shared / "gold" / "seeds.jsonl", [str(shared / "seeds")])


# The targets of issue 5: event F1 ≥ 0.90, start dates ≥ 90 %, participation and organiser F1 ≥ 0.85.
@pytest.mark.parametrize(
    ("metric", "floor"), [("events", 0.90), ("participations", 0.85), ("organizers", 0.85)]
)
def test_events_gold_seed_f1(seeds: EvalResult, metric: str, floor: float) -> None:
    assert seeds.totals[metric].f1 >= floor, seeds.totals[metric]


def test_events_gold_seed_start_dates(seeds: EvalResult) -> None:
    accuracy = seeds.accuracies["start_date"]
    assert accuracy.total >= 5
    assert accuracy.value is not None and accuracy.value >= 0.90, accuracy


def test_events_gold_extra(shared: Path) -> None:
    result = evaluate(shared / "gold" / "extra" / "gold.jsonl", [str(shared / "gold" / "extra")])
    assert result.totals["events"].f1 >= 0.90
    assert result.totals["organizers"].f1 >= 0.85
