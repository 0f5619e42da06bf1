"""The LLM task: answer one uncovered question before its deadline, or not at all."""
import logging
import time

from celery.concurrency.thread import TaskPool as ThreadPool
from celery.signals import after_setup_logger, after_setup_task_logger, celeryd_after_setup, worker_process_init

import logs
import settings
from worker import replies
from worker.batching import MicroBatcher
from worker.celery_app import GENERATE_TASK, celery_app
from worker.guard import review
from worker.model import load_model
from worker.prompt import INSTRUCTIONS, build_messages, sources

log = logging.getLogger(__name__)
_state = {}
# Why a task sends no reply at all: its request has already been answered with the fallback.
TOO_LATE = "deadline passed before generation"
# Generation ends this long before the request's deadline, which is also when the web stops
# waiting: the last decoding step, the output guard and the reply's trip back must fit in it.
REPLY_MARGIN_S = 0.25


@after_setup_logger.connect
@after_setup_task_logger.connect
def json_logs(logger, **_):
    logs.configure("worker", handlers=logger.handlers)


@celeryd_after_setup.connect
def load_model_in_thread_pool_worker(instance, **_):
    """Tasks run on threads of the worker process itself (`-P threads`): it loads the model, once
    its logging is set up and before it consumes."""
    if instance.pool_cls is ThreadPool:
        load_model_once()


@worker_process_init.connect
def load_model_once(**_):
    """Each process that runs tasks loads the model once, before its first task; with `-P prefork`,
    after the fork (CUDA does not survive a fork)."""
    s = settings.load()
    _state["replies"] = replies.client(s.replies_url)
    try:
        model = load_model(s.llm_model, device=s.llm_device, max_new_tokens=s.llm_max_new_tokens,
                           cpu_int8=s.llm_cpu_int8)
    except Exception:  # keep serving: each task then answers "unavailable" at once, not at its deadline
        log.exception("could not load the model %s; every answer will fall back", s.llm_model)
        return
    _state["model"] = model
    _state["batcher"] = MicroBatcher(model, max_batch=s.llm_batch_size, gather_s=s.llm_batch_wait_ms / 1000)


@celery_app.task(name=GENERATE_TASK, ignore_result=True, bind=True)
def generate_answer(self, query, history, articles, deadline, request_id=None, enqueued_at=None):
    """Generate an answer and send it back on the request's reply list.

    `deadline` is absolute (time.time()); the task is also sent to expire then.
    """
    task_id = self.request.id
    logs.request_id.set(request_id)
    started = time.time()
    answer_by = deadline - REPLY_MARGIN_S
    if started >= answer_by:
        log.warning("skipped task %s request %s: deadline passed before start", task_id, request_id)
        return
    log.info("started task %s request %s, %.3fs before its deadline", task_id, request_id, deadline - started)
    answer, rejected, model_name, batch_size = _answer(query, history, articles, answer_by)
    took = time.time() - started
    if rejected == TOO_LATE:
        log.warning("skipped task %s request %s: %s", task_id, request_id, TOO_LATE)
        return
    if rejected:
        log.warning("no answer for task %s request %s: %s", task_id, request_id, rejected)
    else:
        log.info("answered task %s request %s in %.2fs (batch of %d)", task_id, request_id, took, batch_size)
    replies.send(_state["replies"], task_id,
                 {"answer": answer, "rejected": rejected, "model": model_name, "seconds": took,
                  "queue_wait": started - (enqueued_at or started), "batch_size": batch_size},
                 ttl_s=max(deadline - time.time(), 0) + 60)


def _answer(query, history, articles, deadline):
    """(answer or None, why there is none, model name, size of the batch it was generated in)."""
    model = _state.get("model")
    if model is None:
        return None, "model unavailable", None, None
    try:
        generated = _state["batcher"].generate(
            build_messages(query, history, articles, chat=model.uses_chat_template), deadline)
    except Exception:  # e.g. out of memory: the user gets the fallback now rather than at the deadline
        log.exception("generation failed")
        return None, "generation failed", model.name, None
    if generated.text is None:
        return None, TOO_LATE, model.name, 0
    verdict = review(generated.text, prompt=INSTRUCTIONS, sources=sources(articles), question=query)
    if verdict.answer is None:
        log.info("output guard rejected %r", generated.text[:200])
    return verdict.answer, verdict.reason, model.name, generated.batch_size
