"""Structured logs: one JSON object per line, with the request id when there is one.

The web process tags each line with the request's id (the X-Request-ID header, or a new one);
the id travels with the LLM task, so the worker's lines for the same request carry it too.
"""
import contextvars
import logging

from pythonjsonlogger.json import JsonFormatter

request_id = contextvars.ContextVar("request_id", default=None)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return True


def json_formatter(service):
    return JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                         rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
                         static_fields={"service": service})


def configure(service, level=logging.INFO, handlers=None):
    """Formats every handler of the root logger (or `handlers`) as JSON lines."""
    root = logging.getLogger()
    if handlers is None:
        if not root.handlers:
            root.addHandler(logging.StreamHandler())
        handlers = root.handlers
    for handler in handlers:
        handler.setFormatter(json_formatter(service))
        handler.addFilter(RequestIdFilter())
    root.setLevel(level)
