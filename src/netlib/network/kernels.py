"""Compiled kernels (numba) for the one-mode projection of a biadjacency matrix.

The projection kernel builds the strict upper triangle of ``B Bᵀ`` directly in CSR form, in two
passes parallel over rows (``prange`` over chunks; rows are dealt round-robin in blocks of 64
consecutive rows, so the long rows of low index are spread over the threads). A first serial
pass records where every entry of ``B`` sits in ``Bᵀ``, so that the rows ``j > i`` of a column
are found without a binary search. Symbolic pass: the number of distinct partners ``j > i`` of
every row. Numeric pass: the partners, flagged in a two-level bitmap as they are found and read
back lowest set bit first, so that every output row comes out sorted without a sort, with their
shared counts. The inner loops have no data-dependent branch (whether a partner is new is
unpredictable, and a mispredicted branch costs more than the work). Column and row indices are
read as int32 (half the memory traffic of int64). Each chunk owns dense accumulators of length
``n``: memory is ``O(chunks · n + pairs)``, never ``n²``. With ``min_shared > 1`` the symbolic
pass counts only the pairs that will be kept, so the others never take memory.

The output (12 bytes a pair: int32 index, float64 count) is allocated by numpy, as scipy's
product allocates its own: on the VM this was tuned on, faulting in memory costs more than the
arithmetic, and numpy's large arrays (transparent huge pages) fault in several times faster than
numba's when the process has recently freed memory (the usual case: 0.9 s instead of 1.4 s for
the 176 million pairs of the L corpus), though slower on memory the host has taken back (the
first large allocation of a fresh process: about 3 s there), as scipy's product is.

Small products (fewer than :data:`PARALLEL_MIN_WORK` pair incidences) run on one thread.

Newman weights are accumulated in the same pass, adding ``1/(k_c - 1)`` for each shared column
``c`` in increasing ``c`` — the order in which scipy's sparse product adds them — so the weights
are bit-identical to ``(B diag(1/(k-1))) Bᵀ``.

Compilation is cached on disk (``cache=True``); :func:`warm_up` compiles (or loads) every kernel
on a tiny input and returns the seconds it took, so that timings can leave it out.
"""

from __future__ import annotations

import os
import time

import numba
import numpy as np
from numba.cpython.unsafe.numbers import trailing_zeros

__all__ = ["PARALLEL_MIN_WORK", "THREADS", "available_cores", "project_upper", "warm_up"]


