"""Other services named only to say what the user means: "how do i make someone a mod in my room
like on twitch", "bigo ki tarah beans paypal me nikal sakte hai?", "on tiktok you tap the rose to
gift, how do I send a gift here?". The question is StreamKar's, but the other service's name made
the filter refuse it, and its words drew other articles. The pipeline reads the question without
them. A question about the other service itself ("how do I get super chat on youtube") compares
nothing and keeps its name.

So is another service said to work where this app does not ("mic not working on my stream, it works
in whatsapp calls though"): an aside about the problem, not that service's question.
"""
import re

from faq.other_services import ACCOUNTS, APPS
from faq.text import LETTERS

# Read in the raw text, which the pipeline goes on with: other_services' patterns read normalised text.
_START, _END = rf"(?<![{LETTERS}])", rf"(?![{LETTERS}])"
_NAME = (_START + "(?:" + "|".join(re.escape(name).replace(r"\ ", r"[\s-]?")
                                      for name in sorted(APPS + ACCOUNTS, key=len, reverse=True)) + ")" + _END)
_STOPS = ",.?!;:।\n"
_WORDS = rf"(?:[^\s{_STOPS}]+\s+){{0,4}}"  # a few words between a comparison and the name it compares with
# A comparison, then the service it compares with. "like" as a verb ("i like tiktok") compares
# nothing; "como" and "wie" ask "how" unless a preposition or an article follows.
_LIKE = (r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )(?<!\bthey )(?<!\bdon't )(?<!\bdont )(?<!\bwould )(?<!\bi'd )"
         r"\b(?:just |exactly )?like\b|\bsame as\b|\bsimilar to\b|\bunlike\b|\bcompared to\b|\bthe way\b"
         r"|\bcomme\b|\bpareil que\b|\bcontrairement [àa]\b"
         r"|\bcomo(?= (?:en|con|el|la|los|las|lo de|hace|hacen|cuando)\b)|\bigual que\b|\ba diferencia de\b"
         r"|\b(?:so )?wie(?= (?:bei|auf|in|im|mit|die|der|das|den|dem|wenn)\b)|\b(?:sowas|so etwas|etwas|genauso|genau) wie\b"
         r"|\bähnlich wie\b|\banders als\b"
         r"|\bjais[aei]\b|" + _START + r"जैस[ाेी]" + _END)
_LEADS = re.compile(rf"(?:{_LIKE})\s+{_WORDS}{_NAME}(?P<rest>[^{_STOPS}]*)(?P<comma>,?)", re.IGNORECASE)
# ...and after it, as Hindi says it: "discord nitro jaisa vip", "टिकटॉक की तरह".
_FOLLOWS = re.compile(rf"{_NAME}(?:\s+[^\s{_STOPS}]+){{0,2}}\s+(?:(?:ki|ke) tarah|jais[aei]\b|की तरह|जैस[ाेी]{_END})",
                      re.IGNORECASE)
# The question asked of this app, after what another does: "..., can I do that here?"
_HERE = re.compile(rf"{_START}(?:here|streamkar|in this app|on this app|yaha+n?|idhar|यहाँ|यहां|इधर"
                   rf"|ici|aqu[ií]|ac[aá]){_END}", re.IGNORECASE)
_ON_SERVICE = re.compile(rf"(?:{_START}(?:on|in|at|from|with|sur|dans|chez|en|con|bei|auf)\s+)?(?:the\s+)?{_NAME}(?:['’]s)?"
                         rf"(?:\s+(?:pe|par|me|mein|में|पर){_END})?", re.IGNORECASE)
_SERVICE = re.compile(_NAME, re.IGNORECASE)
# Another service working where this one does not, said of the problem ("mic not working on my stream,
# it works in whatsapp calls though", "youtube is fine on my wifi"): a clause of its own that asks nothing.
# Working well, or working said against the problem; not "geht paypal fuer coins" (does it work?),
# nor "steam code not working".
_WELL = (r"(?:fine|perfect\w*|smooth\w*|instant\w*|no problems?|without (?:any )?(?:problems?|issues?)|thi?e?k|sahi|bien"
         r"|nickel|sin problemas?|einwandfrei|problemlos|ohne probleme|तुरंत|ठीक|सही)")
