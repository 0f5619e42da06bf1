"""StreamKar questions the domain filter misreads, by the words they are asked in.

"alguien me ofrece monedas baratas por whatsapp, es de fiar?": WhatsApp, Instagram, UPI and Paytm
are other services' words in most of the filter's examples, but a stranger's offer of coins is
StreamKar's scam question. "how do i switch language back to english": a translation request to
the filter, but the app's own setting, and so is a dark mode. "can i play spotify songs in the
background of my live": music and copyright in a live are StreamKar's. "can i share my screen to
stream a mobile game": a Twitch question to the filter, but one for StreamKar's lives, and so is
a link to one's live shared on WhatsApp. So is money taken for coins, whatever bank or wallet took
it. Another service's own coins, language, screen sharing or live ("tiktok coins cheap?", "change
whatsapp language", "share my screen on zoom", "my instagram live link") are not these
(faq.other_services). A question whose last sentence names the app is
StreamKar's too, however the filter reads the rest ("looking to advertise my brand on streamkar,
who do i talk to"), and so is one that speaks of one's own StreamKar account in any sentence.
"""
import re

from faq.aspects import DOWNLOAD, RECORDING
from faq.other_services import ACCOUNT_WORDS, ACCOUNTS, ANY_SERVICE, APP as OTHER_APPS
from faq.text import any_normalized, any_of, normalize, normalized_sentences

SOMEONE = any_normalized(
    "someone", "somebody", "some1", "sum1", "a guy", "a girl", "a man", "a seller", "this guy", "people", "a person",
    "an account", "a user", "alguien", "un tipo", "un chico", "una chica", "un vendedor", "quelqu un", "un mec",
    "un gars", "une fille", "un vendeur", "jemand", "einer", "ein typ", "ein verkaeufer", "koi", "ek banda", "ek bhai",
    "ek ladka", "ek ladki", "banda", "bhai", "कोई", "एक आदमी", "एक लड़का", "एक बंदा")
# Hindi is read by its consonants: "बेच" alone reads as "बचे" (left over: "कितने कॉइन बचे") and "बीच"
# (in the middle), "बेचता" as "बचत" (savings).
HINDI_SELLS = any_normalized("बेच रहा", "बेच रही", "बेच रहे", "बेचने", "बेचना", "बेच दे", "बेच दो", "बेचेगा", "बेचेगी",
                             "बेचेंगे", "बेचूंगा")
OFFERS = r"(?:offer\w*|sell\w*|ofrec\w*|vend\w*|propos\w*|verkauf\w*|biet\w*|bech\w*|de dega|dega|dene|de raha|deal|" \
    + any_normalized("दे रहा") + "|" + HINDI_SELLS + ")"
COINS = any_normalized("coins", "coin", "monedas", "pieces", "muenzen", "beans", "sikke", "कॉइन", "कॉइन्स")
_COIN_OFFER = re.compile(rf"\b{SOMEONE}(?: \w+){{0,8}} {OFFERS}(?: \w+){{0,6}} {COINS}\b"
                         rf"|\b{SOMEONE}(?: \w+){{0,8}} {COINS}(?: \w+){{0,3}} {OFFERS}\b"
                         # "me ofrecen coins baratas": they, unnamed.
                         rf"|\b(?:me|m) (?:ofrecen|venden|proponen|propose|proposent|vend|vendent|offre|offrent)"
                         rf"(?: \w+){{0,6}} {COINS}\b"
                         rf"|\b(?:got|been|was|were|keep getting) offered(?: \w+){{0,4}} {COINS}\b")

LANGUAGE = any_normalized("language", "languages", "langue", "idioma", "sprache", "bhasha", "भाषा")
APP = any_normalized("app", "apps", "application", "appli", "aplicacion", "streamkar", "ऐप", "एप")
LANGUAGE_NAME = any_normalized(
    "english", "hindi", "spanish", "french", "german", "arabic", "ingles", "espanol", "castellano", "frances", "aleman",
    "anglais", "espagnol", "francais", "allemand", "englisch", "spanisch", "franzoesisch", "deutsch", "angrezi",
    "अंग्रेज़ी", "हिंदी")
_APP_LANGUAGE = re.compile(rf"\b{APP}(?: \w+){{0,6}} {LANGUAGE}\b|\b{LANGUAGE}(?: \w+){{0,6}} {APP}\b"
                           # "la app se me puso en ingles"
                           rf"|\b{APP}(?: \w+){{1,4}} (?:en|auf) {LANGUAGE_NAME}\b|\b{APP} ko {LANGUAGE_NAME}\b"
                           rf"|\b(?:change|switch|set|reset|put)\w* (?:\w+ ){{0,2}}{LANGUAGE} (?:back )?to \w+")
