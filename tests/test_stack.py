"""`make run`'s Redis choice: REDIS_URL, else a local server, else an embedded one."""
import redis

import stack


def test_embedded_redis_starts_when_no_redis_is_given(tmp_path):
    nothing_there = f"redis://127.0.0.1:{stack.free_port()}/0"
    url, process = stack.resolve_redis({}, local_url=nothing_there, directory=tmp_path)
    try:
        assert process is not None
        client = redis.Redis.from_url(url)
        assert client.ping()
        assert client.config_get("bind")["bind"].startswith("127.0.0.1")
        assert (tmp_path / "redis.log").exists()
    finally:
        stack.stop([process])


def test_given_redis_url_wins(redis_url):
    assert stack.resolve_redis({"REDIS_URL": redis_url}) == (redis_url, None)


def test_answering_local_redis_is_used(redis_url, tmp_path):
    assert stack.resolve_redis({}, local_url=redis_url, directory=tmp_path) == (redis_url, None)
