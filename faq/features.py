"""The vector space matching and filtering share: character n-grams (typos, Hindi, compounds)
plus words and word pairs (paraphrase and word order), each L2-normalised."""
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from faq.text import normalize


def vectorizer():
    return FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                  preprocessor=normalize, min_df=1, dtype=np.float32)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                  preprocessor=normalize, token_pattern=r"(?u)\b\w+\b", dtype=np.float32)),
    ])
