"""googletrans through the adapter, against a local stand-in for Google on loopback."""
import time

import pytest
import redis
from cachelib import RedisCache
from google_standin import GoogleStandIn

from app.language import detect_language
from app.safe_cache import ForgivingCache
from app.translate import Translator


@pytest.fixture(scope="module")
def google(tmp_path_factory):
    standin = GoogleStandIn(tmp_path_factory.mktemp("ca") / "ca.pem")
    yield standin
    standin.close()


@pytest.fixture
def translator(google, redis_url, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", google.ca_path)
    google.mode, google.requests = "ok", 0
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/2")
    client.flushdb()
    return Translator(ForgivingCache(RedisCache(client)), timeout_s=0.5, service_url=google.service_url,
                      fail_max=3, reset_timeout_s=0.5)


def test_model_answer_is_translated_to_hindi_and_cached(translator, google):
    assert translator.translate("Tap Recharge.", "hi") == ("[हिंदी] Tap Recharge.", True)
    assert google.requests == 1
    assert translator.translate("Tap Recharge.", "hi") == ("[हिंदी] Tap Recharge.", True)
    assert google.requests == 1


@pytest.mark.parametrize("failure", ["429", "hang"])
def test_breaker_opens_after_failures_and_closes_after_the_pause(translator, google, failure):
    google.mode = failure
    for i in range(3):
        assert translator.translate(f"text {failure} {i}", "fr") == (f"text {failure} {i}", False)
    assert google.requests == 3
    assert translator.translate("while open", "fr") == ("while open", False)
    assert google.requests == 3, "an open breaker must not call Google"
    google.mode = "ok"
    time.sleep(0.6)
    assert translator.translate("after the pause", "fr") == ("[FR] after the pause", True)
    assert translator.translate("closed again", "fr") == ("[FR] closed again", True)


def test_unreachable_google_degrades_to_the_original(redis_url):
    translator = Translator(ForgivingCache(RedisCache(redis.Redis.from_url(redis_url))), timeout_s=0.5,
                            service_url="127.0.0.1:9")
    assert translator.translate("Tap Recharge.", "de") == ("Tap Recharge.", False)


@pytest.mark.parametrize("text, language", [
    ("how do I recharge coins in the app", "en"),
    ("mera withdrawal fail ho gaya paise kab wapas aayenge", "hi"),
    ("withdrawal krte time error aa rha h", "hi"),  # Hinglish as phones type it
    ("मेरा अकाउंट बैन हो गया है, क्या करूँ?", "hi"),
    ("Comment est-ce que je peux supprimer mon compte ?", "fr"),
    ("¿Por qué no me llegan las monedas que pagué?", "es"),
    ("Warum kann ich keine Geschenke an den Host senden?", "de"),
])
def test_auto_detects_the_query_language(text, language):
    assert detect_language(text) == language


def test_a_detected_language_google_cannot_translate_is_answered_in_the_default():
    # Low German: detected surely, unknown to googletrans, which would count it as a failure
    # of the service and open the breaker for everyone.
    assert detect_language("Ik kann mien Passwoort nich finnen, wat schall ik doon") == "en"
