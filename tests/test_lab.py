"""`make lab` starts JupyterLab the way users run it: as root in a container, headless.

The server is started through `make lab` itself (so the Makefile's root handling is what is
tested), its API is polled until it answers, the five notebooks must be listed and one must
open with its `parameters` cell; the server is stopped by its process group.
"""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url, token):
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def test_make_lab_serves_the_notebooks(tmp_path):
    port, token = _free_port(), "netlib-test-token"
    args = (
        f"--no-browser --ip 127.0.0.1 --port {port} --IdentityProvider.token={token} "
        f"--ServerApp.root_dir={ROOT / 'notebooks'}"
    )
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path), JUPYTER_CONFIG_DIR=str(tmp_path))
    log = (tmp_path / "lab.log").open("w")
    proc = subprocess.Popen(
        ["make", "-s", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                _get(f"{base}/api/status", token)
                break
            except OSError:
                assert proc.poll() is None, (tmp_path / "lab.log").read_text()
                assert time.monotonic() < deadline, "JupyterLab did not answer in 90 s"
                time.sleep(0.5)
        listing = _get(f"{base}/api/contents", token)
        # jupytext also opens each py:percent twin as a notebook: the .ipynb are the notebooks
        names = sorted(
            item["name"]
            for item in listing["content"]
            if item["type"] == "notebook" and item["name"].endswith(".ipynb")
        )
        assert names == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
        assert len(names) == 5
        notebook = _get(f"{base}/api/contents/{names[0]}?content=1", token)["content"]
        tagged = [c for c in notebook["cells"] if "parameters" in c["metadata"].get("tags", [])]
        assert len(tagged) == 1
        if os.geteuid() == 0:
            assert "passing --allow-root" in (tmp_path / "lab.log").read_text()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
