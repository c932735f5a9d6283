"""Public API, documentation and layering of the package."""
import ast
import re
import subprocess
import sys

import flashpoint
from conftest import ROOT
from flashpoint.cli import build_parser

PKG = ROOT / "src" / "flashpoint"
LAYERS = ["models", "errors", "ingest", "nlp", "actors", "coding", "store", "analytics",
          "forecast", "evaluate", "report", "runner", "output", "show", "cli"]


def test_public_names_are_pinned():
    assert sorted(flashpoint.__all__) == sorted([
        "Actor", "Article", "Attribution", "DataError", "Event", "FlashpointError",
        "InputError", "Location", "StoreError", "UsageError", "__version__"])


def test_every_cli_command_and_option_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, cmd in sub.choices.items():
        assert f"flashpoint {name}" in readme, f"command {name} not in README"
        for action in cmd._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt} not in README"


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def _layer(module: str) -> int:
    top = module.split(".")[0]
    return LAYERS.index(top) if top in LAYERS else -1


def test_lower_layers_never_import_higher_ones():
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        own = rel.parts[0].removesuffix(".py")
        if own not in LAYERS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = list(rel.parts[:-1])[: len(rel.parts) - node.level]
                target = ".".join(base + ([node.module] if node.module else []))
                if target and _layer(target) > _layer(own):
                    raise AssertionError(f"{rel} imports higher layer {target}")


def test_only_nlp_imports_spacy():
    for path in PKG.rglob("*.py"):
        if "nlp" in path.relative_to(PKG).parts:
            continue
        assert not re.search(r"^\s*(import|from) spacy", path.read_text(), re.M), path


def test_input_error_codes_exist():
    text = "\n".join(p.read_text() for p in PKG.rglob("*.py"))
    codes = set(re.findall(r'["\[]([EW]\d{3})["\]]', text))
    assert {"E101", "E102", "E103", "E105", "E106", "W104", "W108"} <= codes


def test_module_runs_as_script():
    out = subprocess.run([sys.executable, "-m", "flashpoint.cli", "--version"],
                         capture_output=True, text=True, check=True)
    assert flashpoint.__version__ in out.stdout
