"""Locations inside the repository, derived from the package's own location (never the cwd)."""

from pathlib import Path

__all__ = [
    "CURATION_DIR",
    "FIGURES_DIR",
    "NOTEBOOKS_DIR",
    "PROCESSED_DIR",
    "RAW_DIR",
    "REPORTS_DIR",
    "REPO_ROOT",
    "resolve",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
CURATION_DIR = DATA_DIR / "curation"
PROCESSED_DIR = DATA_DIR / "processed"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
FIGURES_DIR = REPO_ROOT / "figures"
REPORTS_DIR = REPO_ROOT / "reports"


def resolve(path):
    """A path given to a notebook or command: relative ones are relative to the repository."""
    path = Path(path)
    return path if path.is_absolute() else REPO_ROOT / path
