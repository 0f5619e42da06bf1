"""Loads faq_data.json and refuses, naming the entry, anything the service could not serve."""
import json
from dataclasses import dataclass
from pathlib import Path

from settings import SUPPORTED_LANGUAGES


class FAQDataError(ValueError):
    """The FAQ data cannot be served; the message names the bad entry."""


@dataclass(frozen=True)
class Article:
    id: str
    category: str
    question: dict  # language -> text
    answer: dict  # language -> text
    phrasings: dict  # language (or "hinglish") -> [text]


@dataclass(frozen=True)
class FAQ:
    version: str
    articles: tuple

    def by_id(self, faq_id):
        return self._index[faq_id]

    def __post_init__(self):
        object.__setattr__(self, "_index", {a.id: a for a in self.articles})


def _texts(entry, field, where):
    value = entry.get(field)
    if not isinstance(value, dict):
        raise FAQDataError(f"{where}: '{field}' must be an object of language -> text")
    for lang in SUPPORTED_LANGUAGES:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            raise FAQDataError(f"{where}: '{field}' has no {lang} text")
    return dict(value)


def _phrasings(entry, where):
    value = entry.get("phrasings", {})
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(t, str) and t.strip() for t in v) for v in value.values()
    ):
        raise FAQDataError(f"{where}: 'phrasings' must map a language to a list of non-empty strings")
    return {lang: tuple(v) for lang, v in value.items()}


def parse(raw):
    if not isinstance(raw, dict) or not isinstance(raw.get("articles"), list) or not raw["articles"]:
        raise FAQDataError("FAQ data must be an object with a non-empty 'articles' list")
    articles, seen = [], set()
    for i, entry in enumerate(raw["articles"]):
        where = f"article #{i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
            raise FAQDataError(f"{where}: missing 'id'")
        where = f"article #{i} ({entry['id']})"
        if entry["id"] in seen:
            raise FAQDataError(f"{where}: duplicate id")
        seen.add(entry["id"])
        if not isinstance(entry.get("category"), str):
            raise FAQDataError(f"{where}: missing 'category'")
        articles.append(Article(
            id=entry["id"], category=entry["category"],
            question=_texts(entry, "question", where), answer=_texts(entry, "answer", where),
            phrasings=_phrasings(entry, where),
        ))
    return FAQ(version=str(raw.get("version", "0")), articles=tuple(articles))


def load(path):
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FAQDataError(f"cannot read FAQ data {path}: {exc}") from exc
    return parse(raw)
