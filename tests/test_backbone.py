"""Tests of netlib.network.backbone against independent computations (enumeration, Monte Carlo)."""

import itertools

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from netlib.errors import InputError
from netlib.network.backbone import (
    BackboneResult,
    adjust_pvalues,
    bicm,
    disparity_filter,
    poisson_binomial_sf,
    sdsm,
)
from netlib.network.graph import Biadjacency, biadjacency
from netlib.network.projection import Projection, project


def _bi_from_dense(dense):
    dense = np.asarray(dense, dtype=float)
    org_ids = np.array([f"o{i:03d}" for i in range(dense.shape[0])], dtype=object)
    campaign_ids = np.array([f"c{k:03d}" for k in range(dense.shape[1])], dtype=object)
    return Biadjacency(sp.csr_matrix(dense), org_ids, campaign_ids)


def _random_dense(seed, n_rows=40, n_cols=15, density=0.25):
    rng = np.random.default_rng(seed)
    propensity = rng.uniform(0.3, 1.7, n_rows)[:, None] * rng.uniform(0.3, 1.7, n_cols)
    dense = (rng.random((n_rows, n_cols)) < density * propensity).astype(float)
    dense = dense[dense.sum(axis=1) > 0]
    return dense[:, dense.sum(axis=0) > 0]


def _assert_bicm_exact(dense):
    fit = bicm(dense.sum(axis=1), dense.sum(axis=0))
    p = fit.dense()
    np.testing.assert_allclose(p.sum(axis=1), dense.sum(axis=1), rtol=0, atol=1e-8)
    np.testing.assert_allclose(p.sum(axis=0), dense.sum(axis=0), rtol=0, atol=1e-8)
    assert ((p >= 0) & (p <= 1)).all()
    return p


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_bicm_reproduces_degrees_and_has_the_bicm_form(seed):
    dense = _random_dense(seed)
    p = _assert_bicm_exact(dense)
    # p = x y / (1 + x y)  <=>  logit(p_ik) = log x_i + log y_k: a double-centred logit is zero
    logit = np.log(p / (1 - p))
    centred = logit - logit.mean(axis=1, keepdims=True) - logit.mean(axis=0) + logit.mean()
    assert np.abs(centred).max() < 1e-8


def test_bicm_with_full_and_nested_rows():
    nested = np.triu(np.ones((5, 5)))  # the only matrix with its degrees: p is 0/1
    p = _assert_bicm_exact(nested)
    np.testing.assert_allclose(p, nested, atol=1e-8)
    with_full_row = _random_dense(4, n_rows=12, n_cols=6)
    with_full_row = np.vstack([with_full_row, np.ones(with_full_row.shape[1])])
    p = _assert_bicm_exact(with_full_row)
    assert (p[-1] == 1).all()


def test_bicm_converges_on_heavy_tailed_and_boundary_cases():
    """Many small matrices whose solution lies near the boundary (some p_ik -> 0 or 1)."""
    rng = np.random.default_rng(0)
    for _ in range(80):
        n_rows, n_cols = rng.integers(2, 30), rng.integers(2, 20)
        propensity = rng.pareto(1.5, n_rows)[:, None] * rng.pareto(1.5, n_cols)[None, :]
        dense = rng.random((n_rows, n_cols)) < np.minimum(rng.uniform(0.05, 0.9) * propensity, 1)
        if dense.any():
            _assert_bicm_exact(dense.astype(float))


def test_bicm_refuses_unequal_sums():
    with pytest.raises(InputError):
        bicm([1, 2], [1, 1])


def _enumerated_sf(probabilities, observed):
    """P(X >= observed) by enumerating every outcome of the Bernoulli trials."""
    total = 0.0
    for outcome in itertools.product([0, 1], repeat=len(probabilities)):
        if sum(outcome) >= observed:
            total += np.prod(
                [q if o else 1 - q for q, o in zip(probabilities, outcome, strict=True)]
            )
    return total


@pytest.mark.parametrize("observed", [0, 1, 2, 3, 5, 9])
def test_poisson_binomial_matches_enumeration(observed):
    probabilities = np.random.default_rng(7).uniform(0, 1, 9)
    assert poisson_binomial_sf(probabilities, observed) == pytest.approx(
        _enumerated_sf(probabilities, observed), abs=1e-14
    )


def test_poisson_binomial_keeps_tiny_tails():
    # ten trials at 1e-3 all succeeding: 1e-30, which 1 - cdf would round to 0
    assert poisson_binomial_sf([1e-3] * 10, 10) == pytest.approx(1e-30, rel=1e-9)


def _sdsm_pvalue_by_hand(dense, i, j):
    """The SDSM p-value of one pair from the dense BiCM matrix, one Bernoulli per campaign."""
    p = bicm(dense.sum(axis=1), dense.sum(axis=0)).dense()
    observed = int(dense[i] @ dense[j])
    return poisson_binomial_sf(p[i] * p[j], observed)


def test_sdsm_pvalues_match_per_pair_computation():
    dense = _random_dense(3)
    result = sdsm(_bi_from_dense(dense), correction="none")
    tested = result.tested
    assert len(tested) == int(np.count_nonzero(np.triu(dense @ dense.T, k=1)))
    for row in tested.sample(25, random_state=0).itertuples():
        i, j = int(row.source[1:]), int(row.target[1:])
        assert row.pvalue == pytest.approx(_sdsm_pvalue_by_hand(dense, i, j), abs=1e-12)
        assert row.shared == int(dense[i] @ dense[j])


