"""The command line: help texts, exit status 2 with one line for bad usage or input."""

import subprocess
import sys

import pytest

from netlib.cli import main

COMMANDS = ["parse", "add", "build", "report", "review", "synth", "bench"]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "netlib", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_explains_itself(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"] if command else ["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: netlib" in out
    if command is None:
        for name in COMMANDS:
            assert name in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["build", "--nope"], "unrecognized arguments: --nope"),
        (["frobnicate"], "invalid choice"),
        (["parse", "/no/such/file.txt"], "/no/such/file.txt: no such file"),
        (["build", "--raw", "/no/such/dir"], "manifest"),
        (["report", "--data", "/no/such/dir"], "/no/such/dir"),
    ],
)
def test_bad_usage_exits_2_with_one_line(args, expected):
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert expected in lines[-1]
    # argparse prints its usage first; our own errors are exactly one line
    assert len(lines) == 1 or lines[0].startswith("usage:")


def test_parse_a_directory_is_refused(tmp_path):
    result = run("parse", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == f"netlib parse: {tmp_path}: is a directory, not a document"
