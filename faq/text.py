"""Text normalisation shared by the matcher, the domain filter and the answer cache."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
# Hindi spelling varies most in its vowel signs, nukta and nasal marks (ि/ी, ु/ू, ं/ँ): words are
# compared by their consonants. Python's \w leaves these marks out, which would otherwise split
# each word into single letters.
_DEVANAGARI_MARKS = re.compile(r"[\u0900-\u0903\u093A-\u094F\u0951-\u0957\u0962\u0963]")


def normalize(text):
    """Lower-case, NFKC, punctuation dropped, whitespace collapsed: what users vary freely."""
    text = _DEVANAGARI_MARKS.sub("", unicodedata.normalize("NFKC", text).casefold())
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
