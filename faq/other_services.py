"""Questions about another service's own login, money or ban, or another kind of agency: asked in
this domain's words ("my xbox live account got suspended, how do I appeal", "wie kündige ich mein
twitch abo", "a modeling agency wants a registration fee"), they read as StreamKar questions to
the filter, and an article answers them wrongly.

A sentence that names StreamKar is about StreamKar, whatever else it names; one before it that
tells how long the user has used the app does not make the next one StreamKar's.
"""
import re

from faq.text import any_normalized, any_of, normalize, normalized_sentences

# Games, streaming and phone services: their coins and subscriptions are their own.
APPS = [
    "twitch", "tiktok", "tik tok", "youtube", "bigo", "tango", "uplive", "likee", "netflix", "spotify", "prime video",
    "hotstar", "disney", "hulu", "xbox", "playstation", "psn", "ps4", "ps5", "nintendo", "epic games", "fortnite",
    "roblox", "minecraft", "free fire", "freefire", "pubg", "bgmi", "mobile legends", "mlbb", "genshin", "valorant",
    "fifa", "ea fc", "fc 24", "fc 25", "ultimate team", "clash royale", "clash of clans", "brawl stars", "candy crush",
    "call of duty", "cod mobile", "pokemon go", "coin master", "la play", "jio", "airtel",
    "linkedin", "reddit", "tinder", "bumble", "wechat", "टिकटॉक", "यूट्यूब",
    # Other live and social apps, games and streaming services users also have.
    "chamet", "poppo", "mico", "sharechat", "moj", "kwai", "snack video", "trovo", "nimo tv",
    "ludo king", "subway surfers", "8 ball pool", "league of legends", "apex legends", "overwatch",
    "gta", "elden ring", "deezer", "apple music", "zee5", "sonyliv", "jiocinema", "mx player",
    "फ्री फायर", "पबजी", "नेटफ्लिक्स", "इंस्टा",
    "amazon prime", "youtube premium",
    # Free Fire as its players write it, and the shops that top up games.
    "ff", "garena", "codashop", "midasbuy",
]
# Payment, shopping (their gift cards), messaging and mail services: users pay for StreamKar's
# coins through them and scammers offer coins on them, but their logins and bans are their own.
ACCOUNTS = [
    "amazon", "flipkart", "shein", "ebay", "steam", "paypal", "paytm", "phonepe", "gpay", "google pay", "whatsapp",
    "instagram", "insta", "facebook", "fb", "telegram", "snapchat", "discord", "twitter", "gmail", "outlook", "hotmail",
    "yahoo", "icloud", "zoom", "teams", "google meet", "skype",
    # Couriers, delivery and marketplaces send their own codes ("le livreur Chronopost me demande un code").
    "dhl", "fedex", "dpd", "chronopost", "colissimo", "delhivery", "blue dart", "bluedart", "ekart", "swiggy", "zomato",
    "uber", "correos", "leboncoin", "mercado libre", "kleinanzeigen", "olx", "meesho", "myntra", "blinkit", "zepto",
    "फोनपे", "पेटीएम", "व्हाट्सएप", "इंस्टाग्राम", "फेसबुक",
]
# Home networks have a password, but a ban shared over one is StreamKar's ("we share the same wifi").
NETWORKS = ["wifi", "wi fi", "router"]
# Banks have a password too, a few words from their name ("locked out of my bank app after typing
# the wrong password twice"); but their blocks and codes come with paying for coins.
# Hindi by its consonants: "बैंक" alone reads as "बाकी" (the rest) and "बुक".
BANK = any_normalized("bank", "net banking", "netbanking", "online banking", "banking app", "banque", "banco",
                      "bankkonto", "बैंक से", "बैंक में", "बैंक ने", "बैंक को", "बैंक वाले", "बैंक अकाउंट", "बैंक ऐप",
                      "बैंक कार्ड", "नेट बैंकिंग")
# ...and their accounts are blocked for their own reasons ("mon compte bancaire est bloque").
BANK_ACCOUNT = any_normalized("bank account", "compte bancaire", "compte en banque", "cuenta bancaria",
                              "cuenta del banco", "bankkonto", "bank khata", "बैंक खाता", "बैंक अकाउंट")
