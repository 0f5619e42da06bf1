"""Celery settings for the LLM workers and for the web process that enqueues to them."""
import settings

_s = settings.load()

broker_url = _s.broker_url
result_backend = _s.result_backend
result_expires = 3600

task_routes = {"worker.tasks.generate_answer": {"queue": _s.llm_queue}}
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]

# A model server: each worker process loads the model once and runs up to LLM_BATCH_SIZE tasks
# on threads, whose questions it generates together (worker/batching.py). Tasks are acknowledged
# only once done, so a dead worker's tasks go back to the queue; `expires` on each task bounds
# how long they may be redelivered.
worker_pool = "threads"
worker_concurrency = _s.llm_batch_size
task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 1
# With `-P prefork` the model loads in worker_process_init; the default 4 s would kill the child.
worker_proc_alive_timeout = 300

# Fail fast when Redis is unreachable: the web request must reach its fallback before its
# deadline, never block ~20 s in kombu's default retry loop.
broker_connection_timeout = 1.0
broker_connection_retry_on_startup = True
broker_transport_options = {
    "socket_connect_timeout": 1.0,
    "socket_timeout": 5.0,
    "max_retries": 1,
    "visibility_timeout": 3600,
}
result_backend_transport_options = {
    "socket_connect_timeout": 1.0,
    "socket_timeout": 5.0,
    "retry_policy": {"timeout": 2.0},
}
task_publish_retry = True
task_publish_retry_policy = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}

# Flower and other monitors see tasks through events.
worker_send_task_events = True
task_send_sent_event = True
