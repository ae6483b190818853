"""The CRF decoder against brute force, and batched against single rows."""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from kg.nlp.backbone import _viterbi

# Small integers as float32: exact sums, and ties happen often enough to test their breaking.
_SCORES = st.integers(-3, 3).map(float)


def _score(
    path: tuple[int, ...], emissions: npt.NDArray[np.float32], transitions: npt.NDArray[np.float32]
) -> float:
    total = float(emissions[0, path[0]])
    for t in range(1, len(path)):
        total += float(transitions[path[t - 1], path[t]] + emissions[t, path[t]])
    return total


@st.composite
def _problems(draw: st.DrawFn) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    rows, steps, tags = draw(st.integers(1, 4)), draw(st.integers(1, 5)), draw(st.integers(1, 4))
    emissions = draw(arrays(np.float32, (rows, steps, tags), elements=_SCORES))
    transitions = draw(arrays(np.float32, (tags, tags), elements=_SCORES))
    return emissions, transitions


@settings(max_examples=200, deadline=None)
@given(_problems())
def test_viterbi_finds_the_best_path(
    problem: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]],
) -> None:
    emissions, transitions = problem
    _, steps, tags = emissions.shape
    for row, path in zip(emissions, _viterbi(emissions, transitions).tolist(), strict=True):
        best = max(_score(p, row, transitions) for p in itertools.product(range(tags), repeat=steps))
        assert _score(tuple(path), row, transitions) == best


@settings(max_examples=200, deadline=None)
@given(_problems())
def test_viterbi_row_does_not_depend_on_its_batch(
    problem: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]],
) -> None:
    emissions, transitions = problem
    batched = _viterbi(emissions, transitions).tolist()
    assert batched == [_viterbi(row[None], transitions).tolist()[0] for row in emissions]
