"""The channel a model answer travels back on: one Redis list per request.

The web thread waits with BLPOP and the request's deadline as its timeout, which is safe under
many gunicorn threads at once (Celery's shared result consumer has had thread-safety bugs).
"""
import json

import redis


def reply_key(task_id):
    return f"reply:{task_id}"


def client(url, wait_s=0.0, timeout_s=0.5):
    """A client whose socket timeout outlasts the longest BLPOP it will make."""
    return redis.Redis.from_url(
        url, socket_connect_timeout=timeout_s, socket_timeout=wait_s + timeout_s + 1.0
    )


def send(conn, task_id, payload, ttl_s):
    key = reply_key(task_id)
    with conn.pipeline() as pipe:
        pipe.rpush(key, json.dumps(payload))
        pipe.expire(key, max(1, int(ttl_s)))
        pipe.execute()


def wait(conn, task_id, timeout_s):
    """The payload, or None when nothing arrived within `timeout_s`."""
    if timeout_s <= 0:
        return None
    item = conn.blpop([reply_key(task_id)], timeout=timeout_s)
    return None if item is None else json.loads(item[1])
