"""The greetings and openers before a question, and the thanks, sign-offs, pleas and asides
("screenshot attached") after it.

"hi team good morning. how do i withdraw my beans" was greeted rather than answered, and
"... thanks in advance" or "Respected Sir, ... Kindly do the needful" fell under the FAQ
threshold: the courtesy outweighed a short question. The pipeline matches what is left.
Each list holds kinds of phrase, in the five languages and Hinglish, never a question's words.
"""
import re

from faq.text import LETTERS, any_of


_GREETINGS = [
    r"hi+", r"hel+o+", r"hey+", r"heya", r"hiya", r"yo", r"greetings", r"good\s+(?:morning|afternoon|evening|day)",
    r"gm", r"greetings\s+of\s+the\s+day", r"namaste", r"namaskar", r"bonjour", r"bonsoir", r"salut", r"coucou",
    r"allo", r"hola+",
    r"buen[oa]s(?:\s+(?:d[ií]as|tardes|noches))?", r"hallo", r"guten\s+(?:morgen|tag|abend)", r"servus", r"moin",
    r"grüezi(?:\s+mitenand)?", r"grüß\s+gott", r"नमस्ते", r"नमस्कार", r"हेलो", r"हैलो", r"हाय", r"शुभ\s+दिन",
]
# Who a message is addressed to. Titles may open it alone; the others ("team", "all") only
# after a greeting or a title.
# Whom a question is put to, which may also end it ("live kaise jaate hai yaar").
_VOCATIVES = [r"yaa*r", r"yr", r"sir(?:ji)?", r"bhai(?:ya)?", r"bro", r"यार", r"सर", r"जी", r"भाई"]
_TITLES = _VOCATIVES + [
    r"madam", r"ma'?am", r"mam", r"respected", r"dear", r"madame", r"monsieur",
    r"estimad[oa]s?", r"sehr\s+geehrte[rs]?", r"आदरणीय", r"महोदया?",
]
_ADDRESSEES = _TITLES + [
    r"ji", r"team", r"brother", r"dude", r"friends?", r"admin", r"support(?:\s+team)?",
    # ...not the app its question is about: "bhai streamkar ka password bhool gaya".
    r"streamkar(?:\s+(?:team|support))?(?!['’]s\b|\s+(?:ka|ki|ke|ko|pe|par|pr|me|mein|se)\b)",
    r"everyone", r"all", r"there", r"guys", r"folks", r"(?:l')?[ée]quipe",
    r"señor(?:a|es)?", r"equipo", r"amigos?", r"leute", r"zusammen", r"damen\s+und\s+herren", r"टीम",
]
# Saying one is new ("soy nueva", "bin neu hier") asks nothing, but its words are sign-up words:
# they drew "how do I go live? I'm new" to the sign-up article.
_NEWCOMER = [
    r"(?:i'?m|i\s+am|im)\s+(?:very\s+|totally\s+|completely\s+)?new(?:\s+(?:here|to\s+(?:this|the\s+app|streamkar|the\s+platform|streaming)|user))*",
    r"(?:new(?:bie)?|new\s+user|first\s+timer?)\s+here", r"(?:it'?s\s+)?(?:my\s+)?first\s+time(?:\s+(?:here|using\s+(?:this|the)\s+app|on\s+streamkar))?",
    r"soy\s+nuev[oa](?:\s+(?:aqu[ií]|en\s+(?:esto|la\s+app|streamkar)))?", r"es\s+mi\s+primera\s+vez(?:\s+aqu[ií])?",
    r"je\s+suis\s+(?:nouveau|nouvelle|débutante?)(?:\s+(?:ici|sur\s+(?:l'appli|l'application|streamkar)))?",
    r"c'est\s+ma\s+première\s+fois", r"(?:ich\s+)?bin\s+(?:ganz\s+)?neu(?:\s+(?:hier|auf\s+streamkar|in\s+der\s+app|dabei))?",
    r"neu\s+hier", r"(?:main|mai)\s+(?:naya|nayi|new)\s+(?:hu+n?|hoon)(?:\s+(?:yaha+n?|idhar|app\s+pe))?",
    r"(?:pehli|first)\s+(?:baar|bar|time)\s+(?:hai|h)(?:\s+(?:mera|meri))?", r"मैं\s+(?:यहाँ\s+|यहां\s+)?(?:नया|नई)\s+(?:हूँ|हूं|हु)",
    r"पहली\s+बार\s+है(?:\s+मेरा)?",
]
# Doubt whether this is the place to ask, or the question worth asking: "not sure if this is the
# right place but...", "sorry if this is a dumb question". Its "here" read as the question asked of
# this app after another service's ("my steam account got hacked... sorry for asking here").
_SILLY = r"(?:dumb|stupid|silly|obvious|basic|noob|weird)"
_HEDGES = [
    r"(?:i'?m\s+|im\s+)?(?:not\s+sure|idk|i\s+don'?t\s+know|dunno)\s+if\s+(?:this\s+is|this'?s|i'?m\s+(?:in|at))\s+the\s+right"
    r"\s+(?:place|spot|channel)(?:\s+(?:to\s+ask|for\s+this))?",
    r"(?:not\s+sure|idk|i\s+don'?t\s+know|dunno)\s+if\s+(?:you|u)(?:\s+guys)?\s+can\s+help(?:\s+with\s+(?:this|that))?",
    rf"(?:sorry|apologies)\s+if\s+(?:this\s+is|this'?s|it'?s|its)\s+(?:a\s+)?(?:really\s+|very\s+)?{_SILLY}(?:\s+question)?",
    r"(?:sorry|apologies)\s+(?:for\s+asking\s+(?:here|this)|if\s+(?:this\s+is\s+)?(?:the\s+)?wrong\s+place)",
    rf"(?:this\s+is\s+|this'?s\s+|it'?s\s+)?(?:probably|prob|maybe)\s+(?:a\s+)?{_SILLY}\s+question",
    r"(?:pata\s+nahi|pta\s+nhi)\s+(?:yaha+n?|idhar)\s+(?:puchna|poochna)\s+(?:sahi|thik)\s+(?:hai|h)(?:\s+ya\s+nahi)?",
    r"(?:je\s+)?(?:ne\s+)?sais\s+pas\s+si\s+(?:c'est|je\s+suis\s+(?:à|au))\s+(?:le\s+)?bon\s+endroit",
    rf"(?:désolée?|pardon)\s+si\s+c'est\s+(?:une\s+question\s+)?(?:bête|idiot|con|stupide)",
    r"no\s+s[ée]\s+si\s+(?:es\s+)?(?:aqu[ií]|el\s+lugar\s+correcto|ac[aá])",
    r"(?:perd[oó]n|disculpa|lo\s+siento)\s+si\s+es\s+(?:una\s+pregunta\s+)?(?:tonta|tonto|obvi[oa])",
    r"(?:keine\s+ahnung|weiß\s+nicht|weiss\s+nicht)\s+ob\s+ich\s+hier\s+richtig\s+bin",
    r"(?:sorry|entschuldigung)\s+(?:für\s+die\s+(?:dumme|blöde|doofe)\s+frage|falls\s+(?:ich\s+)?(?:hier\s+)?falsch(?:\s+hier)?)",
]
# A wish about the answer's form or length, before or after the question: "step by step pls",
# "just yes or no", "in bullet points", "explain like im 5". Its words are the help center's
# ("number", "path", "list", "lines"): "just the number: how often can i change my nickname" found
# the phone-number article.
_PLEASE = r"(?:\s+(?:please|pls|plz|svp|stp|por\s+favor|porfa|bitte))*"
_FEW = r"(?:one|two|three|1|2|3|4|5|a)"
_FORM_WISHES = [
    rf"(?:(?:answer|reply|explain)\s+)?in\s+(?:short|brief|simple\s+words|a\s+few\s+words){_PLEASE}",
    rf"(?:keep\s+it|make\s+it)\s+(?:short|brief|simple|quick)(?:\s+and\s+simple)?{_PLEASE}",
    rf"(?:a\s+)?(?:short|quick|brief|fast)\s+(?:answer|reply|response|version|steps|checklist){_PLEASE}(?:\s+only)?",
    rf"(?:reply|answer)\s+(?:fast|quick(?:ly)?){_PLEASE}", r"tl;?dr", r"eli5",
    rf"(?:give\s+me\s+|tell\s+me\s+)?step\s+by\s+step(?:\s+(?:guide|instructions|batao|bataiye))?{_PLEASE}",
    rf"(?:give\s+me\s+|tell\s+me\s+)?(?:just|only)\s+(?:the\s+)?(?:steps|number|hours|code|link|answer|price|days"
    rf"|(?:exact\s+)?(?:menu\s+|settings\s+)?path){_PLEASE}",
    rf"(?:just|only|simply)?\s*(?:a\s+)?(?:yes\s+or\s+no|yes/no)(?:\s+(?:and|\+|then)\s+(?:where|why|how|the\s+link|explain))?{_PLEASE}",
    rf"one\s+word\s+then\s+explain",
    rf"(?:answer\s+|reply\s+|explain\s+)?in\s+{_FEW}\s+(?:lines?|sentences?|words?)(?:\s+max(?:imum)?)?{_PLEASE}",
    rf"{_FEW}\s+(?:lines?|sentences?|words?|bullet(?:\s+point)?s?)\s+(?:max(?:imum)?|only|answer|reply){_PLEASE}",
    rf"(?:in\s+|as\s+)?(?:a\s+)?(?:bullet(?:\s+points?)?|bullets|bullet\s+list|numbered\s+(?:list|steps|fix\s+steps)"
    rf"|(?:quick\s+)?checklist)(?:\s+only)?{_PLEASE}",
    rf"(?:list|steps|menu\s+path|path)\s+only{_PLEASE}",
    rf"(?:give\s+me\s+)?(?:the\s+)?(?:exact|full)\s+(?:menu\s+|settings\s+)?path{_PLEASE}",
    rf"(?:give\s+me\s+)?the\s+menu\s+path{_PLEASE}",
    r"explain(?:\s+it)?\s+like\s+(?:i'?m|im|i\s+am|to\s+a)\s+(?:5|five|a\s+(?:kid|child)|kid|child)(?:\s+(?:year\s+old|yo))?",
    r"no\s+(?:long\s+)?(?:paragraphs?|essays?|long\s+explanations?|long\s+texts?|walls?\s+of\s+text)",
    rf"(?:en\s+)?bref{_PLEASE}", rf"[ée]tape\s+par\s+[ée]tape{_PLEASE}", rf"(?:une\s+)?r[ée]ponse\s+courte{_PLEASE}",
    rf"(?:juste|seulement)?\s*oui\s+ou\s+non{_PLEASE}", rf"(?:en\s+)?(?:une|deux|trois|1|2|3)\s+(?:lignes?|phrases?)(?:\s+max(?:imum)?)?{_PLEASE}",
    rf"en\s+(?:points|liste|quelques\s+mots){_PLEASE}", rf"(?:le\s+)?chemin(?:\s+du\s+menu)?\s+exact(?:\s+dans\s+l'appli)?{_PLEASE}",
    rf"juste\s+(?:le|la|les)\s+(?:délai|chiffre|nombre|prix|lien|étapes){_PLEASE}",
    r"explique(?:-moi|z-moi)?\s+comme\s+(?:si\s+j'avais\s+5\s+ans|à\s+un\s+enfant(?:\s+de\s+5\s+ans)?)",
    rf"(?:en\s+)?breve{_PLEASE}", rf"paso\s+a\s+paso{_PLEASE}", rf"(?:pasos\s+cortos|solo\s+los\s+pasos){_PLEASE}",
    rf"(?:solo|s[oó]lo)?\s*s[ií]\s+o\s+no{_PLEASE}", rf"en\s+(?:una|dos|1|2)\s+(?:l[ií]neas?|frases?){_PLEASE}",
    rf"(?:una\s+)?respuesta\s+corta{_PLEASE}", rf"en\s+pocas\s+palabras{_PLEASE}",
    rf"(?:dame\s+)?(?:la\s+)?ruta(?:\s+exacta|\s+del\s+men[uú])+{_PLEASE}", rf"en\s+(?:puntos|lista|vi[ñn]etas){_PLEASE}",
    r"expl[ií]ca(?:me)?(?:lo)?\s+como\s+(?:a\s+)?un\s+ni[ñn]o(?:\s+de\s+5\s+a[ñn]os)?",
    rf"kurze\s+antwort{_PLEASE}", rf"schritt\s+f[üu]r\s+schritt{_PLEASE}", rf"(?:nur\s+)?ja\s*(?:oder|/)\s*nein{_PLEASE}",
    rf"in\s+(?:einem|1|zwei|2)\s+(?:satz|s[äa]tzen|zeilen?){_PLEASE}", rf"(?:in\s+)?stichpunkte?n?{_PLEASE}",
    rf"(?:genauer\s+|exakter\s+)?men[üu]pfad{_PLEASE}",
    r"erkl[äa]r(?:'s|\s+es)?(?:\s+mir)?\s+wie\s+(?:einem\s+)?(?:f[üu]nfj[äa]hrigen|kind)",
    rf"short\s+(?:me|mein)(?:\s+(?:batao|bataiye|bata\s+do)){_PLEASE}", rf"(?:haa?n|ha)\s+ya\s+(?:na|nahi|naa)(?:\s+(?:me|mein))?(?:\s+batao)?",
    rf"ek\s+line\s+(?:me|mein)(?:\s+batao)?", rf"(?:bas|sirf)\s+(?:itna|number|ye|yeh)(?:\s+batao)?",
    rf"seedha\s+batao", rf"steps\s+(?:do|batao)", rf"(?:points|bullet\s+points|numbered)\s+(?:me|mein)?\s*(?:do|batao)",
    r"स्टेप\s+बाय\s+स्टेप(?:\s+बता(?:ओ|इए|ना))?", r"(?:बस\s+)?(?:एक|दो|1|2)\s+लाइन\s+में(?:\s+बता(?:ओ|ना|इए|एं))?",
    r"पॉइंट्स\s+में\s+बता(?:ओ|इए|एं)", r"(?:पूरा\s+)?मेनू\s+पाथ\s+बता(?:ओ|इए|एं)", r"(?:बस|सिर्फ)\s+नंबर(?:\s+बता(?:ओ|इए|एं))?",
    r"संक्षेप\s+में(?:\s+बता(?:ओ|इए|एं))?", r"हाँ\s+या\s+ना(?:\s+में)?(?:\s+बता(?:ओ|इए|एं))?",
]
# A single word of the kind ("short", "kurz", "steps") is a wish only set off by a mark: "my stream
# is too short" asks on.
_BARE_WISH = rf"(?:short|brief|quick|steps|list|kurz|breve|court|shortly|briefly|{_FEW}\s+(?:lines?|sentences?|words?)){_PLEASE}"
_WISH_BEFORE = rf"(?:{any_of(_FORM_WISHES)}|{_BARE_WISH}(?=\s*[:\-–—,]))"
_WISH_AFTER = rf"(?:{any_of(_FORM_WISHES)}|(?<=[?.!,:;\-–—)])\s*{_BARE_WISH})"

