"""`make load`: 50 users for 60 s against the service as `make run` starts it, on loopback.

Starts its own Redis, one LLM worker (the default model) and gunicorn, with the per-client rate
limit lifted (every simulated user shares 127.0.0.1), runs locust headless and writes
bench/LOAD.md and bench/load_stats.csv.

    python -m load.run [--users 50] [--seconds 60]
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

import requests

import stack
from settings import ROOT

OUT = ROOT / "bench"


def healthy(base):
    try:
        return requests.get(base + "/api/health", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    redis_url, redis_process = stack.start_embedded_redis(stack.free_port(), tempfile.mkdtemp(prefix="load-redis-"))
    env = {**os.environ, "REDIS_URL": redis_url, "CHAT_RATE_LIMIT": "1000000/minute"}
    port = stack.free_port()
    base = f"http://127.0.0.1:{port}"
    processes = [redis_process]
    stats = OUT / "load_stats.csv"
    stats.unlink(missing_ok=True)  # the report must come from this run
    try:
        processes.append(stack.start_worker(env, name="load", log_path=OUT / "load-worker.log"))
        processes.append(stack.start_web(env, port, log_path=OUT / "load-web.log"))
        stack.wait_until(lambda: healthy(base), 180, "service")
        subprocess.run([sys.executable, "-m", "locust", "-f", str(ROOT / "load" / "locustfile.py"), "--headless",
                        "-u", str(args.users), "-r", "10", "-t", f"{args.seconds}s", "--host", base,
                        "--csv", str(OUT / "load"), "--only-summary", "--stop-timeout", "30"], check=False)
    finally:
        stack.stop(processes)
    # locust exits 1 when any request failed: the report says how many; no CSV means no run.
    if not stats.exists():
        raise SystemExit(f"locust wrote no statistics ({stats}): see its output above")
    rows = list(csv.DictReader(stats.open()))
    lines = ["# Load test (`make load`)\n", f"- date: {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
             f"- {args.users} users for {args.seconds} s, locust on loopback, mix: FAQ and repeats, "
             "out-of-domain, uncovered\n",
             "| requests | count | failures | req/s | p50 ms | p95 ms | p99 ms |", "|---|---|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} | "
                     f"{float(row['Requests/s']):.1f} | {row['50%']} | {row['95%']} | {row['99%']} |")
    text = "\n".join(lines) + "\n"
    (OUT / "LOAD.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
