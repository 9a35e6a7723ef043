"""Tests of netlib.dev.synth: reproducible corpora in the processed-table format, heavy tails."""

import hashlib

import numpy as np
import pytest

from netlib import synth
from netlib.cli import main
from netlib.io.schemas import TABLE_COLUMNS
from netlib.io.tables import load_tables
from netlib.network.graph import biadjacency, chapter_roots


def _digest(folder):
    return {
        name: hashlib.sha256((folder / f"{name}.csv").read_bytes()).hexdigest()
        for name in TABLE_COLUMNS
    }


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        assert (
            main(
                [
                    "synth",
                    "--orgs",
                    "300",
                    "--campaigns",
                    "40",
                    "--signatures",
                    "1500",
                    "--seed",
                    str(seed),
                    "--out",
                    str(tmp_path / name),
                ]
            )
            == 0
        )
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a")["signatures"] != _digest(tmp_path / "c")["signatures"]


def test_tables_have_the_processed_columns_and_load_back(tmp_path):
    synth.write(synth.generate(200, 30, 900, seed=1), tmp_path)
    tables = load_tables(tmp_path)
    for name, columns in TABLE_COLUMNS.items():
        assert list(tables[name].columns) == columns
    signatures = tables["signatures"]
    assert set(signatures["org_id"]) <= set(tables["organisations"]["org_id"])
    assert set(signatures["campaign_id"]) <= set(tables["campaigns"]["campaign_id"])
    assert not signatures.duplicated(["org_id", "campaign_id"]).any()
    # chapters point at real, top-level organisations
    roots = chapter_roots(tables["organisations"])
    chapters = tables["organisations"][tables["organisations"]["parent_org_id"] != ""]
    assert len(chapters) > 0
    assert all(
        roots[org] == parent
        for org, parent in zip(chapters["org_id"], chapters["parent_org_id"], strict=True)
    )
    # campaign counts agree with the signatures
    named = signatures.groupby("campaign_id").size()
    campaigns = tables["campaigns"].set_index("campaign_id")
    assert (campaigns.loc[named.index, "named_organisations"] == named).all()
    biadjacency(tables, collapse_chapters=True)  # the chapter chains are valid


@pytest.fixture(scope="module")
def size_s():
    return synth.generate(*synth.SIZES["S"], seed=0)


def test_size_s_shape_and_heavy_tails(size_s):
    orgs, campaigns, signatures = synth.SIZES["S"]
    assert synth.SIZES == {
        "S": (2_000, 200, 10_000),
        "M": (50_000, 5_000, 500_000),
        "L": (200_000, 20_000, 2_000_000),
    }
    assert len(size_s["organisations"]) == orgs
    assert len(size_s["campaigns"]) == campaigns
    assert abs(len(size_s["signatures"]) - signatures) <= 0.05 * signatures
    sizes = size_s["signatures"].groupby("campaign_id").size().to_numpy()
    assert ((sizes >= 5) & (sizes <= 100)).mean() > 0.8  # most letters: 5 to 100
    assert ((sizes >= 1_000) & (sizes <= 20_000)).sum() >= 1  # a few big ones
    activity = size_s["signatures"].groupby("org_id").size().to_numpy()
    # heavy-tailed activity: the busiest organisation signs far more than the median one
    assert activity.max() >= 20 * np.median(activity)
    assert (size_s["organisations"]["parent_org_id"] != "").mean() > 0.05


def test_letter_sizes_tail_on_the_large_sizes():
    rng = np.random.default_rng(0)
    orgs, campaigns, signatures = synth.SIZES["L"]
    sizes = synth.letter_sizes(campaigns, signatures, orgs, rng)
    assert abs(sizes.sum() - signatures) <= 0.02 * signatures
    big = sizes[sizes >= 1_000]
    assert 5 <= len(big) <= 100 and big.max() <= 20_000
    assert np.median(sizes) <= 100


def test_generate_refuses_empty_corpora():
    from netlib.errors import InputError

    with pytest.raises(InputError):
        synth.generate(1, 1, 1)


def test_cli_needs_a_size_or_all_three_numbers(tmp_path, capsys):
    assert main(["synth", "--orgs", "10", "--out", str(tmp_path)]) == 2
    assert "--size" in capsys.readouterr().err
