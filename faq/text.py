"""Text normalisation shared by the matcher, the domain filter and the answer cache."""
import re
import unicodedata
from functools import lru_cache

# Links and e-mail addresses, bare domains included ("vipsuite.com/offer.html").
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                         r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|app|tv|gg|ly|example|html?|php)\b(?:/\S*)?",
                         re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
# Hindi spelling varies most in its vowel signs, nukta and nasal marks (ि/ी, ु/ू, ं/ँ): words are
# compared by their consonants. Python's \w leaves these marks out, which would otherwise split
# each word into single letters.
# A word's characters in raw text: Devanagari's vowel signs are no \w and must stay with their word;
# its dandas end a sentence.
LETTERS = r"\w\u0900-\u0963\u0966-\u097F"
_DEVANAGARI_MARKS = re.compile(r"[\u0900-\u0903\u093A-\u094F\u0951-\u0957\u0962\u0963]")
# Phones make accents optional ("olvide la contraseña", "paiement refuse"): letters are compared
# without them. German spells a missing umlaut with an e ("aendern"), so umlauts become that first.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_ACCENTS = re.compile(r"[\u0300-\u036f]")
# Phones drop the apostrophe of English contractions ("dont", "im"): drop it everywhere, so
# "don't" and "dont" are one word. French elisions ("l'appli") keep theirs as a word break.
_CONTRACTION = re.compile(r"(?<=[a-z])['’](?=(?:t|s|m|re|ve|ll|d)\b)")
# Chat shorthand, written out as the help center and the curated texts spell it.
SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "pw": "password",
    "pwd": "password", "ppl": "people", "msg": "message", "msgs": "messages", "dm": "message",
    "dms": "messages", "acc": "account", "acct": "account", "pic": "photo", "pics": "photos",
    "pfp": "profile photo", "vid": "video", "vids": "videos", "bday": "birthday", "b4": "before",
    "bc": "because", "cuz": "because", "coz": "because", "thru": "through", "tmrw": "tomorrow",
    "info": "information", "num": "number", "amt": "amount", "w": "with", "wanna": "want to",
    # Hinglish typed without its vowels ("nhi ho rha"), as the curated Hinglish texts spell it.
    "nhi": "nahi", "kr": "kar", "krna": "karna", "krne": "karne", "krni": "karni",
    "krte": "karte", "krta": "karta", "krti": "karti", "kru": "karu", "kre": "kare", "kro": "karo",
    "krke": "karke", "rha": "raha", "rhi": "rahi", "rhe": "rahe", "skte": "sakte", "skta": "sakta",
    "skti": "sakti", "sku": "saku", "kese": "kaise", "btao": "batao", "bta": "bata", "jldi": "jaldi",
    "pta": "pata", "mje": "mujhe", "mjhe": "mujhe", "muje": "mujhe", "gya": "gaya", "gyi": "gayi",
    "gye": "gaye", "kb": "kab", "tk": "tak", "yha": "yaha", "kch": "kuch", "lga": "laga",
    "smjh": "samajh", "pese": "paise", "pesa": "paisa", "hoon": "hu", "hun": "hu", "kyun": "kyu",
    "kyon": "kyu", "chaiye": "chahiye", "chahie": "chahiye",
    # Not "koi", "pr" or "tb": Hinglish "koi", "par" and "tab" typed short.
    "smth": "something", "idk": "i dont know", "rn": "right now", "nite": "night", "wat": "what",
    "jsp": "je sais pas", "c": "c est", "stp": "s il te plait", "svp": "s il vous plait",
    "qqn": "quelqu un", "qqch": "quelque chose", "bcp": "beaucoup", "tjrs": "toujours",
    "mtn": "maintenant", "jsuis": "je suis", "chui": "je suis", "q": "que", "xq": "porque",
    "tmb": "tambien", "porfa": "por favor", "nich": "nicht", "nen": "einen",
    "kp": "keine ahnung", "mdp": "mot de passe",
}

# Voice typing spells a name out: "v i p", "i o s", "stream car" for StreamKar; so does Hinglish
# before a postposition ("stream kar pe live kaise"; "stream kar raha hu" is to stream).
_SPELLED_OUT = re.compile(r"\b[a-z](?: [a-z]\b){2,}")
_HEARD_AS = re.compile(r"\bstream car\b|\bstream kar(?= (?:pe|par|pr|me|mein|ka|ki|ke|ko|app|account)\b)"
                       # ...and the name in Devanagari, read by its consonants like every Hindi word.
                       + "|" + r"\b" + _DEVANAGARI_MARKS.sub("", "स्ट्रीमकार") + r"\b")