_WORKING = r"(?:works?|working|worked|runs?|chal\w*|marche\w*|fonctionne\w*|funciona\w*|anda\w*|geht|gehen|l(?:ae|ä)uft|laufen|चल\S*)"
_THOUGH = r"(?:though|tho|even so|still|obwohl|trotzdem|alors que|pourtant|aunque|pero si|jabki|phir bhi|फिर भी)"
_WORKS_ELSEWHERE = re.compile(rf"{_START}(?:{_WELL}|{_WORKING}(?:\s+\S+)*\s+{_THOUGH}|{_THOUGH}(?:\s+\S+)*\s+{_WORKING}){_END}",
                              re.IGNORECASE)
# ...or all the others ("baaki apps thik chal rahe hai"), by these first words.
_OTHERS_WORDS = ("other", "baaki", "baki", "dusre", "autres", "otras", "andere")
_OTHERS = re.compile(r"\b(?:other (?:apps?|streams?|sites?|videos?)|(?:baaki|baki|dusre) (?:apps?|sab)|les autres (?:applis?|apps?)"
                     r"|otras apps?|andere apps?)\b", re.IGNORECASE)
_NEGATION = re.compile(rf"{_START}(?:not|never|cannot|(?:don|doesn|didn|can|couldn|won|isn|aren|wasn|weren)[’']?t|nahi|nahin|nhi"
                       rf"|pas|nicht|kein\w*|nunca|jamais|no(?!\s+problem)|नहीं|नही){_END}", re.IGNORECASE)
_CLAUSE_BREAKS = re.compile(rf"([{_STOPS}]+\s*|\s+(?:but|while|whereas|(?:even )?though|although|pero|mientras|aunque|mais|alors que"
                            rf"|aber|obwohl|lekin|jabki)\s+)",
                            re.IGNORECASE)
# Each name's first word, looked for first: most messages name no other service, and the
# patterns above would cost them ~0.1 ms.
_WORD = re.compile(rf"[{LETTERS}]+")
_FIRST_WORDS = frozenset([*(name.split()[0].lower() for name in APPS + ACCOUNTS), *_OTHERS_WORDS])
_LAST_CLAUSE = re.compile(rf"[^{_STOPS}]+[{_STOPS}\s]*$")
_AFTERTHOUGHT_WORDS = 3  # "like youtube premium", "like the insta account switcher"
_SPACES = re.compile(r"[ \t]+")
_LEFT_EMPTY = re.compile(r"\s*,(?=\s*(?:[,.?!;:।]|$))|[ \t]+(?=[,.?!;:।])")


def _drop_comparison(found):
    """A comparison is dropped to the end of its clause ("can I refund coins like refunding a game on
    steam within 2 weeks?", "..., like the insta account switcher"), but for the question that
    goes on after one that opens its clause ("comme sur tiktok y a moyen de faire appel ?")."""
    before = found.string[:found.start()].rstrip()
    opens_clause = not before or before[-1] in _STOPS
    if not opens_clause:
        return found.group("comma")
    if not found.group("comma") and len(found.group("rest").split()) > _AFTERTHOUGHT_WORDS:
        return found.group("rest")
    return ""


def _is_aside(said, after):
    """Whether a clause, said with the break before it, tells another service works, and asks nothing."""
    return (bool(_SERVICE.search(said) or _OTHERS.search(said)) and bool(_WORKS_ELSEWHERE.search(said))
            and not (_HERE.search(said) or _NEGATION.search(said)) and "?" not in after)


def _without_asides(text):
    """`text` less its clauses that tell another service works, where a clause is left to ask."""
    parts = _CLAUSE_BREAKS.split(text) + [""]
    clauses, breaks = parts[::2], parts[1::2]  # each break follows its clause
    kept = [i for i, clause in enumerate(clauses) if not _is_aside((breaks[i - 1] if i else "") + clause, breaks[i])]
    if len(kept) == len(clauses) or not any(c.isalnum() for i in kept for c in clauses[i]):
        return text
    # An aside goes with the break before it, or after it when it opens the text.
    return clauses[kept[0]] + "".join(breaks[i - 1] + clauses[i] for i in kept[1:])


def without_comparisons(text):
    """`text` less the other services it compares this app with, those it says work where this app does
    not, and their names before a question asked of this app."""
    if _FIRST_WORDS.isdisjoint(_WORD.findall(text.lower())):
        return text
    rest = _FOLLOWS.sub("", _LEADS.sub(_drop_comparison, text))
    rest = _without_asides(rest)
    last = _LAST_CLAUSE.search(rest)
    if last and _HERE.search(last.group()) and not _SERVICE.search(last.group()):
        rest = _ON_SERVICE.sub("", rest[:last.start()]) + last.group()
    if rest == text:
        return text
    return _LEFT_EMPTY.sub("", _SPACES.sub(" ", rest)).strip(" ,;:")
