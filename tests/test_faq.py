"""The FAQ data, its matcher and the domain filter, on examples written for these tests."""
import copy
import dataclasses
import json

import pytest

import settings
from faq import build
from app.pipeline import DOMAIN_EXAMPLES
from faq.data import FAQDataError, load, parse
from faq.domain import load_examples
from faq.fitted import fit, fitted

FAQ_PATH = settings.ROOT / "faq" / "faq_data.json"


@pytest.fixture(scope="module")
def raw():
    return json.loads(FAQ_PATH.read_text(encoding="utf-8"))


def test_faq_data_holds_every_help_center_article_in_five_languages(raw):
    faq = parse(raw)
    kb = json.loads((settings.ROOT.parent / "shared" / "kb" / "articles.en.json").read_text())
    assert {a.id for a in faq.articles} == {a["id"] for a in kb["articles"]}
    for article in faq.articles:
        assert set(article.answer) >= set(settings.SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("breakage, message", [
    (lambda a: a[3]["answer"].pop("hi"), "article #3 (account.change-phone-number): 'answer' has no hi text"),
    (lambda a: a[5]["question"].update(de="  "), "article #5 (account.link-login-methods): 'question' has no de text"),
    (lambda a: a.append(copy.deepcopy(a[0])), "(account.create-account): duplicate id"),
    (lambda a: a[7].pop("id"), "article #7: missing 'id'"),
    (lambda a: a[9].update(phrasings={"en": "not a list"}), "article #9 (streaming.requirements): 'phrasings'"),
])
def test_loader_names_the_broken_entry(raw, breakage, message):
    broken = copy.deepcopy(raw)
    breakage(broken["articles"])
    with pytest.raises(FAQDataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(broken)


def test_loader_refuses_unreadable_file(tmp_path):
    path = tmp_path / "faq.json"
    path.write_text("{ nope")
    with pytest.raises(FAQDataError, match="cannot read FAQ data"):
        load(path)


def test_build_takes_missing_languages_from_curated_translations(tmp_path):
    kb = settings.ROOT.parent / "shared" / "kb"
    (tmp_path / "articles.en.json").write_text((kb / "articles.en.json").read_text())
    warnings = []
    built = {a["id"]: a for a in build.build(tmp_path, warn=warnings.append)["articles"]}
    curated_es = json.loads((settings.ROOT / "faq" / "curated" / "articles.es.json").read_text())
    first = curated_es["articles"][0]
    assert built[first["id"]]["answer"]["es"] == first["answer"]
    # Hindi and French are in neither place here: the build still works, in English, and says so.
    assert built[first["id"]]["answer"]["hi"] == built[first["id"]]["answer"]["en"]
    assert built[first["id"]]["untranslated"] == ["hi", "fr"]
    assert any(first["id"] in w and "hi, fr" in w for w in warnings)


def test_committed_faq_data_is_what_the_build_makes():
    kb = settings.ROOT.parent / "shared" / "kb"
    assert build.build(kb)["version"] == json.loads(FAQ_PATH.read_text())["version"]



@pytest.fixture
def small(raw):
    """A FAQ of six articles and a few examples of each label: fitted in about a second."""
    faq = dataclasses.replace(parse(raw), articles=parse(raw).articles[:6])
    return faq, {label: {"en": texts["en"][:40]} for label, texts in load_examples(DOMAIN_EXAMPLES).items()}


def test_fitted_models_are_stored_once_and_loaded_after(small, tmp_path):
    faq, examples = small
    stored = fitted(faq, examples, tmp_path)
    entries = list(tmp_path.rglob("output.pkl"))
    loaded = fitted(faq, examples, tmp_path)
    assert len(entries) == 1 and list(tmp_path.rglob("output.pkl")) == entries
    fresh = fit(faq, examples)
    for query in ("how do i make an account", "what is the capital of france"):
        scores = [m.scores(m.query(query)) for m, _ in (stored, loaded, fresh)]
        assert (scores[0] == scores[1]).all() and (scores[0] == scores[2]).all()
        verdicts = [d.classify(m.query(query)) for m, d in (stored, loaded, fresh)]
        assert verdicts[0] == verdicts[1] == verdicts[2]
    fewer = {**examples, "out_of_domain": {"en": examples["out_of_domain"]["en"][:20]}}
    fitted(faq, fewer, tmp_path)
    assert len(list(tmp_path.rglob("output.pkl"))) == 2  # other examples, another fit


def test_an_unwritable_model_cache_still_gives_fitted_models(small, tmp_path):
    faq, examples = small
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    matcher, _ = fitted(faq, examples, blocker / "cache")
    assert matcher.match(matcher.query("how do i make an account")).faq_id == "account.create-account"
