"""`make eval`: a query set through the API's own pipeline, LLM stage off.

Prints, per language, FAQ top-1 accuracy, out-of-domain recall and precision, in-domain
questions wrongly refused, uncovered questions wrongly answered with an article and the share of
covered questions left to the model whose reply suggests their article, then the misses; writes
the figures to bench/eval.json. `make eval` runs the development set and every set written apart
from the FAQ data (faq/eval/<name>_queries.jsonl, to bench/eval-<name>.json), then all of them
again with typos (`--typos`), wrapped in greetings and sign-offs and after a story told before
them (`--wrap`).

    python -m faq.evaluate [--queries ../shared/eval/dev_queries.jsonl ...] [--typos 0] [--wrap FILE] [--out bench/eval.json]
"""
import argparse
import json
import random
import time
from collections import defaultdict
from pathlib import Path

from app.pipeline import offline_pipeline
from settings import ROOT


def _ratio(hits, total):
    return round(hits / total, 4) if total else None


def evaluate(pipeline, rows):
    per = defaultdict(lambda: defaultdict(int))
    misses, timings = [], []
    for row in rows:
        group = "hinglish" if row.get("variant") == "hinglish" else row["language"]
        started = time.perf_counter()
        reply = pipeline.answer(row["query"], row["language"])
        timings.append(time.perf_counter() - started)
        expect, got = row["expect"], reply["source"]
        for key in (group, "all"):
            c = per[key]
            c[f"n_{expect}"] += 1
            c["refused_ood"] += got == "out_of_domain"
            c["refused_ood_correct"] += got == "out_of_domain" and expect == "out_of_domain"
            if expect == "faq":
                c["faq_correct"] += reply["faq_id"] == row["faq_id"]
            if expect == "faq" and got in ("llm", "fallback"):
                c["faq_unanswered"] += 1
                c["faq_unanswered_suggested"] += [s["faq_id"] for s in reply["suggestions"]] == [row["faq_id"]]
            if expect != "out_of_domain":
                c["in_domain_refused"] += got == "out_of_domain"
            if expect == "in_domain_uncovered":
                c["uncovered_wrong_article"] += got == "faq"
        ok = (reply["faq_id"] == row.get("faq_id") if expect == "faq" else
              got == "out_of_domain" if expect == "out_of_domain" else got not in ("faq", "out_of_domain"))
        if not ok:
            misses.append({**row, "got": got, "got_faq_id": reply["faq_id"],
                           "suggested": [s["faq_id"] for s in reply["suggestions"]]})
    report = {}
    for group, c in per.items():
        in_domain = c["n_faq"] + c["n_in_domain_uncovered"]
        report[group] = {
            "faq_top1": _ratio(c["faq_correct"], c["n_faq"]),
            "ood_recall": _ratio(c["refused_ood_correct"], c["n_out_of_domain"]),
            "ood_precision": _ratio(c["refused_ood_correct"], c["refused_ood"]),
            "in_domain_refused": _ratio(c["in_domain_refused"], in_domain),
            "uncovered_wrong_article": _ratio(c["uncovered_wrong_article"], c["n_in_domain_uncovered"]),
            "unanswered_suggested": _ratio(c["faq_unanswered_suggested"], c["faq_unanswered"]),
            "queries": sum(v for k, v in c.items() if k.startswith("n_")),
        }
    timings.sort()
    latency = {"p50_ms": round(1000 * timings[len(timings) // 2], 3),
               "p99_ms": round(1000 * timings[int(len(timings) * 0.99)], 3)}
    return report, misses, latency


def mistype(query, rng, words=2, min_length=5):
    """`query` with up to `words` of its longer words mistyped: a letter dropped, doubled, swapped
    with the one before it or changed."""
    tokens = query.split()
    longer = [i for i, token in enumerate(tokens) if len(token) >= min_length]
    for i in rng.sample(longer, min(words, len(longer))):
        token, at = tokens[i], rng.randrange(1, len(tokens[i]) - 1)
        tokens[i] = rng.choice([
            token[:at] + token[at + 1:],
            token[:at] + token[at] + token[at:],
            token[:at - 1] + token[at] + token[at - 1] + token[at + 1:],
            token[:at] + rng.choice("aeioulnrst") + token[at + 1:],
        ])
    return " ".join(tokens)


def with_typos(rows, copies, seed=0):
    """Each row `copies` times, its query mistyped; the same copies every run."""
    rng = random.Random(seed)
    return [{**row, "query": mistype(row["query"], rng)} for row in rows for _ in range(copies)]


def wrapped(rows, wrappers, seed=0):
    """Each row with a greeting, a sign-off, a story or the like around its query: a template of its language
    ("hinglish" for Hinglish rows) from `wrappers`, {"en": ["Hi team, {}"], ...}; the same every run."""
    rng = random.Random(seed)
    return [{**row, "query": rng.choice(wrappers["hinglish" if row.get("variant") == "hinglish" else row["language"]])
             .format(row["query"])} for row in rows]


EXPECTATIONS = ("faq", "out_of_domain", "in_domain_uncovered")


def _problem(row):
    if not isinstance(row, dict) or not isinstance(row.get("query"), str) or not isinstance(row.get("language"), str):
        return "a row needs a 'query' and a 'language'"
    if row.get("expect") not in EXPECTATIONS:
        return f"'expect' must be one of {', '.join(EXPECTATIONS)}"
    if row["expect"] == "faq" and not isinstance(row.get("faq_id"), str):
        return "an 'expect: faq' row needs the 'faq_id' it expects"
    return None


def read_queries(path):
    """The query set's rows; SystemExit names the file and line of one it cannot use."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise SystemExit(f"{path}:{number}: not JSON ({exc})") from None
        if problem := _problem(row):
            raise SystemExit(f"{path}:{number}: {problem}")
        rows.append(row)
    if not rows:
        raise SystemExit(f"{path}: no queries")
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", nargs="+", default=[str(ROOT.parent / "shared" / "eval" / "dev_queries.jsonl")])
    parser.add_argument("--typos", type=int, default=0, metavar="N",
                        help="run each query N times, two of its words mistyped (0: as written)")
    parser.add_argument("--wrap", metavar="FILE",
                        help="wrap each query in a template of its language from FILE (JSON): greetings, stories")
    parser.add_argument("--out", default=str(ROOT / "bench" / "eval.json"))
    args = parser.parse_args(argv)
    rows = [row for path in args.queries for row in read_queries(path)]
    if args.typos:
        rows = with_typos(rows, args.typos)
    if args.wrap:
        rows = wrapped(rows, json.loads(Path(args.wrap).read_text(encoding="utf-8")))
    pipeline = offline_pipeline()
    report, misses, latency = evaluate(pipeline, rows)
    columns = ["faq_top1", "ood_recall", "ood_precision", "in_domain_refused", "uncovered_wrong_article",
               "unanswered_suggested", "queries"]
    print(f"{'group':<10}" + "".join(f"{c:>25}" for c in columns))
    for group in sorted(report, key=lambda g: (g == "all", g)):
        print(f"{group:<10}" + "".join(f"{'-' if report[group][c] is None else report[group][c]:>25}" for c in columns))
    print(f"\npipeline latency per query (FAQ path, in-process): p50 {latency['p50_ms']} ms, p99 {latency['p99_ms']} ms")
    print(f"\n{len(misses)} misses:")
    for m in misses:
        print(f"  [{m['language']}{'/' + m['variant'] if m.get('variant') else ''}] expect {m['expect']}"
              f" {m.get('faq_id') or ''} got {' '.join(filter(None, [m['got'], m['got_faq_id']]))}"
              f"{' (suggests ' + ', '.join(m['suggested']) + ')' if m['suggested'] else ''}: {m['query']}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"queries": args.queries, "typos": args.typos, "wrap": args.wrap,
                                          "report": report, "latency": latency,
                                          "misses": misses}, ensure_ascii=False, indent=1) + "\n")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
