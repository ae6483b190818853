"""The second held-out set (tests/fixtures/heldout2, written by us, gold annotated before any run).

Thresholds sit a little below the figures measured after the generalisation fixes, so that a
regression on news nobody tuned for fails here.
"""

from __future__ import annotations

import pytest
from kg_paths import FIXTURES

from kg.eval import evaluate

HELDOUT = FIXTURES / "heldout2"
# metric: minimum F1 (measured before any fix: memberships 0.767, events 0.800, participations 0.561,
# organisers 0.718; after: memberships 0.946, events 1.000, participations 0.974, organisers 1.000)
THRESHOLDS = {
    "memberships_strict": 0.92,
    "events": 0.97,
    "participations": 0.95,
    "organizers": 0.97,
}


@pytest.fixture(scope="module")
def totals() -> dict[str, float]:
    inputs = sorted(str(p) for p in HELDOUT.glob("*.txt"))
    result = evaluate(HELDOUT / "gold.jsonl", inputs)
    return {name: score.f1 for name, score in result.totals.items()}


@pytest.mark.slow
@pytest.mark.parametrize(("metric", "minimum"), sorted(THRESHOLDS.items()))
def test_heldout2_f1(totals: dict[str, float], metric: str, minimum: float) -> None:
    assert totals[metric] >= minimum