# Openers that ask nothing yet.
_OPENERS = _NEWCOMER + [_WISH_BEFORE, rf"{any_of(_HEDGES)}(?:\s*,?\s*(?:but|mais|pero|aber|par|lekin|पर|लेकिन))?",
    r"(?:i\s+)?hope\s+(?:you(?:'re|\s+are|re)|this\s+finds\s+you|all\s+is|everything\s+is|you\s+all\s+are)\s+(?:doing\s+)?"
    r"(?:well|good|fine|great)(?:\s+with\s+(?:you|u)(?:\s+(?:guys|all))?)?",
    r"(?:i\s+)?hope\s+(?:you(?:'re|\s+are|re)|u\s+r)\s+having\s+an?\s+(?:good|great|nice|lovely)\s+day",
    r"i\s+would\s+be\s+(?:grateful|thankful)\s+if\s+you\s+could\s+help(?:\s+me)?(?:\s+with\s+the\s+following)?",
    # ...said as a sentence of its own: "I hope someone can help me with my withdrawal" asks on.
    r"i\s+would\s+(?:be\s+(?:very\s+|really\s+|most\s+)?(?:grateful|thankful)\s+for|(?:really\s+|greatly\s+)?appreciate)"
    r"\s+(?:your|any|some)\s+(?:kind\s+)?(?:assistance|help|support)(?=\s*[.,!:;…])",
    r"(?:i\s+)?hope\s+(?:some\s*one|somebody|any\s*one|you(?:\s+guys)?)\s+can\s+help(?:\s+me)?(?:\s+with\s+(?:this|that|something))?"
    r"(?=\s*[.,!:;…])",
    # An apology for one's English: "English is not my first language so sorry for mistakes".
    r"(?:my\s+)?english\s+is\s+(?:not|n't)\s+(?:my\s+first\s+language|very\s+good|good|perfect)(?:\s*,?\s*so)?"
    r"(?:\s+(?:sorry|excuse\s+me|pardon)\s+for\s+(?:my\s+|any\s+|the\s+)?(?:mistakes|errors|bad\s+english|english|grammar))?",
    r"sorry\s+for\s+my\s+(?:bad\s+|poor\s+|broken\s+)?(?:english|grammar)",
    # A plea for a quick answer before the question, as after it: "भाई जल्दी बताओ प्लीज बहुत अर्जेंट है ...".
    r"(?:भाई\s+)?जल्दी(?:\s+से)?\s+(?:बताओ|बताइए|बताएं|बता\s+दो|जवाब\s+दो|जवाब\s+दीजिए)(?:\s+(?:प्लीज़?|please|plz))?"
    r"(?:\s+(?:बहुत\s+)?(?:अर्जेंट|urgent)\s+(?:है|हैं))?",
    r"ok(?:ay)?\s+so", r"urgent",
    # A cry for help before the question it is about: "HELP how do i go live".
    r"(?:(?:please|pls|plz)\s+)?help(?:\s+(?:me|us))?(?:\s+(?:please|pls|plz))*"
    r"(?=\s*[.,!:;…]|\s+(?:how|what|where|when|why|which|who)\b)",
    # A request for what the question after it asks: "show me how to go live".
    r"(?:(?:can|could|will)\s+(?:you|u)\s+|please\s+|pls\s+|plz\s+)?(?:show|tell|teach|explain\s+to)\s+me"
    r"(?=\s+(?:how|what|where|when|why|which|if|whether)\b)",
    r"sorry\s+to\s+(?:bother|disturb)(?:\s+(?:you|u))?(?:\s+(?:guys|all))?(?:\s+again)?(?:\s+lol)?",
    r"disculp(?:en|a|e)\s+la\s+molestia", r"espero\s+que\s+(?:se\s+encuentren|estés|esté|estén)\s+(?:muy\s+)?bien",
    r"koi\s+hai", r"कोई\s+है",
    # How long one has waited, said before the question: "arre yaar kab se wait kar raha hu".
    r"(?:arre\s+)?(?:yaar\s+)?kab\s+se\s+wait\s+kar\s+(?:raha|rahi)\s+(?:hu+n?|hoon)",
    r"ek\s+request\s+(?:hai|h)",
    # Asked, not told: "y a quelqu'un qui a piraté mon compte" asks on.
    r"(?:il\s+)?y\s+a\s+quelqu'un(?:\s+(?:ici|là))?\s*\?+", r"(?:hay\s+)?alguien\s+(?:ahí|ahi|aquí|aqui)\s*\?+",
    r"ist\s+(?:da\s+)?(?:jemand|wer)(?:\s+da)?\s*\?+", r"jemand\s+da\s*\?+",
    r"(?:i\s+have\s+an?\s+)?(?:quick|small)\s+(?:question|doubt|query)",
    r"i\s+have\s+a\s+(?:question|doubt|query)", r"(?:is\s+)?any\s*(?:one|body)\s+(?:there|here|online)",
    r"excuse\s+me", r"(?:please|pls|plz|kindly)\s+help(?:\s+me)?", r"tengo\s+una\s+(?:pregunta|duda)", r"una\s+pregunta",
    r"(?:une\s+)?petite\s+question", r"j'ai\s+une\s+question", r"(?:eine\s+)?kurze\s+frage", r"ich\s+habe\s+eine\s+frage",
    r"ek\s+(?:sawa+l|question)\s+(?:hai|tha)", r"एक\s+सवाल\s+है",
    # Asking to ask, or for help at all, then the question: only as a sentence of its own ("can you
    # help me with my withdrawal" asks on).
    r"(?:(?:can|could|may)\s+(?:i|we)\s+ask(?:\s+(?:you|u))?(?:\s+(?:something|smth|a(?:\s+quick)?\s+question))?"
    r"|(?:can|could|will)\s+(?:you|u|someone|any\s*one)\s+(?:please\s+|pls\s+|plz\s+)?help(?:\s+(?:me|us))?"
    r"|(?:puis-je|je\s+peux|est-ce\s+que\s+je\s+peux)\s+(?:vous|te)\s+(?:poser\s+une\s+question|demander\s+quelque\s+chose)"
    r"|(?:vous\s+pouvez|pouvez-vous|tu\s+peux|peux-tu)\s+m'aider"
    r"|(?:puedo|podr[ií]a)\s+(?:hacer(?:te|le|les)?\s+una\s+pregunta|preguntar(?:te|le|les)?\s+algo)"
    r"|(?:me\s+)?(?:puedes|pueden|podr[ií]as?|podr[ií]an)\s+ayudar(?:me)?"
    r"|(?:darf|kann)\s+ich\s+(?:(?:dich|euch|sie|ihnen)\s+)?(?:was|etwas|eine\s+frage)\s+fragen"
    r"|(?:kannst\s+du|könnt\s+ihr|können\s+sie|koennt\s+ihr|koennen\s+sie)\s+mir\s+helfen"
    r"|ek\s+(?:baat|sawa+l|question)\s+(?:puchu|puchun|poochu|puchna\s+(?:hai|tha)|poochna\s+(?:hai|tha))"
    r"|(?:help|madad)\s+(?:karoge|kar\s+sakte\s+ho|karenge)|एक\s+सवाल\s+पूछूं)\s*[?:.!]+",
]
_THANKS = [
    r"(?:many\s+)?thanks?", r"thank\s*(?:you|u|q)", r"thanking\s+you", r"thx", r"thnx", r"tnx", r"thanx", r"thnaks",
    r"thnks", r"ty", r"tysm", r"merci", r"(?:mil\s+|muchas\s+)?gracias", r"danke", r"shukriya", r"dhanyava+d",
    r"dhanyawa+d", r"धन्यवाद", r"शुक्रिया",
]
_REPLY = (r"(?:reply|respond|response|answer|revert|help|assist|solve|advise|check|"
          r"r[ée]pond(?:ez|s)(?:-moi)?|respond(?:an|e|eme|anme)|contest(?:en|a|e)|antworte[tn]?)")
