"""Checks a generation before it reaches a user; a degenerate one becomes the canned fallback.

`review` returns the answer cut to whole sentences and bounded in length, or None with a reason
when the text is empty, cut off mid-sentence, repetitive, not English (answers are generated in
English and translated afterwards), or echoes the prompt.
"""
import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … (before any closing quote, bracket or bold marker), unless the
# full stop closes an abbreviation ("e.g.", "U.S.") or a list number at the start of a line.
_SENTENCE_END = re.compile(r"(?<![\s.][A-Za-z]\.)(?<![\s.][A-Za-z])(?<!^\d)(?<!\n\d)(?<!\n\d\d)(?:[.!?]|…)"
                           r"[\"'”’)\]*]*(?=\s|$)")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Review:
    answer: str | None
    reason: str | None = None


def _whole_sentences(text, max_chars):
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= max_chars]
    return text[:ends[-1]].strip() if ends else ""


def _repetitive(words):
    if len(words) < 8:
        return False
    trigrams = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
    # Short words ("tap", "the") may recur in a good answer; a long one that fills a third of it loops.
    long_words = [w for w in words if len(w) > 3]
    return len(set(trigrams)) / len(trigrams) < 0.6 or max(map(long_words.count, set(long_words)), default=0) / len(words) > 0.3


def _mostly_latin(text):
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c.isascii() for c in letters) / len(letters) >= 0.9


def _echoes(text, prompt, span=8):
    words, source = [w.lower() for w in _WORD.findall(text)], " ".join(_WORD.findall(prompt.lower()))
    return any(" ".join(words[i:i + span]) in source for i in range(0, max(len(words) - span + 1, 0)))


def review(text, prompt="", max_chars=700):
    text = (text or "").strip()
    if not any(c.isalpha() for c in text):
        return Review(None, "empty")
    answer = _whole_sentences(text, max_chars)
    if not any(c.isalpha() for c in answer):
        return Review(None, "cut off")
    # The whole generation: a loop after the last whole sentence still marks a degenerate one.
    if _repetitive([w.lower() for w in _WORD.findall(text)]):
        return Review(None, "repetitive")
    if not _mostly_latin(answer):
        return Review(None, "off-language")
    if prompt and _echoes(answer, prompt):
        return Review(None, "echoes the prompt")
    return Review(answer)
