"""The API end to end: gunicorn, the embedded Redis and a Celery worker with a tiny model."""
import json

import pytest
from tiny_models import HAND_OFF

from app import messages

REPLY_FIELDS = {"answer", "source", "faq_id", "language", "cached"}


def test_faq_question_is_answered_from_the_article(web):
    reply = web.chat("how can i reset my password? i forgot it")
    assert reply.status_code == 200
    body = reply.json()
    assert REPLY_FIELDS <= body.keys()
    assert body["source"] == "faq"
    assert body["faq_id"] == "account.reset-password"
    assert "Forgot password" in body["answer"]
    assert body["language"] == "en"
    assert body["cached"] is False


def test_repeated_question_comes_from_the_cache(web):
    first = web.chat("Where do I find my StreamKar ID number?").json()
    again = web.chat("  where do i find my streamkar ID number  ").json()
    assert first["cached"] is False
    assert again["cached"] is True
    assert again["faq_id"] == first["faq_id"] == "account.find-user-id"
    assert again["answer"] == first["answer"]


def test_answer_in_requested_language_from_curated_translation(web):
    body = web.chat("how do i block someone", language="fr").json()
    assert body["source"] == "faq"
    assert body["faq_id"] == "safety.block-user"
    assert body["language"] == "fr"
    assert body["answer"] != web.chat("how do i block someone").json()["answer"]


def test_out_of_domain_question_is_refused_politely(web):
    body = web.chat("what is react").json()
    assert body["source"] == "out_of_domain"
    assert body["faq_id"] is None
    assert body["answer"] == messages.OUT_OF_DOMAIN["en"]


def test_asking_for_a_person_gets_the_way_to_the_support_team(web):
    body = web.chat("quiero hablar con una persona real", language="es").json()
    assert (body["source"], body["faq_id"]) == ("handoff", None)
    assert body["answer"] == messages.HANDOFF["es"]


def test_uncovered_question_is_answered_by_the_worker(web, unique):
    reply = web.chat(f"is there a quiz game i can play with my viewers {unique}")
    body = reply.json()
    assert reply.status_code == 200
    assert body["source"] == "llm", body
    assert body["answer"] == HAND_OFF
    assert body["cached"] is False
    assert body["suggestions"] == []  # no article comes close


def test_a_model_answer_offers_the_closest_article(web):
    body = web.chat("the people watching me cant hear anything", "fr").json()
    assert body["source"] == "llm", body
    [suggestion] = body["suggestions"]
    assert suggestion["faq_id"] == "technical.camera-mic"
    assert suggestion["question"].startswith("Ma caméra ou mon micro")  # the curated French question


def test_model_answers_are_cached_but_fallbacks_are_not(web, unique):
    query = f"does the app have a dark mode for the live room {unique}"
    assert web.chat(query).json()["source"] == "llm"
    assert web.chat(query).json()["cached"] is True


def test_the_api_also_answers_without_trailing_slash(web):
    reply = web.post("/api/chat", json={"query": "how do i reset my password"})
    assert reply.status_code == 200
    assert reply.json()["source"] == "faq"


@pytest.mark.parametrize("body, status, needle", [
    ({}, 400, "'query' is required"),
    ({"query": ""}, 400, "must not be empty"),
    ({"query": "   "}, 400, "must not be empty"),
    ({"query": "\x00\u200b\x07"}, 400, "must not be empty"),
    ({"query": "how do i reset my password \ud800"}, 400, "'query' is not valid Unicode"),
    ({"query": 42}, 400, "must be a string"),
    ({"query": ["a"]}, 400, "must be a string"),
    ({"query": "x" * 1001}, 400, "longer than 1000"),
    ({"query": "hi", "language": "xx"}, 400, "en, hi, fr, es, de"),
    ({"query": "hi", "language": 5}, 400, "'language' must be one of"),
    ([1, 2], 400, "JSON object"),
])
def test_bad_input_gets_a_json_error_naming_the_problem(web, body, status, needle):
    reply = web.post("/api/chat/", json=body)
    assert reply.status_code == status
    assert needle in reply.json()["error"]


