"""What a question asks of its topic that an article may never speak of: a limit, a new name, a
pause, a cancellation, a tie, the odds, a history, a repeat, unfollowing, who visited, a reminder.

A question about an article's own objects can ask what its answer leaves open ("how do i rename
my fan club": the article says members' badges show "the host's custom club name"). The matcher
is sure of the article; the article cannot answer. An article answers a question that asks for
one of these only when one of its texts, in any language, speaks of it too.
"""
import re

from faq.matcher import article_texts
from faq.text import any_normalized, normalize


def _aspect(*phrases, patterns=()):
    return re.compile(r"\b(?:" + "|".join([any_normalized(*phrases), *patterns]) + r")\b")


# Matched against normalised text (faq.text.normalize): no accents, umlauts as "ae", Hindi by its consonants.
ASPECTS = {
    "limit": _aspect(
        "max", "maximum", "minimum", "limit", "limits", "limited", "cap", "upper limit", "at most", "up to",
        "only one", "अधिकतम", "सीमा", "लिमिट", "मैक्सिमम", "plafond", "limite", "au maximum", "maximo", "tope",
        "maximal", "hoechstens", "obergrenze", "grenze", "begrenzt"),
    "rename": _aspect(
        "rename", "renamed", "renaming", "new name", "name change", "renommer", "nouveau nom", "renombrar",
        "nuevo nombre", "umbenennen", "neuer name",
        patterns=[r"(?:change|set|edit|pick|choose) (?:\w+ ){0,3}name",
                  r"naam (?:\w+ ){0,2}(?:badal|badl|change)\w*",
                  any_normalized("नाम") + r" (?:\w+ ){0,2}" + any_normalized("बदल") + r"\w*",
                  r"(?:changer|modifier) (?:\w+ ){0,2}nom",
                  r"(?:cambiar|modificar|poner) (?:\w+ ){0,2}nombre",
                  r"namen? (?:\w+ ){0,3}(?:aendern|wechseln)"]),
    "pause": _aspect(
        "pause", "paused", "pausing", "freeze my", "on hold", "पॉज़", "mettre en pause", "pausar", "pausa", "pausieren",
        "pausiert"),
    "cancel": _aspect(
        "cancel", "cancelled", "canceled", "undo", "call off", "radd", "रद्द", "कैंसल",
        "annuler", "annulation", "cancelar", "anular", "deshacer", "stornieren", "absagen", "rueckgaengig"),
    # Not "tied": a mistyped "tried".
    "tie": _aspect(
        "draw", "tie", "same points", "equal points", "same score", "barabar", "बराबर", "ड्रॉ", "टाई",
        "egalite", "ex aequo", "empate", "empatar", "empatan", "unentschieden", "gleichstand"),
    "odds": _aspect(
        "odds", "probability", "percentage", "percent", "win rate", "संभावना", "प्रतिशत",
        "probabilite", "pourcentage", "probabilidad", "porcentaje", "wahrscheinlichkeit", "prozent"),
    "history": _aspect("history", "histroy", "records", "हिस्ट्री", "इतिहास", "historique", "historial", "verlauf"),
    "repeat": _aspect(
        "repeat", "repeating", "recurring", "every week", "weekly", "har hafte", "हर हफ्ते",
        "chaque semaine", "cada semana", "jede woche", "woechentlich"),
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
