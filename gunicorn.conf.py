"""gunicorn settings for the web tier (`gunicorn -c gunicorn.conf.py wsgi:app`).

Requests block on the LLM's answer for up to LLM_TIMEOUT_S, so workers are threaded (gthread)
and every timeout outlasts that deadline. The app is built once in the master and forked:
building the FAQ matcher and filter takes seconds, which a worker recycled by `max_requests`
would otherwise spend refusing nothing but answering nothing either.
"""
import os
import shutil
import tempfile

import settings

_s = settings.load()

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# A thread waiting on the model costs little but holds its place: enough of them that questions
# waiting on the model never keep FAQ answers waiting.
threads = int(os.environ.get("WEB_THREADS", "16"))
timeout = int(_s.llm_timeout_s) + 30
graceful_timeout = int(_s.llm_timeout_s) + 10
keepalive = 5
# Several gunicorns may run on one host (web, bench); none needs the shared control socket.
control_socket_disable = True
# Recycling guards against slow leaks; too often, it costs half the throughput (measured at 2,000).
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("WEB_ACCESS_LOG") or None
errorlog = "-"


preload_app = True

# Metrics of all worker processes meet in one folder, emptied when a master starts. It must be
# known before the preloaded app imports prometheus_client. gunicorn reads this file again on
# SIGHUP: the master that emptied the folder does not empty it again.
_OWNER = "STREAMKAR_METRICS_MASTER"
_OWN_FOLDER = os.path.join(tempfile.gettempdir(), f"streamkar-metrics-{os.getpid()}")
if os.environ.get(_OWNER) != str(os.getpid()):
    _metrics = os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", _OWN_FOLDER)
    shutil.rmtree(_metrics, ignore_errors=True)
    os.makedirs(_metrics)
    os.environ[_OWNER] = str(os.getpid())


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    """The folder this master made goes with it; one an operator named stays."""
    if os.environ["PROMETHEUS_MULTIPROC_DIR"] == _OWN_FOLDER:
        shutil.rmtree(_OWN_FOLDER, ignore_errors=True)
