"""Answers to StreamKar questions the help center does not cover, from two checkpoints side by
side, through the worker's own path (grounded prompt, generation, output guard).

    python -m training.samples --before models/smollm2-135m-instruct --after models/streamkar-finetuned
"""
import argparse
import time

import settings
from app.pipeline import offline_pipeline
from worker.guard import review
from worker.model import ChatModel
from worker.prompt import SYSTEM, build_messages

QUESTIONS = (
    "Can I change the colour of my name in the chat?",
    "Is there a way to hide my online status from my followers?",
    "How do I add a co-owner to my family?",
    "Can I transfer my host level to a new account?",
    "Why can't I find the music button while I'm live?",
)


def answers(model_path, grounding):
    model = ChatModel(model_path, device="cpu", max_new_tokens=96)
    out = []
    for question, articles in grounding:
        text = model.generate(build_messages(question, [], articles, chat=model.uses_chat_template), time.time() + 60)
        verdict = review(text, prompt=SYSTEM)
        out.append(verdict.answer or f"(fallback: {verdict.reason}) {text}")
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=str(settings.ROOT / "models" / "smollm2-135m-instruct"))
    parser.add_argument("--after", default=str(settings.ROOT / "models" / "streamkar-finetuned"))
    args = parser.parse_args(argv)
    pipeline = offline_pipeline()
    grounding = []
    for question in QUESTIONS:
        related = pipeline.matcher.top(pipeline.matcher.query(question), 3)
        grounding.append((question, [{"question": pipeline.faq.by_id(i).question["en"],
                                      "answer": pipeline.faq.by_id(i).answer["en"]} for i, _ in related]))
    before, after = answers(args.before, grounding), answers(args.after, grounding)
    print("| question | before fine-tuning | after fine-tuning |\n|---|---|---|")
    for question, b, a in zip(QUESTIONS, before, after):
        print(f"| {question} | {b.replace('|', '/')} | {a.replace('|', '/')} |".replace("\n", " "))


if __name__ == "__main__":
    main()
