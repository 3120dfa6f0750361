"""Imports flow one way: the ground floor (mentorsite/) never imports an app that stands on it.

Only the roof (mentorsite/urls.py and the settings) may name the apps above. A lower floor that needs
something from above offers a registry (privacy, dashboard panels, session policies) that the app fills.
"""

import ast
from pathlib import Path

import mentorsite

APPS_ABOVE = {"courses", "supervision", "networking", "mentoring"}
GROUND_FLOOR = Path(mentorsite.__file__).parent
# The benchmark measures the whole building and is installed only by settings/bench.py: it is part of the roof.
ROOF = [GROUND_FLOOR / "urls.py", GROUND_FLOOR / "settings", GROUND_FLOOR / "bench"]
# Ways to reach a module by name without an import statement.
LOADERS = {"import_module", "__import__", "get_model", "get_app_config"}


def ground_floor_files():
    return [
        path
        for path in sorted(GROUND_FLOOR.rglob("*.py"))
        if not any(path == roof or roof in path.parents for roof in ROOF)
    ]


def names_reached(path):
    """Every module a file imports (at any depth, in functions too) or loads by a constant name."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if function in LOADERS and isinstance(node.args[0].value, str):
                yield node.args[0].value


def test_the_ground_floor_imports_no_app_above_it():
    files = ground_floor_files()
    # The privacy registry and the code that walks it are where such imports crept in before.
    for must_be_checked in ("privacy.py", "users/privacy.py", "users/management/commands/apply_retention.py"):
        assert GROUND_FLOOR / must_be_checked in files, must_be_checked
    upward = [
        f"{path.relative_to(GROUND_FLOOR.parent)}: {name}"
        for path in files
        for name in names_reached(path)
        if name.split(".")[0] in APPS_ABOVE
    ]
    assert not upward, "the ground floor reaches up (use a registry the app fills instead):\n" + "\n".join(upward)
