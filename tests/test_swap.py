"""Output folders: one writer at a time, staging cleared only when its run is gone, and a swap
that a kill interrupts is finished (or undone) by the next run.

Kill states are made by hand (folders named as a dead run names them) or by stopping the swap
at each of its renames in turn, then running what the next run runs first.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netlib import swap
from netlib.errors import InputError
from netlib.io.swap import atomic_output_dir, atomic_output_dirs, output_lock

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))


@pytest.fixture
def dead_pid():
    """The pid of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def live_pid():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def _folder(path, text):
    path.mkdir(parents=True)
    (path / "a.csv").write_text(text)
    return path


def _contents(site):
    """Every entry of the site, hidden ones included, with the text of each folder's a.csv."""
    return {
        p.name: (p / "a.csv").read_text() if (p / "a.csv").is_file() else None
        for p in sorted(site.iterdir())
    }


def _next_run(*targets):
    with output_lock(*targets):
        pass


# --- the lock ---------------------------------------------------------------------------------


def _hold(*targets):
    """Another live process holding the locks of ``targets``; close its stdin to end it."""
    code = (
        "import sys; from netlib.io.swap import output_lock\n"
        "with output_lock(*sys.argv[1:]):\n"
        "    print('held', flush=True); sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *map(str, targets)],
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline() == "held\n"
    return proc


def _release(proc):
    proc.stdin.close()
    proc.wait(timeout=60)


@pytest.fixture
def held_by_other_process(tmp_path):
    """``tmp_path/processed`` locked by another live process; yields (target, its pid)."""
    target = tmp_path / "processed"
    proc = _hold(target)
    yield target, proc.pid
    _release(proc)


def test_a_second_writer_stops_at_once_naming_the_holder(held_by_other_process):
    target, pid = held_by_other_process
    with pytest.raises(InputError, match=rf"another netlib run \(pid {pid}\) is writing"):
        with output_lock(target):
            pass
    # nothing of the holder's was touched: its lock file still names it
    assert (target.parent / ".processed.lock").read_text() == f"{pid}\n"


def test_a_second_build_exits_2_with_one_line_naming_the_holder(held_by_other_process):
    target, pid = held_by_other_process
    proc = subprocess.run(
        # no raw folder: the lock is checked before anything is read
        [
            sys.executable,
            "-m",
            "netlib",
            "build",
            "--raw",
            str(target.parent / "raw"),
            "--out",
            str(target),
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"netlib build: {target}: another netlib run (pid {pid}) is writing this folder; "
        "run again when it has finished"
    ]
    assert not target.exists()


def test_a_second_report_exits_2_naming_the_holder_and_touches_nothing(tmp_path):
    # the report that found two runs at once: one died with FileNotFoundError
    site = tmp_path / "site"
    _folder(site / "reports", "old reports")
    _folder(site / "figures", "old figures")
    data = tmp_path / "processed"
    data.mkdir()
    (data / "signatures.csv").write_text("org_id,campaign_id\n")
    holder = _hold(site / "reports", site / "figures")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "netlib", "report", "--data", str(data), "--out", str(site)],
            env=ENV,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        _release(holder)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"netlib report: {site / 'figures'}: another netlib run (pid {holder.pid}) is writing "
        "this folder; run again when it has finished"
    ]
    assert _contents(site) == {"figures": "old figures", "reports": "old reports"}


def test_a_lock_file_left_by_a_dead_run_is_taken_over(tmp_path, dead_pid):
    target = tmp_path / "processed"
    (tmp_path / ".processed.lock").write_text(f"{dead_pid}\n")
    with atomic_output_dir(target) as staging:
        assert (tmp_path / ".processed.lock").read_text() == f"{os.getpid()}\n"
        (staging / "a.csv").write_text("new")
    assert _contents(tmp_path) == {"processed": "new"}


def test_the_lock_is_reentrant_in_one_process(tmp_path):
    target = tmp_path / "processed"
    with output_lock(target), atomic_output_dir(target) as staging:
        (staging / "a.csv").write_text("new")
    assert _contents(tmp_path) == {"processed": "new"}


# --- staging folders --------------------------------------------------------------------------


def test_only_staging_folders_of_runs_that_are_gone_are_cleared(tmp_path, live_pid, dead_pid):
    # the live one stands for a run of a version without the lock: its folder is its own
    live = _folder(tmp_path / f".processed.tmp-{live_pid}-abcd", "live")
    _folder(tmp_path / f".processed.tmp-{dead_pid}-efgh", "dead")
    _folder(tmp_path / ".processed.tmp-k3j9x2", "older version, no pid")
    _next_run(tmp_path / "processed")
    assert _contents(tmp_path) == {live.name: "live"}


