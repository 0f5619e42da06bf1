"""Machine translation of model answers through googletrans, which must never slow a reply.

Every call has a hard timeout; results are cached in Redis by text hash and language pair; and
a circuit breaker stops calling Google for `reset_timeout_s` after `fail_max` failures in a row,
so an unreachable or rate-limiting service adds no latency once it is open. `cache` is an
app.safe_cache.ForgivingCache. googletrans 4 is async-only and, on HTTP errors, silently returns
the original text unless told to raise.
"""
import asyncio
import hashlib
import logging

import httpx
import pybreaker
from googletrans import Translator as GoogleTranslator

from app import metrics

log = logging.getLogger(__name__)


class Translator:
    def __init__(self, cache, enabled=True, timeout_s=2.0, service_url="translate.googleapis.com",
                 fail_max=3, reset_timeout_s=60.0, cache_ttl_s=7 * 24 * 3600):
        self.cache, self.cache_ttl_s = cache, cache_ttl_s
        self.enabled = enabled
        self.timeout_s = timeout_s
        self.service_url = service_url
        self.breaker = pybreaker.CircuitBreaker(fail_max=fail_max, reset_timeout=reset_timeout_s)

    async def _google(self, text, dest, src):
        async with GoogleTranslator(service_urls=[self.service_url], raise_exception=True,
                                    timeout=httpx.Timeout(self.timeout_s)) as google:
            result = await google.translate(text, dest=dest, src=src)
        return result.text

    def _call(self, text, dest, src):
        return asyncio.run(asyncio.wait_for(self._google(text, dest, src), self.timeout_s))

    def translate(self, text, dest, src="en"):
        """(text in `dest`, True) or, when that is not possible, (the original text, False)."""
        if dest == src:
            return text, True
        if not self.enabled:
            return text, False
        key = f"translation:{src}:{dest}:{hashlib.sha256(text.encode()).hexdigest()}"
        cached = self.cache.get(key)
        if cached is not None:
            return cached, True
        try:
            translated = self.breaker.call(self._call, text, dest, src)
        except pybreaker.CircuitBreakerError:
            metrics.TRANSLATION_FAILURES.inc()
            return text, False
        except Exception as exc:  # any failure of a third-party service degrades to the original
            log.warning("translation %s->%s failed: %s", src, dest, exc.__class__.__name__)
            metrics.TRANSLATION_FAILURES.inc()
            return text, False
        self.cache.set(key, translated, timeout=self.cache_ttl_s)
        return translated, True
