"""Backbones of the co-signing projection: which organisation pairs co-sign more than chance.

The method is the stochastic degree sequence model (SDSM) with the bipartite configuration
model (BiCM) as its null model: organisations keep their number of campaigns and campaigns
their number of signatories *on average*; each pair's count of shared campaigns is compared with
its distribution under that null. Serrano's disparity filter is offered only as a labelled
comparison: it looks at the projected weights and ignores the bipartite structure.

An empty backbone (no pair significant) is a result, common on small corpora, not an error.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy import stats
from scipy.special import expit

from netlib.errors import InputError
from netlib.network.graph import Biadjacency
from netlib.network.projection import Projection

__all__ = [
    "BackboneResult",
    "BiCMFit",
    "adjust_pvalues",
    "bicm",
    "disparity_filter",
    "poisson_binomial_sf",
    "sdsm",
]

CORRECTIONS = ("holm", "fdr_bh", "none")

#: The BiCM is solved on degree classes (rows or columns with the same degree share their
#: fitness), in dense form; more classes than this on either side is refused.
MAX_DEGREE_CLASSES = 3000

#: The exact Poisson-binomial tails cost about (column classes) × S² operations per pair of
#: degree classes (S = its largest shared count, rounded up to a power of two); above this in
#: total, ``method="auto"`` uses the refined normal approximation.
MAX_EXACT_COST = 4e8


@dataclass(frozen=True)
class BackboneResult:
    """Edges kept by a backbone method, with the parameters and counts that produced them.

    Attributes
    ----------
    edges : pandas.DataFrame
        ``source, target, shared, pvalue, pvalue_adjusted`` (plus ``weight`` for the disparity
        filter) for the kept edges, sorted by source, target. May be empty.
    params : dict
        ``method``, ``alpha``, ``correction``, ``n_tested``, ``n_kept`` and method details.
    tested : pandas.DataFrame
        The same columns for every tested pair (kept or not), for diagnostics.
    """

    edges: pd.DataFrame
    params: dict
    tested: pd.DataFrame = field(repr=False, default=None)

    @property
    def n_kept(self):
        """Number of edges in the backbone."""
        return int(self.params["n_kept"])

    def summary(self):
        """One sentence: what was tested, what was kept, and how.

        Examples
        --------
        >>> empty = BackboneResult(pd.DataFrame(), {"method": "sdsm", "alpha": 0.05,
        ...     "correction": "holm", "n_tested": 12, "n_kept": 0})
        >>> empty.summary()
        'sdsm: no edge is significant at alpha=0.05 (holm correction) among 12 tested pairs; the backbone is empty.'
        """  # noqa: E501
        p = self.params
        how = f"at alpha={p['alpha']:g} ({p['correction']} correction)"
        if p["n_kept"] == 0:
            return (
                f"{p['method']}: no edge is significant {how} among {p['n_tested']} tested "
                "pairs; the backbone is empty."
            )
        return f"{p['method']}: {p['n_kept']} of {p['n_tested']} tested pairs kept {how}."


# --- the bipartite configuration model --------------------------------------------------------


@dataclass(frozen=True)
class BiCMFit:
    """Solution of the BiCM on degree classes.

    ``probabilities[a, b]`` is the probability that a row of degree class ``a`` is linked to a
    column of class ``b``; ``row_class[i]`` and ``col_class[k]`` give the class of each row and
    column. ``max_degree_error`` is the largest absolute difference between expected and
    observed degrees.
    """

    probabilities: np.ndarray
    row_class: np.ndarray
    col_class: np.ndarray
    row_degrees: np.ndarray
    col_degrees: np.ndarray
    max_degree_error: float
    iterations: int

    def dense(self, max_cells=10_000_000):
        """The full rows × columns probability matrix (refused above ``max_cells``)."""
        cells = len(self.row_class) * len(self.col_class)
        if cells > max_cells:
            raise InputError("BiCMFit.dense", f"{cells} cells > max_cells={max_cells}")
        return self.probabilities[np.ix_(self.row_class, self.col_class)]


def bicm(row_degrees, col_degrees, *, tol=1e-11, max_iter=2000):
    """Solve the bipartite configuration model for given row and column degrees.

    Finds fitnesses ``x_i, y_k`` such that ``p_ik = x_i y_k / (1 + x_i y_k)`` reproduces every
    row and column degree in expectation (the maximum-entropy bipartite null model).

    Parameters
    ----------
    row_degrees, col_degrees : array_like of int
        Observed degrees; their sums must be equal.
    tol : float
        Target for the largest absolute degree error.
    max_iter : int
        Newton iterations at most.

    Returns
    -------
    BiCMFit

    Notes
    -----
    Rows (and columns) with the same degree have the same fitness, so the problem is solved on
    degree classes: at most ``sqrt(2E)`` classes per side for ``E`` edges, in dense form (refused
    above :data:`MAX_DEGREE_CLASSES` classes a side). Empty and full rows or columns get
    probabilities 0 or 1 and are removed, repeatedly, before solving. The solver is Newton's
    method on the (convex) negative log-likelihood in ``log x, log y`` with Armijo backtracking;
    the gauge freedom ``(x c, y / c)`` is handled by a least-squares step. When the observed
    matrix is the only one with its degrees (e.g. perfectly nested), some fitnesses diverge:
    the degrees are then matched only in the limit, and ``max_degree_error`` says how closely.

    References
    ----------
    F. Saracco, R. Di Clemente, A. Gabrielli, T. Squartini, "Randomizing bipartite networks:
    the case of the World Trade Web", Scientific Reports 5, 10595 (2015).

    Examples
    --------
    >>> fit = bicm([2, 1, 1], [2, 1, 1])
    >>> p = fit.dense()
    >>> bool(np.allclose(p.sum(axis=1), [2, 1, 1]) and np.allclose(p.sum(axis=0), [2, 1, 1]))
    True
    """
    row_degrees = np.asarray(row_degrees, dtype=np.int64)
    col_degrees = np.asarray(col_degrees, dtype=np.int64)
    if row_degrees.sum() != col_degrees.sum():
        raise InputError("bicm", "row and column degrees have different sums")
    if (row_degrees < 0).any() or (col_degrees < 0).any():
        raise InputError("bicm", "negative degree")
    row_values, row_class, row_counts = np.unique(
        row_degrees, return_inverse=True, return_counts=True
    )
    col_values, col_class, col_counts = np.unique(
        col_degrees, return_inverse=True, return_counts=True
    )
    if max(len(row_values), len(col_values)) > MAX_DEGREE_CLASSES:
        raise InputError("bicm", f"more than {MAX_DEGREE_CLASSES} degree classes on one side")
    probabilities, iterations = _solve_classes(
        row_values.astype(float),
        row_counts.astype(float),
        col_values.astype(float),
        col_counts.astype(float),
        tol=tol,
        max_iter=max_iter,
    )
    row_error = np.abs(probabilities @ col_counts - row_values)
    col_error = np.abs(row_counts @ probabilities - col_values)
    error = float(max(row_error.max(initial=0.0), col_error.max(initial=0.0)))
    return BiCMFit(
        probabilities=probabilities,
        row_class=row_class.ravel(),
        col_class=col_class.ravel(),
        row_degrees=row_degrees,
        col_degrees=col_degrees,
        max_degree_error=error,
        iterations=iterations,
    )


def _solve_classes(r, n, c, m, *, tol, max_iter):
    """BiCM on classes: ``r`` row degrees with multiplicities ``n``, ``c`` and ``m`` likewise."""
    p = np.full((len(r), len(c)), np.nan)
    rows = np.ones(len(r), dtype=bool)
    cols = np.ones(len(c), dtype=bool)
    r_left, c_left = r.copy(), c.copy()
    # Empty and full rows/columns are determined (p = 0 or 1); peeling them can determine more.
    changed = True
    while changed:
        changed = False
        n_cols, n_rows = m[cols].sum(), n[rows].sum()
        for a in np.flatnonzero(rows):
            if r_left[a] <= 0 or r_left[a] >= n_cols:
                value = 0.0 if r_left[a] <= 0 else 1.0
                p[a, cols] = value
                c_left[cols] -= value * n[a]
                rows[a], changed = False, True
        n_cols, n_rows = m[cols].sum(), n[rows].sum()
        for b in np.flatnonzero(cols):
            if c_left[b] <= 0 or c_left[b] >= n_rows:
                value = 0.0 if c_left[b] <= 0 else 1.0
                p[rows, b] = value
                r_left[rows] -= value * m[b]
                cols[b], changed = False, True
    iterations = 0
    if rows.any() and cols.any():
        sub, iterations = _newton(
            r_left[rows], n[rows], c_left[cols], m[cols], tol=tol, max_iter=max_iter
        )
        p[np.ix_(rows, cols)] = sub
    return p, iterations


def _newton(r, n, c, m, *, tol, max_iter):
    """Newton's method on the BiCM negative log-likelihood over degree classes."""
    total = float(r @ n)
    theta = np.log(r / np.sqrt(total))
    eta = np.log(c / np.sqrt(total))
    weight = np.outer(n, m)

    def objective(th, et):
        s = th[:, None] + et[None, :]
        return float((weight * np.logaddexp(0.0, s)).sum() - n @ (r * th) - m @ (c * et))

    def residual(th, et):
        p = expit(th[:, None] + et[None, :])
        return max(np.abs(p @ m - r).max(), np.abs(n @ p - c).max())

    iteration = 0
    for iteration in range(1, max_iter + 1):  # noqa: B007 (reported below)
        p = expit(theta[:, None] + eta[None, :])
        row_residual = p @ m - r
        col_residual = n @ p - c
        if max(np.abs(row_residual).max(), np.abs(col_residual).max()) < tol:
            break
        gradient = np.concatenate([n * row_residual, m * col_residual])
        w = weight * p * (1.0 - p)
        hessian = np.block([[np.diag(w.sum(axis=1)), w], [w.T, np.diag(w.sum(axis=0))]])
        step = _newton_step(hessian, gradient)
        if not np.all(np.isfinite(step)) or gradient @ step >= 0:
            step = -gradient  # fall back on steepest descent
        theta, eta = _backtrack(objective, residual, theta, eta, step, gradient, len(r))
    else:
        iteration = max_iter
    p = expit(theta[:, None] + eta[None, :])
    return p, iteration


