"""The Celery application, shared by the workers and by the web process that enqueues.

Importing it loads no model and no torch: the web process only sends tasks by name.
"""
from celery import Celery

GENERATE_TASK = "worker.tasks.generate_answer"

celery_app = Celery("streamkar", include=["worker.tasks"])
celery_app.config_from_object("celeryconfig")
