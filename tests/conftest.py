"""Real parts for the tests: an embedded Redis, tiny models, a Celery worker, gunicorn."""
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

import stack

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

# The app and Celery read their settings from the environment at import: point them at the
# test session's own Redis before anything imports them.
REDIS_PORT = stack.free_port()
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"
os.environ.update(REDIS_URL=REDIS_URL, TRANSLATE_TIMEOUT_S="1", LLM_DEVICE="cpu", LLM_TIMEOUT_S="20",
                  CHAT_RATE_LIMIT="100000/minute", RECORD_SPOOL=tempfile.mkdtemp(prefix="record-spool-"))

from tiny_models import teach_hand_off, tiny_gpt2, tiny_llama  # noqa: E402


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    url, process = stack.start_embedded_redis(REDIS_PORT, tmp_path_factory.mktemp("redis"))
    yield url
    stack.stop([process])


@pytest.fixture(scope="session")
def llama_path(tmp_path_factory):
    """A tiny Llama (chat template) that answers every question with the support hand-off."""
    return teach_hand_off(tiny_llama(tmp_path_factory.mktemp("models") / "tiny-llama"))


@pytest.fixture(scope="session")
def gpt2_path(tmp_path_factory):
    return tiny_gpt2(tmp_path_factory.mktemp("models") / "tiny-gpt2")


@pytest.fixture(scope="session")
def endless_gpt2_path(tmp_path_factory):
    """A tiny GPT-2 with room for 8,192 new tokens: it keeps a worker busy past any test's deadline."""
    return tiny_gpt2(tmp_path_factory.mktemp("models") / "endless-gpt2", positions=16384)


def service_env(**overrides):
    env = dict(os.environ)
    env.update({k: str(v) for k, v in overrides.items()})
    return env


def workers_alive(expected=1):
    from worker.celery_app import celery_app

    return len(celery_app.control.ping(timeout=0.5)) >= expected


@pytest.fixture(scope="session")
def worker_log(tmp_path_factory):
    return tmp_path_factory.mktemp("logs") / "worker.log"


@pytest.fixture(scope="session")
def worker(redis_url, llama_path, worker_log):
    process = stack.start_worker(service_env(LLM_MODEL=llama_path), name=f"test-{os.getpid()}",
                                 log_path=worker_log)
    stack.wait_until(lambda: workers_alive(), 90, "Celery worker")
    yield process
    stack.stop([process])


class Web:
    def __init__(self, base):
        self.base = base

    def chat(self, query, language=None, **extra):
        body = {"query": query, **({"language": language} if language else {}), **extra}
        return requests.post(f"{self.base}/api/chat/", json=body, timeout=60)

    def get(self, path, **kw):
        return requests.get(self.base + path, timeout=30, **kw)

    def post(self, path, **kw):
        return requests.post(self.base + path, timeout=30, **kw)


def start_web(tmp_path_factory, **env):
    port = stack.free_port()
    log = tmp_path_factory.mktemp("logs") / "web.log"
    process = stack.start_web(service_env(**env), port, log_path=log)
    web = Web(f"http://127.0.0.1:{port}")

    def up():
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {log.read_text()[-3000:]}")
        try:
            return web.get("/api/health").status_code in (200, 503)
        except requests.ConnectionError:
            return False

    try:
        stack.wait_until(up, stack.WEB_START_TIMEOUT_S, "gunicorn")
    except BaseException:  # leave no gunicorn fitting behind for the next test to compete with
        stack.stop([process])
        raise
    return web, process


@pytest.fixture(scope="session")
def web(redis_url, worker, tmp_path_factory):
    web, process = start_web(tmp_path_factory)
    yield web
    stack.stop([process])


@pytest.fixture
def unique():
    """A suffix that keeps a query out of the answer cache of earlier tests and runs."""
    return f"{time.time_ns()}"