def _newton_step(hessian, gradient):
    """Solve ``H step = -g`` with the last parameter fixed (it removes the gauge freedom)."""
    size = len(gradient) - 1
    try:
        reduced = np.linalg.solve(hessian[:size, :size], -gradient[:size])
        return np.append(reduced, 0.0)
    except np.linalg.LinAlgError:
        return -np.linalg.lstsq(hessian, gradient, rcond=None)[0]


def _backtrack(objective, residual, theta, eta, step, gradient, n_rows):
    """Line search along ``step``: Armijo on the log-likelihood, or a smaller degree error.

    Near a solution on the boundary (some fitnesses diverge) the log-likelihood stops changing
    in floating point while the degree error still falls: the second test keeps progressing.
    """
    current, current_error = objective(theta, eta), residual(theta, eta)
    slope = float(gradient @ step)
    scale = 1.0
    for _ in range(60):
        new_theta = theta + scale * step[:n_rows]
        new_eta = eta + scale * step[n_rows:]
        if objective(new_theta, new_eta) <= current + 1e-4 * scale * slope:
            return new_theta, new_eta
        if residual(new_theta, new_eta) < current_error:
            return new_theta, new_eta
        scale /= 2.0
    return theta, eta


# --- Poisson-binomial tails -------------------------------------------------------------------


