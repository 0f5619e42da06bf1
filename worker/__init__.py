"""LLM workers: `celery -A worker worker -Q llm` serves model answers."""
from worker.celery_app import celery_app

app = celery_app
__all__ = ["celery_app", "app"]
