"""Finds the FAQ article a query asks about, in any of the five languages, typos and all."""
from dataclasses import dataclass

import numpy as np
from scipy.sparse import diags, vstack
from scipy.special import softmax
from sklearn.preprocessing import normalize as l2_normalize
from sklearn.svm import LinearSVC

from faq.features import LinearScores, QueryVectorizer, vectorizer

# How much an article's whole text (question and answer) counts against its short phrasings:
# users ask about details only the answer mentions, while the phrasings carry their wording.
DOC_WEIGHT = 0.7
# Sharpness of the classifier's confidence: margins of about 0.1 to 0.3 separate neighbours.
# Softer than 10 lets an article's uncovered sibling keep a share wherever the two are close
# (calibrated with the FAQ threshold by make eval on the three query sets; see README).
CONFIDENCE_TEMPERATURE = 5.0
# The uncovered examples are many and written to sit close to articles: at full weight their
# classes also take paraphrases of covered questions. A fifth was best; 0.35-0.6 made no difference.
UNCOVERED_WEIGHT = 0.2
# Features in more than this share of the short texts (common n-grams such as "the", "ing") hold
# a twentieth of a query's weight but make most of the similarity's work: it leaves them out.
COMMON_FEATURE_SHARE = 0.15
NEAREST_BATCH = 512  # uncovered examples matched at once: a dense block of texts x batch floats


def _without_common_features(rows):
    """`rows` as a CSC matrix, emptied of the columns present in over COMMON_FEATURE_SHARE of the rows."""
    columns = rows.tocsc()
    rare = np.diff(columns.indptr) <= COMMON_FEATURE_SHARE * rows.shape[0]
    columns = (columns @ diags(rare.astype(rows.dtype))).tocsc()
    columns.eliminate_zeros()
    return columns


@dataclass(frozen=True)
class Match:
    faq_id: str
    score: float  # confidence x similarity: how surely the query asks for this article
    similarity: float
    runner_up_id: str  # the next article by similarity: the "did you mean" candidate
    runner_up_similarity: float
    ranking: tuple  # every article's id, best score first: the model's context comes from its head


def article_texts(article):
    """The short texts that stand for the article: its questions and the curated phrasings."""
    yield from article.question.values()
    for texts in article.phrasings.values():
        yield from texts


def article_documents(article):
    """The article's whole text, once per language."""
    for language, question in article.question.items():
        yield f"{question} {article.answer[language]}"


def _blend(best_text, best_doc):
    """An article's similarity from its best short text's and its best document's."""
    return (1 - DOC_WEIGHT) * best_text + DOC_WEIGHT * best_doc


def _classifier(rows, labels, articles):
    """(coef, intercept) of a linear SVM per class, one vs the rest: the articles (labels below
    `articles`), the uncovered siblings (labels from `articles` on) and last, when there are
    uncovered rows, all of them at once."""
    uncovered = labels >= articles
    weights = {int(label): UNCOVERED_WEIGHT for label in np.unique(labels[uncovered])} or None
    per_class = LinearSVC(C=1.0, class_weight=weights, random_state=0).fit(rows, labels)
    if not uncovered.any():
        return per_class.coef_, per_class.intercept_
    any_uncovered = LinearSVC(C=1.0, class_weight={True: UNCOVERED_WEIGHT}, random_state=0).fit(rows, uncovered)
    return np.vstack([per_class.coef_, any_uncovered.coef_]), np.r_[per_class.intercept_, any_uncovered.intercept_]


def _stack(groups):
    """(the rows of all groups stacked, each row's group index)."""
    rows = [(row, index) for index, group in enumerate(groups) for row in group]
    return [row for row, _ in rows], np.asarray([index for _, index in rows])


def _starts(owners):
    """Where each group's rows start, for np.maximum.reduceat."""
    return np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])


