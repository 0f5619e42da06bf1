"""Tells StreamKar questions from everything else, and spots greetings and thanks.

A linear classifier over the matcher's query vectors, trained at start-up on the FAQ's own
texts (in domain) and the team's labelled examples in faq/curated/domain_examples.json.
"""
import json
import re
from dataclasses import dataclass

import numpy as np
from scipy.special import softmax
from sklearn.linear_model import LogisticRegression

from faq.features import LinearScores
from faq.matcher import article_texts
from faq.text import normalize

IN, OUT, GREETING = "in_domain", "out_of_domain", "greeting"
# StreamKar questions no article answers: in domain to the filter, a class of their own to the matcher.
UNCOVERED = "uncovered"
# Matched against normalised text, so the Hindi words are normalised too.
_THANKS = re.compile(r"\b(thank|thanks|thx|ty|tysm|shukriya|dhanyavad|dhanyawad|merci|gracias|danke)\b|"
                     + "|".join(normalize(word) for word in ("धन्यवाद", "शुक्रिया")))


@dataclass(frozen=True)
class Verdict:
    label: str
    probability: float  # of the label
    out_probability: float  # of out of domain, whatever the label


def example_texts(examples):
    """(text, label) for every labelled example, uncovered questions labelled in domain."""
    for label in (IN, OUT, GREETING, UNCOVERED):
        for texts in examples.get(label, {}).values():
            for text in texts:
                yield text, IN if label == UNCOVERED else label


def uncovered_texts(examples):
    return [text for texts in examples.get(UNCOVERED, {}).values() for text in texts]


class DomainFilter:
    def __init__(self, faq, examples, matcher, out_threshold=0.7):
        pairs = [(text, IN) for article in faq.articles for text in article_texts(article)]
        pairs += list(example_texts(examples))
        texts, labels = zip(*pairs)
        self.out_threshold = out_threshold
        model = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
        model.fit(matcher.vectorize(list(texts)), labels)
        self.classes = list(model.classes_)
        # A multinomial model's probabilities are the softmax of its linear scores.
        self.scores = LinearScores(model)

    def classify(self, query):
        probabilities = softmax(self.scores(query))
        best = int(np.argmax(probabilities))
        label = self.classes[best]
        if label == OUT and probabilities[best] < self.out_threshold:
            label = IN
        return Verdict(label, float(probabilities[best]), float(probabilities[self.classes.index(OUT)]))


def is_thanks(text):
    return bool(_THANKS.search(normalize(text)))


def load_examples(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
