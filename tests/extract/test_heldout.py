"""The held-out sets (tests/fixtures/heldout … heldout12: written by us, gold annotated before any run).

Thresholds sit a little below the figures measured after the generalisation fixes, so that a
regression on news nobody tuned for fails here.
"""

from __future__ import annotations

from functools import cache

import pytest
from kg_paths import FIXTURES

from kg.eval import evaluate

# set → metric → minimum F1. Measured after the third round of fixes: heldout memberships 0.981,
# events 1.000, participations 0.971, organisers 0.981; heldout2 (before any fix 0.767 / 0.800 / 0.561
# / 0.718) 1.000 on all four; heldout3 (before any fix 0.594 / 0.952 / 0.800 / 0.857) 0.985, 1.000,
# 1.000, 1.000; heldout4 (before any fix 0.855 / 0.889 / 0.821 / 0.778) 0.981, 1.000, 1.000, 1.000 after
# the fifth round; heldout5 (before any fix 0.872 / 0.875 / 0.765 / 0.824) 0.981, 1.000, 0.985, 0.980
# (memberships 0.987 after the sixth round); heldout6 (before any fix 0.821 / 0.923 / 0.708 / 0.250)
# 0.944, 1.000, 0.833, 1.000; heldout7 (before any fix 0.819 / 0.667 / 0.516 / 0.211) 0.936, 1.000,
# 0.917, 0.947; heldout8 (before any fix 0.779 / 0.667 / 0.417 / 0.524) 0.925, 1.000, 0.957, 0.902;
# heldout9 (news forms: JSONL, interview, roundup, attendee lists; before any fix 0.886 /
# 1.000 / 0.632 / 0.606) 0.913, 1.000, 0.916, 0.917;
# heldout10 (Traditional Chinese; before any fix 0.763 / 0.588 / 0.157 / 0.190) 0.832, 0.857,
# 0.462, 0.733; heldout11 (genres kg was not developed on: announcements, résumés, obituary, profile,
# university, hospital, games, festival, congress, finance JSONL) before any fix 0.662 / 0.941 / 0.756 / 0.947;
# heldout12 (club, institute, museum, association, biography, launch, film festival, marathon, embassy,
# notices JSONL) before any fix 0.764 / 0.769 / 0.452 / 0.880. After the first issue-18 round
# (issuer, appointment and résumé constructions): heldout11 memberships 0.710, heldout12 0.778.
# heldout13 (games, commencement, trade fair, provincial congress, festival, exhibition, summit, board
# announcement, hospital, obituary, résumés, encyclopedia, finance JSONL) before any fix 0.682 / 0.842 /
# 0.667 / 0.600; after the ninth session's issue-18/19 rounds heldout11 0.729, heldout12 0.786 / 0.857 /
# 0.667 / 0.880, heldout13 0.716 / 0.842 / 0.667 / 0.600.
# heldout14 (cycling race, TV awards, city CPPCC session, developer conference, harvest festival, forum,
# signing, design-week closing, court page in HTML, association 换届, 任前公示, institute, memorial, briefs
# JSONL) before any fix 0.718 / 0.880 / 0.653 / 0.865; after the tenth session's rounds heldout11 0.738,
# heldout12 0.786, heldout13 0.754, heldout14 0.774 / 0.880 / 0.667 / 0.865.
# heldout15 (board resolution, bank 行长 approval, inspection tour, academic conference in HTML, book
# launch, football season opener, tea expo, encyclopedia entry, hospital 院长, briefs JSONL) before any
# fix 0.794 (P 0.966) / 0.667 / 0.757 / 0.750.
# heldout16 (internal memo, university appointment meeting, fund-manager change, EGM resolution, police
# press conference, groundbreaking in HTML, charity gala in Markdown, auto show, weiqi open, interview,
# briefs JSONL) before any fix 0.840 (P 0.940) / 1.000 / 0.821 / 0.917. After the twelfth session's rounds
# (fin3, duie3, events21; not tuned on) heldout14 0.774 / 0.923 / 0.693 / 0.976, the others unchanged.
THRESHOLDS = {
    "heldout": {"memberships_strict": 0.96, "events": 0.97, "participations": 0.95, "organizers": 0.96},
    "heldout2": {"memberships_strict": 0.97, "events": 0.97, "participations": 0.97, "organizers": 0.97},
    "heldout3": {"memberships_strict": 0.96, "events": 0.97, "participations": 0.97, "organizers": 0.97},
    "heldout4": {"memberships_strict": 0.96, "events": 0.97, "participations": 0.97, "organizers": 0.97},
    "heldout5": {"memberships_strict": 0.96, "events": 0.97, "participations": 0.96, "organizers": 0.95},
    "heldout6": {"memberships_strict": 0.92, "events": 0.97, "participations": 0.80, "organizers": 0.97},
    "heldout7": {"memberships_strict": 0.91, "events": 0.97, "participations": 0.89, "organizers": 0.92},
    "heldout8": {"memberships_strict": 0.90, "events": 0.97, "participations": 0.93, "organizers": 0.88},
    "heldout9": {"memberships_strict": 0.89, "events": 0.97, "participations": 0.89, "organizers": 0.89},
    "heldout10": {"memberships_strict": 0.81, "events": 0.83, "participations": 0.43, "organizers": 0.71},
    "heldout11": {"memberships_strict": 0.73, "events": 0.92, "participations": 0.73, "organizers": 0.92},
    "heldout12": {"memberships_strict": 0.78, "events": 0.85, "participations": 0.66, "organizers": 0.86},
    "heldout13": {"memberships_strict": 0.75, "events": 0.83, "participations": 0.66, "organizers": 0.59},
    "heldout14": {"memberships_strict": 0.77, "events": 0.92, "participations": 0.69, "organizers": 0.97},
    "heldout15": {"memberships_strict": 0.79, "events": 0.66, "participations": 0.75, "organizers": 0.74},
    "heldout16": {"memberships_strict": 0.83, "events": 0.99, "participations": 0.82, "organizers": 0.91},
}
CASES = [
    (name, metric, minimum)
    for name, metrics in THRESHOLDS.items()
    for metric, minimum in sorted(metrics.items())
]


@cache
def _f1(name: str) -> dict[str, float]:
    folder = FIXTURES / name
    # Every input form of the set (.txt, .md, .html), not the gold file and the notes.
    inputs = sorted(str(p) for p in folder.iterdir() if p.name not in {"gold.jsonl", "NOTES.md"})
    result = evaluate(folder / "gold.jsonl", inputs)
    return {metric: score.f1 for metric, score in result.totals.items()}


@pytest.mark.slow
@pytest.mark.parametrize(("name", "metric", "minimum"), CASES)
def test_heldout_f1(name: str, metric: str, minimum: float) -> None:
    assert _f1(name)[metric] >= minimum
