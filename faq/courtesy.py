"""The greetings and openers before a question, and the thanks, sign-offs and pleas after it.

"hi team good morning. how do i withdraw my beans" was greeted rather than answered, and
"... thanks in advance" or "Respected Sir, ... Kindly do the needful" fell under the FAQ
threshold: the courtesy outweighed a short question. The pipeline matches what is left.
Each list holds kinds of phrase, in the five languages and Hinglish, never a question's words.
"""
import re

def _any(phrases):
    return "(?:" + "|".join(phrases) + ")"


_GREETINGS = [
    r"hi+", r"hel+o+", r"hey+", r"heya", r"hiya", r"yo", r"greetings", r"good\s+(?:morning|afternoon|evening|day)",
    r"gm", r"greetings\s+of\s+the\s+day", r"namaste", r"namaskar", r"bonjour", r"bonsoir", r"salut", r"coucou", r"allo", r"hola+",
    r"buen[oa]s(?:\s+(?:d[ií]as|tardes|noches))?", r"hallo", r"guten\s+(?:morgen|tag|abend)", r"servus", r"moin",
    r"grüezi(?:\s+mitenand)?", r"grüß\s+gott", r"नमस्ते", r"नमस्कार", r"हेलो", r"हैलो", r"हाय", r"शुभ\s+दिन",
]
# Who a message is addressed to; the ambiguous ones ("team", "all") only after a greeting.
_TITLES = [r"sir(?:ji)?", r"madam", r"ma'?am", r"mam", r"bhai(?:ya)?", r"bro", r"respected", r"dear", r"madame", r"monsieur",
           r"estimad[oa]s?", r"आदरणीय", r"महोदया?",
           r"sehr\s+geehrte[rs]?", r"estimad[oa]s?", r"सर", r"जी", r"भाई", r"महोदय"]
