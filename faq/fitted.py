"""The matcher and the domain filter, fitted once and kept on disk.

Fitting them takes about two minutes on 2 cores, loading them ~1 s: restarts, recycled gunicorn
masters, tools and test runs load what an earlier process fitted from the same FAQ data,
examples and code. joblib keys each entry by the arguments; the folder is per version of the
code that fits and applies them and of the libraries whose objects it stores.
"""
import hashlib
import logging
import shutil
from importlib.metadata import version
from pathlib import Path

import joblib
import numpy
import sklearn

from faq.domain import DomainFilter, example_texts, uncovered_texts
from faq.matcher import Matcher

log = logging.getLogger(__name__)
KEEP = 2  # fits kept per code version: the current data's and the one before, for a rollback
SOURCES = [Path(__file__).with_name(name) for name in ("text.py", "spelling.py", "features.py", "matcher.py", "domain.py", "fitted.py")]


def fit(faq, examples):
    matcher = Matcher(faq, uncovered=uncovered_texts(examples), extra_texts=[text for text, _ in example_texts(examples)])
    return matcher, DomainFilter(faq, examples, matcher)


def code_version():
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in SOURCES))
    digest.update(f"{sklearn.__version__} {numpy.__version__} {version('symspellpy')} {version('wordfreq')}".encode())
    return digest.hexdigest()[:16]


def fitted(faq, examples, cache_dir):
    """(matcher, domain filter) from `cache_dir` when fitted before, else fitted and stored there;
    fitted and not stored when `cache_dir` is empty or cannot be written."""
    if not cache_dir:
        return fit(faq, examples)
    version = code_version()
    try:
        for old in Path(cache_dir).glob("*"):
            if old.name != version:
                shutil.rmtree(old, ignore_errors=True)
        memory = joblib.Memory(Path(cache_dir) / version, verbose=0)
        models = memory.cache(fit)(faq, examples)
        memory.reduce_size(items_limit=KEEP)
        return models
    except OSError as exc:
        log.warning("FAQ model cache %s unusable (%s): fitting without it", cache_dir, exc)
        return fit(faq, examples)


def main():
    """`python -m faq.fitted`: the models for the current FAQ data, fitted into FAQ_MODEL_CACHE
    unless they are there already (make run and make test do it before they start)."""
    from app.pipeline import offline_pipeline

    offline_pipeline()
    print("FAQ models ready")


if __name__ == "__main__":
    main()
