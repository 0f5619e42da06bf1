"""`make run`: its Redis choice (REDIS_URL, else a local server, else an embedded one) and its
shutdown."""
import concurrent.futures
import signal
import subprocess
import sys
import time

import psutil
import redis
import requests
from conftest import Web, service_env

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


def test_sigterm_lets_the_request_in_flight_finish_then_stops_everything(redis_url, llama_path, tmp_path):
    # A request in flight longer than 15 s: a process given 15 s to stop was killed while gunicorn
    # still finished it, leaving its worker behind.
    port, timeout_s = stack.free_port(), 16
    log = tmp_path / "stack.log"
    env = service_env(PORT=port, LLM_MODEL=llama_path, LLM_TIMEOUT_S=timeout_s, LLM_QUEUE=f"llm-stack-{port}")
    process = subprocess.Popen([sys.executable, "-m", "stack"], cwd=stack.ROOT, env=env,
                               stdout=log.open("wb"), stderr=subprocess.STDOUT)
    web = Web(f"http://127.0.0.1:{port}")
    try:
        stack.wait_until(lambda: "loaded model" in log.read_text(errors="replace") and _answers(web), 90, "the stack")
        children = psutil.Process(process.pid).children(recursive=True)
        [worker] = [c for c in children if "celery" in " ".join(c.cmdline())]
        worker.suspend()  # the question below waits until its deadline
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            in_flight = pool.submit(web.chat, "can I change the colour theme of my live room")
            time.sleep(1)
            process.send_signal(signal.SIGTERM)
            reply = in_flight.result(timeout=timeout_s + 10)
        worker.resume()
        assert reply.status_code == 200 and reply.json()["source"] == "fallback"
        assert process.wait(timeout=60) == 0
        assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
    finally:
        if process.poll() is None:
            process.kill()


def _answers(web):
    try:
        return web.get("/api/health").status_code in (200, 503)
    except requests.ConnectionError:
        return False
