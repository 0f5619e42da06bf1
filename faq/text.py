"""Text normalisation shared by the matcher, the domain filter and the answer cache."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def normalize(text):
    """Lower-case, NFKC, punctuation dropped, whitespace collapsed: what users vary freely."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
