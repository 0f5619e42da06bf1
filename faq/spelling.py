"""Reads a mistyped query word as the known word it most likely is ("reprot", "permanantly").

A word the fitted texts never use adds nothing to a query's word features and little to its
n-grams: a typo of a key word costs the answer, or gets a StreamKar question refused.
"""
import numpy as np
from symspellpy import SymSpell, Verbosity
from wordfreq import get_frequency_dict

from faq.text import normalize

# Shorter words have too many known neighbours one edit away ("cam", "can", "car") to guess.
MIN_LENGTH = 4
# Two edits gave no more right answers than one (make eval's typo check) and guess wrong more.
MAX_EDITS = 1
# A word of the Latin-script languages at least this common (a Zipf frequency of 4, ten times per
# million words) is what the user meant: "torre" and "vino" read as "borre" and "vivo" made an
# everyday question look like the app's. Once per million also kept typos that are rarer words
# ("cons", "papal", "moth") from the app's words, and lost more answers than it won.
COMMON_WORD_FREQUENCY = 1e-5
COMMON_WORD_LANGUAGES = ("en", "es", "fr", "de")
# ...and a word at least once per million is a real word, which patterns read as written ("influencer", "ludo").
REAL_WORD_FREQUENCY = 1e-6


def word_shares():
    """Each word of the Latin-script languages used at least once per million words, as `normalize`
    spells it, with its highest share of any of them."""
    shares = {}
    for language in COMMON_WORD_LANGUAGES:
        for word, share in get_frequency_dict(language).items():
            if share >= REAL_WORD_FREQUENCY and (normalized := normalize(word)).isalpha():
                shares[normalized] = max(share, shares.get(normalized, 0.0))
    return shares


# A fitted text's own typo ("chnage", "agncy": users' words in the curated examples) is no known
# word: kept, it was never corrected, and a query with it met only that example. It is a word the
# texts hold at most TYPO_COUNT times, one slip (a letter dropped, doubled or swapped with the next;
# never the first) from a common word they hold TYPO_RATIO times as often, and no language's word.
# Slips, not changed letters: those read Hinglish words ("kurta", "hamara") as others'.
TYPO_COUNT = 3
TYPO_RATIO = 10
TYPO_MIN_LENGTH = 5


def _slip(typo, word):
    """Whether `typo` is `word` with a letter dropped or doubled, or two swapped, its first letter kept."""
    if typo[0] != word[0]:
        return False
    if len(typo) == len(word) - 1:
        return any(word[:i] + word[i + 1:] == typo for i in range(1, len(word)))
    if len(typo) == len(word) + 1:
        return any(typo[:i] + typo[i + 1:] == word and typo[i] == typo[i - 1] for i in range(1, len(typo)))
    return len(typo) == len(word) and any(word[:i] + word[i + 1] + word[i] + word[i + 2:] == typo
                                          for i in range(1, len(word) - 1))


class Speller:
    """Corrects a word the fitted vocabulary lacks, and no language commonly uses, to the most common
    known word one edit away (a letter dropped, added, changed, or two swapped)."""

    def __init__(self, fitted):
        self.symspell = SymSpell(max_dictionary_edit_distance=MAX_EDITS)
        words = {feature[2:]: column for feature, column in fitted.vocabulary_.items()
                 if feature.startswith("w:") and " " not in feature}
        shares = word_shares()
        # Smooth idf is ln((1 + n) / (1 + df)) + 1: this is (1 + df) / 2 when the rarest word has df 1.
        counts = np.rint(np.exp(fitted.idf_.max() - fitted.idf_))
        for word, column in words.items():
            self.symspell.create_dictionary_entry(word, int(counts[column]))
        common = {word for word, share in shares.items() if share >= COMMON_WORD_FREQUENCY}
        typos = {word for word, column in words.items() if self._is_typo(word, counts[column], shares, common)}
        for word in typos:
            self.symspell.delete_dictionary_entry(word)
        self.known = frozenset(words.keys() - typos) | common
        self.real = self.known | shares.keys()

    def _is_typo(self, word, count, shares, common):
        if count > TYPO_COUNT or len(word) < TYPO_MIN_LENGTH or word in shares or not (word.isascii() and word.isalpha()):
            return False
        return any(found.term in common and found.count >= TYPO_RATIO * count and _slip(word, found.term)
                   for found in self.symspell.lookup(word, Verbosity.ALL, max_edit_distance=MAX_EDITS))

    def __call__(self, word):
        if word in self.known or len(word) < MIN_LENGTH or not word.isalpha():
            return word
        suggestions = self.symspell.lookup(word, Verbosity.TOP, max_edit_distance=MAX_EDITS)
        return suggestions[0].term if suggestions else word
