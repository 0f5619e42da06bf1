"""The answer cache as the pipeline sees it: Redis shared by every process, with a small
in-process layer in front, and a Redis failure is a miss, never an error."""
import logging

from cachelib import NullCache, SimpleCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class ForgivingCache:
    """Wraps a Flask-Caching or cachelib cache (Flask-Caching's RedisCache raises when Redis is down).

    A hot answer is then served from this process's memory, with no Redis round trip: that
    round trip costs more than the rest of a cached reply. The price: an entry deleted from
    Redis may still be served by each process for up to `local_ttl_s`.
    """

    def __init__(self, cache, local_ttl_s=0, local_entries=10_000):
        self.cache = cache
        self.local_ttl_s = local_ttl_s
        self.local = SimpleCache(threshold=local_entries, default_timeout=local_ttl_s) if local_ttl_s else NullCache()

    def get(self, key):
        value = self.local.get(key)
        if value is not None:
            return value
        try:
            value = self.cache.get(key)
        except (RedisError, OSError) as exc:
            log.warning("cache read failed, answering uncached: %s", exc.__class__.__name__)
            return None
        if value is not None:
            self.local.set(key, value)
        return value

    def set(self, key, value, timeout):
        self.local.set(key, value, timeout=min(timeout, self.local_ttl_s))
        try:
            self.cache.set(key, value, timeout=timeout)
        except (RedisError, OSError) as exc:
            log.warning("cache write failed: %s", exc.__class__.__name__)
