"""StreamKar support dialogues built from the help center, tokenised for fine-tuning.

Four kinds of example, all in the format the worker serves (worker.prompt.build_messages):
  pair        an article's question (or a curated English paraphrase of it) -> its answer
  grounded    the same, with related help articles in the system message, as the worker sends them
  multi-turn  an earlier question and answer, then the follow-up question -> its answer
  uncovered   a StreamKar question the help center does not answer -> a polite hand-off

Whole articles are held out (a seeded, stable choice by id), so the held-out loss measures
answers the model never saw, but for the hand-off, which uncovered questions of either side share.
"""
import hashlib
import json
import random
from dataclasses import dataclass

import torch

from settings import ROOT
from worker.model import prompt_ids
from worker.prompt import CONTEXT_ARTICLES, build_messages

KB_DIR = ROOT.parent / "shared" / "kb"
PHRASINGS = ROOT / "faq" / "curated" / "phrasings.json"
IGNORE = -100  # the label cross-entropy skips
UNCOVERED = "uncovered"

HANDOFF = ("I'm not sure about that one. Please contact StreamKar support through Me > Help & Feedback "
           "or email support@streamkar.example.")

UNCOVERED_QUESTIONS = (
    "Is there a way to let my viewers vote on something while I am live?",
    "Can I make my own stickers to use in chat?",
    "How do I change the theme of my live room?",
    "Where do I enter a friend's referral code?",
    "Does StreamKar have a dark mode?",
    "How do I change the app's language?",
    "Can I play music from Spotify while I'm live?",
    "How do I start a voice-only party room?",
    "Can I play mini games with my viewers during a stream?",
    "How do I pin a comment in my live chat?",
    "How do I send a voice message in a private chat?",
    "Can I change the sound that plays when I receive a gift?",
    "How do I let viewers request songs in my room?",
    "How do I set a welcome message for people who enter my room?",
    "Can the app translate other people's chat messages for me?",
    "How do I turn on captions for a live stream?",
    "Can I stream to YouTube and StreamKar at the same time?",
    "Is there an official StreamKar merchandise store?",
    "How do I become a StreamKar brand ambassador?",
    "Can I put a password on my live room so only friends can join?",
    "How do I add a countdown timer to my stream?",
    "How do I run a giveaway for my followers?",
    "How do I add a virtual background during my live stream?",
    "Does StreamKar have a karaoke mode with lyrics?",
    "Can I earn free coins by watching ads?",
    "How do I join the StreamKar beta program to test new features?",
    "Can I hide the viewer count on my stream?",
    "How do I set up auto-replies for my private messages?",
    "Can I change the font size in the app?",
    "Can StreamKar post to my Instagram automatically when I go live?",
)

FOLLOW_UP_OPENERS = ("", "Thanks! ", "Got it. ", "Another question. ")


@dataclass(frozen=True)
class Example:
    query: str
    answer: str
    source: str  # the article id, or UNCOVERED
    articles: tuple = ()  # ({"question", "answer"}, ...) shown in the system message
    history: tuple = ()  # ({"role", "content"}, ...) earlier turns

    def messages(self, chat=True):
        return build_messages(self.query, list(self.history), list(self.articles), chat=chat)


def load_articles(kb_dir=KB_DIR):
    with open(f"{kb_dir}/articles.en.json", encoding="utf-8") as f:
        return json.load(f)["articles"]


def load_paraphrases(path=PHRASINGS):
    """{article id: [English paraphrases]}; empty until the curated file exists."""
    try:
        with open(path, encoding="utf-8") as f:
            curated = json.load(f)
    except FileNotFoundError:
        return {}
    return {article_id: list(langs.get("en", [])) for article_id, langs in curated.items()}


def held_out(keys, fraction, seed):
    """A seeded choice of round(fraction * n) keys (at least one), stable as keys are added:
    each key's rank is a hash of the seed and the key, not a position in a shuffled list."""
    ranked = sorted(keys, key=lambda key: hashlib.sha256(f"{seed}:{key}".encode()).hexdigest())
    return set(ranked[:max(1, round(fraction * len(ranked)))]) if ranked and fraction > 0 else set()


def as_context(article):
    return {"question": article["question"], "answer": article["answer"]}


