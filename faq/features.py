"""The vector space matching and filtering share: character n-grams within words (typos, Hindi,
German compounds) plus words and word pairs (paraphrase, word order), TF-IDF weighted.

One vectorizer with one analyzer, rather than a union of two, halves the cost of vectorising a
query (sklearn's per-call overhead dominates for a single short text).
"""
import re
from collections import Counter
from typing import NamedTuple

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from faq.spelling import Speller
from faq.text import LETTERS, WEB_ADDRESS, normalize

CHAR_NGRAMS = range(2, 6)
# Numbers this long are user ids, order and phone numbers (shorter ones can be amounts: "10000
# beans"): their n-grams match nothing an article says but take a share of the query's weight,
# enough to put a question under the FAQ threshold.
IDENTIFIER_DIGITS = 7
# The words that say what such a number is go with it ("my user id is 1733412345"): "user id" drew
# the article on finding one's id away from the ban the question was about. Not "can i change my id
# 502311877": the id asked about.
_IDENTIFIER = re.compile(
    r"\b(?:(?:my|mera|meri|mon|ma|mi|meine?) )?(?:(?:user|streamkar|account|order|transaction|payment) )?"
    r"(?:id|uid|number|no|nr|order|numero|nummer) (?:is|hai|es|est|ist) (?=\d{%d,}\b)" % IDENTIFIER_DIGITS)


# Links, e-mail addresses and @handles name the user's things, never an article's: their pieces
# ("https", "com") read as another site's question and a link got a question refused.
_HANDLE = re.compile(r"(?<!\w)@\w+")
_RAW_WORD = re.compile(rf"[{LETTERS}]+(?:['’][{LETTERS}]+)*")


def words(text):
    text = _IDENTIFIER.sub("", normalize(_HANDLE.sub(" ", WEB_ADDRESS.sub(" ", text))))
    return [w for w in text.split() if not (w.isdigit() and len(w) >= IDENTIFIER_DIGITS)]


def features(text):
    return word_features(words(text))


def word_features(words):
    grams = [f"w:{w}" for w in words] + [f"w:{a} {b}" for a, b in zip(words, words[1:])]
    for word in words:
        padded = f" {word} "
        grams += [padded[i:i + n] for n in CHAR_NGRAMS for i in range(len(padded) - n + 1)]
    return grams


def vectorizer():
    return TfidfVectorizer(analyzer=features, sublinear_tf=True, dtype=np.float32)


class Query(NamedTuple):
    """One text's L2-normalised TF-IDF features: the columns it has and their weights."""
    indices: np.ndarray
    data: np.ndarray


class QueryVectorizer:
    """A fitted vectorizer's transform of a single text, its typos corrected, without sklearn's
    input checks: they cost more than the arithmetic (~0.4 ms a query). tests/test_matching.py
    holds it to `TfidfVectorizer.transform` of the corrected text."""

    def __init__(self, fitted):
        self.columns = fitted.vocabulary_
        self.idf = fitted.idf_.astype(np.float32)
        self.speller = Speller(fitted)

    def corrected(self, text):
        """The text's words, its typos corrected."""
        return [self.speller(word) for word in words(text)]

    def spelled(self, text):
        """The text as written but for its typos: each word no fitted text uses and no language uses
        once per million words, replaced by the known word it most likely is."""
        def correct(word):
            normalized = normalize(word.group())
            known = normalized if " " in normalized or normalized in self.speller.real else self.speller(normalized)
            return word.group() if known == normalized else known
        return _RAW_WORD.sub(correct, text)

    def __call__(self, text):
        corrected = self.corrected(text)
        counts = Counter(column for column in map(self.columns.get, word_features(corrected)) if column is not None)
        indices = np.fromiter(counts, dtype=np.int64, count=len(counts))
        weights = (1 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * self.idf[indices]
        norm = np.linalg.norm(weights)
        return Query(indices, weights / norm if norm else weights)


class LinearScores:
    """A fitted linear model's decision_function for one Query, with the same shortcut."""

    def __init__(self, coef, intercept):
        # One row of weights per feature: a query gathers a few dozen contiguous rows.
        self.weights = np.ascontiguousarray(coef.T, dtype=np.float32)
        self.intercept = intercept.astype(np.float32)

    def __call__(self, query):
        return query.data @ self.weights[query.indices] + self.intercept