def poisson_binomial_sf(probabilities, observed):
    """``P(X >= observed)`` for ``X`` a sum of independent Bernoulli(``probabilities``).

    Exact, by dynamic programming over the trials (``O(len(probabilities) * observed)``), with
    the top bin absorbing "``observed`` or more" so that tiny tails keep their precision.

    Parameters
    ----------
    probabilities : array_like of float
    observed : int

    Returns
    -------
    float

    Examples
    --------
    >>> poisson_binomial_sf([0.5, 0.5], 1)
    0.75
    >>> poisson_binomial_sf([0.5, 0.5, 0.5], 3)
    0.125
    """
    observed = int(observed)
    if observed <= 0:
        return 1.0
    pmf = np.zeros(observed + 1)
    pmf[0] = 1.0
    for q in np.asarray(probabilities, dtype=float):
        top = pmf[observed] + pmf[observed - 1] * q
        pmf[1:observed] = pmf[1:observed] * (1.0 - q) + pmf[: observed - 1] * q
        pmf[0] *= 1.0 - q
        pmf[observed] = top
    return float(pmf[observed])


def _class_pair_tails(q, multiplicities, top):
    """Exact truncated distributions of ``sum_b Binomial(m_b, q[:, b])`` for many rows of ``q``.

    Returns an array ``(len(q), top + 1)``: bins ``0 .. top-1`` are probabilities of exactly that
    many, bin ``top`` is the probability of ``top`` or more.
    """
    n_pairs = q.shape[0]
    dist = np.zeros((n_pairs, top + 1))
    dist[:, 0] = 1.0
    counts = np.arange(top)
    for b, multiplicity in enumerate(multiplicities):
        qb = q[:, b : b + 1]
        pmf = stats.binom.pmf(counts[None, :], multiplicity, qb)  # exactly j, j < top
        # P(Binomial >= t) for t = 0 .. top
        sf = np.ones((n_pairs, top + 1))
        sf[:, 1:] = stats.binom.sf(counts[None, :], multiplicity, qb)
        new = np.zeros_like(dist)
        for j in range(top):
            new[:, j:top] += dist[:, : top - j] * pmf[:, j : j + 1]
        new[:, top] = (dist * sf[:, ::-1]).sum(axis=1)
        dist = new
    return dist


