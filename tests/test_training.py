"""Fine-tuning: the dialogues, prompt masking, held-out articles, and short runs on tiny models."""
import json
import math
import time

import pytest
import torch
from safetensors import safe_open
from transformers import AutoModelForCausalLM, AutoTokenizer

from training import data, fine_tune
from worker.model import ChatModel
from worker.prompt import build_messages

# A fixed small subset, one batch seen every step: the loss must fall.
QUICK = ["--steps", "30", "--lr", "1e-2", "--max-examples", "8", "--batch-size", "8", "--device", "cpu"]
COINS = {"question": "How do I buy coins?", "answer": "Tap Me > Wallet > Recharge."}


@pytest.fixture(params=["llama", "gpt2"])
def model_path(request):
    """Each prompt format: the ChatML chat template and DialoGPT's turns joined by EOS."""
    return request.getfixturevalue(f"{request.param}_path")


def tune(model_path, out, *extra):
    return fine_tune.main(["--model", str(model_path), "--out", str(out), *QUICK, *extra])


def served_next_token_logits(path):
    """What the worker's loader makes of a checkpoint: it loads, generates, and gives these logits."""
    model = ChatModel(path, device="cpu", max_new_tokens=4)
    messages = build_messages("How do I buy coins?", chat=model.uses_chat_template)
    assert isinstance(model.generate(messages, time.time() + 30), str)
    with torch.inference_mode():
        return model.model(model.encode(messages)).logits[0, -1]


def serves_the_tuned_weights(original, tuned):
    return not torch.allclose(served_next_token_logits(original), served_next_token_logits(tuned))


def test_only_the_answer_is_learned_and_the_prompt_is_the_served_one(model_path):
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    example = data.Example("and where is my receipt?", "Open Me > Wallet > Records.", "payments.receipts",
                           articles=(COINS,), history=({"role": "user", "content": COINS["question"]},
                                                       {"role": "assistant", "content": COINS["answer"]}))
    feature = data.tokenize(example, tokenizer)
    served = ChatModel(model_path, device="cpu").encode(example.messages(chat=bool(tokenizer.chat_template)))
    prompt = served[0].tolist()
    n = len(prompt)
    assert feature["input_ids"][:n] == prompt
    assert feature["labels"][:n] == [data.IGNORE] * n
    assert feature["labels"][n:] == feature["input_ids"][n:]
    assert tokenizer.decode(feature["labels"][n:]) == example.answer + tokenizer.eos_token


def test_padding_is_masked():
    batch = data.collate([{"input_ids": [5, 6, 7], "labels": [-100, 6, 7]}, {"input_ids": [5], "labels": [5]}],
                         pad_id=0)
    assert batch["input_ids"].tolist() == [[5, 6, 7], [5, 0, 0]]
    assert batch["labels"].tolist() == [[-100, 6, 7], [5, -100, -100]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [1, 0, 0]]


def test_whole_articles_are_held_out_the_same_way_every_time():
    articles = data.load_articles()
    train, held, held_ids = data.build_splits(seed=0)
    assert (train, held, held_ids) == data.build_splits(seed=0)
    assert 0 < len(held_ids) <= len(articles) // 5
    assert {e.source for e in held} == held_ids | {data.UNCOVERED}
    held_texts = [t for a in articles if a["id"] in held_ids for t in (a["question"], a["answer"])]
    for example in train:
        seen = [example.query, example.answer, *(m["content"] for m in example.history),
                *(a[k] for a in example.articles for k in ("question", "answer"))]
        assert not any(text in s for text in held_texts for s in seen), example


def test_dialogues_cover_pairs_grounding_follow_ups_and_hand_offs(tmp_path):
    article = data.load_articles()[0]
    phrasings = tmp_path / "phrasings.json"
    phrasings.write_text(json.dumps({article["id"]: {"en": ["how can i register"], "fr": ["comment s'inscrire"]}}))
    train, _, held_ids = data.build_splits(phrasings=phrasings, holdout=0.0)
    assert not held_ids
    mine = [e for e in train if e.source == article["id"]]
    assert {e.query for e in mine if not e.articles} == {article["question"], "how can i register"}
    grounded = [e for e in mine if e.articles]
    assert grounded and all(len(e.articles) == data.CONTEXT_ARTICLES for e in grounded)
    assert all(data.as_context(article) in e.articles and e.answer == article["answer"] for e in grounded)
    assert any(e.history for e in mine)
    uncovered = [e for e in train if e.source == data.UNCOVERED]
    assert {e.query for e in uncovered if not e.history} == set(data.UNCOVERED_QUESTIONS)
    assert all(e.answer == data.HANDOFF for e in uncovered)
    assert len(data.UNCOVERED_QUESTIONS) >= 30


def test_fine_tuning_lowers_the_loss_and_the_worker_serves_the_result(model_path, tmp_path):
    summary = tune(model_path, tmp_path / "tuned")
    assert summary["train_loss_last"] < summary["train_loss_first"] - 0.5
    assert math.isfinite(summary["held_out_loss_before"]) and math.isfinite(summary["held_out_loss_after"])
    saved = json.loads((tmp_path / "tuned" / fine_tune.SUMMARY).read_text())
    assert saved["held_out_loss_after"] == summary["held_out_loss_after"] and saved["steps"] == 30
    assert serves_the_tuned_weights(model_path, tmp_path / "tuned")


def test_lora_is_merged_into_a_plain_checkpoint(llama_path, tmp_path):
    out = tmp_path / "lora"
    summary = tune(llama_path, out, "--lora")
    assert summary["train_loss_last"] < summary["train_loss_first"]
    assert not (out / "adapter_config.json").exists()
    with safe_open(out / "model.safetensors", "pt") as weights:
        assert not [k for k in weights.keys() if "lora" in k]
    original, tuned = AutoModelForCausalLM.from_pretrained(llama_path), AutoModelForCausalLM.from_pretrained(out)
    name = "model.layers.0.self_attn.q_proj.weight"
    assert not torch.equal(original.state_dict()[name], tuned.state_dict()[name])
    assert serves_the_tuned_weights(llama_path, out)


def test_no_training_examples_left_is_an_error_not_an_endless_loop(llama_path, tmp_path):
    with pytest.raises(SystemExit, match="no training examples left"):
        tune(llama_path, tmp_path / "none", "--max-examples", "0")


def test_without_held_out_articles_the_summary_is_still_valid_json(llama_path, tmp_path):
    summary = tune(llama_path, tmp_path / "all-in", "--steps", "2", "--holdout", "0")
    saved = json.loads((tmp_path / "all-in" / fine_tune.SUMMARY).read_text(), parse_constant=pytest.fail)
    assert summary["held_out_examples"] == 0 and saved["held_out_loss_after"] is None


def test_the_same_seed_gives_the_same_run(llama_path, tmp_path):
    runs = [tune(llama_path, tmp_path / f"run{i}", "--steps", "3") for i in range(2)]
    assert runs[0]["train_losses"] == runs[1]["train_losses"]
    assert runs[0]["held_out_loss_after"] == runs[1]["held_out_loss_after"]