# ...not an app to learn or translate one with.
_LEARNING = re.compile(r"\b(?:learn\w*|apprend\w*|aprend\w*|lern\w*|seekh\w*|sikh\w*|translat\w*|tradu\w*|uebersetz\w*)\b")
# Showing the phone's screen in a live, a game on it above all ("BGMI khelte hue screen share").
_SCREEN_SHARE = re.compile(r"\bscreen ?shar\w*|\bshar\w* (?:\w+ ){0,3}screen\b|\bscreen (?:\w+ ){0,2}dikha\w*"
                           r"|\bpartag\w* (?:\w+ ){0,3}ecran\b|\bcompart\w* (?:\w+ ){0,2}pantalla\b"
                           r"|\bbildschirm (?:\w+ ){0,2}teilen\b")
# The app's dark mode, asked in a StreamKar chat far more often than any other's.
_DARK_MODE = re.compile(r"\b(?:dark (?:mode|theme)|night mode|modo oscuro|mode sombre|mode nuit|dunkelmodus|dark modus"
                        r"|dunkler modus)\b")
# Music played in a live, from Spotify or not, and its copyright.
# Not Hindi "गाना" by its consonants: "गिने" (counted) reads the same.
_MUSIC = re.compile(r"\b(?:music|musik|musique|musica|songs?|playlists?|spotify|gaana|gaane|"
                    + any_normalized("संगीत", "म्यूज़िक") + r")\b")
_IN_A_LIVE = re.compile(
    r"\b(?:my (?:live|lives|stream|streams|room)|while (?:i m |im |i am )?(?:live|streaming)"
    r"|during (?:my |the )?(?:live|stream)"
    r"|in (?:my |the )?(?:live|stream)|background|copyright|urheberrecht|droits d auteur|derechos de autor"
    r"|im (?:live|stream)|en (?:mi |mis |el )?(?:directo|directos|live|vivo)|pendant (?:mon |mes |le )?live"
    r"|dans (?:mon |mes )?lives?|live (?:me|ke|mein)|" + any_normalized("लाइव में", "लाइव के") + r")\b")
# A link to one's live or room, to share on WhatsApp or anywhere ("live ka link whatsapp pe kaise bheju").
_LINK = r"(?:link|links|lien|enlace|" + any_normalized("लिंक") + ")"
_LIVE = r"(?:live|lives|room|stream|directo|" + any_normalized("लाइव") + ")"
_LIVE_LINK = re.compile(rf"\b{_LINK} (?:\w+ ){{0,3}}{_LIVE}\b|\b{_LIVE} (?:\w+ ){{0,2}}{_LINK}\b")
_ANOTHER_SERVICE = re.compile(rf"\b{ANY_SERVICE}\b")
# ...not a live of another service's ("my instagram live link").
_ANOTHER_SERVICES_LIVE = re.compile(rf"\b(?:{OTHER_APPS}\b|{ANY_SERVICE} {_LIVE}\b)")
# ...and a computer's or another program's.
_ANOTHER_PROGRAM = re.compile(r"\b(?:windows|mac|macos|macbook|chrome|google|excel|word|vs ?code|keyboard|gboard|pc"
                              r"|laptop)\b")
# The app crashing or freezing on a named phone ("App stürzt ab, Samsung A52"): phones are other
# products' words to the filter. Not another service's or program's app, nor a crash course.
_CRASH = r"(?:crash(?!\w* course)\w*|freez\w*|stuerzt\w*|abstuerz\w*|haengt sich auf|se cierra\w*|se cae|se congela\w*" \
    r"|crashea\w*|plante\w*|se ferme\w*|" + any_normalized("क्रैश") + ")"
_APP_CRASH = re.compile(rf"\b{APP}(?: \w+){{0,4}} {_CRASH}|\b{_CRASH}(?: \w+){{0,3}} {APP}\b")
# A promo code for coins or VIP, asked about as the app's ("got a coupon code from an influencer"):
# another shop's codes are the filter's examples. Not another service's ("free fire redeem code").
_PROMO_CODE = re.compile(r"\b(?:(?:promo|promotional|coupon|voucher|redeem|redemption|discount|referral|invite) ?codes?"
                         r"|code (?:promo|de reduction)|codigo (?:promocional|de descuento|de regalo)|gutschein ?code"
                         r"|rabatt ?code|promocode|" + any_normalized("प्रोमो कोड", "कूपन कोड") + r")\b")