def _normal_tails(q, multiplicities, pair_index, observed):
    """Refined normal approximation (Volkova 1996) of ``P(X >= observed)``.

    Moments are computed once per row of ``q`` (a pair of degree classes); ``pair_index`` maps
    each tested pair to its row.
    """
    mean = (q @ multiplicities)[pair_index]
    variance = ((q * (1 - q)) @ multiplicities)[pair_index]
    third = ((q * (1 - q) * (1 - 2 * q)) @ multiplicities)[pair_index]
    sigma = np.sqrt(np.maximum(variance, 1e-300))
    gamma = third / sigma**3
    x = (observed - 0.5 - mean) / sigma
    cdf = stats.norm.cdf(x) + gamma * (1 - x**2) * stats.norm.pdf(x) / 6
    return np.clip(1.0 - cdf, 0.0, 1.0)


# --- multiple testing -------------------------------------------------------------------------


def adjust_pvalues(pvalues, correction="holm"):
    """Adjust p-values for multiple testing.

    Parameters
    ----------
    pvalues : array_like of float
    correction : {"holm", "fdr_bh", "none"}
        Holm's step-down family-wise correction, Benjamini–Hochberg false discovery rate, or
        none.

    Returns
    -------
    numpy.ndarray
        Adjusted p-values in the input order, capped at 1.

    Examples
    --------
    >>> adjust_pvalues([0.01, 0.04, 0.03], "holm").round(6).tolist()
    [0.03, 0.06, 0.06]
    >>> adjust_pvalues([0.01, 0.04, 0.03], "fdr_bh").round(6).tolist()
    [0.03, 0.04, 0.04]
    """
    pvalues = np.asarray(pvalues, dtype=float)
    if correction not in CORRECTIONS:
        raise InputError("adjust_pvalues", f"correction={correction!r}: one of {CORRECTIONS}")
    total = len(pvalues)
    if correction == "none" or total == 0:
        return pvalues.copy()
    order = np.argsort(pvalues, kind="mergesort")
    ranked = pvalues[order]
    if correction == "holm":
        adjusted = np.maximum.accumulate((total - np.arange(total)) * ranked)
    else:
        adjusted = np.minimum.accumulate(total / np.arange(total, 0, -1) * ranked[::-1])[::-1]
    out = np.empty(total)
    out[order] = np.minimum(adjusted, 1.0)
    return out


# --- SDSM -------------------------------------------------------------------------------------


