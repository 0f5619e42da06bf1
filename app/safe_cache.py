"""The answer cache as the pipeline sees it: Redis shared by every process, with a small
in-process layer in front, and a Redis failure is a miss, never an error."""
import logging
import threading

from cachetools import TLRUCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class ForgivingCache:
    """Wraps a Flask-Caching or cachelib cache (Flask-Caching's RedisCache raises when Redis is down).

    A hot answer is then served from this process's memory, with no Redis round trip: that
    round trip costs more than the rest of a cached reply. The price: an entry deleted from
    Redis may still be served by each process for up to `local_ttl_s`.

    The local layer is cachetools' TLRUCache: once full it drops the least recently used entry in
    microseconds. cachelib's SimpleCache sorted all its entries on every write past its size
    (2-5 ms holding the GIL at 10,000): a process answering many different questions slowed
    down as it filled. gunicorn's threads share the layer, and cachetools' caches are not
    thread-safe: a lock guards it.
    """

    def __init__(self, cache, local_ttl_s=0, local_entries=10_000):
        self.cache = cache
        self.local_ttl_s = local_ttl_s
        # Entries are (value, seconds to keep it).
        self.local = TLRUCache(maxsize=local_entries, ttu=lambda _key, entry, now: now + entry[1]) if local_ttl_s else None
        self.local_lock = threading.Lock()

    def _local_get(self, key):
        if self.local is None:
            return None
        with self.local_lock:
            entry = self.local.get(key)
        return None if entry is None else entry[0]

    def _local_set(self, key, value, timeout):
        if self.local is not None:
            # A timeout of 0 means "no expiry" to Flask-Caching: kept here for local_ttl_s.
            seconds = min(timeout, self.local_ttl_s) if timeout else self.local_ttl_s
            with self.local_lock:
                self.local[key] = (value, seconds)

    def get(self, key):
        value = self._local_get(key)
        if value is not None:
            return value
        try:
            value = self.cache.get(key)
        except (RedisError, OSError) as exc:
            log.warning("cache read failed, answering uncached: %s", exc.__class__.__name__)
            return None
        if value is not None:
            self._local_set(key, value, self.local_ttl_s)
        return value

    def set(self, key, value, timeout):
        self._local_set(key, value, timeout)
        try:
            self.cache.set(key, value, timeout=timeout)
        except (RedisError, OSError) as exc:
            log.warning("cache write failed: %s", exc.__class__.__name__)
