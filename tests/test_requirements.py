"""requirements.txt pins every package the code imports: a fresh install gets what was tested."""
import ast
import sys
from importlib.metadata import packages_distributions

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import settings

FOLDERS = ("app", "worker", "training", "faq", "bench", "load", "tests")


def imported_modules():
    files = [path for folder in FOLDERS for path in (settings.ROOT / folder).rglob("*.py")] + list(settings.ROOT.glob("*.py"))
    local = {path.stem for path in files} | set(FOLDERS)
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            for name in names:
                top = name.split(".")[0]
                if top not in local and top not in sys.stdlib_module_names:
                    yield top


def test_every_imported_package_is_pinned():
    lines = (settings.ROOT / "requirements.txt").read_text().splitlines()
    requirements = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    pinned = {canonicalize_name(r.name) for r in requirements if any(s.operator == "==" for s in r.specifier)}
    distributions = packages_distributions()
    modules = set(imported_modules())
    assert {"sklearn", "scipy", "flask"} <= modules
    for module in modules:
        assert module in distributions, f"{module} is imported but no installed package provides it"
        assert {canonicalize_name(d) for d in distributions[module]} & pinned, f"{module} is imported but not pinned in requirements.txt"
