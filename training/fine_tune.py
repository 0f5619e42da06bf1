"""Fine-tunes the support model on StreamKar dialogues built from the help center.

    python -m training.fine_tune                            # full fine-tune of LLM_MODEL
    python -m training.fine_tune --lora --steps 500         # LoRA, merged into the weights on save
    python -m training.fine_tune --steps 20 --batch-size 4  # a quick smoke run on CPU

It prints the held-out loss before and after training, saves a plain checkpoint (model and
tokenizer) to --out, with training_summary.json beside the weights. Serve it with
LLM_MODEL=models/streamkar-finetuned.
"""
import argparse
import contextlib
import json
import math
import random
import sys
import time
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

import settings
from training import data
from worker.model import pick_device

SUMMARY = "training_summary.json"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=settings.load().llm_model, help="checkpoint to start from")
    p.add_argument("--out", default=str(settings.ROOT / "models" / "streamkar-finetuned"))
    p.add_argument("--kb", default=str(data.KB_DIR), help="folder of the help center's articles.<lang>.json")
    p.add_argument("--phrasings", default=str(data.PHRASINGS), help="curated paraphrases (optional)")
    p.add_argument("--lora", action="store_true", help="train a LoRA adapter, merged into the weights on save")
    p.add_argument("--lora-rank", type=int, default=16)
    p.add_argument("--steps", type=int, default=300)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--lr", type=float, default=None, help="peak learning rate (default 5e-5, LoRA 1e-3)")
    p.add_argument("--warmup", type=int, default=None, help="warmup steps (default 10%% of --steps)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--holdout", type=float, default=0.1, help="fraction of articles held out")
    p.add_argument("--max-examples", type=int, default=None, help="train on only this many examples")
    p.add_argument("--eval-every", type=int, default=0, help="held-out loss every N steps (0: before/after only)")
    p.add_argument("--log-every", type=int, default=10)
    p.add_argument("--max-length", type=int, default=1024, help="longer examples are left out")
    p.add_argument("--device", default="auto", help="auto: cuda (bf16 autocast) when available, else cpu (fp32)")
    args = p.parse_args(argv)
    args.lr = args.lr if args.lr is not None else (1e-3 if args.lora else 5e-5)
    args.warmup = args.warmup if args.warmup is not None else args.steps // 10
    return args


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def autocast(device):
    # Weights stay fp32 (the optimizer needs the precision); bf16 only for the matmuls on GPU.
    if device.type == "cuda":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def load_model(args, device):
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32)
    if args.lora:
        from peft import LoraConfig, get_peft_model

        config = LoraConfig(r=args.lora_rank, lora_alpha=2 * args.lora_rank, lora_dropout=0.0,
                            target_modules="all-linear", task_type="CAUSAL_LM")
        model = get_peft_model(model, config)
    return model.to(device), tokenizer


def load_features(args, tokenizer):
    train, held, held_ids = data.build_splits(args.kb, args.phrasings, args.holdout, args.seed)
    random.Random(args.seed).shuffle(train)
    train_features = data.tokenize_all(train, tokenizer, args.max_length)[:args.max_examples]
    held_features = data.tokenize_all(held, tokenizer, args.max_length)
    print(f"train: {len(train_features)} examples; held out: {len(held_features)} examples "
          f"from {len(held_ids)} articles ({', '.join(sorted(held_ids))})")
    if not train_features:
        sys.exit("no training examples left: raise --max-examples or --max-length, or lower --holdout")
    return train_features, held_features


def batches(features, batch_size, seed):
    """Endless batches, reshuffled each pass by a seeded generator: the same order every run."""
    rng = random.Random(seed)
    order = list(range(len(features)))
    while True:
        rng.shuffle(order)
        for start in range(0, len(order), batch_size):
            yield [features[i] for i in order[start:start + batch_size]]


def lr_at(step, args):
    """Linear warmup, then cosine decay to a tenth of the peak (nanoGPT's schedule)."""
    if step < args.warmup:
        return args.lr * (step + 1) / (args.warmup + 1)
    progress = (step - args.warmup) / max(1, args.steps - args.warmup)
    return args.lr * (0.1 + 0.45 * (1 + math.cos(math.pi * progress)))


