"""The answer cache as the pipeline sees it: a Redis failure is a miss, never an error."""
import logging

from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class ForgivingCache:
    """Wraps a Flask-Caching or cachelib cache (Flask-Caching's RedisCache raises when Redis is down)."""

    def __init__(self, cache):
        self.cache = cache

    def get(self, key):
        try:
            return self.cache.get(key)
        except (RedisError, OSError) as exc:
            log.warning("cache read failed, answering uncached: %s", exc.__class__.__name__)
            return None

    def set(self, key, value, timeout):
        try:
            self.cache.set(key, value, timeout=timeout)
        except (RedisError, OSError) as exc:
            log.warning("cache write failed: %s", exc.__class__.__name__)