def available_cores():
    """The cores this process may run on: its CPU affinity where the system has one.

    Examples
    --------
    >>> available_cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - no affinity on this system


#: Threads used by the parallel kernels: the cores this process may run on, within numba's
#: thread pool (``NUMBA_NUM_THREADS`` lowers it).
THREADS = max(1, min(available_cores(), numba.config.NUMBA_NUM_THREADS))

_CHUNKS_PER_THREAD = 8

# rows are dealt to the chunks in blocks of this many consecutive rows: the long rows of low
# index are still spread over the threads, and each thread writes longer runs of the output
_BLOCK = 64

#: Below this many pair incidences (sum of k(k-1)/2 over columns) the kernel uses one thread:
#: measured here, a second thread starts to pay at about 100,000 (0.5 ms of work), and halves
#: the time at a million.
PARALLEL_MIN_WORK = 100_000


@numba.njit(cache=True, nogil=True)
def _positions(n, indptr, indices, t_indptr, t_indices):
    """Position in ``t_indices`` of every entry of ``B``.

    Row ``i``'s partners through its entry ``p`` (column ``c = indices[p]``) are then
    ``t_indices[pos[p] + 1 : t_indptr[c + 1]]``. One pass over ``B`` in row order, filling the
    columns of ``Bᵀ`` as a transposition does, replaces a binary search per (row, column) in
    each of the two passes. Raises ValueError when ``Bᵀ`` is not the transpose of ``B``.
    """
    cursor = t_indptr[:-1].copy()
    pos = np.empty(indices.shape[0], dtype=np.int64)
    for i in range(n):
        for p in range(indptr[i], indptr[i + 1]):
            c = indices[p]
            q = cursor[c]
            if q >= t_indptr[c + 1] or t_indices[q] != i:
                raise ValueError("t_indptr, t_indices: not the sorted transpose of B")
            pos[p] = q
            cursor[c] = q + 1
    return pos


@numba.njit(parallel=True, cache=True, nogil=True)
def _symbolic(n, indptr, indices, t_indptr, t_indices, pos, n_chunks):
    """Number of distinct partners ``j > i`` of every row ``i``."""
    counts = np.empty(n, dtype=np.int64)
    for chunk in numba.prange(n_chunks):
        mark = np.full(n, -1, dtype=np.int32)  # half the cache footprint of int64
        for block in range(chunk, (n + _BLOCK - 1) // _BLOCK, n_chunks):
            for i in range(block * _BLOCK, min(n, (block + 1) * _BLOCK)):
                found = 0
                for p in range(indptr[i], indptr[i + 1]):
                    for r in range(pos[p] + 1, t_indptr[indices[p] + 1]):
                        j = t_indices[r]
                        # branch-free: whether j is new is unpredictable, a branch would stall
                        found += mark[j] != i
                        mark[j] = i
                counts[i] = found
    return counts


@numba.njit(parallel=True, cache=True, nogil=True)
def _numeric(
    n,
    indptr,
    indices,
    t_indptr,
    t_indices,
    pos,
    scale,
    out_indptr,
    out_indices,
    shared,
    weights,
    n_chunks,
    newman,
    min_shared,
    write,
):
    """Partners (sorted), shared counts and Newman sums of every row, into the CSR arrays.

    Partners are flagged, without a branch, in a two-level bitmap (one bit per column, one
    summary bit per 64-bit word); reading it back lowest set bit first yields them sorted,
    visiting only the words that have a bit set. Only partners sharing at least
    ``min_shared`` columns are kept. With ``write`` false, nothing is written: the number of
    kept partners of every row is returned instead (the symbolic pass when ``min_shared > 1``).
    """
    kept = np.zeros(0 if write else n, dtype=np.int64)
    one = np.uint64(1)
    for chunk in numba.prange(n_chunks):
        count = np.zeros(n, dtype=np.int32)  # half the cache footprint of float64
        total = np.zeros(n if newman else 0, dtype=np.float64)
        bits = np.zeros(n // 64 + 1, dtype=np.uint64)
        summary = np.zeros(n // 4096 + 1, dtype=np.uint64)
        for block in range(chunk, (n + _BLOCK - 1) // _BLOCK, n_chunks):
            for i in range(block * _BLOCK, min(n, (block + 1) * _BLOCK)):
                if write and out_indptr[i + 1] == out_indptr[i]:
                    continue
                low, high = n, -1
                for p in range(indptr[i], indptr[i + 1]):
                    c = indices[p]
                    end = t_indptr[c + 1]
                    q = pos[p] + 1
                    if q < end:
                        low = min(low, t_indices[q] >> 12)
                        high = max(high, t_indices[end - 1] >> 12)
                    if newman:
                        weight = scale[c]
                        for r in range(q, end):
                            j = t_indices[r]
                            bits[j >> 6] |= one << np.uint64(j & 63)
                            summary[j >> 12] |= one << np.uint64((j >> 6) & 63)
                            count[j] += 1
                            total[j] += weight
                    else:
                        for r in range(q, end):
                            j = t_indices[r]
                            bits[j >> 6] |= one << np.uint64(j & 63)
                            summary[j >> 12] |= one << np.uint64((j >> 6) & 63)
                            count[j] += 1
                k = out_indptr[i] if write else 0
                for s in range(low, high + 1):
                    flags = summary[s]
                    summary[s] = 0
                    while flags != 0:
                        w = s * 64 + np.int64(trailing_zeros(flags))
                        flags &= flags - one
                        word = bits[w]
                        bits[w] = 0
                        while word != 0:
                            j = w * 64 + np.int64(trailing_zeros(word))
                            word &= word - one
                            if count[j] >= min_shared:
                                if write:
                                    out_indices[k] = j
                                    shared[k] = np.float64(count[j])
                                    if newman:
                                        weights[k] = total[j]
                                k += 1
                            count[j] = 0
                            if newman:
                                total[j] = 0.0
                if not write:
                    kept[i] = k
    return kept


def project_upper(indptr, indices, t_indptr, t_indices, n, scale=None, min_shared=1):
    """Strict upper triangle of ``B Bᵀ`` as CSR arrays, with optional Newman weights.

    Parameters
    ----------
    indptr, indices : numpy.ndarray
        CSR structure of the binary ``n × m`` incidence ``B`` (sorted indices).
    t_indptr, t_indices : numpy.ndarray
        CSR structure of ``Bᵀ`` (sorted indices).
    n : int
        Number of rows of ``B``.
    scale : numpy.ndarray, optional
        One weight per column; when given, also returns ``sum_c scale[c]`` over the shared
        columns of each pair, added in increasing ``c`` (Newman's weight with
        ``scale = 1/(k_c - 1)``).
    min_shared : int
        Keep only pairs sharing at least this many columns (filtered inside the kernel, so
        the pairs below never take memory).

    Returns
    -------
    tuple
        ``(indptr int64, indices int32, shared float64, weights float64 or None)``; the
        indices of every row are sorted.

    Raises
    ------
    ValueError
        When ``(t_indptr, t_indices)`` is not the sorted transpose of ``(indptr, indices)``.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> b = sp.csr_matrix(np.array([[1., 1.], [1., 1.], [0., 1.]]))
    >>> t = b.T.tocsr()
    >>> ptr, idx, shared, _ = project_upper(b.indptr, b.indices, t.indptr, t.indices, 3)
    >>> ptr.tolist(), idx.tolist(), shared.tolist()
    ([0, 2, 3, 3], [1, 2, 2], [2.0, 1.0, 1.0])
    """
    n = int(n)
    if n >= 2**31:  # pragma: no cover
        raise MemoryError(f"{n} rows: more than int32 column indices hold")
    indptr, t_indptr = (np.ascontiguousarray(a, dtype=np.int64) for a in (indptr, t_indptr))
    # int32 indices: half the memory traffic of the inner loops (columns too must fit)
    small = np.int32 if len(t_indptr) - 1 < 2**31 else np.int64
    indices, t_indices = (np.ascontiguousarray(a, dtype=small) for a in (indices, t_indices))
    n_chunks = max(1, min(n, THREADS * _CHUNKS_PER_THREAD))
    sizes = np.diff(t_indptr)
    # small products run on one thread: waking a second one costs more than it saves
    threads = THREADS if float((sizes * (sizes - 1)).sum()) / 2 >= PARALLEL_MIN_WORK else 1
    newman = scale is not None
    scale = np.ascontiguousarray(scale if newman else np.zeros(0), dtype=np.float64)
    previous = numba.get_num_threads()
    numba.set_num_threads(threads)
    try:
        pos = _positions(n, indptr, indices, t_indptr, t_indices)
        out_indptr = np.zeros(n + 1, dtype=np.int64)
        if min_shared <= 1:
            counts = _symbolic(n, indptr, indices, t_indptr, t_indices, pos, n_chunks)
        else:
            counts = _numeric(
                n,
                indptr,
                indices,
                t_indptr,
                t_indices,
                pos,
                scale,
                out_indptr,
                np.empty(0, dtype=np.int32),
                np.empty(0),
                np.empty(0),
                n_chunks,
                False,
                float(min_shared),
                False,
            )
        np.cumsum(counts, out=out_indptr[1:])
        nnz = int(out_indptr[n])
        # numpy's allocations, as scipy's product uses (see the module notes on page faults)
        out_indices = np.empty(nnz, dtype=np.int32)
        shared = np.empty(nnz)
        weights = np.empty(nnz if newman else 0)
        _numeric(
            n,
            indptr,
            indices,
            t_indptr,
            t_indices,
            pos,
            scale,
            out_indptr,
            out_indices,
            shared,
            weights,
            n_chunks,
            newman,
            float(min_shared),
            True,
        )
    finally:
        numba.set_num_threads(previous)
    return out_indptr, out_indices, shared, (weights if newman else None)


_WARM = {"seconds": None}


def warm_up():
    """Compile (or load from the cache) every kernel on a tiny input; return the seconds taken.

    The first call in a process pays the compilation (or the cache load); later calls return
    the time of that first call.

    Examples
    --------
    >>> warm_up() >= 0
    True
    """
    if _WARM["seconds"] is not None:
        return _WARM["seconds"]
    start = time.perf_counter()
    ptr = np.array([0, 2, 3], dtype=np.int64)
    idx = np.array([0, 1, 0], dtype=np.int64)
    t_ptr = np.array([0, 2, 3], dtype=np.int64)
    t_idx = np.array([0, 1, 0], dtype=np.int64)
    project_upper(ptr, idx, t_ptr, t_idx, 2)
    project_upper(ptr, idx, t_ptr, t_idx, 2, scale=np.ones(2))
    project_upper(ptr, idx, t_ptr, t_idx, 2, scale=np.ones(2), min_shared=2)
    _WARM["seconds"] = time.perf_counter() - start
    return _WARM["seconds"]