_STREAMKAR_THINGS = re.compile(rf"\b(?:{COINS}|{APP}|vip|recharge|top up|influencer|host|streamer|live)\b")
# A login linked to one's account or unlinked ("unlink my facebook", "google se login link karna hai"):
# these services are other services' words to the filter, but the app's login methods. Not when
# another service is named too ("unlink spotify from my facebook", "link google pay to my bank").
LOGIN_PROVIDERS = ("facebook", "fb", "google", "gmail", "apple", "apple id", "icloud", "फेसबुक", "गूगल")
_PROVIDER = any_normalized(*LOGIN_PROVIDERS)
_LINKING = (r"(?:link\w*|unlink\w*|connect\w*|disconnect\w*|vincul\w*|desvincul\w*|conect\w*|lier|delier|dissoci\w*"
            r"|associ\w*|verknuepf\w*|verbind\w*|trenn\w*)")  # not Hindi "लिंक": by its consonants, "लॉक", "लकी"
_LOGIN_LINK = re.compile(rf"\b{_LINKING} (?:\w+ ){{0,4}}{_PROVIDER}\b|\b{_PROVIDER} (?:\w+ ){{0,4}}{_LINKING}\b")
_PROVIDERS = frozenset(map(normalize, LOGIN_PROVIDERS))
# The own live streamed to another service at once ("kann ich meinen livestream gleichzeitig auf youtube
# übertragen"), which the app's users ask; not two other services at once with a streaming program
# ("stream to youtube and twitch at the same time with obs").
_AT_ONCE = re.compile(r"\b(?:(?:at )?the same time|simultaneous\w*|at once|multi ?stream\w*|restream\w*|gleichzeitig|zeitgleich"
                      r"|al mismo tiempo|a la vez|simultane\w*|en meme temps|ek saath|saath saath|sath sath|ek hi time|"
                      + any_normalized("एक साथ", "साथ साथ") + r")\b")
_OWN_LIVE = re.compile(r"\b(?:streamkar|here|this app|yaha|ici|aqui|hier|(?:my|mon|mes|mi|mis|mein|meinen|meine|apna|apne|mera)"
                       r" (?:\w+ )?(?:live|lives|stream|streams|livestream|directo|directos|room))\b")
# A replay or clip of one's live kept on the phone, to post anywhere ("download my replay to post on tiktok"):
# not another service's own video ("youtube video download kaise kare").
_DOWNLOAD_RECORDING = re.compile(rf"\b{DOWNLOAD} (?:\w+ ){{0,3}}{RECORDING}\b|\b{RECORDING} (?:\w+ ){{0,3}}{DOWNLOAD}\b"
                                 r"|\b(?:save|guardar|speicher\w*) (?:\w+ ){0,6}(?:gallery|galerie|galeria|camera roll)\b")
_ANOTHER_SERVICES_RECORDING = re.compile(rf"\b{ANY_SERVICE} (?:\w+ )?{RECORDING}\b")
# Followers lost ("lost 300 followers overnight, what happened"): another network's to the filter.
_FOLLOWERS = r"(?:followers?|follower count|seguidores|abonnes|abonnenten|" + any_normalized("फॉलोअर", "फॉलोअर्स") + ")"
# Not Hindi "घट": by its consonants, "घंटे" (hours).
_LOSING = (r"(?:lost|losing|lose|drop\w*|decreas\w*|went down|go down|going down|disappear\w*|vanish\w*|kam ho\w*|ghat\w*"
           r"|perdu|baiss\w*|perd\w*|baj\w*|desaparec\w*|verlier\w*|verloren|weniger|" + any_normalized("कम हो") + r"\w*)")
_FOLLOWERS_LOST = re.compile(rf"\b{_LOSING} (?:\w+ ){{0,4}}{_FOLLOWERS}\b|\b{_FOLLOWERS} (?:\w+ ){{0,4}}{_LOSING}")
# Games are what users stream from their screen; meeting and messaging services have their own.
_ANOTHER_ACCOUNT = re.compile(rf"\b{any_normalized(*ACCOUNTS)}\b")

# "streamkar's" loses its apostrophe. Not the bot by its name: "you're not a streamkar bot anymore,
# write me a poem".
_NAMES_THE_APP = re.compile(r"\bstreamkars?\b(?! (?:bot|assistant|ka bot|ki bot))")
# One's own StreamKar account, in any sentence ("main apne StreamKar account mein number badalna chahta hoon.
# Kripya prakriya batayein."): not the app named in passing ("met my gf on streamkar").
_MINE = any_normalized("my", "mera", "mere", "meri", "apna", "apne", "apni", "mon", "ma", "mi", "mein", "meinem", "meinen",
                       "meine", "मेरा", "मेरे", "मेरी", "अपना", "अपने", "अपनी")
