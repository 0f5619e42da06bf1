"""The vector space matching and filtering share: character n-grams within words (typos, Hindi,
German compounds) plus words and word pairs (paraphrase, word order), TF-IDF weighted.

One vectorizer with one analyzer, rather than a union of two, halves the cost of vectorising a
query (sklearn's per-call overhead dominates for a single short text).
"""
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from faq.text import normalize

CHAR_NGRAMS = range(2, 6)


def features(text):
    words = normalize(text).split()
    grams = [f"w:{w}" for w in words] + [f"w:{a} {b}" for a, b in zip(words, words[1:])]
    for word in words:
        padded = f" {word} "
        grams += [padded[i:i + n] for n in CHAR_NGRAMS for i in range(len(padded) - n + 1)]
    return grams


def vectorizer():
    return TfidfVectorizer(analyzer=features, sublinear_tf=True, dtype=np.float32)
