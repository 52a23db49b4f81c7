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


SEPARATOR = "\x00"
# The same words as WORD, plus the document separator.
WORD_OR_SEPARATOR = re.compile(r"[^\W\d_]{2,}|\x00")
# Lower-case ASCII letters kept, \x01 (the separator) kept, anything else a space.
ASCII_LETTERS = bytes(c if 97 <= c <= 122 or c == 1 else 32 for c in range(256))


def _count_matrix(docs: Sequence[str], vocabulary: dict[str, int]) -> sp.csr_matrix:
    """Term counts: one regex pass over all documents joined, one dict lookup per word."""
    joined = SEPARATOR.join(docs).lower()
    if joined.count(SEPARATOR) != max(len(docs) - 1, 0):
        joined = SEPARATOR.join(doc.replace(SEPARATOR, " ") for doc in docs).lower()
    if joined.isascii() and "\x01" not in joined:
        # Bytes: non-letters become spaces in one translate, then a plain split (2x the regex).
        words = joined.replace(SEPARATOR, " \x01 ").encode().translate(ASCII_LETTERS).split()
        codes: dict = {b"\x01": -1}
        for word in set(words).difference(codes):
            text = word.decode()
            short = len(text) < 2 or text in STOP_WORDS
            codes[word] = -2 if short else vocabulary.setdefault(text, len(vocabulary))
    else:
        words = WORD_OR_SEPARATOR.findall(joined)
        codes = {SEPARATOR: -1}
        for word in set(words).difference(codes):
            codes[word] = -2 if word in STOP_WORDS else vocabulary.setdefault(word, len(vocabulary))
    ids = np.fromiter(map(codes.__getitem__, words), np.int64, len(words))
    doc = np.cumsum(ids == -1)
    keep = ids >= 0
    indptr = np.zeros(len(docs) + 1, np.int64)
    if len(docs):
        np.cumsum(np.bincount(doc[keep], minlength=len(docs)), out=indptr[1:])
    data = np.ones(int(keep.sum()), np.float64)
    shape = (len(docs), len(vocabulary))
    matrix = sp.csr_matrix((data, ids[keep].astype(np.int32), indptr), shape)
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
