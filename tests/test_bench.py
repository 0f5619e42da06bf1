"""`make bench` runs end to end (its figures are not judged here: speed lives in the bench)."""
import json
import shutil
import subprocess
import sys

import pytest

import stack


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk missing (make test installs it as root)")
def test_the_benchmark_runs_end_to_end_on_a_tiny_configuration(tmp_path):
    run = subprocess.run([sys.executable, "-m", "bench.run", "--quick", "--out", str(tmp_path)], cwd=stack.ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads((tmp_path / "results.json").read_text())
    assert {"web_tier", "queue_hop", "translation", "faq_matching", "faq_answers_filling_cache"} <= set(results)
    assert "| bare endpoint (limit) |" in (tmp_path / "RESULTS.md").read_text()
