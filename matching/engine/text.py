"""A tiny TF-IDF: enough to tell a relevant mentor bio from an unrelated one.

No model download: words are lower-cased letter runs, common English words are
dropped, term frequency is sublinear (1 + log count), idf is smoothed
(log((1 + docs) / (1 + df)) + 1) and rows are L2-normalised, so the dot
product of two rows is their cosine similarity in [0, 1].
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

WORD = re.compile(r"[^\W\d_]{2,}")

STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "for",
        "from",
        "get",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "like",
        "me",
        "more",
        "most",
        "my",
        "need",
        "no",
        "not",
        "of",
        "on",
        "or",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "too",
        "up",
        "us",
        "very",
        "want",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "years",
        "year",
        "help",
        "learn",
        "better",
        "work",
    ]
)


def tokens(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS]


def tfidf(*corpora: Sequence[str]) -> list[sp.csr_matrix]:
    """TF-IDF rows for each corpus, all in one shared vocabulary."""
    vocabulary: dict[str, int] = {}
    counts = [_count_matrix(docs, vocabulary) for docs in corpora]
    width = len(vocabulary)
    counts = [_widen(m, width) for m in counts]
    n_docs = sum(m.shape[0] for m in counts)
    df = sum((np.bincount(m.indices, minlength=width) for m in counts), np.zeros(width, np.int64))
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    return [_normalise(m, idf) for m in counts]


def _count_matrix(docs: Sequence[str], vocabulary: dict[str, int]) -> sp.csr_matrix:
    indptr = [0]
    indices: list[int] = []
    for doc in docs:
        indices.extend(vocabulary.setdefault(w, len(vocabulary)) for w in tokens(doc))
        indptr.append(len(indices))
    data = np.ones(len(indices), np.float64)
    shape = (len(docs), len(vocabulary))
    matrix = sp.csr_matrix((data, np.array(indices, np.int32), np.array(indptr, np.int64)), shape)
    matrix.sum_duplicates()
    return matrix


def _widen(matrix: sp.csr_matrix, width: int) -> sp.csr_matrix:
    # Early corpora were built before later words joined the vocabulary.
    return sp.csr_matrix((matrix.data, matrix.indices, matrix.indptr), (matrix.shape[0], width))


def _normalise(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    weighted.data /= np.repeat(norms, np.diff(weighted.indptr))
    return weighted


def row_dots(a: sp.csr_matrix, rows_a: np.ndarray, b: sp.csr_matrix, rows_b: np.ndarray) -> np.ndarray:
    """Cosine similarity of a[rows_a[k]] and b[rows_b[k]] for every k."""
    if len(rows_a) == 0:
        return np.zeros(0)
    left = a[rows_a]
    right = b[rows_b]
    return np.asarray(left.multiply(right).sum(axis=1)).ravel()