def normalize(text):
    """Lower-case, NFKC, accents and punctuation dropped, chat shorthand written out, one space
    between words: what users vary freely."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS))
    text = _DEVANAGARI_MARKS.sub("", _ACCENTS.sub("", text))
    words = _NON_WORD.sub(" ", _CONTRACTION.sub("", text)).split()
    text = " ".join(SHORTHAND.get(word, word) for word in words)
    return _HEARD_AS.sub("streamkar", _SPELLED_OUT.sub(lambda letters: letters.group(0).replace(" ", ""), text))


def any_of(phrases):
    """A regular expression matching any of `phrases`."""
    return "(?:" + "|".join(phrases) + ")"


def any_normalized(*phrases):
    """A regular expression matching any of `phrases` as `normalize` spells them: Hindi ones by
    their consonants."""
    return any_of([re.escape(normalize(phrase)) for phrase in phrases])


# A line of a few words with no end mark, as chat sends them one after another
# ("instagram\nmy account got banned\nhow to appeal"): the line break is no sentence's end, or the
# other service's name would stand alone, cut from its question. A list's marker after such a line
# goes with the break: a heading names what its list is about ("netflix\n- billed twice").
_FRAGMENT_BREAK = re.compile(r"(?<=[^.!?…।:\s])[ \t]*\n\s*(?:(?:[-*•–—]|\d{1,2}[.)])\s+)?")
FRAGMENT_WORDS = 4


def joined_fragments(text):
    """`text` with each line of at most FRAGMENT_WORDS words and no end mark run into the next."""
    text = text.strip()

    def joined(m):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return " " if len(line.split()) <= FRAGMENT_WORDS else m.group(0)
    return _FRAGMENT_BREAK.sub(joined, text)


# Where what a message tells ends and what it asks may begin: a sentence's end, a line break, a
# dash. Not a comma: "..., how do i delete just that comment" lost its object and found the
# delete-account article (clause_tails split there, for a caller that guards against it).
# Chat ends a sentence with "tbh" or "lol" as with a full stop, and runs a story into its question
# with "so" ("my daughter usually handles this but she's away so how do i ...").
_BREAK = re.compile(r"(?<=[.!?…।:])\s+|\s*\n+\s*|\s+[-–—]+\s+|(?:(?<=\btbh)|(?<=\bngl)|(?<=\blol))\s+"
                    r"|\s+so\s+(?=(?:how|what|where|when|why|which|who|can|could|is|are|do|does|did|will|should)\b)",
                    re.IGNORECASE)
MAX_TAILS = 2


# Where a story runs into its question with no sentence break: a comma, or a word that moves on
# ("...but she's away, how do i send a gift", "egal, lohnt sich VIP"). Not "so" or "to": "pin a
# comment so new viewers see my rules" and "a way to pin" go on with the same question.
_CLAUSE_BREAK = re.compile(r",\s*|\s+(?:anyway|anyways|but|toh|isliye|lekin|तो|लेकिन|इसलिए|donc|alors|bref|du coup|"
                           r"mais|entonces|asi que|así que|pero|bueno|also|deshalb|aber|egal|jedenfalls)[,:]?\s+",
                           re.IGNORECASE)


def _breaks_before_question(text, breaks):
    """The matches of `breaks` in `text` up to its first question mark: what follows a question tells
    ("it's embarrassing")."""
    asked = text.find("?")
    return [m for m in breaks.finditer(text) if asked < 0 or m.start() <= asked]


def _rests(text, breaks):
    """The text after each match of `breaks` up to its first question mark, longest first, the last
    MAX_TAILS: the question is at the end."""
    text = text.strip()
    rests = [text[m.end():] for m in _breaks_before_question(text, breaks)]
    return [rest for rest in rests if any(c.isalnum() for c in rest)][-MAX_TAILS:]


def sentences(text):
    """The message's sentences, as tails and heads tell them apart."""
    return [sentence for sentence in _BREAK.split(text.strip()) if sentence]


@lru_cache(maxsize=256)
def normalized_sentences(text):
    """The message's sentences, normalised: kept for the next pattern that reads the same message."""
    return tuple(map(normalize, sentences(text)))


def tails(text):
    """The message less its first sentences: the question a user asks after telling who they are
    or what happened."""
    return _rests(text, _BREAK)


def clause_tails(text):
    """The message less its first clauses: the question after a story told in one sentence."""
    return _rests(text, _CLAUSE_BREAK)


# A clause that asks: "what is a certified host", "certified host kya hota hai"; not "as a family leader".
# Not Hindi's question words: read by their consonants, "क्या" is "किया" (did).
_ASKS = re.compile(r"\b(?:how|what|whats|where|when|why|which|who|kya|kaise|kahan|kab|kyun|kyu|kitne|kitna|que|qu|quoi|"
                   r"comment|pourquoi|ou|quand|combien|como|cuando|donde|cuanto|cuantos|por que|was|wie|wo|wann|warum|"
                   r"welche|wieso)\b")  # of normalised text