def sdsm(bi, *, alpha=0.05, correction="holm", method="auto"):
    """Backbone of the organisation co-signing network under the SDSM (BiCM null model).

    For every pair of organisations sharing at least one campaign, the number of campaigns
    they share is compared with its null distribution: under the BiCM, organisation ``i`` is on
    campaign ``k`` with probability ``p_ik`` (matching all degrees in expectation), so the
    shared count is a Poisson-binomial variable with probabilities ``p_ik p_jk``. The p-value is
    ``P(X >= observed)`` (positive backbone only); a pair is kept when its p-value, corrected
    over all tested pairs, is at most ``alpha``.

    Parameters
    ----------
    bi : Biadjacency
    alpha : float
    correction : {"holm", "fdr_bh", "none"}
    method : {"auto", "exact", "normal"}
        How the Poisson-binomial tails are computed: ``exact`` (dynamic programming over
        binomial blocks of same-degree campaigns), ``normal`` (refined normal approximation,
        Volkova 1996) or ``auto`` (exact unless its cost exceeds :data:`MAX_EXACT_COST`).

    Returns
    -------
    BackboneResult
        ``params`` has ``method="sdsm"``, ``null_model="bicm"``, ``pvalue_method``, ``alpha``,
        ``correction``, ``n_tested``, ``n_kept``, ``bicm_max_degree_error`` and sizes.

    Notes
    -----
    Pairs that share nothing are not tested (their upper-tail p-value is 1). Degree classes
    make the cost depend on the number of distinct degrees, not on the number of
    organisations; the tested pairs are those of the sparse projection.

    References
    ----------
    Z. P. Neal, "The backbone of bipartite projections", Social Networks 39, 84–97 (2014).
    Z. P. Neal, R. Domagalski, B. Sagan, "Comparing alternatives to the fixed degree sequence
    model for extracting the backbone of bipartite projections", Scientific Reports 11, 23929
    (2021).

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "b", "c"],
    ...                      "campaign_id": ["c1", "c1", "c2", "c2", "c3"]})
    >>> result = sdsm(biadjacency({"signatures": sigs}))
    >>> result.params["n_tested"], result.params["n_kept"]
    (1, 0)
    """
    if not isinstance(bi, Biadjacency):
        raise InputError("sdsm", "expects a Biadjacency (netlib.network.graph.biadjacency)")
    if method not in ("auto", "exact", "normal"):
        raise InputError("sdsm", f"method={method!r}: one of auto, exact, normal")
    if not 0 < alpha < 1:
        raise InputError("sdsm", f"alpha={alpha!r}: must be between 0 and 1")
    if correction not in CORRECTIONS:
        raise InputError("sdsm", f"correction={correction!r}: one of {CORRECTIONS}")
    fit = bicm(bi.org_degrees(), bi.campaign_degrees())
    if fit.max_degree_error > 1e-6:
        warnings.warn(
            f"BiCM degrees matched only to {fit.max_degree_error:.2g}", RuntimeWarning, stacklevel=2
        )
    incidence = bi.matrix.astype(np.float64)
    shared = sp.triu(incidence @ incidence.T, k=1, format="coo")
    rows, cols = shared.row, shared.col
    observed = np.rint(shared.data).astype(np.int64)
    keep = observed >= 1
    rows, cols, observed = rows[keep], cols[keep], observed[keep]
    pvalues, pvalue_method = _sdsm_pvalues(fit, rows, cols, observed, method)
    adjusted = adjust_pvalues(pvalues, correction)
    tested = pd.DataFrame(
        {
            "source": bi.org_ids[rows],
            "target": bi.org_ids[cols],
            "shared": observed,
            "pvalue": pvalues,
            "pvalue_adjusted": adjusted,
        }
    )
    tested = tested.sort_values(["source", "target"], kind="mergesort").reset_index(drop=True)
    edges = tested[tested["pvalue_adjusted"] <= alpha].reset_index(drop=True)
    params = {
        "method": "sdsm",
        "null_model": "bicm",
        "pvalue_method": pvalue_method,
        "alpha": float(alpha),
        "correction": correction,
        "tail": "upper",
        "n_tested": len(tested),
        "n_kept": len(edges),
        "n_organisations": int(bi.shape[0]),
        "n_campaigns": int(bi.shape[1]),
        "bicm_max_degree_error": fit.max_degree_error,
        "bicm_iterations": fit.iterations,
    }
    return BackboneResult(edges=edges, params=params, tested=tested)


