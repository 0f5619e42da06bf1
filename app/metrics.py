"""Prometheus metrics, shared by gunicorn's worker processes through PROMETHEUS_MULTIPROC_DIR."""
import os
import time

from flask import Blueprint, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REPLIES = Counter("chat_replies_total", "Chat replies by where the answer came from", ["source"])
CACHE_HITS = Counter("chat_cache_hits_total", "Chat replies served from the answer cache")
DEADLINE_MISSES = Counter("llm_deadline_misses_total", "Model answers that did not arrive before the deadline")
LLM_REJECTED = Counter("llm_rejected_answers_total", "Model answers the output guard replaced", ["reason"])
LLM_SHED = Counter("llm_shed_total", "Uncovered questions given the fallback at once because the LLM queue was full")
ENQUEUE_FAILURES = Counter("llm_enqueue_failures_total", "LLM tasks that could not be sent to the broker")
TRANSLATION_FAILURES = Counter("translation_failures_total", "Machine translations that failed or were skipped")
QUEUE_WAIT = Histogram("llm_queue_wait_seconds", "Time an LLM task waited before a worker started it",
                       buckets=(0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 20, 30))
GENERATION = Histogram("llm_generation_seconds", "Time a worker spent generating one answer",
                       buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30))
LATENCY = Histogram("http_request_duration_seconds", "HTTP request latency", ["endpoint", "status"],
                    buckets=(0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30))

bp = Blueprint("metrics", __name__)


@bp.get("/metrics")
def metrics():
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def start_timer():
    g.started = time.perf_counter()


def observe(response):
    if "started" in g:
        LATENCY.labels(request.endpoint or "unknown", str(response.status_code)).observe(time.perf_counter() - g.started)
    return response