def clause_heads(text):
    """The message up to each of its first clause breaks before its question mark that asks: a question
    asked first, then widened ("what is a certified host, and how is that different from a normal user")."""
    text = text.strip()
    firsts = [text[:m.start()] for m in _breaks_before_question(text, _CLAUSE_BREAK)]
    return [first for first in firsts if _ASKS.search(normalize(first))][:MAX_TAILS]


def heads(text):
    """The message up to each of its first question marks that more follows: the question a user
    asks before telling what they tried or how they feel ("how do i withdraw? i've been trying for
    two days")."""
    text = text.strip()
    firsts = [text[:m.start()] for m in _BREAK.finditer(text) if text[m.start() - 1] == "?"]
    return [first for first in firsts if any(c.isalnum() for c in first)][:MAX_TAILS]


# What a question is for, after it: "can i turn my beans into coins so i can gift other hosts".
# English "so" only before whom it is for: "thank you so much" says nothing of what for.
_PURPOSE = re.compile(r"\s+(?:so\s+(?=(?:that|i|we|you|he|she|they|it|my|our|your|his|her|their|people|others|everyone|"
                      r"viewers|fans|the)\b)|(?:taaki|ताकि|para que|damit)\s+|(?:pour|afin) qu(?:e\s+|['’]))", re.IGNORECASE)


def purpose_heads(text):
    """The message up to its first word that says what it asks for, or nothing: the question
    without what it is for."""
    text = text.strip()
    found = _PURPOSE.search(text)
    return [text[:found.start()]] if found else []


# What a user would do, asked as what would follow: "what happens if I type the wrong password too
# many times", "agar main PK haar jaun to kya hota hai". The lead-in names no topic and spreads the
# matcher's confidence over the articles and beyond. Not "am I allowed to", "is it ok to": a
# question about the rules ("am i allowed to sell my account") is not the act's.
_WHAT_IF = re.compile(
    r"^\W*(?:what (?:happens|will happen|would happen) (?:if|when)|what if"
    r"|qu['’]est[- ]ce qui (?:se passe|arrive|va se passer) (?:si|quand)|que se passe[- ]t[- ]il (?:si|quand)"
    r"|qu[eé] (?:pasa|ocurre|sucede) (?:si|cuando)|pasa algo si|was passiert,? (?:wenn|falls))"
    r"\s+(?P<rest>.+?)\W*$"
    r"|^\W*(?:agar|अगर)\s+(?P<condition>.+?),?\s+(?:to|तो)\s+(?:kya|क्या)\s+"
    r"(?:hoga|hogi|hota hai|hoti hai|होगा|होगी|होता है|होती है)\W*$",
    re.IGNORECASE)


def conditions(text):
    """The message without its what-if lead-in ("what happens if", "agar ... to kya hoga"), or nothing."""
    found = _WHAT_IF.match(text.strip())
    return [found.group("rest") or found.group("condition")] if found else []


# A wish or a request for a feature, whose lead-in names no topic: "i wish i could change my name more
# often", "you guys should let us pick who joins PK", "काश मैं ...", "ojalá pudiera ...". The feature
# may exist, or its article says why it is as it is.
_WISH = re.compile(
    r"^\W*(?:(?:i|we)\s+(?:really\s+|just\s+)?wish(?:\s+(?:i|we|you|u|you\s+guys|there\s+(?:was|were)|it))?"
    r"(?:\s+(?:could|can|would|had|were|was|did))?"
    r"|(?:it\s+)?(?:would|wud|will)\s+be\s+(?:really\s+|so\s+|very\s+)?(?:nice|great|cool|good|awesome|better|helpful)"
    r"\s+(?:if|to)(?:\s+(?:you\s+guys|you|u|i|we)\s+(?:could|can|would|let\s+(?:us|me)))?"
    r"|(?:you|u|you\s+guys|u\s+guys|streamkar|the\s+app)\s+should(?:\s+(?:let\s+(?:us|me|people)|make|add|allow))?"
    r"|(?:please|pls|plz)\s+(?:add|make|let\s+us|allow)"
    r"|काश|kaa?sh|(?:अच्छा|बढ़िया)\s+(?:होता|होगा)\s+(?:अगर|कि)|(?:acc?ha|badhiya)\s+(?:hota|hoga)\s+(?:agar|ki|k)"
    r"|j['’]aimerais(?:\s+bien)?(?:\s+(?:pouvoir|que|qu['’]))?|ce\s+serait\s+(?:bien|cool|top|g[ée]nial|pratique)"
    r"\s+(?:de|si|que|qu['’])|si\s+seulement"
    r"|ojal[aá](?:\s+que)?|(?:estar[ií]a|ser[ií]a)\s+(?:bueno|bien|genial|padre|chido)\s+(?:que|si|poder)"
    r"|me\s+gustar[ií]a(?:\s+(?:poder|que))?|deber[ií]an"
    r"|ich\s+w[üu]nschte?,?(?:\s+(?:ich|man)\s+(?:k[öo]nnte|h[äa]tte))?"
    r"|(?:es\s+)?w[äa]re\s+(?:sch[öo]n|toll|cool|gut|super|praktisch),?\s+wenn(?:\s+(?:ich|man))?|ihr\s+solltet)"
    rf"\s+(?P<rest>.+?)[^{LETTERS}]*$", re.IGNORECASE)


