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
