"""`make bench`: the web tier against its own limit, the queue hop, and the model on CPU.

Starts its own Redis, workers and gunicorn on loopback, warms each up, measures with wrk (a
separate process) or in-process timers, prints a table and writes bench/RESULTS.md and
bench/results.json. `--quick` shortens every run (the test suite uses it to check the script).

    python -m bench.run [--quick]
"""
import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import requests

import settings
import stack
from settings import ROOT

OUT = ROOT / "bench"
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}

FIXED_BODY = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{body}'
"""
# Each request asks a new question (a counter per wrk thread), so the answer cache never hits.
UNCACHED_BODY = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, '{{"query": "{query} ' .. tid .. 'x' .. n .. '"}}')
end
"""


def wrk(url, script, connections, seconds):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    out = subprocess.run(["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s",
                          "--latency", "-s", f.name, url], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    latency = {p: float(v) * UNITS[u] for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)$", out, re.M)}
    if len(latency) < 2:
        raise RuntimeError(f"wrk measured no latency for {url}:\n{out}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50_ms": latency["50"], "p99_ms": latency["99"], "non_2xx": int(errors.group(1)) if errors else 0}


def faq_matching(calls):
    """What the FAQ path costs in-process: vectorising the query, the domain filter, the match."""
    from app.pipeline import offline_pipeline

    pipeline = offline_pipeline()
    queries = ["how do i recharge coins", "mera account ban ho gaya", "Comment supprimer mon compte ?",
               "what is the capital of peru", "my stream keeps lagging when i go live with guests"]
    timings = []
    for i in range(calls):
        started = time.perf_counter()
        vector = pipeline.matcher.query(queries[i % len(queries)])
        pipeline.domain.classify(vector)
        pipeline.matcher.match(vector)
        timings.append(1000 * (time.perf_counter() - started))
    return {"queries": calls, "p50_ms": statistics.median(timings), "p99_ms": percentile(timings, 0.99)}


def faq_answers_filling_cache(calls, window):
    """Uncached FAQ answers, each to a different question, as the web process's local answer
    cache fills: mean ms per answer over the first `window` and the last, once it holds
    `calls` - `window` answers (10,000 fill it)."""
    from app.pipeline import offline_pipeline

    pipeline = offline_pipeline(settings.Settings(translate_enabled=False, cache_local_ttl_s=600))
    timings = []
    for i in range(calls):
        started = time.perf_counter()
        pipeline.answer(f"how can I recharge coins {i}", "en")
        timings.append(1000 * (time.perf_counter() - started))
    return {"answers": calls, "first_ms": statistics.mean(timings[:window]), "last_ms": statistics.mean(timings[-window:])}


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def web_tier(env, seconds, logs):
    """Bare endpoint vs cached, uncached FAQ and out-of-domain answers, 32 clients and 1."""
    results = {}
    port_bare, port_app = stack.free_port(), stack.free_port()
    bare = stack.start_web(env, port_bare, log_path=logs / "bare.log", app="bench.bare:app")
    app = stack.start_web(env, port_app, log_path=logs / "web.log")
    try:
        for port in (port_bare, port_app):
            stack.wait_until(lambda p=port: _answers(f"http://127.0.0.1:{p}/api/chat/"), stack.WEB_START_TIMEOUT_S,
                             "gunicorn")
        cached_query = "how do i buy coins"
        requests.post(f"http://127.0.0.1:{port_app}/api/chat/", json={"query": cached_query}, timeout=10)
        scenarios = {
            "bare endpoint (limit)": (port_bare, FIXED_BODY.format(body=json.dumps({"query": cached_query}))),
            "cached answer": (port_app, FIXED_BODY.format(body=json.dumps({"query": cached_query}))),
            "FAQ answer, uncached": (port_app, UNCACHED_BODY.format(query="how can I recharge coins")),
            "out-of-domain refusal": (port_app, UNCACHED_BODY.format(query="what is the capital of peru")),
        }
        for name, (port, script) in scenarios.items():
            url = f"http://127.0.0.1:{port}/api/chat/"
            wrk(url, script, 8, min(2, seconds))  # warm-up
            results[name] = {"c32": wrk(url, script, 32, seconds), "c1": wrk(url, script, 1, max(1, seconds // 2))}
    finally:
        stack.stop([bare, app])
    return results


def _answers(url):
    try:
        return requests.post(url, json={"query": "how do i buy coins"}, timeout=5).status_code == 200
    except requests.RequestException:
        return False


def queue_hop(env, calls, logs):
    """LLMClient.ask through Redis and a worker whose model answers at once, vs the same work in-process."""
    from app.llm import LLMClient
    from worker.celery_app import celery_app
    from worker.guard import review
    from worker.model import NoopModel
    from worker.prompt import SYSTEM, build_messages

    worker = stack.start_worker({**env, "LLM_MODEL": "noop", "LLM_QUEUE": "bench-noop"}, name="bench-noop",
                                log_path=logs / "noop-worker.log")
    try:
        stack.wait_until(lambda: celery_app.control.ping(destination=[f"bench-noop@{platform.node()}"], timeout=0.5),
                         60, "no-op worker")
        client = LLMClient(celery_app, stack_replies_url(env), queue="bench-noop", timeout_s=5)
        articles = [{"question": "How do I buy coins?", "answer": "Tap Me > Wallet > Recharge."}]
        for _ in range(20):
            client.ask("warm up", articles=articles)
        hop = []
        for _ in range(calls):
            started = time.perf_counter()
            assert client.ask("how do i buy coins", articles=articles)
            hop.append(1000 * (time.perf_counter() - started))
        model, local = NoopModel(), []
        for _ in range(calls):
            started = time.perf_counter()
            review(model.generate(build_messages("how do i buy coins", [], articles), time.time() + 5), prompt=SYSTEM)
            local.append(1000 * (time.perf_counter() - started))
    finally:
        stack.stop([worker])
    return {"through_queue_p50_ms": statistics.median(hop), "through_queue_p99_ms": percentile(hop, 0.99),
            "in_process_p50_ms": statistics.median(local),
            "added_p50_ms": statistics.median(hop) - statistics.median(local)}


def translation_breaker(calls):
    """Added latency of a model answer's translation with Google unreachable, breaker open,
    against translation switched off."""
    from cachelib import NullCache

    from app.safe_cache import ForgivingCache
    from app.translate import Translator

    # Nothing listens on port 1: each call fails at once until the breaker opens.
    unreachable = Translator(ForgivingCache(NullCache()), timeout_s=0.5, service_url="127.0.0.1:1")
    off = Translator(ForgivingCache(NullCache()), enabled=False)
    while unreachable.breaker.current_state != "open":
        unreachable.translate("warm up", "hi")
    timings = {}
    for name, translator in (("breaker open", unreachable), ("translation off", off)):
        started = time.perf_counter()
        for i in range(calls):
            assert translator.translate(f"Tap Me > Wallet > Recharge. {i}", "hi")[1] is False
        timings[name] = 1e6 * (time.perf_counter() - started) / calls
    return {"breaker_open_us": timings["breaker open"], "off_us": timings["translation off"],
            "added_us": timings["breaker open"] - timings["translation off"]}


def scaling(env, model_path, requests_n, logs):
    """Model answers per second for `requests_n` questions sent at once: one worker process
    answering one at a time, one micro-batching, and two on the same queue."""
    from app.llm import LLMClient
    from worker.celery_app import celery_app

    results = {}
    env = {**env, "LLM_MODEL": model_path, "LLM_QUEUE": "bench-scale", "LLM_MAX_NEW_TOKENS": "48"}
    articles = [{"question": "How do I buy coins?", "answer": "Go to Me > Wallet > Recharge, pick a package and pay."}]
    client = LLMClient(celery_app, stack_replies_url(env), queue="bench-scale", timeout_s=300)
    setups = [("1 worker process, one question at a time", 1, {"LLM_BATCH_SIZE": "1"}),
              (f"1 worker process, batches of up to {settings.load().llm_batch_size}", 1, {}),
              ("2 worker processes, batching", 2, {})]
    for name, count, extra in setups:
        workers = [stack.start_worker({**env, **extra}, name=f"bench-scale{i}", log_path=logs / f"bench-scale{i}.log")
                   for i in range(count)]
        try:
            stack.wait_until(lambda: len(celery_app.control.ping(timeout=0.5)) >= count, 120, "workers")
            client.ask("warm up", articles=articles)
            with ThreadPoolExecutor(max_workers=requests_n) as pool:
                started = time.perf_counter()
                answered = sum(bool(a) for a in pool.map(
                    lambda i: client.ask(f"How do I buy coins, question {i}?", articles=articles), range(requests_n)))
                seconds = time.perf_counter() - started
        finally:
            stack.stop(workers)
        results[name] = {"requests": requests_n, "answered": answered, "seconds": seconds,
                         "answers_per_s": requests_n / seconds}
    return results


def stack_replies_url(env):
    from settings import redis_db_url

    return redis_db_url(env["REDIS_URL"], 1)


def model_cpu(model_path, runs, tokens=48):
    """The worker's generation path vs plain generate() with default settings, same model, same run."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from worker.model import ChatModel
    from worker.prompt import build_messages

    messages = build_messages("How do I buy coins?", [], [
        {"question": "How do I buy coins?", "answer": "Go to Me > Wallet > Recharge, pick a coin package and pay."}])
    served = ChatModel(model_path, device="cpu", max_new_tokens=tokens, cpu_int8=settings.load().llm_cpu_int8)
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    plain = AutoModelForCausalLM.from_pretrained(model_path)
    ids = served.encode(messages)

    def plain_generate():
        with torch.no_grad():
            out = plain.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=tokens, min_new_tokens=tokens)
        return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)

    def served_generate():
        return served.generate(messages, deadline=time.time() + 120, max_new_tokens=tokens, min_new_tokens=tokens)

    results = {}
    for name, fn in (("plain generate()", plain_generate), ("worker path", served_generate)):
        fn()
        times, text = [], ""
        for _ in range(runs):
            started = time.perf_counter()
            text = fn()
            times.append(time.perf_counter() - started)
        p50 = statistics.median(times)
        results[name] = {"p50_s": p50, "tokens_per_s": tokens / p50, "answer": text}
    results["speedup"] = results["plain generate()"]["p50_s"] / results["worker path"]["p50_s"]
    return results


def report(results, command):
    lines = ["# Benchmark results\n", f"- date: {results['date']}", f"- machine: {results['machine']}",
             f"- command: `{command}`\n", "## Web tier (wrk, 32 clients; p50 for 1 client)\n",
             "| scenario | req/s (32) | p50 ms (32) | p99 ms (32) | p50 ms (1 client) | non-2xx | vs limit req/s | p99 vs limit |",
             "|---|---|---|---|---|---|---|---|"]
    web = results["web_tier"]
    limit = web["bare endpoint (limit)"]["c32"]
    for name, r in web.items():
        lines.append(f"| {name} | {r['c32']['rps']:.0f} | {r['c32']['p50_ms']:.2f} | {r['c32']['p99_ms']:.2f} | "
                     f"{r['c1']['p50_ms']:.2f} | {r['c32']['non_2xx']} | {r['c32']['rps'] / limit['rps']:.0%} | "
                     f"{r['c32']['p99_ms'] / limit['p99_ms']:.2f}x |")
    hop = results["queue_hop"]
    lines += ["\n## Queue hop (LLM path with a no-op model)\n",
              f"- through Celery + Redis: p50 {hop['through_queue_p50_ms']:.2f} ms, p99 {hop['through_queue_p99_ms']:.2f} ms",
              f"- same work in-process: p50 {hop['in_process_p50_ms']:.3f} ms",
              f"- added by the hop: p50 {hop['added_p50_ms']:.2f} ms"]
    tr = results["translation"]
    lines += ["\n## Translation with Google unreachable (breaker open)\n",
              f"- per model answer: {tr['breaker_open_us']:.1f} us with the breaker open, {tr['off_us']:.1f} us with "
              f"translation off: added {tr['added_us']:.1f} us"]
    fm = results["faq_matching"]
    lines += ["\n## FAQ matching in-process (vectorise, domain filter, match)\n",
              f"- p50 {fm['p50_ms']:.3f} ms, p99 {fm['p99_ms']:.3f} ms over {fm['queries']} queries"]
    fill = results["faq_answers_filling_cache"]
    lines += ["\n## Uncached FAQ answers in-process as the local answer cache fills (10,000 entries)\n",
              f"- mean {fill['first_ms']:.3f} ms per answer for the first ones, {fill['last_ms']:.3f} ms for the last, "
              f"{fill['answers']} different questions in all"]
    if "model_cpu" in results:
        cpu = results["model_cpu"]
        lines += ["\n## Model on CPU (48 new tokens)\n", "| path | p50 s | tokens/s |", "|---|---|---|"]
        for name in ("plain generate()", "worker path"):
            lines.append(f"| {name} | {cpu[name]['p50_s']:.2f} | {cpu[name]['tokens_per_s']:.1f} |")
        lines += [f"\nspeed-up: {cpu['speedup']:.2f}x; share of a typical model answer taken by the queue hop: "
                  f"{hop['added_p50_ms'] / (1000 * cpu['worker path']['p50_s']):.2%}",
                  f"\nplain answer: {cpu['plain generate()']['answer']!r}\n\nworker answer: {cpu['worker path']['answer']!r}"]
    if "scaling" in results:
        lines += ["\n## Micro-batching and scaling: questions sent at once (CPU, answers of up to 48 tokens)\n",
                  "| setup | requests | answered | seconds | answers/s |", "|---|---|---|---|---|"]
        for name, r in results["scaling"].items():
            lines.append(f"| {name} | {r['requests']} | {r['answered']} | {r['seconds']:.1f} | {r['answers_per_s']:.2f} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short runs, no model (checks the script works)")
    parser.add_argument("--model", default=str(ROOT / "models" / "smollm2-135m-instruct"))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    out = Path(args.out)
    logs = out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    redis_url, redis_process = stack.start_embedded_redis(stack.free_port(), tempfile.mkdtemp(prefix="bench-redis-"))
    env = {**os.environ, "REDIS_URL": redis_url, "CHAT_RATE_LIMIT": "1000000/minute", "TRANSLATE_ENABLED": "0"}
    os.environ["REDIS_URL"] = redis_url
    results = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}"}
    try:
        results["web_tier"] = web_tier(env, 1 if args.quick else 10, logs)
        results["queue_hop"] = queue_hop(env, 30 if args.quick else 300, logs)
        results["translation"] = translation_breaker(200 if args.quick else 5000)
        results["faq_matching"] = faq_matching(200 if args.quick else 2000)
        results["faq_answers_filling_cache"] = faq_answers_filling_cache(*((400, 100) if args.quick else (15000, 2500)))
        if not args.quick:
            results["model_cpu"] = model_cpu(args.model, runs=5)
            results["scaling"] = scaling(env, args.model, 16, logs)
    finally:
        stack.stop([redis_process])
    command = "make bench" if not args.quick else "python -m bench.run --quick"
    text = report(results, command)
    print(text)
    (out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    (out / "RESULTS.md").write_text(text)
    print(f"wrote {out / 'RESULTS.md'} and {out / 'results.json'}")


if __name__ == "__main__":
    sys.exit(main())