def test_body_that_is_not_json_is_refused(web):
    reply = web.post("/api/chat/", data="query=hello", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status_code == 415
    assert "JSON" in reply.json()["error"]
    broken = web.post("/api/chat/", data="{not json", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400
    assert "not valid JSON" in broken.json()["error"]


def test_body_over_16_kib_is_refused(web):
    body = json.dumps({"query": "a", "padding": "x" * 17000})
    reply = web.post("/api/chat/", data=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == 413
    assert "larger than 16384 bytes" in reply.json()["error"]


def test_health_reports_redis_and_the_worker(web):
    body = web.get("/api/health").json()
    assert body["redis"] is True
    assert body["workers"], body
    assert body["status"] == "ok"


def test_page_serves_the_chat_without_external_assets(web):
    page = web.get("/")
    assert page.status_code == 200
    assert 'id="composer"' in page.text
    assert "http://" not in page.text and "https://" not in page.text
    script = web.get("/static/chat.js")
    assert script.status_code == 200
    assert "textContent" in script.text and "innerHTML" not in script.text


def test_conversation_id_round_trips_and_earlier_turns_are_kept(web, redis_url):
    import redis as redis_lib

    first = web.chat("how do i send a gift to a host").json()
    conversation_id = first["conversation_id"]
    second = web.chat("and what about lucky gifts?", conversation_id=conversation_id).json()
    assert second["conversation_id"] == conversation_id
    turns = redis_lib.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/1").lrange(f"conversation:{conversation_id}", 0, -1)
    contents = [json.loads(t)["content"] for t in turns]
    assert contents == ["how do i send a gift to a host", first["answer"], "and what about lucky gifts?", second["answer"]]


def test_invalid_conversation_id_is_refused(web):
    reply = web.chat("how do i buy coins", conversation_id="../../etc")
    assert reply.status_code == 400
    assert "conversation_id" in reply.json()["error"]


def test_feedback_is_stored_in_a_redis_stream_with_the_exchange(web, redis_url):
    import redis as redis_lib

    reply = web.chat("how do i report a user who is harassing me").json()
    stored = web.post("/api/feedback", json={"message_id": reply["message_id"], "helpful": False,
                                             "comment": "did not help"})
    assert stored.status_code == 201
    entries = redis_lib.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/1", decode_responses=True).xrange(
        "streamkar:feedback")
    rated = [fields for _, fields in entries if fields["message_id"] == reply["message_id"]]
    assert rated and rated[0]["helpful"] == "0" and rated[0]["comment"] == "did not help"
    assert rated[0]["question"] == "how do i report a user who is harassing me"
    assert rated[0]["answer"] == reply["answer"]


@pytest.mark.parametrize("body, status", [
    ({"message_id": "0123456789abcdef", "helpful": True}, 404),
    ({"message_id": "x", "helpful": "yes"}, 400),
    ({"helpful": True}, 400),
    ({"message_id": "abc", "helpful": True, "comment": 5}, 400),
    ({"message_id": "abc", "helpful": True, "comment": "thanks \ud83d"}, 400),
])
def test_bad_feedback_is_refused(web, body, status):
    reply = web.post("/api/feedback", json=body)
    assert reply.status_code == status
    assert reply.json()["error"]


def test_export_writes_rated_exchanges_and_the_unanswered_inbox(web, tmp_path):
    from training import export_feedback

    reply = web.chat("how do I change my nickname").json()
    web.post("/api/feedback", json={"message_id": reply["message_id"], "helpful": False})
    for _ in range(2):
        web.chat("is there a karaoke mode in live rooms")
    dataset, inbox = export_feedback.main(["--out", str(tmp_path / "f.jsonl"), "--inbox", str(tmp_path / "new" / "i.json")])
    assert any(row["messages"][0]["content"] == "how do I change my nickname" and row["helpful"] is False
               for row in dataset)
    assert {"faq_id": reply["faq_id"], "count": 1} in inbox["unhelpful_faq_answers"] or \
        any(r["faq_id"] == reply["faq_id"] for r in inbox["unhelpful_faq_answers"])
    karaoke = [r for r in inbox["unanswered_questions"] if r["question"] == "is there a karaoke mode in live rooms"]
    assert karaoke and karaoke[0]["count"] >= 2
    assert (tmp_path / "f.jsonl").read_text().count("\n") == len(dataset)


@pytest.mark.parametrize("query, language, faq_id", [
    ("मुझे अपना अकाउंट हमेशा के लिए डिलीट करना है", "hi", "account.delete-account"),
    ("host kaise bane streamkar pe", "hi", "hosts.become-host"),
    ("Je veux supprimer mon compte définitivement", "fr", "account.delete-account"),
])
def test_hindi_hinglish_and_french_questions_reach_their_article(web, query, language, faq_id):
    body = web.chat(query, language=language).json()
    assert (body["source"], body["faq_id"], body["language"]) == ("faq", faq_id, language)


def test_a_question_between_a_greeting_and_a_sign_off_reaches_its_article(web):
    body = web.chat("Good morning team! how do i delete my account permanently? Thanks in advance, Ravi").json()
    assert (body["source"], body["faq_id"]) == ("faq", "account.delete-account")


def test_a_hard_negative_sharing_the_domains_words_is_refused(web):
    body = web.chat("how do I go live on YouTube from my PC with OBS").json()
    assert body["source"] == "out_of_domain"


def test_an_ambiguous_question_offers_the_other_article(web):
    body = web.chat("level").json()
    assert body["source"] == "faq"
    assert [s["faq_id"] for s in body["suggestions"]] == [
        ({"hosts.host-levels", "vip.user-levels-xp"} - {body["faq_id"]}).pop()]
    assert body["suggestions"][0]["question"]


def test_the_request_id_reaches_the_workers_json_log_lines(web, worker_log, unique):
    request_id = f"trace-{unique}"
    reply = web.post("/api/chat/", json={"query": f"is there a quiz game i can play with my viewers {unique}"},
                     headers={"X-Request-ID": request_id})
    assert reply.headers["X-Request-ID"] == request_id
    assert reply.json()["source"] == "llm"
    lines = [json.loads(line) for line in worker_log.read_text().splitlines() if request_id in line]
    tagged = [line for line in lines if line["request_id"] == request_id and line["service"] == "worker"]
    assert {"started", "answered"} <= {line["message"].split(" ")[0] for line in tagged}


def test_every_response_carries_a_request_id_errors_included(web):
    refused = web.post("/api/chat/", json={"query": ""}, headers={"X-Request-ID": "client-id-42"})
    assert refused.status_code == 400 and refused.headers["X-Request-ID"] == "client-id-42"
    for response in (web.get("/api/health"), web.get("/no-such-page"),
                     web.post("/api/chat/", json={"query": "hi"}, headers={"X-Request-ID": "bad id\twith tab"})):
        assert len(response.headers["X-Request-ID"]) == 32  # a new one: none, or none usable, was given


def test_without_google_faq_answers_stay_curated_and_model_answers_english(web, unique):
    # Google is unreachable from the test machine, as on this project's machines.
    answers = set()
    for language in ("en", "hi", "fr", "es", "de"):
        body = web.chat("how do i block someone", language=language).json()
        assert (body["source"], body["language"], body["translated"]) == ("faq", language, True)
        answers.add(body["answer"])
    assert len(answers) == 5
    for language in ("hi", "ja"):
        body = web.chat(f"is there a quiz game i can play with my viewers {unique} {language}", language=language).json()
        assert (body["source"], body["answer"]) == ("llm", HAND_OFF)
        assert (body["language"], body["translated"]) == ("en", False)