def related(article, articles, rng):
    """The article among CONTEXT_ARTICLES - 1 others, preferably from its category, in random
    order, like the matcher's top articles."""
    others = [a for a in articles if a["id"] != article["id"]]
    same = [a for a in others if a["category"] == article["category"]]
    rest = [a for a in others if a["category"] != article["category"]]
    rng.shuffle(same)
    rng.shuffle(rest)
    chosen = [article] + (same + rest)[:CONTEXT_ARTICLES - 1]
    rng.shuffle(chosen)
    return tuple(as_context(a) for a in chosen)


def unrelated(articles, rng):
    return tuple(as_context(a) for a in rng.sample(articles, min(CONTEXT_ARTICLES, len(articles))))


def earlier_turn(source, articles, rng):
    other = rng.choice([a for a in articles if a["id"] != source] or articles)
    return ({"role": "user", "content": other["question"]}, {"role": "assistant", "content": other["answer"]})


def article_examples(article, paraphrases, articles, rng):
    question, answer, source = article["question"], article["answer"], article["id"]
    examples = [Example(q, answer, source) for q in [question, *paraphrases]]
    examples.append(Example(question, answer, source, articles=related(article, articles, rng)))
    follow_up = rng.choice(FOLLOW_UP_OPENERS) + rng.choice([question, *paraphrases])
    examples.append(Example(follow_up, answer, source, articles=related(article, articles, rng),
                            history=earlier_turn(source, articles, rng)))
    return examples


def uncovered_examples(question, articles, rng):
    return [
        Example(question, HANDOFF, UNCOVERED),
        Example(question, HANDOFF, UNCOVERED, articles=unrelated(articles, rng)),
        Example(rng.choice(FOLLOW_UP_OPENERS) + question, HANDOFF, UNCOVERED, articles=unrelated(articles, rng),
                history=earlier_turn(None, articles, rng)),
    ]


def build_examples(articles, paraphrases, uncovered, seed=0):
    """Every example drawn from `articles` and `uncovered` only (no other article leaks in)."""
    rng = random.Random(seed)
    examples = []
    for article in articles:
        examples += article_examples(article, paraphrases.get(article["id"], []), articles, rng)
    if articles:
        for question in uncovered:
            examples += uncovered_examples(question, articles, rng)
    return examples


def build_splits(kb_dir=KB_DIR, phrasings=PHRASINGS, holdout=0.1, seed=0):
    """(train examples, held-out examples, held-out article ids)."""
    articles, paraphrases = load_articles(kb_dir), load_paraphrases(phrasings)
    held_ids = held_out([a["id"] for a in articles], holdout, seed)
    held_questions = held_out(UNCOVERED_QUESTIONS, holdout, seed)
    train = build_examples([a for a in articles if a["id"] not in held_ids], paraphrases,
                           [q for q in UNCOVERED_QUESTIONS if q not in held_questions], seed)
    held = build_examples([a for a in articles if a["id"] in held_ids], paraphrases,
                          [q for q in UNCOVERED_QUESTIONS if q in held_questions], seed)
    return train, held, held_ids


def uses_chat_template(tokenizer):
    return bool(tokenizer.chat_template)


def answer_ids(tokenizer, answer):
    # Ending on EOS teaches the model to stop: generate() stops there in both formats.
    return tokenizer(answer, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]


def tokenize(example, tokenizer):
    """{"input_ids", "labels"}: the labels are IGNORE over the prompt, so only the answer is learned."""
    prompt = prompt_ids(tokenizer, example.messages(chat=uses_chat_template(tokenizer)))
    answer = answer_ids(tokenizer, example.answer)
    return {"input_ids": prompt + answer, "labels": [IGNORE] * len(prompt) + answer}


def tokenize_all(examples, tokenizer, max_length):
    """Features in example order. Without a chat template the system message (and so a grounded
    example's articles) is dropped, so duplicates are dropped too; so are examples longer than
    max_length, since cutting them would either change the served prompt or lose the answer's end."""
    features, seen = [], set()
    for example in examples:
        feature = tokenize(example, tokenizer)
        key = tuple(feature["input_ids"])
        if len(key) <= max_length and key not in seen:
            seen.add(key)
            features.append(feature)
    return features


def collate(features, pad_id):
    """Right-padded tensors; padding is masked out of attention and labels."""
    width = max(len(f["input_ids"]) for f in features)
    ids, labels, mask = [], [], []
    for f in features:
        pad = width - len(f["input_ids"])
        ids.append(f["input_ids"] + [pad_id] * pad)
        labels.append(f["labels"] + [IGNORE] * pad)
        mask.append([1] * len(f["input_ids"]) + [0] * pad)
    return {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels), "attention_mask": torch.tensor(mask)}