def test_sdsm_pvalue_matches_monte_carlo():
    """Sample matrices from the BiCM and count how often a pair shares as much as observed."""
    dense = _random_dense(5, n_rows=12, n_cols=8, density=0.4)
    p = bicm(dense.sum(axis=1), dense.sum(axis=0)).dense()
    result = sdsm(_bi_from_dense(dense), correction="none").tested
    row = result.sort_values(["shared", "source", "target"], ascending=[False, True, True]).iloc[0]
    i, j = int(row.source[1:]), int(row.target[1:])
    rng = np.random.default_rng(11)
    draws = 200_000
    sample_i = rng.random((draws, p.shape[1])) < p[i]
    sample_j = rng.random((draws, p.shape[1])) < p[j]
    frequency = ((sample_i & sample_j).sum(axis=1) >= row.shared).mean()
    standard_error = np.sqrt(row.pvalue * (1 - row.pvalue) / draws)
    assert abs(frequency - row.pvalue) < 5 * standard_error + 1e-4


def test_sdsm_normal_approximation_is_close_to_exact():
    # the approximation is for many campaigns with large expected overlaps
    dense = _random_dense(8, n_rows=60, n_cols=300, density=0.4)
    exact = sdsm(_bi_from_dense(dense), method="exact", correction="none").tested
    normal = sdsm(_bi_from_dense(dense), method="normal", correction="none").tested
    assert exact["pvalue"].between(0.01, 0.99).sum() > 100
    assert np.abs(exact["pvalue"] - normal["pvalue"]).max() < 0.01


def test_sdsm_keeps_a_planted_pair():
    """Two organisations on the same 15 small campaigns stand out against random co-signing."""
    rng = np.random.default_rng(0)
    dense = (rng.random((100, 60)) < 0.05).astype(float)
    dense[:2, :15] = 1
    dense[:2, 15:] = 0
    dense = dense[:, dense.sum(axis=0) > 0]
    dense = dense[dense.sum(axis=1) > 0]
    result = sdsm(_bi_from_dense(dense), alpha=0.05, correction="holm")
    kept = set(zip(result.edges["source"], result.edges["target"], strict=True))
    assert ("o000", "o001") in kept
    assert result.params["n_kept"] == len(result.edges) >= 1
    assert (result.edges["pvalue_adjusted"] <= 0.05).all()
    assert "kept" in result.summary()


def test_sdsm_empty_backbone_is_a_result(tables):
    result = sdsm(biadjacency(tables))
    assert result.params["n_tested"] == 10
    assert result.params["n_kept"] == 0
    assert result.edges.empty
    assert "backbone is empty" in result.summary()
    assert result.params["correction"] == "holm"
    assert result.params["pvalue_method"] == "exact"
    assert result.params["bicm_max_degree_error"] < 1e-8


def test_adjust_pvalues_by_hand():
    p = [0.01, 0.02, 0.03, 0.04]
    # Holm: sorted p times (4, 3, 2, 1), running maximum
    np.testing.assert_allclose(adjust_pvalues(p, "holm"), [0.04, 0.06, 0.06, 0.06])
    # BH: p * 4 / rank, running minimum from the top
    np.testing.assert_allclose(adjust_pvalues(p, "fdr_bh"), [0.04, 0.04, 0.04, 0.04])
    np.testing.assert_allclose(adjust_pvalues([0.5, 0.9], "holm"), [1.0, 1.0])
    with pytest.raises(InputError):
        adjust_pvalues(p, "bonferroni-ish")


def test_disparity_filter_by_hand():
    """Star a–b (8), a–c (1), a–d (1) plus c–d (1): worked out from (1 - w/s)^(k-1)."""
    upper = np.zeros((4, 4))
    upper[0, 1], upper[0, 2], upper[0, 3], upper[2, 3] = 8, 1, 1, 1
    upper = sp.csr_matrix(upper)
    ids = np.array(["a", "b", "c", "d"], dtype=object)
    projection = Projection(upper, upper, ids, "organisations", "count", np.ones(4, dtype=int))
    result = disparity_filter(projection, alpha=0.05)
    tested = result.tested.set_index(["source", "target"])["pvalue"]
    # a: k=3, s=10. a–b: (1-0.8)^2 = 0.04; b has k=1, tests nothing
    assert tested[("a", "b")] == pytest.approx(0.04)
    # a–c: for a (1-0.1)^2 = 0.81; for c: k=2, s=2, (1-0.5)^1 = 0.5 -> 0.5
    assert tested[("a", "c")] == pytest.approx(0.5)
    assert tested[("c", "d")] == pytest.approx(0.5)
    assert list(zip(result.edges["source"], result.edges["target"], strict=True)) == [("a", "b")]
    assert result.params["comparison"] == "ignores the bipartite structure"


def test_backbone_summary_sentence():
    result = BackboneResult(
        pd.DataFrame(),
        {"method": "sdsm", "alpha": 0.01, "correction": "fdr_bh", "n_tested": 5, "n_kept": 2},
    )
    assert result.summary() == "sdsm: 2 of 5 tested pairs kept at alpha=0.01 (fdr_bh correction)."


def test_disparity_on_fixture_projection(tables):
    result = disparity_filter(project(biadjacency(tables), weighting="newman"))
    assert result.params["n_tested"] == 10
    assert result.params["weighting"] == "newman"
