"""The environment files stay in step: pyproject, requirements.lock, environment.yml, layout."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lock():
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def _requirement_name(spec):
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", spec).group(0)).lower()


def test_every_dependency_is_locked_to_one_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    pins = _lock()
    missing = sorted({_requirement_name(s) for s in specs} - set(pins))
    assert missing == []


def test_environment_yml_matches_pyproject():
    text = (ROOT / "environment.yml").read_text()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.11,<3.12"
    assert re.search(r"^\s*- python=3\.11\s*$", text, re.M)
    assert "-c requirements.lock" in text
    assert "-e .[notebook]" in text
    assert "notebook" in project["optional-dependencies"]


def test_layout_is_the_fixed_one():
    for name in [
        "README.md",
        "environment.yml",
        "notebooks",
        "src/netlib",
        "data",
        "figures",
        "tests",
    ]:
        assert (ROOT / name).exists(), name


def test_package_data_names_files_that_exist():
    """Each package-data pattern matches files, the view's script among them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["netlib"]
    for pattern in patterns:
        assert sorted((ROOT / "src/netlib").glob(pattern)), pattern
    assets = {
        p.relative_to(ROOT / "src/netlib").as_posix() for p in (ROOT / "src/netlib").rglob("*")
    }
    assert "present/assets/interactive.js" in assets
    assert any(Path("present/assets/interactive.js").match(p) for p in patterns)


def test_every_sub_package_says_what_it_owns():
    """A docstring per sub-package, its first line saying what it owns (``ls`` shows the flow)."""
    import ast

    for init in sorted((ROOT / "src/netlib").glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and doc.splitlines()[0].endswith("."), init


def test_no_module_over_800_lines():
    """Every module stays readable in one sitting (the parser is a package, netlib.extract)."""
    for path in sorted((ROOT / "src/netlib").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 800, f"{path.relative_to(ROOT)}: {lines} lines"


def test_the_examples_in_the_library_run_as_doctests():
    """``pytest`` (and so ``make test`` and ``make test-fast``) collects src/netlib's Examples."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "src/netlib" in options["testpaths"]
    assert "--doctest-modules" in options["addopts"].split()


def test_every_module_of_the_sub_packages_has_its_short_name():
    """``from netlib import figures`` (the notebooks' imports) reaches each module of the flow."""
    import importlib
    import subprocess
    import sys

    import netlib

    packages = ("io", "text", "resolve", "network", "analysis", "present", "dev")
    on_disk = {
        path.stem: f"netlib.{package}.{path.stem}"
        for package in packages
        for path in (ROOT / "src/netlib" / package).glob("*.py")
        if path.stem != "__init__"
    }
    assert netlib.MODULES == on_disk
    for name, module in netlib.MODULES.items():
        assert getattr(netlib, name) is importlib.import_module(module)
    # the short names are imported on first use: `import netlib` stays cheap for the CLI
    code = "import sys, netlib; print(sorted(m for m in sys.modules if m.startswith('netlib.')))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"