# Closings end the message; thanks may carry a few words ("thanks a ton in advance"), the others
# a name or an addressee ("Regards, Rahul"). Pleas name a reply, never the question's verb.
_CLOSINGS = [
    rf"{any_of(_THANKS)}(?:[\s,]+[\w']+){{0,4}}",
    r"(?:best\s+|kind\s+|warm\s+)?regards", r"cheers", r"yours\s+(?:faithfully|sincerely|truly)", r"sincerely",
    r"cordialement", r"bonne\s+journée", r"(?:veuillez\s+agréer|bien\s+à\s+vous)(?:\s+[\w']+){0,4}",
    r"(?:un\s+)?saludos?(?:\s+cordiales)?", r"bendiciones", r"atte", r"atentamente",
    r"quedo\s+(?:atent[oa]|al\s+pendiente)(?:\s+\w+){0,3}", r"(?:mit\s+freundlichen\s+|viele\s+|liebe\s+)?grü(?:ß|ss)e",
    r"gruß", r"lg", r"vg", r"mfg", r"भवदीया?",
    rf"(?:(?:please|pls|plz|plis|porfa|kindly|pl|svp|stp|bitte|por\s+favor)\s+)+{_REPLY}"
    r"(?:\s+(?:me|us|fast|soon|asap|quickly|early|it|this|sir|bro|urgently|at\s+the\s+earliest|as\s+soon\s+as\s+possible"
    r"|rápido|rapido|pronto|vite|rapidement|schnell))*",
    r"(?:please|pls|plz|plis|kindly)",
    r"(?:(?:please|pls|plz|plis)\s+)+(?:fast|quick(?:ly)?|soon)",
    rf"(?:waiting|awaiting)\s+(?:for\s+)?(?:your|ur|a)\s+(?:kind\s+|quick\s+|early\s+|positive\s+)?{_REPLY}",
    r"do\s+the\s+needful(?:\s+at\s+the\s+earliest)?", r"revert(?:\s+(?:back|asap|soon|fast))*",
    r"(?:it'?s\s+|it\s+is\s+|very\s+|(?:bahut|bohot|bht)\s+)?urgent(?:e|ly)?(?:\s+(?:hai|h|he))?", r"asap",
    r"reply\s+(?:fast|soon|asap|quickly)",
    r"svp", r"stp", r"s'il\s+(?:vous|te)\s+pla[iî]t", r"por\s+favor", r"(?:es\s+ist\s+)?dringend", r"c'est\s+urgent",
    r"bitte\s+(?:schnell\s+|rasch\s+|dringend\s+)?(?:antworten|helfen|melden)",
    r"bitte(?:\s+um\s+(?:schnelle\s+|baldige\s+)?(?:antwort|hilfe|rückmeldung))?",
    r"(?:reply|help|bata)\s+(?:karo|kar\s+(?:do|dijiye)|do)(?:\s+(?:na|plz|pls|please|sir|ji|yaar))*",
    r"(?:(?:please|pls|plz)\s+)?ja?ldi(?:\s+se)?\s+(?:ba?tao|bataiye|ba?ta\s+do|ba?ta|jawab\s+do|(?:reply|help)\s+(?:karo|kijiye|karein|kar\s+do))",
    # A cry for help: drawn out as typed in a hurry ("hellppp", "ayudaaa") or said to the reader
    # ("aidez-moi", "ayúdenme"); a plain "help" may be the question's ("how do i get help").
    r"(?:(?:please|pls|plz|porfa|por\s+favor|svp|bitte)\s+)*"
    r"(?:hel{2,}p+(?:\s+me)?|help{2,}(?:\s+me)?|ayuda{2,}|ay[uú]d(?:a|e|en)me+|aide[sz]*[\s-]*moi+|hilfe{2,})",
    r"aapke\s+(?:jawab|reply)\s+ka\s+(?:intezaa?r|wait)(?:\s+\w+){0,3}",
    r"जल्दी(?:\s+से)?\s+(?:बताइए|बताएं|बताओ|बता\s+दो|जवाब\s+दें|जवाब\s+दो|जवाब\s+दीजिए|जवाब\s+दीजिये|उत्तर\s+दें)\S*"
    r"(?:\s+(?:प्लीज़|प्लीज|please|plz))?",
    # Asking for help with nothing after it: "... कृपया मदद करें", "... NECESITO AYUDA".
    r"(?:कृपया\s+)?मदद\s+(?:करें|कीजिए|कीजिये|कर\s+दीजिए)", r"(?:necesito|necesitamos)\s+ayuda",
    r"(?:j'ai\s+)?besoin\s+d'aide", r"(?:ich\s+)?brauche\s+hilfe",
    r"आपके\s+जवाब\s+का\s+इंतज़ार(?:\s+\S+){0,2}",
    r"sent\s+from\s+my\s+\w+(?:\s+\w+)?", r"(?:screen\s*shots?|ss|pics?|photos?|images?|videos?)\s+(?:is\s+|are\s+)?(?:attached|below|above)",
    *_NEWCOMER, *_HEDGES, _WISH_AFTER, r"(?:lol|lmao|haha+|hehe+|jaja+|jeje+|mdr|xd)+",
    *_VOCATIVES, r"ji", r"dude", r"hermano", r"amig[oa]", r"mec", r"frère",
    # Calls for attention: "anyone know how to ..." asks on, so they must end the message.
    r"any\s*(?:one|body)(?:\s+(?:there|here))?", r"(?:some\s*one|somebody)\s+help(?:\s+me)?", r"hel+o+\s*\?{2,}",
]


