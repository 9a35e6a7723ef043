"""Output folders replaced whole: one writer at a time, staged beside, swapped in together.

``netlib build`` replaces ``data/processed``; ``netlib report`` replaces ``reports/`` and
``figures/`` as one group. For each group:

- **A lock.** Beside each folder a lock file ``.NAME.lock`` holds the writer's pid under an
  advisory ``flock``. A second run does not wait: it stops at once with exit status 2 naming the
  pid that holds the folder. The operating system drops the lock when its holder dies, so a lock
  file left by a killed run is simply taken over.
- **Staging.** Each folder is written to ``.NAME.tmp-PID-XXXX`` beside it. A staging folder is
  cleared only when the pid in its name is gone.
- **A journal.** When every staging folder is complete, the moves (old folder aside, new one in
  place, for every folder of the group) are written to ``.NAME.swap.json`` beside the first
  folder, then carried out, then the journal is removed. A run killed during the moves leaves the
  journal, and the next run that takes the lock finishes them: every folder of the group ends up
  new, never half new, half old, never missing. A folder set aside by a killed run of a version
  without the journal (``.NAME.old-PID``) is put back when the folder itself is missing.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from netlib.errors import InputError

__all__ = ["atomic_output_dir", "atomic_output_dirs", "output_lock", "recover"]

# lock files this process holds: path -> [open descriptor, depth], so a command may take the
# lock early (to stop before any work) and the swap take it again
_HELD = {}
_OWNER = re.compile(r"\.(?:tmp|old)-(\d+)(?:-|$)")


def _lock_path(target):
    return target.parent / f".{target.name}.lock"


def _journal_path(target):
    return target.parent / f".{target.name}.swap.json"


def _pid_alive(pid):
    """True when a process with this pid exists (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner_gone(folder):
    """True when the run that made this staging or set-aside folder is no longer running.

    A name without a pid (written by an older version) counts as gone: under the lock no
    live run of this version can own it.
    """
    match = _OWNER.search(folder.name)
    if match is None:
        return True
    pid = int(match.group(1))
    return pid != os.getpid() and not _pid_alive(pid)


def _holder(path):
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


def _acquire(target):
    """Take the lock of one folder (non-blocking) and return its open descriptor."""
    import fcntl

    path = _lock_path(target)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise InputError(
                target,
                f"another netlib run (pid {_holder(path)}) is writing this folder; "
                "run again when it has finished",
            ) from None
        # the previous holder may have removed the file between our open and our lock
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        os.close(fd)


def _release(target):
    path = _lock_path(target)
    fd = _HELD.pop(path)[0]
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # while still locked, so no run locks a file that is going away
    os.close(fd)


@contextlib.contextmanager
def output_lock(*targets):
    """Hold the write locks of ``targets`` (folders) for the block; re-entrant in one process.

    On entry, a swap that a killed run left half done is finished (:func:`recover`).

    Raises
    ------
    InputError
        When another live process holds one of the locks (its pid is in the message).
    """
    targets = [Path(t) for t in targets]
    taken = []
    try:
        for target in sorted(set(targets)):
            target.parent.mkdir(parents=True, exist_ok=True)
            path = _lock_path(target)
            if path in _HELD:
                _HELD[path][1] += 1
            else:
                _HELD[path] = [_acquire(target), 1]
            taken.append(target)
        recover(*targets)
        yield
    finally:
        for target in reversed(taken):
            path = _lock_path(target)
            _HELD[path][1] -= 1
            if _HELD[path][1] == 0:
                _release(target)


def _roll_forward(journal):
    """Carry out the moves a journal lists, from wherever a killed run stopped, then drop it."""
    moves = json.loads(journal.read_text(encoding="utf-8"))["moves"]
    for move in moves:
        target, staging, old = (Path(move[k]) for k in ("target", "staging", "old"))
        if staging.exists():
            if target.exists():
                os.replace(target, old)
            os.replace(staging, target)
    journal.unlink()
    for move in moves:
        shutil.rmtree(move["old"], ignore_errors=True)


def recover(*targets):
    """Bring ``targets`` back to a whole state after a killed run; call under their locks.

    In order: finish a journaled swap; put back a folder set aside by a killed run when the
    folder is missing (the newest, if several); remove staging and set-aside folders whose
    run is gone.
    """
    targets = [Path(t) for t in targets]
    for target in targets:
        journal = _journal_path(target)
        if journal.exists():
            _roll_forward(journal)
    for target in targets:
        gone = [p for p in target.parent.glob(f".{target.name}.old-*") if _owner_gone(p)]
        if not target.exists() and gone:
            newest = max(gone, key=lambda p: p.stat().st_mtime)
            os.replace(newest, target)
            gone.remove(newest)
        stale = [p for p in target.parent.glob(f".{target.name}.tmp-*") if _owner_gone(p)]
        for folder in gone + stale:
            shutil.rmtree(folder, ignore_errors=True)
        for pending in target.parent.glob(f"{_journal_path(target).name}.tmp-*"):
            if _owner_gone(pending):
                pending.unlink()  # a journal never committed: the swap had not begun


def _stage(target):
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-{os.getpid()}-", dir=target.parent))
    staging.chmod(0o755)
    return staging


@contextlib.contextmanager
def atomic_output_dirs(*targets):
    """Yield one staging folder per target; swap them all in together if the block succeeds.

    The folders are locked for the block (:func:`output_lock`). On error the staging folders
    are removed and every target is left as it was. The swap is journaled, so a run killed
    during it is finished by the next one.

    Examples
    --------
    >>> import tempfile
    >>> site = Path(tempfile.mkdtemp())
    >>> with atomic_output_dirs(site / "reports", site / "figures") as (reports, figures):
    ...     _ = (reports / "index.html").write_text("new")
    >>> (site / "reports" / "index.html").read_text()
    'new'
    >>> sorted(p.name for p in site.iterdir())
    ['figures', 'reports']
    >>> shutil.rmtree(site)
    """
    targets = [Path(t) for t in targets]
    with output_lock(*targets):
        stagings = []
        try:
            for target in targets:
                stagings.append(_stage(target))
            yield tuple(stagings)
        except BaseException:
            for staging in stagings:
                shutil.rmtree(staging, ignore_errors=True)
            raise
        token = Path(stagings[0]).name.rsplit("-", 1)[-1]
        moves = [
            {  # absolute: the next run may start from another working directory
                "target": str(target.absolute()),
                "staging": str(staging.absolute()),
                "old": str(target.absolute().parent / f".{target.name}.old-{os.getpid()}-{token}"),
            }
            for target, staging in zip(targets, stagings, strict=True)
        ]
        journal = _journal_path(targets[0])
        pending = journal.with_name(f"{journal.name}.tmp-{os.getpid()}")
        pending.write_text(json.dumps({"moves": moves}, indent=1) + "\n", encoding="utf-8")
        os.replace(pending, journal)  # the commit point: from here on the swap is finished
        _roll_forward(journal)


@contextlib.contextmanager
def atomic_output_dir(target):
    """Yield a staging folder beside ``target`` and swap it in only if the block succeeds.

    One folder of :func:`atomic_output_dirs`: a run killed midway leaves the previous
    ``target`` untouched, and the next run clears what it staged.
    """
    with atomic_output_dirs(target) as (staging,):
        yield staging