def wishes(text):
    """The wish without its lead-in ("i wish i could", "काश", "ojalá"), or nothing."""
    found = _WISH.match(text.strip())
    return [found.group("rest")] if found else []


# What a user heard or believes, asked to be confirmed: "is it true that coins expire", "my friend says
# hosts need 1000 followers, true or fake?". The hearsay names no topic, as "what happens if" does not.
_SUBJECT = (r"(?:some\s*(?:one|body)|people|every\s*one|they|a\s+(?:guy|girl|friend|host|viewer|user|man|woman)"
            r"|(?:my|a|one)(?:\s+[\w'’]+){0,3}?\s+(?:friends?|cousin|brother|sister|aunt|uncle|mom|mum|dad|agency|agent"
            r"|host|viewer|guy|girl))")
_HEARSAY = re.compile(
    r"^\W*(?:(?:is|isn'?t)\s+it\s+(?:really\s+)?true(?:\s+that)?"
    r"|(?:i|we)\s+(?:heard|read|was\s+told|were\s+told|thought)(?:\s+(?:online|somewhere))?(?:\s+that)?"
    rf"|{_SUBJECT}(?:\s+[\w'’]+){{0,4}}?\s+(?:says?|said|told\s+me|tells\s+me|claims?|keeps?\s+saying)(?:\s+that)?"
    r"|(?:est[- ]ce\s+que\s+)?c['’]est\s+vrai\s+qu(?:e\b|['’])|on\s+m['’]a\s+dit\s+qu(?:e\b|['’])"
    r"|j['’]ai\s+(?:entendu(?:\s+dire)?|lu)\s+qu(?:e\b|['’])|il\s+para[iî]t\s+qu(?:e\b|['’])"
    r"|¿?\s*es\s+(?:cierto|verdad)\s+que|me\s+dijeron\s+que|dicen\s+que|(?:escuch[ée]|le[ií]|o[ií])\s+que"
    r"|stimmt\s+es,?\s+dass|ist\s+es\s+wahr,?\s+dass|(?:ich\s+)?(?:habe|hab)\s+gehört,?\s+dass"
    r"|(?:kya\s+)?(?:ye|yeh|yah)\s+(?:sach|sahi)\s+(?:hai|h)\s+(?:ki|k)|(?:maine|mene)\s+suna\s+(?:hai\s+)?(?:ki|k)"
    r"|क्या\s+(?:ये|यह)\s+सच\s+है(?:\s+कि)?|मैंने\s+सुना\s+(?:है\s+)?(?:कि)?)"
    r"[\s,:]*(?P<claim>.+)$", re.IGNORECASE)
# ...and the tag after it, after a comma, a full stop or a question mark ("..., true?", "richtig?").
_CONFIRM = re.compile(
    r"^(?P<claim>.+?)\s*(?:[,.?]\s*|\s(?=(?:is|isn'?t)\s+(?:that|it|this)\b))(?:¿\s*)?"
    r"(?:(?:(?:is|isn'?t)\s+(?:that|it|this)\s+)?(?:really\s+)?(?:true|right|correct|real|accurate|a\s+thing|legit)"
    r"(?:\s+or\s+(?:fake|false|not|a\s+myth|wrong))?"
    r"|(?:c['’]est\s+)?(?:vrai|exact)(?:\s+ou\s+(?:faux|pas))?|es\s+(?:cierto|verdad)|verdad|cierto"
    r"|richtig|stimmt\s+das|oder|(?:sach|sahi)\s+(?:mein|me|hai)(?:\s+kya)?|hai\s+na"
    r"|(?:क्या\s+)?(?:ये|यह)\s+सच\s+है(?:\s+क्या)?|सच\s+में)\W*$", re.IGNORECASE)


def claims(text):
    """What the message asks to be confirmed, without the hearsay before it and the tag after it
    ("my friend says hosts need 1000 followers, true or fake?"), or nothing."""
    claim = text.strip()
    for pattern in (_HEARSAY, _CONFIRM):
        if found := pattern.match(claim):
            claim = found.group("claim")
    return [claim] if claim != text.strip() else []
