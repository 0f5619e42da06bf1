"""Builds faq/faq_data.json from the help center (`../shared/kb/articles.<lang>.json`).

Languages missing from the help center come from the team's curated translations in
faq/curated/articles.<lang>.json; alternative phrasings come from faq/curated/phrasings.json.

    python -m faq.build [--kb ../shared/kb] [--out faq/faq_data.json]
"""
import argparse
import json
from pathlib import Path

from faq.data import FAQDataError, content_version, identified, parse
from settings import ROOT, SUPPORTED_LANGUAGES

CURATED = ROOT / "faq" / "curated"


def _articles(path):
    """{id: article} from one help-center file; a FAQDataError names the file and the entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FAQDataError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("articles"), list):
        raise FAQDataError(f"{path}: must be an object with an 'articles' list")
    articles = {}
    for entry, where in identified(raw["articles"], f"{path}: "):
        for field in ("category", "question", "answer"):
            if not isinstance(entry.get(field), str) or not entry[field].strip():
                raise FAQDataError(f"{where}: missing '{field}'")
        articles[entry["id"]] = entry
    return articles


def load_language(kb, lang):
    """The help center's articles in `lang`, else the curated translation, else None."""
    for path in (Path(kb) / f"articles.{lang}.json", CURATED / f"articles.{lang}.json"):
        if path.exists():
            return _articles(path)
    return None


def build(kb, warn=print):
    by_lang = {lang: load_language(kb, lang) or {} for lang in SUPPORTED_LANGUAGES}
    if not by_lang["en"]:
        raise SystemExit(f"no English articles in {kb}")
    phrasings_path = CURATED / "phrasings.json"
    phrasings = json.loads(phrasings_path.read_text(encoding="utf-8")) if phrasings_path.exists() else {}
    articles = []
    for faq_id, en in by_lang["en"].items():
        untranslated = [lang for lang, arts in by_lang.items() if faq_id not in arts]
        if untranslated:
            # Served in English until the team adds faq/curated/articles.<lang>.json.
            warn(f"warning: article {faq_id} has no {', '.join(untranslated)} text; using English")
        text = {lang: by_lang[lang].get(faq_id, en) for lang in SUPPORTED_LANGUAGES}
        articles.append({
            "id": faq_id,
            "category": en["category"],
            "question": {lang: text[lang]["question"] for lang in SUPPORTED_LANGUAGES},
            "answer": {lang: text[lang]["answer"] for lang in SUPPORTED_LANGUAGES},
            "untranslated": untranslated,
            "phrasings": phrasings.get(faq_id, {}),
        })
    data = {"version": content_version(articles), "articles": articles}
    parse(data)
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", default=str(ROOT.parent / "shared" / "kb"))
    parser.add_argument("--out", default=str(ROOT / "faq" / "faq_data.json"))
    args = parser.parse_args()
    try:
        data = build(args.kb)
    except FAQDataError as exc:
        raise SystemExit(f"error: {exc}") from None
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(data['articles'])} articles, version {data['version']}, to {args.out}")


if __name__ == "__main__":
    main()