def test_a_failed_block_removes_every_staging_folder_and_keeps_the_outputs(tmp_path):
    site = tmp_path
    _folder(site / "reports", "old reports")
    _folder(site / "figures", "old figures")
    with pytest.raises(RuntimeError), atomic_output_dirs(site / "reports", site / "figures"):
        raise RuntimeError("a notebook failed")
    assert _contents(site) == {"figures": "old figures", "reports": "old reports"}


# --- a kill during the swap -------------------------------------------------------------------


class _Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs."""


def _swap_killed_at(site, rename, monkeypatch):
    """Replace reports/ and figures/ together, dying just before the ``rename``-th rename."""
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append((src, dst))
        if len(calls) == rename:
            raise _Killed
        real_replace(src, dst)

    monkeypatch.setattr(swap.os, "replace", replace)
    with pytest.raises(_Killed):
        with atomic_output_dirs(site / "reports", site / "figures") as (reports, figures):
            (reports / "a.csv").write_text("new reports")
            (figures / "a.csv").write_text("new figures")
    monkeypatch.setattr(swap.os, "replace", real_replace)
    return len(calls)


# renames: 1 commits the journal; 2, 3 set reports aside and put the new one in; 4, 5 figures
@pytest.mark.parametrize("rename", [2, 3, 4, 5])
def test_a_swap_killed_after_its_journal_is_finished_by_the_next_run(tmp_path, monkeypatch, rename):
    site = tmp_path
    _folder(site / "reports", "old reports")
    _folder(site / "figures", "old figures")
    _swap_killed_at(site, rename, monkeypatch)
    before = _contents(site)
    assert ".reports.swap.json" in before
    if rename == 3:
        # the state of the report: data folder missing, its old copy set aside
        assert "reports" not in before
    if rename == 4:
        # new reports beside old figures
        assert (before["reports"], before["figures"]) == ("new reports", "old figures")
    _next_run(site / "reports", site / "figures")
    assert _contents(site) == {"figures": "new figures", "reports": "new reports"}


def test_a_swap_without_a_kill_makes_five_renames(tmp_path, monkeypatch):
    # guards the numbering above: the journal, then reports and figures, two renames each
    _folder(tmp_path / "reports", "old reports")
    _folder(tmp_path / "figures", "old figures")
    real_replace = os.replace
    names = []

    def replace(src, dst):
        names.append((Path(src).name.split("-")[0], Path(dst).name.split("-")[0]))
        real_replace(src, dst)

    monkeypatch.setattr(swap.os, "replace", replace)
    with atomic_output_dirs(tmp_path / "reports", tmp_path / "figures"):
        pass
    assert names == [
        (".reports.swap.json.tmp", ".reports.swap.json"),
        ("reports", ".reports.old"),
        (".reports.tmp", "reports"),
        ("figures", ".figures.old"),
        (".figures.tmp", "figures"),
    ]


def test_a_swap_killed_before_its_journal_leaves_the_old_outputs(tmp_path, dead_pid):
    site = tmp_path
    _folder(site / "reports", "old reports")
    _folder(site / "figures", "old figures")
    _folder(site / f".reports.tmp-{dead_pid}-abcd", "new reports")
    _folder(site / f".figures.tmp-{dead_pid}-efgh", "new figures")
    (site / f".reports.swap.json.tmp-{dead_pid}").write_text("{")  # half written
    _next_run(site / "reports", site / "figures")
    assert _contents(site) == {"figures": "old figures", "reports": "old reports"}


def test_a_folder_set_aside_by_an_older_version_is_put_back(tmp_path, dead_pid):
    # the state the report found: data/processed missing, the old copy in .processed.old-PID
    _folder(tmp_path / f".processed.old-{dead_pid}", "old")
    _next_run(tmp_path / "processed")
    assert _contents(tmp_path) == {"processed": "old"}


def test_a_set_aside_folder_beside_its_replacement_is_removed(tmp_path, dead_pid):
    # killed after the swap, while removing the old copy
    _folder(tmp_path / "processed", "new")
    _folder(tmp_path / f".processed.old-{dead_pid}-abcd", "old")
    _next_run(tmp_path / "processed")
    assert _contents(tmp_path) == {"processed": "new"}


def test_a_swap_of_relative_folders_is_finished_from_another_directory(tmp_path, monkeypatch):
    site = tmp_path / "site"
    _folder(site / "reports", "old reports")
    _folder(site / "figures", "old figures")
    monkeypatch.chdir(tmp_path)
    _swap_killed_at(Path("site"), 3, monkeypatch)  # reports set aside, the new one not yet in
    monkeypatch.chdir(site / "figures")
    _next_run(site / "reports", site / "figures")
    assert _contents(site) == {"figures": "new figures", "reports": "new reports"}
