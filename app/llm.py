"""Asks the LLM workers for an answer and waits no longer than the request's deadline."""
import logging
import time
from datetime import datetime, timezone

from kombu.exceptions import KombuError, OperationalError
from redis.exceptions import RedisError

from app import metrics
from worker import replies
from worker.celery_app import GENERATE_TASK

log = logging.getLogger(__name__)


class LLMClient:
    """`max_queued`: with this many tasks already waiting in the queue, a new question gets the
    fallback at once rather than a wait that would most likely end in it anyway."""

    def __init__(self, celery_app, replies_url, queue, timeout_s, broker_url=None, max_queued=0):
        self.celery_app = celery_app
        self.queue = queue
        self.timeout_s = timeout_s
        self.replies = replies.client(replies_url, wait_s=timeout_s)
        self.max_queued = max_queued
        self.broker = replies.client(broker_url) if broker_url and max_queued else None

    def _queue_is_full(self):
        try:
            return self.broker is not None and self.broker.llen(self.queue) >= self.max_queued
        except (RedisError, OSError):
            return False  # sending will fail fast too, and say why

    def ask(self, query, history=(), articles=(), request_id=None):
        """The model's answer, or None when it cannot arrive before the deadline."""
        if self._queue_is_full():
            log.info("shed request %s: %d tasks already wait in %s", request_id, self.max_queued, self.queue)
            metrics.LLM_SHED.inc()
            return None
        now = time.time()
        deadline = now + self.timeout_s
        try:
            result = self.celery_app.send_task(
                GENERATE_TASK, args=(query, list(history), list(articles), deadline),
                kwargs={"request_id": request_id, "enqueued_at": now}, queue=self.queue,
                # A number would mean seconds from now: the deadline is a moment.
                expires=datetime.fromtimestamp(deadline, timezone.utc),
                ignore_result=True,
            )
        except (OperationalError, KombuError, RedisError, RuntimeError, OSError) as exc:
            log.warning("could not enqueue request %s: %s", request_id, exc)
            metrics.ENQUEUE_FAILURES.inc()
            return None
        try:
            payload = replies.wait(self.replies, result.id, deadline - time.time())
        except (RedisError, OSError) as exc:
            log.warning("lost the reply channel for request %s: %s", request_id, exc)
            return None
        if payload is None:
            log.info("request %s passed its deadline waiting for task %s", request_id, result.id)
            metrics.DEADLINE_MISSES.inc()
            return None
        metrics.QUEUE_WAIT.observe(payload["queue_wait"])
        metrics.GENERATION.observe(payload["seconds"])
        if payload["rejected"]:
            metrics.LLM_REJECTED.labels(payload["rejected"]).inc()
        return payload["answer"]


class NoLLM:
    """The LLM stage switched off (evaluation of the FAQ path): every uncovered question falls back."""

    def ask(self, *args, **kwargs):
        return None
