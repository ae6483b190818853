"""Recall floors on the genre sets of ../shared/data/genres (development sets of issues 18 and 19).

Those sets label only some rows (their README), so recall is the figure; the floors sit a little under
what the first issue-18 round measured, so that a regression on announcements, encyclopedic sentences,
biographies or event news fails here. Skipped where ../shared is absent.
"""

from __future__ import annotations

import pytest
from kg_paths import SHARED

from kg.eval import evaluate

GENRES = SHARED / "data" / "genres"
# set → metric → minimum recall, measured at the first issue-18 round (eighth session):
# duee_fin 0.217, duie 0.402, resume 0.744 (memberships lenient), duee events 0.190; duee_fin and resume
# raised at the second round (branch fin: 0.620 and 0.814).
FLOORS = [
    ("duee_fin", "memberships_lenient", 0.71),  # 0.717 after the twelfth session (fin3)
    ("duie", "memberships_lenient", 0.54),  # 0.543 after the twelfth session (duie3)
    ("resume", "memberships_lenient", 0.80),
    ("duee", "events", 0.66),  # 0.667 after the issue-19 round (events19)
]


@pytest.mark.slow
@pytest.mark.skipif(not GENRES.is_dir(), reason="../shared is not present")
@pytest.mark.parametrize(("name", "metric", "minimum"), FLOORS, ids=[f[0] for f in FLOORS])
def test_genre_recall(name: str, metric: str, minimum: float) -> None:
    folder = GENRES / name
    result = evaluate(folder / "gold.jsonl", sorted(str(p) for p in (folder / "docs").iterdir()))
    assert result.totals[metric].recall >= minimum
