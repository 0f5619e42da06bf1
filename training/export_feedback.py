"""Exports users' ratings as a fine-tuning dataset, and the support team's inbox.

    python -m training.export_feedback [--out data/feedback.jsonl] [--inbox data/inbox.json]

The dataset has one rated exchange per line: {"messages": [user, assistant], "helpful", "source",
"faq_id", "language", "comment"}; fine-tuning can keep the helpful ones. The inbox lists, with
counts, the FAQ articles users rated unhelpful and the questions the FAQ did not answer (answered
by the model or the fallback), most frequent first.
"""
import argparse
import json
from collections import Counter
from pathlib import Path

import redis

import settings
from app.conversation import FEEDBACK_STREAM, UNANSWERED_STREAM
from faq.text import normalize


def read_stream(client, stream, batch=1000):
    start = "-"
    while True:
        entries = client.xrange(stream, min=start, count=batch)
        yield from (fields for _, fields in entries)
        if len(entries) < batch:
            return
        start = "(" + entries[-1][0]


def export(client):
    dataset, unhelpful, unanswered, examples = [], Counter(), Counter(), {}
    for f in read_stream(client, FEEDBACK_STREAM):
        helpful = f["helpful"] == "1"
        dataset.append({"messages": [{"role": "user", "content": f["question"]},
                                     {"role": "assistant", "content": f["answer"]}],
                        "helpful": helpful, "source": f["source"], "faq_id": f["faq_id"] or None,
                        "language": f["language"], "comment": f["comment"]})
        if not helpful and f["source"] == "faq":
            unhelpful[f["faq_id"]] += 1
    for f in read_stream(client, UNANSWERED_STREAM):
        key = normalize(f["question"])
        unanswered[key] += 1
        examples.setdefault(key, f["question"])
    inbox = {"unhelpful_faq_answers": [{"faq_id": k, "count": n} for k, n in unhelpful.most_common()],
             "unanswered_questions": [{"question": examples[k], "count": n} for k, n in unanswered.most_common()]}
    return dataset, inbox


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(settings.ROOT / "data" / "feedback.jsonl"))
    parser.add_argument("--inbox", default=str(settings.ROOT / "data" / "inbox.json"))
    args = parser.parse_args(argv)
    client = redis.Redis.from_url(settings.load().replies_url, decode_responses=True)
    dataset, inbox = export(client)
    for path in (args.out, args.inbox):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in dataset), encoding="utf-8")
    Path(args.inbox).write_text(json.dumps(inbox, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(dataset)} rated exchanges -> {args.out}")
    print("\nFAQ answers rated unhelpful:")
    for row in inbox["unhelpful_faq_answers"][:20]:
        print(f"  {row['count']:>5}  {row['faq_id']}")
    print("\nQuestions the FAQ did not answer:")
    for row in inbox["unanswered_questions"][:20]:
        print(f"  {row['count']:>5}  {row['question']}")
    print(f"\ninbox -> {args.inbox}")
    return dataset, inbox


if __name__ == "__main__":
    main()
