"""A Dask cluster's executor for :func:`netlib.build.build_corpus` (``netlib build --scheduler``).

The build maps its per-document parse over any :class:`concurrent.futures.Executor`; this
connects to a running Dask scheduler and lends its executor for the length of a ``with``.
Needs the optional ``distributed`` package (``pip install 'netlib[cluster]'``).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from netlib.errors import InputError

__all__ = ["CONNECT_TIMEOUT", "dask_executor"]

#: Seconds to wait for the scheduler to answer before giving up (a wrong address must not hang).
CONNECT_TIMEOUT = 10


@contextmanager
def dask_executor(address, *, timeout=None):
    """The executor of the Dask scheduler at ``address``, closed on leaving the ``with``.

    Parameters
    ----------
    address : str
        The scheduler's address, e.g. ``tcp://10.0.0.5:8786`` (``dask scheduler`` prints it).
    timeout : float, optional
        Seconds to wait for it (default :data:`CONNECT_TIMEOUT`).

    Yields
    ------
    concurrent.futures.Executor

    Raises
    ------
    InputError
        ``distributed`` is not installed, the address is malformed, or no scheduler answered
        in time.
    """
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    where = f"--scheduler {address}"
    try:
        from distributed import Client
    except ImportError:
        raise InputError(
            where, "a Dask cluster needs the distributed package: pip install 'netlib[cluster]'"
        ) from None
    try:
        _handshake(address, timeout)
        client = Client(address, timeout=timeout, set_as_default=False)
    except ValueError as exc:
        raise InputError(where, f"not a scheduler address ({exc})") from None
    except OSError:
        raise InputError(where, f"no Dask scheduler answered within {timeout:g} s") from None
    try:
        yield client.get_executor()
    finally:
        client.close()


def _handshake(address, timeout):
    """Connect to ``address`` and shake hands, all within ``timeout``.

    ``Client(address, timeout=...)`` bounds the connection but not the handshake after it, so
    it waits for ever on a port that accepts and never answers (another service, a stopped
    scheduler). Run on a thread of its own, so it works inside a running event loop too.
    """
    from distributed.comm import connect

    async def shake_hands():
        comm = await asyncio.wait_for(connect(address, timeout=timeout), timeout)
        await comm.close()

    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, shake_hands()).result()
