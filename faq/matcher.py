"""Finds the FAQ article a query asks about, in any of the five languages, typos and all."""
from dataclasses import dataclass

import numpy as np
from sklearn.preprocessing import normalize as l2_normalize

from faq.features import vectorizer


@dataclass(frozen=True)
class Match:
    faq_id: str
    score: float
    runner_up_id: str
    runner_up_score: float


def article_texts(article):
    """Every text that stands for the article: its questions and the curated phrasings."""
    yield from article.question.values()
    for texts in article.phrasings.values():
        yield from texts


class Matcher:
    """Nearest article by cosine similarity to any of its texts.

    `extra_texts` only widen the vocabulary (the domain filter's examples), so that the one
    query vector serves both the matcher and the filter.
    """

    def __init__(self, faq, extra_texts=()):
        texts, owners = [], []
        for index, article in enumerate(faq.articles):
            for text in article_texts(article):
                texts.append(text)
                owners.append(index)
        self.ids = [a.id for a in faq.articles]
        self.vectorizer = vectorizer().fit(texts + list(extra_texts))
        self.matrix = self.vectorize(texts)
        self.owners = np.asarray(owners)
        self.starts = np.flatnonzero(np.r_[True, self.owners[1:] != self.owners[:-1]])

    def vectorize(self, texts):
        return l2_normalize(self.vectorizer.transform(texts)).tocsr()

    def scores(self, vector):
        """The best similarity of the query vector to each article's texts."""
        sims = (self.matrix @ vector.T).toarray().ravel()
        return np.maximum.reduceat(sims, self.starts)

    def match(self, vector):
        scores = self.scores(vector)
        first, second = np.argpartition(scores, -2)[-2:][::-1]
        if scores[second] > scores[first]:
            first, second = second, first
        return Match(self.ids[first], float(scores[first]), self.ids[second], float(scores[second]))

    def top(self, vector, k):
        scores = self.scores(vector)
        return [(self.ids[i], float(scores[i])) for i in np.argsort(scores)[::-1][:k]]