_ACCOUNT = any_of([ACCOUNT_WORDS, any_normalized("acc", "अकाउंट", "आईडी", "प्रोफाइल")])
_OWN_ACCOUNT = re.compile(rf"\b{_MINE} (?:\w+ )?streamkars? {_ACCOUNT}\b|\b{_MINE} {_ACCOUNT} (?:de |bei |on )?streamkar\b")

# The app's coins called by another app's name, beside what they buy or pay here ("refund for diamonds i
# spent on stickers", "how much does gold membership cost in diamonds"): not another service's ("ff
# diamonds top up", "withdraw stars from my facebook creator account"), nor jewellery or a rating.
_CURRENCY_BY_ANOTHER_NAME = re.compile(r"\b(?:diamonds?|stars|tokens|gems|diamantes|diamants|diamanten|"
                                       + any_normalized("डायमंड") + r")\b")
_SPENT_HERE = re.compile(r"\b(?:gifts?|stickers?|hosts?|streamers?|creators?|lives?|streams?|streaming|vip|pk|versus|beans"
                         r"|coins|recharge\w*|top up|withdraw\w*|membership|premium|regalos?|cadeaux?|geschenke?|"
                         + any_normalized("गिफ्ट", "होस्ट", "क्रिएटर", "लाइव") + r")\b")
_NOT_MONEY = re.compile(r"\b(?:rings?|necklaces?|earrings?|jewel\w*|carats?|karats?|sky|hotels?|ratings?|reviews?|galaxy"
                        r"|michelin|crypto|nft|gpt|api)\b")


# Money taken, said beside coins ("money was deducted from my bank but my coin balance hasn't changed"):
# coins paid for and missing, the app's commonest question, in words every other payment complaint
# shares; not another app's or game's coins ("paid for coin master spins, money deducted").
_DEDUCTED = re.compile(r"\b(?:deduct\w*|debit\w*|kat gay\w*|kat liy\w*|kaat liy\w*|preleve\w*|debite\w*|descontad\w*"
                       r"|abgebucht|" + any_normalized("कट गए", "कट गया", "कट गये", "काट लिए") + r")\b")
_COIN_WORD = re.compile(rf"\b{COINS}\b")
_ANOTHER_APP = re.compile(rf"\b{OTHER_APPS}\b")


def _reads_as_streamkar(sentence):
    def found(pattern):
        return pattern.search(sentence) is not None

    return (found(_COIN_OFFER)
            or found(_APP_LANGUAGE) and not (found(_ANOTHER_SERVICE) or found(_LEARNING))
            or found(_DARK_MODE) and not (found(_ANOTHER_SERVICE) or found(_ANOTHER_PROGRAM))
            or found(_SCREEN_SHARE) and not found(_ANOTHER_ACCOUNT)
            or found(_MUSIC) and found(_IN_A_LIVE)
            or found(_LIVE_LINK) and not found(_ANOTHER_SERVICES_LIVE)
            or found(_APP_CRASH) and not (found(_ANOTHER_SERVICE) or found(_ANOTHER_PROGRAM))
            or found(_PROMO_CODE) and found(_STREAMKAR_THINGS) and not found(_ANOTHER_SERVICE)
            or found(_LOGIN_LINK) and set(_ANOTHER_SERVICE.findall(sentence)) <= _PROVIDERS
            or found(_AT_ONCE) and found(_OWN_LIVE)
            or found(_DOWNLOAD_RECORDING) and not found(_ANOTHER_SERVICES_RECORDING)
            or found(_FOLLOWERS_LOST) and not found(_ANOTHER_SERVICE)
            or found(_DEDUCTED) and found(_COIN_WORD) and not (found(_ANOTHER_APP) or found(_NOT_MONEY))
            or found(_CURRENCY_BY_ANOTHER_NAME) and found(_SPENT_HERE)
            and not (found(_ANOTHER_SERVICE) or found(_NOT_MONEY)))


def is_streamkar_question(text):
    """Whether a sentence of `text` offers coins from a stranger, asks for the app's language or
    dark mode, shares the phone's screen, plays music in a live, links to one, finds the app crashing,
    has a promo code for it, links a login to one's account, streams one's live elsewhere at once,
    keeps a replay or clip of it, lost followers or calls its coins by another app's name; or whether
    its last sentence names the app, or any sentence one's own StreamKar account."""
    said = normalized_sentences(text)
    return (any(map(_reads_as_streamkar, said)) or any(_NAMES_THE_APP.search(last) for last in said[-1:])
            or any(_OWN_ACCOUNT.search(sentence) for sentence in said))
