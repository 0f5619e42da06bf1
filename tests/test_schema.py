"""schemathesis against /api/openapi.json: generated requests find no 5xx and no reply that
breaks the documented schema."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.faults
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_api_conforms_to_its_openapi_document(web, tmp_path):
    run = subprocess.run(
        [str(SCHEMATHESIS), "run", web.base + "/api/openapi.json", "--checks",
         "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
         "--max-examples", "30", "--request-timeout", "60", "--phases", "examples,coverage,fuzzing",
         "--generation-database", "none"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert re.search(r"\b[1-9]\d* (generated|passed)", run.stdout), run.stdout[-3000:]
