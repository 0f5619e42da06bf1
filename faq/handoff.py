"""Asking for a person ("talk to a human", "customer care number", "are you a bot?").

A support chat gets these as whole messages. No article answers them, the domain filter refused
them as off topic ("i want to speak to a real person") and the model would only guess: they get
the way to reach the support team at once. Only the whole message counts, give or take what it is
about ("... about my coins"): a question that names a person on the way ("I asked support twice.
how do I ...") is answered. Matched against normalised text: no accents, no punctuation, chat
shorthand written out.
"""
import re

from faq.text import any_normalized, any_of


_PERSON_EN = (r"(?:a |an |some |the |your |one of your )?(?:real |live |actual |human |proper )?"
              + any_of([r"human(?: being)?", "person", r"agents?", "representative", "rep", "operator",
                        "someone", "somebody", "staff", "employee", "executive", "admin", "manager",
                        r"customer (?:care|service|support)(?: agent| team| executive| person)?",
                        r"support(?: team| agent| staff| person)?"])
              + r"(?: (?:from|in|at|of) (?:the |your )?(?:support|customer care|customer service|streamkar)(?: team)?)?")
_CONTACT_EN = any_of([r"customer (?:care|service|support)", r"(?:the )?support(?: team)?", r"streamkar(?: support| team)?",
                      "you", "you guys", r"help ?desk", r"a (?:human|person)", "the team"])
_NUMBER = any_of(["number", "no", "email", "mail", r"e mail", "address", "phone", "id", "contact", "whatsapp"])

_EN = [
    r"(?:i (?:want|need|would like|d like|wanna) (?:to )?|(?:can|could|may) i |let me |please |pls )?"
    r"(?:talk|speak|chat) (?:to|with) " + _PERSON_EN,
    r"(?:please |pls )?(?:connect|transfer|put) (?:me )?(?:to|with|through to) " + _PERSON_EN,
    r"(?:i (?:want|need|would like) |can i get |get me )?(?:help|assistance) from " + _PERSON_EN,
    r"(?:a |an )?" + any_of([r"(?:real |live |actual )?(?:human|person|agent)", "representative", "operator",
                             r"customer (?:care|service|support)(?: agent| team| executive)?"]) + r"(?: please| pls| now| asap)?",
    r"(?:how (?:do|can) i |how to |where (?:do|can) i |i want to |can i |i need to )?"
    r"(?:contact|reach|call|email|mail|message) " + _CONTACT_EN,
    r"(?:what is |whats |give me |i need |send me |share )?(?:the |your )?"
    + any_of([r"customer (?:care|service|support)", "support", "helpline", r"help ?desk", "contact", "streamkar"])
    + r"(?: phone| contact| whatsapp| email)? " + _NUMBER,
    r"(?:are you|r you|is this|am i (?:talking|chatting|speaking) (?:to|with)) (?:a |an )?"
    + any_of(["bot", "robot", "ai", "human", r"real (?:person|human)", "person", "machine"]) + r"(?: or (?:a |an )?\w+)?",
]
_PERSON_HINGLISH = any_of(["insaan", "insan", "aadmi", "banda", "bande", "human", "person", "agent", "executive",
                           r"customer care(?: wale| wala)?", r"support(?: team| wale| wala)?", "real person"])
