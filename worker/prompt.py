"""Chat messages for the model: the support persona, related help articles, earlier turns."""

# Help articles in each prompt; the fine-tuning data (training/data.py) is built with as many.
CONTEXT_ARTICLES = 3

SUPPORT_CONTACT = "StreamKar support through Me > Help & Feedback or support@streamkar.example"
SYSTEM = (
    "You are the StreamKar support assistant. StreamKar is a live-streaming app. "
    "Answer the user's question in two or three short sentences, using only the help articles "
    f"below. If they do not answer it, say you are not sure and suggest contacting {SUPPORT_CONTACT}. "
    "Never invent menu names, prices or policies."
)
# What an answer must not repeat: the instructions, less the hand-off they ask the model to give.
INSTRUCTIONS = SYSTEM.replace(SUPPORT_CONTACT, "")


def sources(articles):
    """What an answer may draw on (the output guard checks it): the support contact and the articles."""
    return " ".join([SUPPORT_CONTACT, *(f"{a['question']} {a['answer']}" for a in articles)])


def build_messages(query, history=(), articles=(), chat=True):
    """`history` is a list of {"role", "content"}; `articles` a list of {"question", "answer"}."""
    messages = []
    if chat:
        context = "\n\n".join(f"Q: {a['question']}\nA: {a['answer']}" for a in articles)
        system = SYSTEM + ("\n\nHelp articles:\n" + context if context else "")
        messages.append({"role": "system", "content": system})
    messages.extend(history)
    messages.append({"role": "user", "content": query})
    return messages
