"""Loads faq_data.json and refuses, naming the entry, anything the service could not serve."""
import hashlib
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
    question: dict  # language -> text, in the languages it has curated text for
    answer: dict  # language -> text, likewise
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


def content_version(articles):
    """A short hash of the articles: the answer cache's keys change with any edit."""
    return hashlib.sha256(json.dumps(articles, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]


def _untranslated(entry, where):
    """Languages whose text is the English one, kept until a translation is curated."""
    value = entry.get("untranslated", [])
    if not isinstance(value, list) or not set(value) <= set(SUPPORTED_LANGUAGES) - {"en"}:
        raise FAQDataError(f"{where}: 'untranslated' must list languages other than en")
    return set(value)


def identified(entries, source=""):
    """(entry, where it is) for each entry, which must have an id no other entry has; the
    FAQDataError names the source, the entry's index and its id."""
    seen = set()
    for i, entry in enumerate(entries):
        where = f"{source}article #{i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
            raise FAQDataError(f"{where}: missing 'id'")
        where = f"{where} ({entry['id']})"
        if entry["id"] in seen:
            raise FAQDataError(f"{where}: duplicate id")
        seen.add(entry["id"])
        yield entry, where


def parse(raw):
    if not isinstance(raw, dict) or not isinstance(raw.get("articles"), list) or not raw["articles"]:
        raise FAQDataError("FAQ data must be an object with a non-empty 'articles' list")
    articles = []
    for entry, where in identified(raw["articles"]):
        if not isinstance(entry.get("category"), str) or not entry["category"].strip():
            raise FAQDataError(f"{where}: missing 'category'")
        untranslated = _untranslated(entry, where)
        curated = {field: {lang: text for lang, text in _texts(entry, field, where).items() if lang not in untranslated}
                   for field in ("question", "answer")}
        articles.append(Article(id=entry["id"], category=entry["category"], question=curated["question"],
                                answer=curated["answer"], phrasings=_phrasings(entry, where)))
    # Computed, not read: a hand-edited file must not be served from the old answers' cache keys.
    return FAQ(version=content_version(raw["articles"]), articles=tuple(articles))


def load(path):
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FAQDataError(f"cannot read FAQ data {path}: {exc}") from exc
    return parse(raw)
