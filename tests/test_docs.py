"""The README's configuration table names every setting the code reads, with its default."""
import re

import settings

# A setting read with a literal default: _env("NAME", "default"), os.environ.get("NAME", "default").
READ = re.compile(r'(?:_env|_float|_int|_flag|os\.environ\.get)\(\s*"([A-Z0-9_]+)"(?:,\s*"([^"]*)")?')
# The marker gunicorn.conf.py leaves for itself across a reload: no one sets it.
INTERNAL = {"STREAMKAR_METRICS_MASTER"}


def test_every_setting_is_documented_with_its_default():
    readme = (settings.ROOT / "README.md").read_text(encoding="utf-8")
    rows = [line.split("|") for line in readme.splitlines() if line.startswith("| `")]
    code = "".join((settings.ROOT / name).read_text(encoding="utf-8") for name in ("settings.py", "gunicorn.conf.py"))
    read = [(name, default) for name, default in READ.findall(code) if name not in INTERNAL]
    assert len(read) > 20
    for name, default in read:
        row = next((cells for cells in rows if f"`{name}`" in cells[1]), None)
        assert row, f"{name} is not in the README's configuration table"
        assert not default or f"`{default}`" in row[2], f"the README's default for {name} is not `{default}`"