ANY_SERVICE = any_normalized(*APPS, *ACCOUNTS)
WITH_LOGIN = any_normalized(*APPS, *ACCOUNTS, *NETWORKS)
APP = any_normalized(*APPS)
PASSWORDS = ("password", "passwort", "contrasena", "contra", "clave", "mot de passe", "पासवर्ड")
PASSWORD = any_normalized(*PASSWORDS)
LOGIN = any_normalized(
    *PASSWORDS, "pin", "code", "codigo", "verification code", "code de verification", "codigo de verificacion",
    "bestaetigungscode", "कोड")
MONEY = any_normalized(
    "coins", "coin", "monedas", "pieces", "muenzen", "gems", "tokens", "robux", "diamonds", "diamond", "diamantes",
    "diamants", "diamanten", "bits", "v bucks", "vbucks", "uc", "abo", "abonnement", "subscription", "suscripcion",
    "premium", "membership", "guthaben", "balance", "turbo", "nitro", "beans")
# ...and so are a game's levels and ranks ("minecraft fastest way to level up").
PROGRESS = any_normalized("level", "levels", "level up", "xp", "rank", "ranked", "leveling", "levelling")
TROUBLE = any_of([any_normalized(
    "banned", "ban", "suspended", "hacked", "blocked", "block", "restricted", "locked", "disabled",
    "banni", "bannie", "suspendu", "suspendue", "pirate", "piratee", "pirater", "bloque", "bloquee", "hackearon",
    "hackeada", "suspendida", "suspendido", "suspendieron", "baneada", "baneado", "banearon", "bloqueada", "bloquearon",
    "gesperrt", "eingeschraenkt", "gehackt", "vac ban", "hack",
    # Hindi by its consonants: "बैन" alone reads as "बन"/"बना" (to become, made), "हैक" as "हक़" (a right),
    # "हैकर" as "होकर" (being),
    # "ब्लॉक" as "बल्कि" (rather) and "ब्लैक" (black: "स्क्रीन ब्लैक हो गई").
    "बैन हो गया", "बैन हो गई", "बैन कर दिया", "बैन कर दी", "बैन लग", "हैक हो", "हैक कर", "हैकर ने", "हैकर्स", "सस्पेंड"),
    "(?<!" + any_normalized("स्क्रीन") + " )" + any_normalized("ब्लॉक हो", "ब्लॉक कर", "ब्लॉक किया", "ब्लॉक है")
    + "(?! " + any_normalized("स्क्रीन") + ")"])
# Between a ban and the service it names: "bloquearon la cuenta de paypal", "banned from instagram";
# not "blocked me on whatsapp", a person's doing.
ACCOUNT_WORDS = any_normalized("account", "cuenta", "compte", "konto", "id", "profile", "perfil", "profil")
WHOSE = any_of([any_normalized("my", "the", "from", "mi", "la", "el", "mon", "ma", "le", "mein", "meine", "meinen"),
                ACCOUNT_WORDS])
# StreamKar's agencies manage hosts; these are other trades' ("is a 40% commission normal").
OTHER_AGENCY = (r"(?:modell?ing|model|talent|travel|recruitment|staffing|real estate|marketing|advertising|ad|casting"
                r"|insurance|employment|placement|visa|immigration) agenc(?:y|ies)"
                r"|agence (?:de mannequins?|de voyages?|immobiliere|de pub\w*|d interim|de casting)"
                r"|agencia (?:de modelos|de viajes|inmobiliaria|de publicidad|de empleo|de casting)"
                r"|(?:model|reise|werbe|immobilien|arbeits|casting)agentur\w*")
# A phone or internet provider's contract and complaints are its own ("the telekom throttled my
# internet again, how do i cancel the contract"); its network and numbers come with StreamKar's questions.
TELECOM = any_normalized(
    "internet provider", "isp", "carrier", "carriers", "phone company", "mobile operator", "operateur", "operador",
    "telekom", "vodafone", "airtel", "jio", "bsnl", "verizon", "at&t", "t mobile", "sfr", "bouygues", "movistar",
    "o2", "broadband", "forfait", "forfait mobile")
