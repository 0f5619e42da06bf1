"""Abuse limits, browser security and metrics, through gunicorn."""
import re
import signal
import tempfile
from pathlib import Path

import psutil
import pytest
from conftest import start_web

import stack


@pytest.fixture(scope="module")
def limited_web(redis_url, tmp_path_factory):
    web, process = start_web(tmp_path_factory, CHAT_RATE_LIMIT="3/minute", TRUSTED_PROXIES="1")
    yield web
    stack.stop([process])


def test_the_request_past_the_limit_gets_429_and_other_clients_are_unaffected(limited_web):
    client_a = {"X-Forwarded-For": "198.51.100.7"}
    client_b = {"X-Forwarded-For": "198.51.100.8"}
    for _ in range(3):
        assert limited_web.post("/api/chat/", json={"query": "how do i buy coins"}, headers=client_a).status_code == 200
    refused = limited_web.post("/api/chat/", json={"query": "how do i buy coins"}, headers=client_a)
    assert refused.status_code == 429
    assert "too many requests" in refused.json()["error"]
    assert int(refused.headers["Retry-After"]) > 0
    assert limited_web.post("/api/chat/", json={"query": "how do i buy coins"}, headers=client_b).status_code == 200


def test_responses_carry_security_headers_and_a_csp_without_inline_script(web):
    page = web.get("/")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script>" not in page.text and "onclick=" not in page.text
    assert web.get("/api/health").headers["X-Frame-Options"] == "DENY"


def test_metrics_count_replies_by_source(web):
    web.chat("what is the capital of france")
    text = web.get("/metrics").text
    assert 'chat_replies_total{source="out_of_domain"}' in text
    assert "http_request_duration_seconds_bucket" in text
    assert "llm_deadline_misses_total" in text


def test_openapi_document_describes_every_api_route(web):
    from wsgi import app

    spec = web.get("/api/openapi.json").json()
    routes = {rule.rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    assert set(spec["paths"]) == routes


def _refusals_counted(web):
    found = re.search(r'^chat_replies_total\{source="out_of_domain"\} ([\d.]+)$', web.get("/metrics").text, re.M)
    return float(found.group(1)) if found else 0.0


def test_metrics_survive_a_config_reload_and_their_folder_goes_with_gunicorn(redis_url, tmp_path_factory):
    web, process = start_web(tmp_path_factory)
    folder = Path(tempfile.gettempdir()) / f"streamkar-metrics-{process.pid}"
    try:
        for _ in range(3):
            web.chat("what is the capital of france")
        counted = _refusals_counted(web)
        assert counted >= 3 and folder.is_dir()
        workers = {child.pid for child in psutil.Process(process.pid).children()}
        process.send_signal(signal.SIGHUP)  # gunicorn reloads its configuration and replaces its workers
        stack.wait_until(lambda: not workers & {c.pid for c in psutil.Process(process.pid).children()}, 60,
                         "new workers")
        assert _refusals_counted(web) == counted
    finally:
        stack.stop([process])
    assert not folder.exists()

