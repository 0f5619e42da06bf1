"""Other services named only to say what the user means: "how do i make someone a mod in my room
like on twitch", "bigo ki tarah beans paypal me nikal sakte hai?", "on tiktok you tap the rose to
gift, how do I send a gift here?". The question is StreamKar's, but the other service's name made
the filter refuse it, and its words drew other articles. The pipeline reads the question without
them. A question about the other service itself ("how do I get super chat on youtube") compares
nothing and keeps its name.
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
         r"|\bcomo(?= (?:en|con|el|la|los|las|lo de|hace|hacen)\b)|\bigual que\b|\ba diferencia de\b"
         r"|\b(?:so )?wie(?= (?:bei|auf|in|im|mit|die|der|das|den|dem)\b)|\b(?:sowas|so etwas|etwas|genauso|genau) wie\b"
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
# Each name's first word, looked for first: most messages name no other service, and the
# patterns above would cost them ~0.1 ms.
_WORD = re.compile(rf"[{LETTERS}]+")
_FIRST_WORDS = frozenset(name.split()[0].lower() for name in APPS + ACCOUNTS)
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


def without_comparisons(text):
    """`text` less the other services it compares this app with, and less their names before a
    question asked of this app."""
    if _FIRST_WORDS.isdisjoint(_WORD.findall(text.lower())):
        return text
    rest = _FOLLOWS.sub("", _LEADS.sub(_drop_comparison, text))
    last = _LAST_CLAUSE.search(rest)
    if last and _HERE.search(last.group()) and not _SERVICE.search(last.group()):
        rest = _ON_SERVICE.sub("", rest[:last.start()]) + last.group()
    if rest == text:
        return text
    return _LEFT_EMPTY.sub("", _SPACES.sub(" ", rest)).strip(" ,;:")
