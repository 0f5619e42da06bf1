"""Deadlines and failing dependencies degrade the answer; they never fail the request."""
import time

from conftest import start_web

import stack
from app import messages
from worker import replies
from worker.celery_app import GENERATE_TASK, celery_app


def test_a_passed_deadline_gives_the_fallback(redis_url, tmp_path_factory):
    # No worker consumes this queue, as when every worker is down: only the deadline can end the wait.
    web, process = start_web(tmp_path_factory, LLM_TIMEOUT_S="1", LLM_QUEUE="llm-without-workers")
    try:
        started = time.monotonic()
        body = web.chat("can I change the colour of my username in chat").json()
        assert body["source"] == "fallback"
        assert body["answer"] == messages.FALLBACK["en"]
        assert time.monotonic() - started < 1 + 5
        assert web.chat("can I change the colour of my username in chat").json()["cached"] is False
    finally:
        stack.stop([process])


def test_the_worker_never_starts_a_task_whose_deadline_passed(redis_url, worker, worker_log):
    result = celery_app.send_task(GENERATE_TASK, args=("late question", [], [], time.time() - 1),
                                  queue="llm", ignore_result=True)
    conn = replies.client(redis_url.rsplit("/", 1)[0] + "/1", wait_s=5)
    assert replies.wait(conn, result.id, 3) is None
    stack.wait_until(lambda: f"skipped task {result.id}" in worker_log.read_text(), 10, "skip log line")


def test_with_redis_unreachable_faq_still_answers_and_the_rest_falls_back(tmp_path_factory):
    dead = f"redis://127.0.0.1:{stack.free_port()}/0"
    web, process = start_web(tmp_path_factory, REDIS_URL=dead, LLM_TIMEOUT_S="5")
    try:
        faq = web.chat("how do I buy coins?")
        assert faq.status_code == 200 and faq.json()["source"] == "faq"
        started = time.monotonic()
        uncovered = web.chat("can I pin a comment in my live room")
        assert uncovered.status_code == 200
        assert uncovered.json()["source"] == "fallback"
        assert time.monotonic() - started < 5 + 3
        health = web.get("/api/health")
        assert health.status_code == 503
        assert health.json()["redis"] is False and health.json()["status"] == "degraded"
    finally:
        stack.stop([process])
