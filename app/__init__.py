"""The Flask application factory."""
import logging
import re
import uuid

import redis
from flask import Flask, current_app, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

import logs
import settings as settings_module
from app import api, metrics, page
from app.conversation import Conversations, open_spool
from app.extensions import cache, limiter
from app.health import Health
from app.llm import LLMClient
from app.pipeline import build_pipeline
from worker.celery_app import celery_app


def flask_config(s):
    return {
        "CACHE_TYPE": "RedisCache",
        "CACHE_REDIS_URL": s.cache_url,
        "CACHE_KEY_PREFIX": "streamkar:",
        "CACHE_DEFAULT_TIMEOUT": s.cache_ttl_s,
        # Without socket timeouts a hung Redis would hang every request.
        "CACHE_OPTIONS": {"socket_timeout": s.redis_timeout_s, "socket_connect_timeout": s.redis_timeout_s},
        "MAX_CONTENT_LENGTH": s.max_body_bytes,
        "RATELIMIT_STORAGE_URI": s.cache_url,
        "RATELIMIT_STORAGE_OPTIONS": {"socket_timeout": s.redis_timeout_s, "socket_connect_timeout": s.redis_timeout_s},
        # With Redis down, limits are kept per process rather than failing requests.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        # Headers on every reply would cost one more Redis round trip; a 429 still says Retry-After.
        "RATELIMIT_HEADERS_ENABLED": False,
        "RATELIMIT_KEY_PREFIX": "streamkar-limits",
        "CHAT_RATE_LIMIT": s.chat_rate_limit,
        "MAX_QUERY_CHARS": s.max_query_chars,
        "JSON_SORT_KEYS": False,
    }


def redis_client(url, s):
    return redis.Redis.from_url(url, socket_timeout=s.redis_timeout_s, socket_connect_timeout=s.redis_timeout_s)


def create_app(settings=None):
    s = settings or settings_module.load()
    logs.configure("web")
    app = Flask(__name__)
    app.config.from_mapping(flask_config(s))
    if s.trusted_proxies:
        # Behind a load balancer the client is in X-Forwarded-For; rate limits key on it.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=s.trusted_proxies, x_proto=s.trusted_proxies)
    cache.init_app(app)
    limiter.init_app(app)

    llm = LLMClient(celery_app, s.replies_url, queue=s.llm_queue, timeout_s=s.llm_timeout_s,
                    broker_url=s.broker_url, max_queued=s.llm_max_queued)
    conversations = Conversations(redis_client(s.replies_url, s), spool=open_spool(s.record_spool),
                                  ttl_s=s.conversation_ttl_s)
    app.extensions["conversations"] = conversations
    app.extensions["pipeline"] = build_pipeline(s, cache, llm, conversations)
    app.extensions["health"] = Health(celery_app, redis_client(s.redis_url, s), conversations.spooled)

    app.register_blueprint(api.bp)
    app.register_blueprint(page.bp)
    app.register_blueprint(metrics.bp)
    app.before_request(_tag_request)
    app.before_request(metrics.start_timer)
    app.after_request(metrics.observe)
    app.after_request(_security_headers)
    app.after_request(_request_id_header)
    app.teardown_request(lambda exc: logs.request_id.set(None))
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
SECURITY_HEADERS = {
    # The page loads only its own script and style; no inline script, no framing.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _tag_request():
    """Every request's log lines carry one id, the client's X-Request-ID or a new one."""
    given = request.headers.get("X-Request-ID", "")
    logs.request_id.set(given if VALID_REQUEST_ID.match(given) else uuid.uuid4().hex)


def _security_headers(response):
    response.headers.update({k: v for k, v in SECURITY_HEADERS.items() if k not in response.headers})
    return response


def _request_id_header(response):
    # Errors carry it too; a rate-limited request may not have reached _tag_request.
    response.headers["X-Request-ID"] = logs.request_id.get() or uuid.uuid4().hex
    return response


def _http_error(exc):
    messages = {413: f"the request body is larger than {current_app.config['MAX_CONTENT_LENGTH']} bytes",
                404: "no such endpoint", 405: "method not allowed on this endpoint",
                429: f"too many requests: the limit is {exc.description}; retry later"}
    response = jsonify(error=messages.get(exc.code, exc.description))
    response.status_code = exc.code
    if exc.code == 429:
        # The limit's whole window: by then the client is surely allowed again.
        response.headers["Retry-After"] = str(exc.limit.limit.get_expiry())
    return response


def _unexpected_error(exc):
    logging.getLogger(__name__).exception("unhandled error")
    return jsonify(error="internal error"), 500
