"""What a question asks of its topic that an article may never speak of: a limit, a new name, a
pause, a cancellation, a tie, the odds or their exact figure, a history, a new time, a repeat, unfollowing,
who visited, a transfer to another account, leaving early, putting a member out, the amount needed,
an agency of one's own, a download, a live only some may enter, a reminder, a role given, a
membership for someone else, an alert's sound, a message taken back, a follower removed, a birth date
corrected, a voice message, a calendar date, a pinned message, a slow mode.

A question about an article's own objects can ask what its answer leaves open ("how do i rename
my fan club": the article says members' badges show "the host's custom club name"). The matcher
is sure of the article; the article cannot answer. An article answers a question that asks for
one of these only when one of its texts, in any language, speaks of it too.
"""
import re

from faq.matcher import article_texts
from faq.text import any_normalized, normalize


def _aspect(*phrases, patterns=()):
    alternatives = [any_normalized(*phrases)] if phrases else []
    return re.compile(r"\b(?:" + "|".join(alternatives + list(patterns)) + r")\b")


DOWNLOAD = r"(?:download\w*|telecharg\w*|descarg\w*|herunterlad\w*|runterlad\w*|" \
    + any_normalized("डाउनलोड") + ")"
RECORDING = r"(?:replays?|videos?|lives?|streams?|recordings?|clips?|broadcasts?|rediffusions?|directos?|repeticion\w*" \
    r"|grabacion\w*|aufnahmen?|aufzeichnung\w*|" + any_normalized("रिप्ले", "वीडियो", "लाइव") + ")"

# Hindi is read by its consonants: "बना" alone reads as "बिना" (without: "एडमिन के बिना").
HINDI_MAKES = any_normalized("बनाना", "बनाने", "बनाया", "बनाई", "बनाए", "बनाएं", "बनाऊं", "बनाओ", "बना दो", "बना दें",
                             "बना सकते", "बना सकता", "बना सकती", "बनाते", "बनाता", "बनाती")

# A time to wait or act in, which no "how many ... need" or capacity asks of: "how many days do i have to appeal".
_TIMES = {"en": r"(?:days?|hours?|minutes?|seconds?|weeks?|months?|time)\b",
          "hinglish": r"(?:time|din|ghant\w*|minute|mahin\w*|saal|hafte|baar|der)\b",
          "fr": r"(?:temps|jours|heures|minutes|semaines|mois)\b", "es": r"(?:dias|horas|minutos|semanas|meses)\b",
          "de": r"(?:tage|stunden|minuten|wochen|monate)\b"}


