"""The answer cache: Redis shared by all processes, a short-lived copy in each process."""
import time

import redis
from cachelib import NullCache, RedisCache

from app.safe_cache import ForgivingCache


def _redis(redis_url):
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/3", socket_timeout=0.5)
    client.flushdb()
    return client


def test_an_answer_is_shared_through_redis_and_kept_in_memory_for_a_while(redis_url):
    client = _redis(redis_url)
    writer, reader = ForgivingCache(RedisCache(client), local_ttl_s=1), ForgivingCache(RedisCache(client), local_ttl_s=1)
    writer.set("answer:1", {"answer": "Tap Recharge"}, timeout=60)
    assert reader.get("answer:1") == {"answer": "Tap Recharge"}  # another process finds it in Redis
    client.flushdb()
    assert reader.get("answer:1") == {"answer": "Tap Recharge"}  # ...and now holds its own copy
    time.sleep(1.2)
    assert reader.get("answer:1") is None


def test_without_the_local_layer_every_read_goes_to_redis(redis_url):
    client = _redis(redis_url)
    cache = ForgivingCache(RedisCache(client))
    cache.set("answer:2", "x", timeout=60)
    client.flushdb()
    assert cache.get("answer:2") is None


def test_redis_down_is_a_miss_and_a_lost_write_not_an_error():
    down = RedisCache(redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2))
    cache = ForgivingCache(down, local_ttl_s=600)
    assert cache.get("answer:3") is None
    cache.set("answer:3", "kept here", timeout=60)
    assert cache.get("answer:3") == "kept here"


def test_a_full_local_layer_drops_the_least_recently_used_answer():
    cache = ForgivingCache(NullCache(), local_ttl_s=600, local_entries=100)  # nothing behind it
    for i in range(250):
        cache.set(f"answer:{i}", i, timeout=60)
        assert cache.get("answer:0") == 0  # asked all along
    assert cache.get("answer:1") is None
    assert [cache.get(f"answer:{i}") for i in range(151, 250)] == list(range(151, 250))


def test_an_answer_is_kept_in_memory_no_longer_than_in_redis(redis_url):
    client = _redis(redis_url)
    cache = ForgivingCache(RedisCache(client), local_ttl_s=600)
    cache.set("answer:4", "briefly", timeout=1)
    cache.set("answer:5", "with no expiry", timeout=0)
    time.sleep(1.2)
    assert cache.get("answer:4") is None
    client.flushdb()
    assert cache.get("answer:5") == "with no expiry"  # kept here for local_ttl_s
