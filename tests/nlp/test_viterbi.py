"""The CRF decoder against brute force, against a search over every tag, and batched against single rows."""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from kg.nlp.backbone import best_paths, get_model

Array = npt.NDArray[np.float32]
Problem = tuple[list[Array], Array]

# Small integers as float32: exact sums, and ties happen often enough to test their breaking.
_SCORES = st.integers(-3, 3).map(float)


def _score(path: tuple[int, ...], emissions: Array, transitions: Array) -> float:
    total = float(emissions[0, path[0]])
    for t in range(1, len(path)):
        total += float(transitions[path[t - 1], path[t]] + emissions[t, path[t]])
    return total


def _full_search(emissions: Array, transitions: Array) -> list[list[int]]:
    """Viterbi over every previous tag at every step (the decoder before pruning), rows of one length."""
    n_rows, n_steps, _ = emissions.shape
    score = emissions[:, 0].copy()
    back = []
    for t in range(1, n_steps):
        total = score[:, :, None] + transitions
        back.append(total.argmax(axis=1))
        score = total.max(axis=1) + emissions[:, t]
    state = score.argmax(axis=1)
    paths = [state]
    for pointers in reversed(back):
        state = pointers[np.arange(n_rows), state]
        paths.append(state)
    decoded: list[list[int]] = np.stack(paths[::-1], axis=1).tolist()
    return decoded


@st.composite
def _problems(draw: st.DrawFn) -> Problem:
    n_tags = draw(st.integers(1, 4))
    shapes = draw(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 5)), min_size=1, max_size=4))
    groups = [draw(arrays(np.float32, (rows, steps, n_tags), elements=_SCORES)) for rows, steps in shapes]
    return groups, draw(arrays(np.float32, (n_tags, n_tags), elements=_SCORES))


@settings(max_examples=200, deadline=None)
@given(_problems())
def test_decoder_finds_the_best_path(problem: Problem) -> None:
    groups, transitions = problem
    for group, paths in zip(groups, best_paths(groups, transitions), strict=True):
        _, steps, tags = group.shape
        for row, path in zip(group, paths.tolist(), strict=True):
            best = max(_score(p, row, transitions) for p in itertools.product(range(tags), repeat=steps))
            assert _score(tuple(path), row, transitions) == best


@settings(max_examples=200, deadline=None)
@given(_problems())
def test_decoder_row_does_not_depend_on_its_batch(problem: Problem) -> None:
    groups, transitions = problem
    batched = [paths.tolist() for paths in best_paths(groups, transitions)]
    alone = [[best_paths([row[None]], transitions)[0].tolist()[0] for row in group] for group in groups]
    assert batched == alone


@st.composite
def _lac_scale(draw: st.DrawFn) -> Problem:
    """LAC's own transitions, and emissions far from zero whose gaps sit near the transitions'
    spread, where pruning has to keep the right previous tags (a seeded generator: hypothesis
    fills large arrays with one repeated value, which prunes nothing)."""
    transitions = get_model()._transitions
    spread = float(transitions.max() - transitions.min())
    offset = draw(st.sampled_from([0.0, 700.0, -5000.0]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shapes = draw(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 6)), min_size=1, max_size=3))
    tags = transitions.shape[0]
    groups = [
        (offset + rng.integers(-12, 13, (rows, n, tags)) * spread / 8).astype(np.float32)
        for rows, n in shapes
    ]
    return groups, transitions


@settings(max_examples=100, deadline=None)
@given(st.one_of(_problems(), _lac_scale()))
def test_pruned_decoder_equals_the_full_search(problem: Problem) -> None:
    groups, transitions = problem
    decoded = [paths.tolist() for paths in best_paths(groups, transitions)]
    assert decoded == [_full_search(group, transitions) for group in groups]


def test_decoder_of_no_rows() -> None:
    assert best_paths([], np.zeros((3, 3), dtype=np.float32)) == []
