"""Every setting of the service, read once from the environment.

Each entry names its variable and its default; the README lists them all.
"""
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent
SUPPORTED_LANGUAGES = ("en", "hi", "fr", "es", "de")


def _env(name, default):
    return os.environ.get(name, default)


def _float(name, default):
    return float(os.environ.get(name, default))


def _int(name, default):
    return int(os.environ.get(name, default))


def _flag(name, default):
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes", "on")


def redis_db_url(url, offset):
    """The same Redis server as `url`, `offset` databases further on.

    The broker keeps the database the URL names; replies and the cache use the next two, so a
    cache eviction policy can never drop queued tasks.
    """
    parts = urlsplit(url)
    db = int(parts.path.strip("/") or 0) + offset
    return urlunsplit((parts.scheme, parts.netloc, f"/{db}", parts.query, parts.fragment))


@dataclass(frozen=True)
class Settings:
    redis_url: str = field(default_factory=lambda: _env("REDIS_URL", "redis://127.0.0.1:6379/0"))
    llm_queue: str = field(default_factory=lambda: _env("LLM_QUEUE", "llm"))
    llm_timeout_s: float = field(default_factory=lambda: _float("LLM_TIMEOUT_S", "20"))
    llm_model: str = field(default_factory=lambda: _env("LLM_MODEL", str(ROOT / "models" / "smollm2-135m-instruct")))
    llm_max_new_tokens: int = field(default_factory=lambda: _int("LLM_MAX_NEW_TOKENS", "96"))
    llm_max_queued: int = field(default_factory=lambda: _int("LLM_MAX_QUEUED", "8"))
    llm_batch_size: int = field(default_factory=lambda: _int("LLM_BATCH_SIZE", "8"))
    llm_batch_wait_ms: float = field(default_factory=lambda: _float("LLM_BATCH_WAIT_MS", "0"))
    llm_device: str = field(default_factory=lambda: _env("LLM_DEVICE", "auto"))
    conversation_ttl_s: int = field(default_factory=lambda: _int("CONVERSATION_TTL_S", "1800"))
    llm_cpu_int8: bool = field(default_factory=lambda: _flag("LLM_CPU_INT8", "1"))
    cache_ttl_s: int = field(default_factory=lambda: _int("CACHE_TTL_S", "3600"))
    cache_local_ttl_s: int = field(default_factory=lambda: _int("CACHE_LOCAL_TTL_S", "30"))
    redis_timeout_s: float = field(default_factory=lambda: _float("REDIS_TIMEOUT_S", "0.5"))
    translate_enabled: bool = field(default_factory=lambda: _flag("TRANSLATE_ENABLED", "1"))
    translate_timeout_s: float = field(default_factory=lambda: _float("TRANSLATE_TIMEOUT_S", "2"))
    translate_service_url: str = field(default_factory=lambda: _env("TRANSLATE_SERVICE_URL", "translate.googleapis.com"))
    faq_data: str = field(default_factory=lambda: _env("FAQ_DATA", str(ROOT / "faq" / "faq_data.json")))
    faq_model_cache: str = field(default_factory=lambda: _env("FAQ_MODEL_CACHE", str(ROOT / "var" / "faq-models")))
    record_spool: str = field(default_factory=lambda: _env("RECORD_SPOOL", str(ROOT / "var" / "spool")))
    chat_rate_limit: str = field(default_factory=lambda: _env("CHAT_RATE_LIMIT", "60/minute"))
    trusted_proxies: int = field(default_factory=lambda: _int("TRUSTED_PROXIES", "0"))
    max_query_chars: int = field(default_factory=lambda: _int("MAX_QUERY_CHARS", "1000"))
    max_body_bytes: int = field(default_factory=lambda: _int("MAX_BODY_BYTES", str(16 * 1024)))

    @property
    def broker_url(self):
        return self.redis_url

    @property
    def result_backend(self):
        return redis_db_url(self.redis_url, 1)

    @property
    def replies_url(self):
        return redis_db_url(self.redis_url, 1)

    @property
    def cache_url(self):
        return redis_db_url(self.redis_url, 2)


def load():
    return Settings()