class Matcher:
    """Scores each article by a linear classifier's confidence times cosine similarity.

    The classifier, trained on every text of every article, tells neighbouring articles apart;
    the similarity (the article's best short text blended with its best whole-text document)
    says how close the query comes to anything the article says. An uncovered question can be
    nearest to one article and still far from it: the product keeps its score low.

    `uncovered` are StreamKar questions no article answers, many of them near an article's
    topic. Each becomes an example of a sibling class of its most similar article: the
    classifier learns, article by article, the words that ask what its answer does not say, and
    the sibling takes the confidence away from the article when a question has them. All of
    them are also one class of their own, which learns what asks beyond the FAQ anywhere
    ("rename", "turn off completely"): a sibling sees too few examples to learn it for its article.

    `extra_texts` only widen the vocabulary (the domain filter's examples), so that the one
    query vector serves both the matcher and the filter.
    """

    def __init__(self, faq, uncovered=(), extra_texts=()):
        texts, text_owners = _stack([list(article_texts(a)) for a in faq.articles])
        docs, doc_owners = _stack([list(article_documents(a)) for a in faq.articles])
        self.text_starts, self.doc_starts = _starts(text_owners), _starts(doc_owners)
        self.ids = [a.id for a in faq.articles]
        uncovered = list(uncovered)
        others = list(dict.fromkeys([*uncovered, *extra_texts]))
        self.vectorizer = vectorizer()
        rows = l2_normalize(self.vectorizer.fit_transform(texts + docs + others)).tocsr()
        self.query = QueryVectorizer(self.vectorizer)
        text_rows, doc_rows = rows[:len(texts)], rows[len(texts):len(texts) + len(docs)]
        row_of_other = {text: len(texts) + len(docs) + i for i, text in enumerate(others)}
        uncovered_rows = rows[np.array([row_of_other[text] for text in uncovered], dtype=np.int64)]
        # A query has a few dozen features: reading just their columns is ~20x faster than a
        # sparse matrix product.
        self.texts, self.docs = _without_common_features(text_rows), doc_rows.tocsc()
        labels = np.r_[text_owners, doc_owners, len(self.ids) + self._nearest(uncovered_rows)]
        training = vstack([text_rows, doc_rows, uncovered_rows], dtype=np.float64)  # liblinear's type, converted once
        self.classifier_scores = LinearScores(*_classifier(training, labels, len(self.ids)))

    def _nearest(self, rows):
        """For each row of features, the index of the most similar article."""
        nearest = [np.zeros(0, dtype=np.int64)]
        for start in range(0, rows.shape[0], NEAREST_BATCH):
            batch = rows[start:start + NEAREST_BATCH].T.tocsr()
            best_text = np.maximum.reduceat((self.texts @ batch).toarray(), self.text_starts)
            best_doc = np.maximum.reduceat((self.docs @ batch).toarray(), self.doc_starts)
            nearest.append(np.argmax(_blend(best_text, best_doc), axis=0))
        return np.concatenate(nearest)

    def vectorize(self, texts):
        """Rows of L2-normalised features, for training; `query(text)` gives one text's."""
        return l2_normalize(self.vectorizer.transform(texts)).tocsr()

    def similarity(self, query):
        """Each article's cosine similarity to the query, in [0, 1]."""
        best_text = np.maximum.reduceat(self.texts[:, query.indices] @ query.data, self.text_starts)
        best_doc = np.maximum.reduceat(self.docs[:, query.indices] @ query.data, self.doc_starts)
        return _blend(best_text, best_doc)

    def _confidence(self, query):
        """Each article's share of the classifier's confidence (with `uncovered`, short of 1)."""
        return softmax(CONFIDENCE_TEMPERATURE * self.classifier_scores(query))[:len(self.ids)]

    def scores(self, query):
        """Each article's score for the query, in [0, 1]."""
        return self._confidence(query) * self.similarity(query)

    def match(self, query):
        similarity = self.similarity(query)
        scores = self._confidence(query) * similarity
        ranking = np.argsort(scores)[::-1]
        best = int(ranking[0])
        similarity_of_others = np.where(np.arange(len(scores)) == best, -1.0, similarity)
        runner_up = int(np.argmax(similarity_of_others))
        return Match(self.ids[best], float(scores[best]), float(similarity[best]),
                     self.ids[runner_up], float(similarity[runner_up]), tuple(self.ids[i] for i in ranking))