# What separates these phrases from the question: anything but a word's characters.
_GAP = rf"[^{LETTERS}]"
_LEADING = re.compile(
    rf"^{_GAP}*(?:{any_of(_GREETINGS)}|{any_of(_OPENERS)}|{any_of(_TITLES)})(?:{_GAP}+{any_of(_ADDRESSEES)})*"
    rf"(?:{_GAP}*/{_GAP}*{any_of(_ADDRESSEES)})*(?![{LETTERS}]){_GAP}*",  # "Sir/Madam"
    re.IGNORECASE)
# A closing, then a name or an addressee or two ("Thanks so much, Jess xx"), ends the message.
_SIGNATURE = rf"(?:[\s,.]+(?:{any_of(_ADDRESSEES)}|(?-i:[A-Z]\w+)|xx+|xoxo|lol|mate)){{0,3}}"
_TRAILING = re.compile(rf"(?:^|{_GAP}+)(?:{any_of(_CLOSINGS)}){_SIGNATURE}{_GAP}*$", re.IGNORECASE)


# A plea for help that says nothing of what with, as a whole message: a greeting's reply asks what
# with ("need help" had found the moderators article, "help me" was refused). Those said to the
# reader ("aidez-moi") are closings already.
_PLEAS = [
    r"(?:(?:i|we)\s+)?(?:need|want)\s+(?:some\s+|ur\s+|your\s+)?help", r"help(?:\s+(?:me|us))?",
    r"(?:can|could)\s+(?:you|u|someone|somebody|anyone|anybody)\s+help(?:\s+(?:me|us))?",
    r"(?:mujhe\s+)?madad\s+(?:chahiye|karo|kijiye|kar\s+do)", r"help\s+chahiye", r"(?:मुझे\s+)?मदद\s+(?:चाहिए|करो|कीजिए)",
    r"(?:j'ai\s+)?besoin\s+d'aide", r"(?:necesito\s+)?ayuda", r"(?:ich\s+)?brauche\s+hilfe", r"hilfe",
]
_PLEA_ONLY = re.compile(rf"^{_GAP}*{any_of(_PLEAS)}(?:{_GAP}+(?:please|pls|plz|porfa|svp|bitte|asap))*{_GAP}*$",
                        re.IGNORECASE)


def without_courtesy(text):
    """`text` less its leading greetings and openers and trailing closings: "" when that was all,
    or a plea for help with nothing else."""
    rest, before = text.strip(), None
    while rest != before:
        before = rest
        rest = _TRAILING.sub("", _LEADING.sub("", rest, count=1), count=1).strip()
    return "" if _PLEA_ONLY.match(rest) else rest


_THANKED = re.compile(rf"(?<!\w){any_of(_THANKS)}(?!\w)", re.IGNORECASE)


def is_thanks(text):
    return bool(_THANKED.search(text))
