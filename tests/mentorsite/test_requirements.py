"""Every library the platform's own code imports is declared in requirements.txt, not merely pulled in by another.

Regression: openpyxl (the XLSX exports) came only because Wagtail depends on it; a Wagtail release that
dropped it would have broken the reports.
"""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_FOLDERS = ["mentorsite", "courses", "supervision", "networking", "mentoring"]
OWN_PACKAGES = {*APP_FOLDERS, "tests"}


def imported_top_level_modules():
    modules = set()
    for folder in APP_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    return modules - OWN_PACKAGES - set(sys.stdlib_module_names)


def declared_distributions():
    names = set()
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            names.add(re.split(r"[\[<>=!~ ]", line)[0].lower().replace("_", "-"))
    return names


def test_every_library_the_platform_imports_is_declared():
    distributions = packages_distributions()
    declared = declared_distributions()
    undeclared = {}
    for module in imported_top_level_modules():
        candidates = {name.lower().replace("_", "-") for name in distributions.get(module, [])}
        assert candidates, f"{module} is imported but no installed distribution provides it"
        if not candidates & declared:
            undeclared[module] = sorted(candidates)
    assert not undeclared, f"imported but not in requirements.txt: {undeclared}"