CONTRACT = r"(?:contract|contrat|contrato|vertrag|complaint|complain|shikayat|kuendig\w*|resilie\w*|" \
    + any_normalized("शिकायत") + ")"
# A card the bank blocked is the bank's to unblock ("comment je la débloque"), though paying for coins
# may have blocked it.
CARD = any_normalized("card", "carte", "tarjeta", "karte", "कार्ड")
UNBLOCK = r"(?:unblock(?!ed)|debloqu(?:er|e)|desbloque(?:o|ar|a|an)|entsperr(?:en|e|t))"
# Not Hindi's "ka", "ki", "ke": they follow the owner ("phonepe ka pin"); "code ke liye phonepe" is not its code.
OF = any_normalized("of", "on", "de", "del", "en", "sur", "von", "auf", "bei", "in")
# Another app's subscription is cancelled there ("wie kündige ich Amazon Prime", "cancel my youtube premium").
CANCEL = r"(?:cancel\w*|unsubscrib\w*|resilie\w*|cancelar|kuendig\w*|abbestell\w*|abmeld\w*)"
# Another service's moderators are its own ("how do i make someone a moderator in my youtube live").
MODERATOR = any_normalized("moderator", "moderators", "mod role", "moderador", "moderadores", "moderadora",
                           "moderateur", "moderateurs", "moderatrice", "moderatoren", "moderatorin", "मॉडरेटर")

_ANOTHER_SERVICES_OWN = re.compile(
    rf"\b{WITH_LOGIN}(?: \w+){{0,2}} {LOGIN}\b|\b{LOGIN}(?: {OF}(?: \w+){{0,3}})? {WITH_LOGIN}\b"
    rf"|\b{BANK}(?: \w+){{0,6}} {PASSWORD}\b|\b{PASSWORD}(?: \w+){{0,3}} {BANK}\b"
    rf"|\b{APP}(?: \w+){{0,4}} (?:{MONEY}|{PROGRESS})\b|\b(?:{MONEY}|{PROGRESS})(?: \w+)? {OF}(?: \w+){{0,2}} {APP}\b"
    rf"|\b{BANK_ACCOUNT}(?: \w+){{0,3}} {TROUBLE}\b|\b{TROUBLE}(?: (?:{WHOSE}|{OF})){{0,3}} {BANK_ACCOUNT}\b"
    rf"|\b(?:{OTHER_AGENCY})\b"
    rf"|\b{CANCEL}(?: \w+){{0,2}} {APP}\b"
    rf"|\b{TELECOM}(?: \w+){{0,12}} {CONTRACT}\b|\b{CONTRACT}(?: \w+){{0,6}} {TELECOM}\b"
    rf"|\b{UNBLOCK}(?: \w+){{0,4}} {CARD}\b|\b{CARD}(?: \w+){{0,10}} {UNBLOCK}\b"
    rf"|\b{ANY_SERVICE}(?: \w+){{0,3}} {MODERATOR}\b|\b{MODERATOR}(?: \w+){{0,4}} {ANY_SERVICE}\b"
    rf"|\b{ANY_SERVICE}(?: \w+){{0,4}} {TROUBLE}\b|\b{TROUBLE}(?: (?:{WHOSE}|{OF})){{0,3}} {ANY_SERVICE}\b"
    # One's own blocking there ("can i block someone on whatsapp"), not what a person did ("blocked me on whatsapp").
    rf"|\b(?:can i|how (?:do|can|should) i|how to|is it possible to|is there a way to)"
    rf" block(?: \w+){{0,3}} {OF} {ANY_SERVICE}\b")


_NAMED = re.compile(rf"\b(?:{WITH_LOGIN}|{BANK})\b")


def names_another_service(text):
    """Whether `text` names another app, service, network or a bank."""
    return bool(_NAMED.search(normalize(text)))


def about_another_service(text):
    """Whether a sentence of `text` asks about another service's login, money, ban or moderators, names
    another kind of agency, asks to unblock a card or is a provider's contract or complaint."""
    return any("streamkar" not in sentence and _ANOTHER_SERVICES_OWN.search(sentence)
               for sentence in normalized_sentences(text))
