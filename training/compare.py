"""Answers of checkpoints side by side, to questions the help center does not cover.

    python -m training.compare models/smollm2-135m-instruct models/streamkar-finetuned

Each answer takes the worker's own path: the model loaded with the worker's settings (LLM_DEVICE,
LLM_CPU_INT8, LLM_MAX_NEW_TOKENS), the three closest help articles in the prompt, greedy
decoding, then the output guard (a rejected answer shows as the fallback, with the reason).
Prints a Markdown table; --out also writes it to a file.
"""
import argparse
import time
from pathlib import Path

import settings
from app.pipeline import offline_pipeline
from worker.guard import review
from worker.model import load_model
from worker.prompt import INSTRUCTIONS, build_messages, sources

# Written for this comparison: in neither the help center nor the training dialogues.
QUESTIONS = (
    "Can I change the font size of the chat in a live room?",
    "Can I transfer my VIP membership to another account?",
    "How do I mute the sound of gift animations?",
    "Does StreamKar offer a student discount on coins?",
    "Can two hosts share one live room as co-owners?",
)


def answers(model_path, questions, related):
    s = settings.load()
    model = load_model(model_path, device=s.llm_device, max_new_tokens=s.llm_max_new_tokens, cpu_int8=s.llm_cpu_int8)
    rows = []
    for question in questions:
        articles = related(question)
        messages = build_messages(question, articles=articles, chat=model.uses_chat_template)
        raw = model.generate(messages, deadline=time.time() + 120)
        verdict = review(raw, prompt=INSTRUCTIONS, sources=sources(articles), question=question)
        rows.append(verdict.answer or f"(fallback: {verdict.reason}) {raw[:160]}")
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", help="checkpoints to compare (paths or hub ids)")
    parser.add_argument("--out", help="also write the table here")
    args = parser.parse_args(argv)
    pipeline = offline_pipeline()

    def related(question):
        return pipeline.related_articles(pipeline.matcher.match(pipeline.matcher.query(question)))

    columns = {model: answers(model, QUESTIONS, related) for model in args.models}
    lines = ["| question | " + " | ".join(f"`{Path(m).name}`" for m in args.models) + " |",
             "|---" * (len(args.models) + 1) + "|"]
    for i, question in enumerate(QUESTIONS):
        cells = [columns[m][i].replace("|", "\\|").replace("\n", " ") for m in args.models]
        lines.append(f"| {question} | " + " | ".join(cells) + " |")
    table = "\n".join(lines) + "\n"
    print(table)
    if args.out:
        Path(args.out).write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
