"""What one pass of a cross-encoder (a model reading the question beside an article) would cost the
FAQ path: a BERT of all-MiniLM-L6-v2's shape, and a 2-layer one, on one (question, answer) pair.

The weights do not change the cost, so the models are built from their config, untrained.
Writes bench/cross-encoder.json.

    python -m bench.cross_encoder [--runs 50]
"""
import argparse
import json
import platform
import statistics
import time
from datetime import datetime, timezone

import torch
from transformers import BertConfig, BertForSequenceClassification

from bench.run import OUT, percentile

MINILM_L6 = dict(hidden_size=384, num_hidden_layers=6, num_attention_heads=12, intermediate_size=1536, num_labels=1)
PAIR_TOKENS = (32, 96, 160)  # a short question alone; with a short answer; with a typical answer


def pass_ms(model, tokens, runs):
    ids = torch.randint(1000, 20000, (1, tokens))
    timings = []
    with torch.inference_mode():
        for run in range(runs + 5):
            started = time.perf_counter()
            model(input_ids=ids)
            if run >= 5:  # the first passes warm up the allocator
                timings.append(1000 * (time.perf_counter() - started))
    return {"p50_ms": round(statistics.median(timings), 2), "p99_ms": round(percentile(timings, 0.99), 2)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    torch.set_num_threads(2)  # the web tier's cores
    rows = []
    for layers in (6, 2):
        model = BertForSequenceClassification(BertConfig(**{**MINILM_L6, "num_hidden_layers": layers})).eval()
        rows += [{"layers": layers, "tokens": tokens, **pass_ms(model, tokens, args.runs)} for tokens in PAIR_TOKENS]
    print("| layers | tokens | p50 ms | p99 ms |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['layers']} | {row['tokens']} | {row['p50_ms']} | {row['p99_ms']} |")
    results = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "machine": f"{platform.machine()}, torch {torch.__version__}, 2 threads",
               "command": "python -m bench.cross_encoder", "runs": args.runs, "passes": rows}
    (OUT / "cross-encoder.json").write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {OUT / 'cross-encoder.json'}")


if __name__ == "__main__":
    main()