# Matched against normalised text (faq.text.normalize): no accents, umlauts as "ae", Hindi by its consonants.
ASPECTS = {
    "limit": _aspect(
        "max", "maximum", "minimum", "limit", "limits", "limited", "cap", "upper limit", "at most", "up to",
        "only one", "अधिकतम", "लिमिट", "मैक्सिमम", "plafond", "limite", "au maximum", "maximo", "tope",
        "maximal", "hoechstens", "obergrenze", "grenze", "begrenzt",
        patterns=[r"maxim(?:a|as|os|ale|alen|aler|ales)", r"minim(?:a|as|o|os|ale|alen|aler)",
                  r"mitgliederzahl|teilnehmerzahl",
                  # How many a thing holds or one may have: "how many members can a fan club have".
                  r"how many (?:\w+ ){1,3}(?:can|could|may) (?:\w+ ){0,4}(?:have|hold|fit|join|appoint|add|be in|be logged)\b",
                  r"how many (?:\w+ ){1,4}at (?:once|a time|the same time)",
                  any_normalized("ज़्यादा से ज़्यादा", "zyada se zyada", "jyada se jyada"),
                  r"kitne (?!" + _TIMES["hinglish"] + r")(?:\w+ ){1,3}(?:ho sakte|reh sakte|add kar sakte|join kar sakte)",
                  any_normalized("कितने") + r" (?:\w+ ){1,3}" + any_normalized("हो सकते", "रह सकते"),
                  r"combien de (?:\w+ ){1,3}(?:peut|peuvent|on peut|je peux) (?:\w+ ){0,2}(?:avoir|contenir|rejoindre|ajouter)",
                  r"cuant[oa]s (?:\w+ ){1,3}(?:caben|puede tener|pueden estar|pueden unirse)",
                  r"wie viele (?:\w+ ){1,3}(?:passen|haben platz|kann (?:\w+ ){0,2}haben)"]),
    "rename": _aspect(
        "rename", "renamed", "renaming", "new name", "different name", "another name", "name change",
        "renommer", "nouveau nom", "renombrar", "nuevo nombre", "umbenennen", "neuer name",
        patterns=[r"(?:change|set|edit|pick|choose) (?:\w+ ){0,3}name",
                  r"naam (?:\w+ ){0,2}(?:badal|badl|change)\w*",
                  any_normalized("नाम") + r" (?:\w+ ){0,2}" + any_normalized("बदल") + r"\w*",
                  r"(?:chang|modifi)\w* (?:\w+ ){0,2}nom",
                  r"(?:cambi|modific|pon)\w* (?:\w+ ){0,2}nombre",
                  # German puts the verb second or last: "wie aender ich den Namen", "Namen aendern".
                  r"namen? (?:\w+ ){0,3}(?:aender|wechsel)\w*", r"(?:aender|wechsel)\w* (?:\w+ ){0,4}namen?"]),
    # Hindi is read by its consonants: not "पॉज़" alone, which reads as "पेज" (page), nor "सीमा" above ("सिम").
    "pause": _aspect(
        "pause", "paused", "pausing", "freeze my", "on hold", "पॉज़ कर", "mettre en pause", "pausar", "pausa", "pausieren",
        "pausiert"),
    "cancel": _aspect(
        "cancel", "cancelled", "canceled", "undo", "call off", "radd", "रद्द", "कैंसल",
        "annuler", "annulation", "cancelar", "anular", "deshacer", "stornieren", "absagen", "rueckgaengig"),
    # Not "tied": a mistyped "tried". Hindi is read by its consonants: not "ड्रॉ", which reads as "डर"
    # (fear), nor "बराबर" alone, which reads as "बारबार" (again and again).
    "tie": _aspect(
        "draw", "tie", "same points", "equal points", "same score", "barabar", "बराबर पॉइंट", "बराबर पॉइंट्स",
        "बराबर स्कोर", "बराबर अंक", "बराबरी पर", "बराबर हो गया", "बराबर हो गए", "बराबर हो जाए", "बराबर रहा", "टाई",
        "egalite", "ex aequo", "empate", "empatar", "empatan", "unentschieden", "gleichstand"),
    "odds": _aspect(
        "odds", "probability", "percentage", "percent", "win rate", "संभावना", "प्रतिशत",
        "probabilite", "pourcentage", "probabilidad", "porcentaje", "wahrscheinlichkeit", "prozent"),
    # The figure itself, which no article gives: "the real % chance" ("%" is normalised away).
    "exact odds": _aspect(
        "chance in percent", "published odds", "odds published", "वास्तविक संभावना",
        "probabilite exacte", "vraies chances", "probabilidad exacta", "probabilidades reales",
        "genaue wahrscheinlichkeit", "genauen chancen",
        patterns=[r"(?:exact|actual|real|precise|true|official)\w* (?:\w+ ){0,3}(?:odds|chances?|probability|percentage|win rate|drop rate)",
                  r"(?:odds|chances?|probability|drop rate) (?:\w+ ){0,2}(?:exactly|in numbers)"]),
    "history": _aspect("history", "histroy", "records", "हिस्ट्री", "इतिहास", "historique", "historial", "verlauf",
                       "protokoll", "audit log", "action log", "mod log", "journal des", "registro de acciones",
                       patterns=[r"a log of"]),
    # A message or comment pinned to the top of a chat, which no article says: not a PIN code.
    "pin": _aspect(
        "pinned", "epingler", "epingle", "fijar un mensaje", "fijar mensaje", "mensaje fijado", "comentario fijado",
        "anheften", "anpinnen", "angeheftet", "angepinnt", "पिन कर",
        patterns=[r"pin (?:\w+ ){0,2}(?:message|comment|msg|post)s?",
                  r"(?:message|comment|msg)s? (?:\w+ ){0,2}pin kar\w*"]),
    # Limiting how often viewers may write, which no article says.
    "slow mode": _aspect("slow mode", "slowmode", "modo lento", "mode lent", "langsamer modus", "slow chat"),
    "repeat": _aspect(
        "repeat", "repeating", "recurring", "every week", "weekly", "har hafte", "हर हफ्ते",
        "chaque semaine", "cada semana", "jede woche", "woechentlich"),
    # Moving what is planned to another time: "move my scheduled live to saturday".
    "reschedule": _aspect(
        "reschedule", "rescheduled", "postpone", "push it back", "change the date", "change the time",
        "reporter", "decaler", "changer l heure", "changer la date", "reprogramar", "aplazar", "posponer",
        "cambiar la fecha", "cambiar la hora", "verlegen",
        patterns=[r"(?:move|shift) (?:it|the \w+|my \w+|my scheduled \w+) to (?:monday|tuesday|wednesday|thursday"
                  r"|friday|saturday|sunday|tomorrow|next|another|a different|later)",
                  r"(?:termin|live|stream|uebertragung)\w* (?:\w+ ){0,3}verschieben"]),
    "unfollow": _aspect(
        "unfollow", "unfollowed", "अनफॉलो", "ne plus suivre", "nicht mehr folgen",
        patterns=[r"arret\w* de suivre", r"dej\w* de seguir", r"entfolg\w*"]),
    # Who looked, not who may look ("who can see my profile" is a privacy setting).
    "visitors": _aspect(
        "visitors", "profile visitors", "kisne dekha", "kisne dekhi", "किसने देखा", "visiteurs", "visitantes",
        "besucher",
        patterns=[r"who (?:has |have )?(?:viewed|visited|looked at|checked|stalked|saw|seen)",
                  r"qui a (?:vu|visite|regarde|consulte)", r"quien (?:vio|ha visto|visito|ha visitado|reviso)",
                  r"wer (?:hat|hatte) (?:\w+ ){0,3}(?:angesehen|angeschaut|besucht|gesehen)"]),
    "transfer": _aspect(
        "transfer", "transferred", "transferring", "merge", "carry over", "ट्रांसफर", "transferer", "transfert",
        "transferir", "transferencia", "zusammenlegen",
        patterns=[r"(?:move|moving|bring|take|switch) (?:\w+ ){0,4}to (?:\w+ ){0,2}(?:new|other|another|second|different) (?:account|id)",
                  r"(?:move|moving|bring|carry) (?:over )?(?:all )?(?:my )?old \w+",
                  # Handing a role on: "pass the family leadership to someone else".
                  r"(?:hand|pass|give|transfer)\w* (?:over |on )?(?:\w+ ){0,3}(?:leadership|ownership)",
                  r"(?:make|appoint|name) (?:someone|somebody|another|a new|another member) (?:\w+ ){0,2}(?:leader|owner)",
                  r"(?:leader|lidr|" + any_normalized("लीडर") + r") (?:\w+ ){0,3}(?:kisi aur|dusre|dusri|"
                  + any_normalized("किसी और", "दूसरे", "दूसरी") + r")",
                  r"(?:pas|ced|transfer|dej)\w* (?:\w+ ){0,2}liderazgo", r"(?:passer|ceder|donner) (?:\w+ ){0,2}(?:lead|direction)",
                  r"(?:leitung|fuehrung) (?:\w+ ){0,3}(?:uebergeben|abgeben|weitergeben|uebertragen)",
                  r"(?:dusr|dusri|dusre|naye|nayi|new) (?:\w+ ){0,1}(?:account|id) (?:me|mein|par|pe) (?:\w+ ){0,3}(?:shift|move|le ja)\w*",
                  r"(?:passer|deplacer|mettre) (?:\w+ ){0,4}sur (?:mon |un )?(?:nouveau|autre) compte",
                  r"(?:pasar|mover|llevar) (?:\w+ ){0,4}a (?:mi |una |la )?(?:nueva|otra) cuenta",
                  # Not "uebertragen" alone: German for broadcasting.
                  r"(?:auf|zu) (?:mein |meinen |ein |einen )?(?:neues|neuen|anderes|anderen) konto"]),
    # Leaving before the end: "can i leave a pk battle halfway if im losing".
    "leave early": _aspect(
        "surrender", "give up the battle",  # not "forfeit": the loser's penalty too
        patterns=[r"(?:leave|quit|exit|end|stop|abandon) (?:\w+ ){0,4}(?:halfway|midway|mid way|before it (?:ends|is over)|before the end)",
                  r"(?:beech|बीच) (?:\w+ ){0,2}(?:me|में) (?:\w+ ){0,2}(?:chhod|छोड़|छोड|nikal|निकल|leave|quit)\w*",
                  r"(?:quitter|abandonner) (?:\w+ ){0,4}(?:en cours|avant la fin|au milieu)",
                  r"(?:salir|abandonar|rendirme|rendir) (?:\w+ ){0,4}(?:a mitad|a la mitad|antes de que termine|antes del final)",
                  r"(?:mittendrin|vorzeitig|vor dem ende) (?:\w+ ){0,3}(?:verlassen|aufgeben|abbrechen|beenden)"]),
    # Putting someone out of a room, family or agency.
    "remove member": _aspect(
        "throw out", "expulser", "virer", "echar", "expulsar",
        patterns=[r"raus(?:werf|wirf|schmeiss|schmeiß)\w*", r"kick\w* (?:\w+ ){0,3}out\b", r"kick\w* (?:him|her|them|someone|somebody|members?|people|viewers?)\b",
                  r"remove (?:\w+ ){0,3}from (?:the |my |your |our )?(?:room|family|group|live|agency|fan club)",
                  any_normalized("बाहर") + r" (?:\w+ ){0,2}" + any_normalized("निकाल") + r"\w*",
                  r"(?:family|group|room|live|agency) (?:\w+ ){0,3}(?:se|से) (?:\w+ ){0,2}(?:nikal|निकाल)\w*"]),
    # Giving someone a role: "how do i make someone an elder in my family" (the families article
    # says only that elders approve requests; the moderators article says how a host appoints one).
    "appoint": _aspect(
        patterns=[r"(?:make|made|making|appoint\w*|promot\w*|assign\w*|set) (?:\w+ ){0,3}(?:as )?(?:an? |the )?"
                  r"(?:elders?|admins?|moderators?|mods?|co ?leaders?|deputy)\b",
                  r"(?:elders?|admins?|moderators?|mods?|" + any_normalized("एल्डर", "एडमिन") + r") (?:\w+ ){0,2}"
                  r"(?:bana\w*|" + HINDI_MAKES + ")",
                  r"(?:nommer|designer|mettre) (?:\w+ ){0,3}(?:comme )?(?:ancien|admin|moderateur)",
                  r"(?:nombrar|hacer|poner) (?:\w+ ){0,3}(?:como )?(?:anciano|admin|moderador)",
                  r"(?:zum|zur|als) (?:admin|moderator\w*|aeltesten|mod) (?:\w+ ){0,2}(?:machen|ernennen|bestimmen)"]),
    # A membership bought for another user: "buy vip for my friend", "VIP as a present".
    "for someone else": _aspect(
        patterns=[r"(?:buy\w*|bought|purchas\w*|get|gift\w*|send\w*) (?:\w+ ){0,2}(?:vip|membership|subscription)"
                  r" (?:\w+ ){0,3}(?:for|to) (?:a |my |another |some |her |his )?(?:friend|girlfriend|gf|boyfriend|bf|wife"
                  r"|husband|someone|somebody|user|person|brother|sister|host|fan)s?\b",
                  r"(?:vip|membership|subscription) (?:as|for) (?:a )?(?:gift|present|surprise)",
                  r"(?:regalar|offrir|schenken) (?:\w+ ){0,3}vip|vip (?:\w+ ){0,3}(?:regalar|offrir|schenken)"]),
    # Taking back a message sent ("sent it to the wrong person"), which no article says; a gift sent
    # to the wrong host is the mistaken-gift article's.
    "unsend": _aspect(
        "unsend", "unsent", "unsending",
        patterns=[r"(?:take back|recall|undo) (?:\w+ ){0,2}(?:sent )?(?:message|msg|dm|text)s?\b"]),
    # How an alert sounds, which no article says: "change the notification sound".
    "alert sound": _aspect(
        "ringtone", "klingelton", "sonnerie",
        patterns=[r"(?:notification|notif|alert|message)s? (?:\w+ ){0,2}(?:sound|tone|ton|son|sonido)s?\b",
                  r"(?:sound|tone|son|sonido|ton) (?:\w+ ){0,2}(?:of |for |de |des |der )?(?:the |my |la |las |les )?"
                  r"(?:notification|notif|alert|message)s?\b",
                  r"(?:benachrichtigungs?|notification) ?(?:ton|sound|toene)"]),
    # What it takes in figures: "how many beans do i need to reach H5".
    "amount needed": _aspect(
        patterns=[r"how (?:many|much) (?!" + _TIMES["en"] + r")(?:\w+ ){1,2}(?:do i |do you |i |you )?(?:need|needed|require|required|have to)\b",
                  r"kitne (?!" + _TIMES["hinglish"] + r")(?:\w+ ){1,2}(?:chahiye|lagenge|lagte|lagega)",
                  r"combien (?:de |d )(?!" + _TIMES["fr"] + r")(?:\w+ ){1,2}(?:il )?(?:faut|me faut|dois)",
                  r"cuant[oa]s (?!" + _TIMES["es"] + r")(?:\w+ ){1,2}(?:necesito|hacen falta|se necesitan|tengo que)",
                  r"wie viele? (?!" + _TIMES["de"] + r")(?:\w+ ){1,2}(?:brauch|muss)\w*"]),
    # Having an agency, not joining one.
    "own agency": _aspect(
        "own agency", "agency owner", "agency partner", "apni agency", "khud ki agency", "propre agence",
        "propia agencia", "eigene agentur",
        patterns=[r"(?:start|open|create|register|run|set up|launch) (?:an |my |a |our )?(?:own )?(?:official )?agency",
                  r"agency (?:\w+ ){0,2}(?:kholni|kholna|banani|banana|shuru)",
                  r"(?:creer|ouvrir|monter|lancer) (?:une |mon |ma )?(?:propre )?agence",
                  r"(?:crear|abrir|montar) (?:una |mi )?(?:propia )?agencia",
                  r"agentur (?:\w+ ){0,2}(?:gruenden|eroeffnen|aufmachen)"]),
    # A copy of a live or replay kept on the phone, not the app downloaded ("maine app download kiya").
    "download": _aspect(
        "gallery", "camera roll", "galerie", "galeria",
        patterns=[DOWNLOAD + r" (?:\w+ ){0,3}" + RECORDING, RECORDING + r" (?:\w+ ){0,3}" + DOWNLOAD,
                  # Not "save" alone: the Save Replay switch.
                  r"(?:save|guardar|speicher\w*) (?:\w+ ){0,3}(?:to|on|in|en|sur|auf) (?:my |mi |mon |mein |the )?"
                  r"(?:phone|tel|telephone|telefono|celular|handy|device|pc|computer)"]),
    # A live only some may enter: "can i put a password on my room so only friends get in".
    "private live": _aspect(
        "private live", "private room", "private stream", "private livestream", "live prive", "directo privado",
        "privater live", "privaten live", "privater livestream", "privaten livestream",
        patterns=[r"(?:password|passcode|pin|lock|mot de passe|contrasena|passwort) (?:on|for|to|sur|pour|para|a|en|fuer) "
                  r"(?:my |the |a |mon |ma |un |mi |el |mein |meinen |einen )?(?:live|room|stream|lives|directo|salon)\b",
                  r"(?:live|room|stream) (?:\w+ ){0,2}(?:private|lock\w*)\b",
                  r"(?:password|passcode) protected (?:\w+ )?(?:live|room|stream)",
                  r"(?:live\w*|room|stream\w*|directo|salon) (?:\w+ ){0,4}(?:with|mit|con|avec) (?:a |un |einem |una )?"
                  r"(?:password|passwort|contrasena|mot de passe)\b",
                  r"only (?:my )?(?:friends|followers|fans|invited \w+) can (?:join|enter|watch|see)"]),
    # Taking a follower off one's list without blocking, which no article says.
    "remove follower": _aspect(
        patterns=[r"(?:remove|delete) (?:\w+ ){0,3}followers?\b", r"followers? (?:\w+ ){0,3}(?:entfernen|loeschen|hatana|hatao)",
                  r"(?:retirer|supprimer|eliminar|quitar|borrar) (?:\w+ ){0,3}(?:abonne|seguidor)\w*",
                  any_normalized("फॉलोअर", "follower", "followers") + r" (?:\w+ ){0,6}" + any_normalized("हटा") + r"\w*"]),
    # Correcting the birth date given at sign-up, which no article says.
    "birth date": _aspect(
        patterns=[r"(?:change|fix|edit|correct|update|wrong|galat|badal\w*|theek) (?:\w+ ){0,3}(?:birthday|birth date|date of birth|dob|janamdin|janmdin)\b",
                  r"(?:birthday|birth date|date of birth|dob) (?:\w+ ){0,3}(?:wrong|change|fix|edit|correct|update|galat|badal\w*|theek)",
                  any_normalized("जन्मतिथि", "जन्म तिथि", "जन्मदिन", "बर्थडे") + r" (?:\w+ ){0,3}" + any_normalized("बदल", "गलत", "ठीक", "सही") + r"\w*",
                  r"(?:chang|modifi|corrig)\w* (?:\w+ ){0,3}date de naissance", r"(?:cambi|corregir|modific)\w* (?:\w+ ){0,3}fecha de nacimiento",
                  r"geburtsdatum (?:\w+ ){0,3}(?:aender|korrigier)\w*", r"(?:aender|korrigier)\w* (?:\w+ ){0,3}geburtsdatum"]),
    # Voice notes in a chat, which no article says.
    "voice message": _aspect(
        "voice note", "voice notes", "voice message", "voice messages", "voice msg", "notas de voz", "nota de voz",
        "mensaje de voz", "mensajes de voz", "message vocal", "messages vocaux", "un vocal", "des vocaux", "les vocaux",
        "sprachnachricht", "sprachnachrichten", "वॉइस मैसेज"),
    # The calendar date something happens on ("when exactly is the anniversary event, what date"): the
    # events article says where dates are announced, never a date.
    "date": _aspect(
        "exact date", "exact dates", "exact day", "what date", "which date", "date exacte", "dates exactes",
        "quelle date", "fecha exacta", "fechas exactas", "que fecha", "dia exacto", "genaue datum", "genaues datum",
        "genauen datum", "welchem datum", "welches datum", "an welchem tag", "kis date", "kaunsi date", "konsi date",
        "kis tarikh", "किस तारीख", "कौन सी तारीख", "कौनसी तारीख", "सही तारीख",
        patterns=[r"(?:dates?|fechas?|datum|" + any_normalized("तारीख") + r") (?:\w+ ){0,4}(?:events?|eventos?|evenements?)\b"]),
    "reminder": _aspect(
        "notification", "notifications", "notify", "notified", "reminder", "remind", "alert", "alerts",
        "नोटिफिकेशन", "रिमाइंडर", "rappel", "notifie", "recordatorio", "aviso", "avisa", "notificacion",
        "benachrichtigung", "benachrichtigt", "erinnerung"),
}


def asked(normalized):
    """The aspects a normalised question asks for."""
    return {name for name, pattern in ASPECTS.items() if pattern.search(normalized)}


class ArticleAspects:
    """The aspects each article speaks of, in any of its texts."""

    def __init__(self, faq):
        self.spoken = {article.id: set().union(*(asked(normalize(text)) for text in
                                                 [*article_texts(article), *article.answer.values()]))
                       for article in faq.articles}

    def answers(self, faq_id, normalized):
        """Whether the article speaks of everything the normalised question asks of its topic."""
        return asked(normalized) <= self.spoken[faq_id]
