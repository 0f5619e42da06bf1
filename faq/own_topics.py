"""StreamKar questions the domain filter misreads, by the words they are asked in.

"alguien me ofrece monedas baratas por whatsapp, es de fiar?": WhatsApp, Instagram, UPI and Paytm
are other services' words in most of the filter's examples, but a stranger's offer of coins is
StreamKar's scam question. "how do i switch language back to english": a translation request to
the filter, but the app's own setting, and so is a dark mode. "can i share my screen to stream a mobile game": a
Twitch question to the filter, but one for StreamKar's lives. Another service's own coins,
language or screen sharing ("tiktok coins cheap?", "change whatsapp language", "share my screen
on zoom") are not these (faq.other_services).
"""
import re

from faq.other_services import ACCOUNTS, ANY_SERVICE
from faq.text import any_normalized, normalize, sentences

SOMEONE = any_normalized(
    "someone", "somebody", "some1", "sum1", "a guy", "a girl", "a man", "a seller", "this guy", "people", "a person",
    "an account", "a user", "alguien", "un tipo", "un chico", "una chica", "un vendedor", "quelqu un", "un mec",
    "un gars", "une fille", "un vendeur", "jemand", "einer", "ein typ", "ein verkaeufer", "koi", "ek banda", "ek bhai",
    "ek ladka", "ek ladki", "banda", "bhai", "कोई", "एक आदमी", "एक लड़का", "एक बंदा")
OFFERS = r"(?:offer\w*|sell\w*|ofrec\w*|vend\w*|propos\w*|verkauf\w*|biet\w*|bech\w*|de dega|dega|dene|de raha|deal|" \
    + any_normalized("दे रहा") + "|" + any_normalized("बेच") + r"\w*)"
COINS = any_normalized("coins", "coin", "monedas", "pieces", "muenzen", "beans", "sikke", "कॉइन", "कॉइन्स")
_COIN_OFFER = re.compile(rf"\b{SOMEONE}(?: \w+){{0,8}} {OFFERS}(?: \w+){{0,6}} {COINS}\b"
                         rf"|\b{SOMEONE}(?: \w+){{0,8}} {COINS}(?: \w+){{0,3}} {OFFERS}\b")

LANGUAGE = any_normalized("language", "languages", "langue", "idioma", "sprache", "bhasha", "भाषा")
APP = any_normalized("app", "apps", "application", "appli", "aplicacion", "streamkar", "ऐप", "एप")
_APP_LANGUAGE = re.compile(rf"\b{APP}(?: \w+){{0,6}} {LANGUAGE}\b|\b{LANGUAGE}(?: \w+){{0,6}} {APP}\b"
                           rf"|\b(?:change|switch|set|reset|put)\w* (?:\w+ ){{0,2}}{LANGUAGE} (?:back )?to \w+")
# Showing the phone's screen in a live, a game on it above all ("BGMI khelte hue screen share").
_SCREEN_SHARE = re.compile(r"\bscreen ?shar\w*|\bshar\w* (?:\w+ ){0,3}screen\b|\bscreen (?:\w+ ){0,2}dikha\w*"
                           r"|\bpartag\w* (?:\w+ ){0,3}ecran\b|\bcompart\w* (?:\w+ ){0,2}pantalla\b"
                           r"|\bbildschirm (?:\w+ ){0,2}teilen\b")
# The app's dark mode, asked in a StreamKar chat far more often than any other's.
_DARK_MODE = re.compile(r"\b(?:dark (?:mode|theme)|night mode|modo oscuro|mode sombre|mode nuit|dunkelmodus|dark modus"
                        r"|dunkler modus)\b")
_ANOTHER_SERVICE = re.compile(rf"\b{ANY_SERVICE}\b")
# ...and a computer's or another program's.
_ANOTHER_PROGRAM = re.compile(r"\b(?:windows|mac|macos|macbook|chrome|google|excel|word|vs ?code|keyboard|gboard|pc"
                              r"|laptop)\b")
# Games are what users stream from their screen; meeting and messaging services have their own.
_ANOTHER_ACCOUNT = re.compile(rf"\b{any_normalized(*ACCOUNTS)}\b")


def _reads_as_streamkar(sentence):
    return bool(_COIN_OFFER.search(sentence)
                or (_APP_LANGUAGE.search(sentence) and not _ANOTHER_SERVICE.search(sentence))
                or (_DARK_MODE.search(sentence) and not _ANOTHER_SERVICE.search(sentence)
                    and not _ANOTHER_PROGRAM.search(sentence))
                or (_SCREEN_SHARE.search(sentence) and not _ANOTHER_ACCOUNT.search(sentence)))


def is_streamkar_question(text):
    """Whether a sentence of `text` offers coins from a stranger, asks for the app's language or
    dark mode, or shares the phone's screen."""
    return any(_reads_as_streamkar(normalize(sentence)) for sentence in sentences(text))