_HINDI = [
    r"(?:mujhe |muje |mereko |kya )?(?:kisi )?" + _PERSON_HINGLISH + r" (?:se|ko) (?:baat|contact|call)"
    r"(?: karni| karna| karao| karwao| karwa do| kara do| kar sakte| kar sakta| kaise kare| kaise karu| karu)?"
    r"(?: hai| he| chahiye| hu| ho sakti hai| kaise| kya)*",
    r"customer care (?:ka |ki |se )?" + _NUMBER + r"(?: kya hai| do| dijiye| chahiye| batao| bata do| milega)*",
    r"(?:kya )?(?:aap|tum|tu|ye) (?:ek )?(?:bot|robot|insaan|human)(?: ho| hai| he)?(?: kya)?",
    any_normalized("किसी इंसान से बात करनी है", "इंसान से बात करनी है", "इंसान से बात करना है", "किसी व्यक्ति से बात करनी है",
                   "कस्टमर केयर से बात करनी है", "कस्टमर केयर का नंबर", "कस्टमर केयर नंबर", "सपोर्ट टीम से बात करनी है",
                   "एजेंट से बात करनी है", "क्या आप बॉट हो", "क्या आप इंसान हो", "सपोर्ट से संपर्क कैसे करें",
                   "कस्टमर केयर का नंबर क्या है", "कस्टमर केयर से कैसे संपर्क करें"),
]
_FR = [
    r"(?:je (?:veux|voudrais|souhaite|peux) |puis je |est ce que je peux |comment )?(?:parler|discuter) (?:a|avec) "
    r"(?:un |une |le |la |quelqu un(?: de)? )?(?:vrai |vraie |reel |reelle )?"
    + any_of(["humain", "personne", "conseiller", "conseillere", "agent", "operateur", "operatrice",
              "service client", "support", r"quelqu un(?: de reel| du support)?"]) + r"(?: reel| reelle| humain)?",
    r"(?:comment )?(?:contacter|joindre|appeler) (?:le |la |l )?(?:service client|support|assistance|equipe)",
    r"(?:quel est )?(?:le )?(?:numero|mail|email|adresse) (?:du |de l )?(?:service client|support|assistance)",
    r"(?:es tu|tu es|vous etes|c est) (?:un |une )?(?:robot|bot|humain|vraie personne|ia)",
]
_ES = [
    r"(?:quiero |necesito |puedo |como puedo |me gustaria |quisiera )?(?:hablar|comunicarme|chatear) con "
    r"(?:una |un |el |la )?"
    + any_of(["persona", "humano", "agente", "asesor", "asesora", "operador", "representante", "alguien",
              "soporte", "servicio al cliente", "atencion al cliente"]) + r"(?: real| de verdad| humano)?",
    r"(?:como )?(?:contactar|contacto|llamar) (?:a |al |con )?(?:el |la )?(?:soporte|servicio al cliente|atencion al cliente)",
    r"(?:cual es el )?(?:numero|correo|email|mail) (?:de |del )?(?:soporte|atencion al cliente|servicio al cliente)",
    r"(?:eres|sos|es esto) (?:un |una )?(?:robot|bot|humano|persona real|ia)",
]
_DE = [
    r"(?:ich (?:will|moechte|mochte|muss) |kann ich |wie kann ich )?mit (?:einem |einer |jemandem |dem |der )?"
    r"(?:echten |richtigen )?"
    + any_of(["menschen", "mensch", "mitarbeiter", "mitarbeiterin", "berater", "support", "kundenservice",
              "kundendienst", "jemandem", "person"]) + r"(?: vom support)? (?:sprechen|reden|chatten|schreiben)",
    r"(?:wie kann ich )?(?:den )?(?:support|kundenservice|kundendienst) (?:kontaktieren|erreichen|anrufen)",
    r"(?:telefonnummer|nummer|email|mail) (?:vom|des) (?:support|kundenservice|kundendienst)",
    r"bist du (?:ein |eine )?(?:bot|roboter|mensch|ki|echte person)",
]
# What the message may add: what it is about ("... about my missing coins"), a plea.
_ABOUT = (r"(?: " + any_of(["about", "regarding", "for", "because", "wegen", "pour", "sobre", "por",
                            r"ke (?:baare|bare) (?:me|mein)"])
          + r"(?: \w+){1,8})?(?: please| plz| now| asap| urgently| right now| immediately)?")
_ASKS_FOR_A_PERSON = re.compile(r"(?:" + "|".join(_EN + _HINDI + _FR + _ES + _DE) + ")" + _ABOUT)


def asks_for_a_person(normalized):
    """Whether a message, as `faq.text.normalize` gives it, only asks for a person."""
    return bool(_ASKS_FOR_A_PERSON.fullmatch(normalized))