def _sdsm_pvalues(fit, rows, cols, observed, method):
    """Upper-tail p-values of the tested pairs, computed once per pair of degree classes."""
    if len(rows) == 0:
        return np.zeros(0), "exact" if method == "auto" else method
    class_i = fit.row_class[rows]
    class_j = fit.row_class[cols]
    low, high = np.minimum(class_i, class_j), np.maximum(class_i, class_j)
    n_classes = fit.probabilities.shape[0]
    pair_key = low.astype(np.int64) * n_classes + high
    unique_keys, pair_index = np.unique(pair_key, return_inverse=True)
    pair_index = pair_index.ravel()
    prob = fit.probabilities
    q = prob[unique_keys // n_classes] * prob[unique_keys % n_classes]
    multiplicities = np.bincount(fit.col_class, minlength=prob.shape[1]).astype(np.int64)
    # Each class pair needs its distribution only up to its own largest observed count;
    # class pairs are grouped by that bound rounded up to a power of two.
    pair_top = np.zeros(len(unique_keys), dtype=np.int64)
    np.maximum.at(pair_top, pair_index, observed)
    bound = 2 ** np.ceil(np.log2(pair_top)).astype(np.int64)
    cost = float((len(multiplicities) * bound.astype(float) ** 2).sum())
    if method == "auto":
        method = "exact" if cost <= MAX_EXACT_COST else "normal"
    if method == "normal":
        tails = _normal_tails(q, multiplicities, pair_index, observed)
        return tails, "refined-normal"
    pvalues = np.empty(len(observed))
    for top in np.unique(bound):
        members = np.flatnonzero(bound == top)
        dist = _class_pair_tails(q[members], multiplicities, int(top))
        # tail[:, s] = P(X >= s): reverse cumulative sum over the bins
        tail = np.cumsum(dist[:, ::-1], axis=1)[:, ::-1]
        local = np.full(len(unique_keys), -1, dtype=np.int64)
        local[members] = np.arange(len(members))
        chosen = np.flatnonzero(bound[pair_index] == top)
        pvalues[chosen] = tail[local[pair_index[chosen]], observed[chosen]]
    return np.clip(pvalues, 0.0, 1.0), "exact"


# --- disparity filter (comparison only) -------------------------------------------------------


def disparity_filter(projection, alpha=0.05):
    """Serrano's disparity filter on a weighted projection — a comparison, not the method.

    Each edge's weight is compared with a uniform split of each endpoint's strength: for an
    endpoint of degree ``k > 1`` and share ``p = w / s``, ``alpha_ij = (1 - p) ** (k - 1)``. An
    edge is kept when it is significant for at least one endpoint (``min alpha_ij < alpha``);
    endpoints of degree 1 test nothing.

    Parameters
    ----------
    projection : Projection
    alpha : float

    Returns
    -------
    BackboneResult
        ``params["comparison"]`` says it ignores the bipartite structure; ``pvalue`` is the
        smaller of the two endpoints' ``alpha_ij``; no multiple-testing correction.

    References
    ----------
    M. Á. Serrano, M. Boguñá, A. Vespignani, "Extracting the multiscale backbone of complex
    weighted networks", PNAS 106, 6483–6488 (2009).

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> from netlib.network.projection import Projection
    >>> upper = sp.csr_matrix(np.array([[0, 8.0, 1, 1], [0, 0, 0, 0], [0, 0, 0, 0],
    ...                                 [0, 0, 0, 0]]))
    >>> proj = Projection(upper, upper, np.array(["a", "b", "c", "d"], dtype=object),
    ...                   "organisations", "count", np.array([1, 1, 1, 1]))
    >>> disparity_filter(proj).edges[["source", "target", "pvalue"]]
      source target  pvalue
    0      a      b    0.04
    """
    if not isinstance(projection, Projection):
        raise InputError(
            "disparity_filter", "expects a Projection (netlib.network.projection.project)"
        )
    full = projection.symmetric()
    strength = np.asarray(full.sum(axis=1)).ravel()
    degree = np.diff(full.indptr)
    frame = projection.edges_frame()
    index = {node: i for i, node in enumerate(projection.ids)}
    i = frame["source"].map(index).to_numpy()
    j = frame["target"].map(index).to_numpy()
    weight = frame["weight"].to_numpy()
    alpha_i = _disparity_alpha(weight, strength[i], degree[i])
    alpha_j = _disparity_alpha(weight, strength[j], degree[j])
    frame["pvalue"] = np.minimum(alpha_i, alpha_j)
    frame["pvalue_adjusted"] = frame["pvalue"]
    edges = frame[frame["pvalue"] < alpha].reset_index(drop=True)
    params = {
        "method": "disparity_filter",
        "comparison": "ignores the bipartite structure",
        "alpha": float(alpha),
        "correction": "none",
        "weighting": projection.weighting,
        "n_tested": len(frame),
        "n_kept": len(edges),
    }
    return BackboneResult(edges=edges, params=params, tested=frame)


def _disparity_alpha(weight, strength, degree):
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(strength > 0, weight / strength, 0.0)
        value = np.power(1.0 - share, np.maximum(degree - 1, 0))
    return np.where(degree > 1, value, 1.0)
