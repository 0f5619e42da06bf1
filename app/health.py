"""Health of the dependencies: Redis answers, and at least one LLM worker is alive.

Asking the workers costs a broadcast round trip, so the report is kept for a few seconds.
"""
import threading
import time

from redis.exceptions import RedisError


class Health:
    def __init__(self, celery_app, redis_client, spooled=lambda: 0, ttl_s=5.0, ping_timeout_s=0.5):
        """`spooled`: how many exchanges wait on disk for Redis (None: the spool is unreadable)."""
        self.celery_app, self.redis, self.spooled = celery_app, redis_client, spooled
        self.ttl_s, self.ping_timeout_s = ttl_s, ping_timeout_s
        self._lock = threading.Lock()
        self._report, self._at = None, 0.0

    def report(self):
        with self._lock:
            if self._report is None or time.monotonic() - self._at > self.ttl_s:
                self._report, self._at = self._check(), time.monotonic()
            return self._report

    def _check(self):
        reasons = []
        try:
            redis_ok = bool(self.redis.ping())
        except (RedisError, OSError):
            redis_ok = False
            reasons.append("redis unreachable")
        workers = []
        if redis_ok:
            try:
                replies = self.celery_app.control.ping(timeout=self.ping_timeout_s)
                workers = sorted(name for reply in replies for name in reply)
            except Exception:  # a broken broker connection surfaces as many kombu/redis types
                workers = []
        if redis_ok and not workers:
            reasons.append("no LLM worker is running (model answers fall back)")
        spooled = self.spooled()
        if spooled is None:
            reasons.append("the record spool cannot be read")
        return {"status": "ok" if not reasons else "degraded", "redis": redis_ok,
                "workers": workers, "reasons": reasons,
                # Exchanges made while Redis was down, written by the next chat request or rating.
                "spooled_exchanges": spooled or 0}