def batch_loss(model, batch, device):
    batch = {k: v.to(device) for k, v in batch.items()}
    with autocast(device):
        return model(**batch).loss


def answer_tokens(batch):
    # The loss is predicted from the previous position, so the first label never counts.
    return int((batch["labels"][:, 1:] != data.IGNORE).sum())


@torch.no_grad()
def evaluate(model, features, args, device, pad_id):
    """Mean loss per answer token over `features`; None without any."""
    model.eval()
    total, tokens = 0.0, 0
    for start in range(0, len(features), args.batch_size):
        batch = data.collate(features[start:start + args.batch_size], pad_id)
        n = answer_tokens(batch)
        total += batch_loss(model, batch, device).item() * n
        tokens += n
    model.train()
    return total / tokens if tokens else None


def perplexity(loss):
    return None if loss is None else math.exp(loss)


def report(label, loss):
    print(f"held-out loss {label}: " + ("no held-out examples" if loss is None else
                                        f"{loss:.4f} (perplexity {perplexity(loss):.2f})"))


def train(model, features, held, args, device, pad_id):
    """Runs args.steps optimizer steps; returns (loss per step, [(step, held-out loss)])."""
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    model.train()
    losses, evals = [], []
    seen_tokens, since = 0, time.perf_counter()
    stream = batches(features, args.batch_size, args.seed)
    for step in range(args.steps):
        lr = lr_at(step, args)
        for group in optimizer.param_groups:
            group["lr"] = lr
        batch = data.collate(next(stream), pad_id)
        loss = batch_loss(model, batch, device)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(loss.item())
        seen_tokens += int(batch["attention_mask"].sum())
        if (step + 1) % args.log_every == 0 or step + 1 == args.steps:
            elapsed = time.perf_counter() - since
            print(f"step {step + 1}/{args.steps} loss {losses[-1]:.4f} lr {lr:.2e} "
                  f"tokens/s {seen_tokens / elapsed:.0f}")
            seen_tokens, since = 0, time.perf_counter()
        if args.eval_every and (step + 1) % args.eval_every == 0 and step + 1 < args.steps:
            eval_started = time.perf_counter()
            evals.append((step + 1, evaluate(model, held, args, device, pad_id)))
            report(f"at step {step + 1}", evals[-1][1])
            since += time.perf_counter() - eval_started  # tokens/s counts training time only
    return losses, evals


def save(model, tokenizer, out, lora):
    if lora:
        model = model.merge_and_unload()  # the worker loads a plain checkpoint, not an adapter
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def main(argv=None):
    args = parse_args(argv)
    seed_everything(args.seed)
    device = pick_device(args.device)
    started = time.perf_counter()
    model, tokenizer = load_model(args, device)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    features, held = load_features(args, tokenizer)
    print(f"fine-tuning {args.model} on {device} ({'LoRA' if args.lora else 'full'}), {args.steps} steps")
    before = evaluate(model, held, args, device, pad_id)
    report("before", before)
    losses, evals = train(model, features, held, args, device, pad_id)
    after = evaluate(model, held, args, device, pad_id)
    report("after", after)
    out = Path(args.out)
    save(model, tokenizer, out, args.lora)
    summary = {
        "held_out_loss_before": before, "held_out_loss_after": after,
        "held_out_perplexity_before": perplexity(before), "held_out_perplexity_after": perplexity(after),
        "train_loss_first": losses[0] if losses else None, "train_loss_last": losses[-1] if losses else None,
        "train_losses": losses, "held_out_evals": evals, "steps": args.steps,
        "train_examples": len(features), "held_out_examples": len(held),
        "seconds": round(time.perf_counter() - started, 1), "device": str(device), "args": vars(args),
    }
    (out / SUMMARY).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"saved {out} in {summary['seconds']}s")
    return summary


if __name__ == "__main__":
    main()
