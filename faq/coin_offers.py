"""A stranger's offer of coins: StreamKar's scam question, whatever service it names.

"alguien me ofrece monedas baratas por whatsapp, es de fiar?" reads as out of domain to the
filter: WhatsApp, Instagram, UPI and Paytm are other services' words in most of its examples.
Another service's own coins ("tiktok coins cheap?") are refused before this is asked
(faq.other_services).
"""
import re

from faq.text import any_normalized, normalize, sentences

SOMEONE = any_normalized(
    "someone", "somebody", "some1", "sum1", "a guy", "a girl", "a man", "a seller", "this guy", "people", "a person",
    "an account", "a user", "alguien", "un tipo", "un chico", "una chica", "un vendedor", "quelqu un", "un mec",
    "un gars", "une fille", "un vendeur", "jemand", "einer", "ein typ", "ein verkaeufer", "koi", "ek banda", "ek bhai",
    "ek ladka", "ek ladki", "banda", "bhai", "कोई", "एक आदमी", "एक लड़का", "एक बंदा")
OFFERS = r"(?:offer\w*|sell\w*|ofrec\w*|vend\w*|propos\w*|verkauf\w*|biet\w*|bech\w*|de dega|dega|dene|de raha|deal|" \
    + any_normalized("दे रहा") + "|" + any_normalized("बेच") + r"\w*)"
COINS = any_normalized("coins", "coin", "monedas", "pieces", "muenzen", "beans", "sikke", "कॉइन", "कॉइन्स")
_OFFER = re.compile(rf"\b{SOMEONE}(?: \w+){{0,8}} {OFFERS}(?: \w+){{0,6}} {COINS}\b"
                    rf"|\b{SOMEONE}(?: \w+){{0,8}} {COINS}(?: \w+){{0,3}} {OFFERS}\b")


def offers_coins(text):
    """Whether a sentence of `text` tells of someone offering or selling coins."""
    return any(_OFFER.search(normalize(sentence)) for sentence in sentences(text))