_ADDRESSEES = _TITLES + [
    r"ji", r"team", r"brother", r"dude", r"friends?", r"admin", r"support(?:\s+team)?", r"streamkar(?:\s+(?:team|support))?",
    r"everyone", r"all", r"there", r"guys", r"folks", r"monsieur", r"madame", r"l'équipe", r"(?:l')?[ée]quipe", r"señor(?:a|es)?",
    r"equipo", r"amigos?", r"leute", r"zusammen", r"damen\s+und\s+herren", r"टीम",
]
# Openers that ask nothing yet.
_OPENERS = [
    r"(?:i\s+)?hope\s+(?:you(?:'re|\s+are|re)|this\s+finds\s+you|all\s+is|everything\s+is|you\s+all\s+are)\s+(?:doing\s+)?"
    r"(?:well|good|fine|great)(?:\s+with\s+(?:you|u)(?:\s+(?:guys|all))?)?",
    r"(?:i\s+)?hope\s+(?:you(?:'re|\s+are|re)|u\s+r)\s+having\s+an?\s+(?:good|great|nice|lovely)\s+day",
    r"i\s+would\s+be\s+(?:grateful|thankful)\s+if\s+you\s+could\s+help(?:\s+me)?(?:\s+with\s+the\s+following)?",
    r"ok(?:ay)?\s+so", r"urgent", r"sorry\s+to\s+(?:bother|disturb)\s+(?:you|u)(?:\s+(?:guys|all))?(?:\s+again)?(?:\s+lol)?",
    r"disculp(?:en|a|e)\s+la\s+molestia", r"espero\s+que\s+(?:se\s+encuentren|estés|esté|estén)\s+(?:muy\s+)?bien",
    r"koi\s+hai", r"कोई\s+है", r"(?:i\s+have\s+an?\s+)?(?:quick|small)\s+(?:question|doubt|query)",
    r"i\s+have\s+a\s+(?:question|doubt|query)", r"(?:is\s+)?any\s*(?:one|body)\s+(?:there|here|online)", r"excuse\s+me",
    r"sorry\s+to\s+(?:bother|disturb)(?:\s+you)?", r"(?:please|pls|plz|kindly)\s+help(?:\s+me)?", r"tengo\s+una\s+(?:pregunta|duda)",
    r"una\s+pregunta", r"(?:une\s+)?petite\s+question", r"j'ai\s+une\s+question", r"(?:eine\s+)?kurze\s+frage", r"ich\s+habe\s+eine\s+frage",
    r"ek\s+(?:sawa+l|question)\s+(?:hai|tha)", r"एक\s+सवाल\s+है",
]
_THANKS = [
    r"(?:many\s+)?thanks?", r"thank\s*(?:you|u|q)", r"thanking\s+you", r"thx", r"thnx", r"tnx", r"thanx", r"thnaks", r"thnks",
    r"ty", r"tysm", r"merci", r"(?:mil\s+|muchas\s+)?gracias", r"danke", r"shukriya", r"dhanyavaa?d", r"dhanyawaa?d", r"धन्यवाद", r"शुक्रिया",
]
_REPLY = r"(?:reply|respond|response|answer|revert|help|assist|solve|advise|check)"
# Closings end the message; thanks may carry a few words ("thanks a ton in advance"), the others
# a name or an addressee ("Regards, Rahul"). Pleas name a reply, never the question's verb.
_CLOSINGS = [
    rf"{_any(_THANKS)}(?:[\s,]+[\w']+){{0,4}}", r"yours\s+(?:faithfully|sincerely|truly)", r"sincerely", r"bendiciones",
    r"(?:atte|atentamente)", r"quedo\s+(?:atent[oa]|al\s+pendiente)(?:\s+\w+){0,3}", r"(?:veuillez\s+agréer|bien\s+à\s+vous)(?:\s+[\w']+){0,4}",
    r"bonne\s+journée", r"(?:lg|vg|mfg)", r"भवदीया?", r"(?:best\s+|kind\s+|warm\s+)?regards", r"cheers", r"cordialement", r"(?:un\s+)?saludos?(?:\s+cordiales)?",
    r"(?:mit\s+freundlichen\s+|viele\s+|liebe\s+)?grü(?:ß|ss)e", r"gruß",
    rf"(?:(?:please|pls|plz|plis|porfa|kindly|pl)\s+)+{_REPLY}(?:\s+(?:me|us|fast|soon|asap|quickly|early|it|this|sir|bro|urgently"
    r"|at\s+the\s+earliest|rápido|pronto))*", r"(?:reply|help|bata)\s+(?:karo|kar\s+(?:do|dijiye)|do)(?:\s+(?:na|plz|pls|please|sir|ji|yaar))*",
    rf"(?:waiting|awaiting)\s+(?:for\s+)?(?:your|ur|a)\s+(?:kind\s+|quick\s+|early\s+|positive\s+)?{_REPLY}",
    r"do\s+the\s+needful(?:\s+at\s+the\s+earliest)?", r"revert(?:\s+(?:back|asap|soon|fast))*", r"(?:it'?s\s+|it\s+is\s+|very\s+)?urgent(?:e|ly)?",
    r"asap", r"reply\s+(?:fast|soon|asap|quickly)", r"jaldi(?:\s+se)?\s+(?:batao|bataiye|bata\s+do|bata|jawab\s+do|reply\s+karo|help\s+karo)",
    r"svp", r"s'il\s+(?:vous|te)\s+pla[iî]t", r"por\s+favor", r"bitte(?:\s+um\s+(?:schnelle\s+|baldige\s+)?(?:antwort|hilfe|rückmeldung))?",
    r"(?:es\s+ist\s+)?dringend", r"जल्दी(?:\s+से)?\s+(?:बताइए|बताएं|बताओ|बता\s+दो|जवाब\s+दें|जवाब\s+दो|उत्तर\s+दें)\S*",
    r"आपके\s+जवाब\s+का\s+इंतज़ार(?:\s+\S+){0,2}", r"aapke\s+(?:jawab|reply)\s+ka\s+(?:intezaar|intezar|wait)(?:\s+\w+){0,3}",
    r"any\s*(?:one|body)(?:\s+(?:there|here))?", r"(?:some\s*one|somebody)\s+help(?:\s+me)?", r"hel+o+\s*\?{2,}",
]


# What separates these phrases from the question: anything but letters (Devanagari's vowel signs
# are not \w, and must stay with their word).
_GAP = r"[^\w\u0900-\u097F]"
_LEADING = re.compile(rf"^{_GAP}*(?:{_any(_GREETINGS)}|{_any(_OPENERS)}|{_any(_TITLES)})(?:{_GAP}+{_any(_ADDRESSEES)})*"
                      rf"(?:{_GAP}*/{_GAP}*{_any(_ADDRESSEES)})*\b{_GAP}*", re.IGNORECASE)
# A closing ends the message: "thanks to a glitch, my coins vanished. why?" goes on past it.
_TRAILING = re.compile(rf"(?:^|{_GAP}+)(?:{_any(_CLOSINGS)})(?:[\s,]+(?:{_any(_ADDRESSEES)}|(?-i:[A-Z]\w+)|xx+|xoxo|lol|mate)){{0,3}}{_GAP}*$",
                       re.IGNORECASE)


def without_courtesy(text):
    """`text` less its leading greetings and openers and trailing closings: "" when that was all."""
    rest, before = text.strip(), None
    while rest != before:
        before = rest
        rest = _TRAILING.sub("", _LEADING.sub("", rest, count=1), count=1).strip()
    return rest
