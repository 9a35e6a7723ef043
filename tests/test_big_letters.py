"""The big-letter policy of ``netlib build``: letters above ``max_letter_size`` add no pair.

The corpus (written by ``netlib.dev.synth.write_raw_corpus``) is two letters signed by the first
organisations of the synthetic pool, so every pair can be worked out by hand:

    camp-0: o0 o1 o2 o3 o4 o5   (k = 6: 15 pairs, Newman 1/5 each)
    camp-1: o0 o1               (k = 2: 1 pair, Newman 1)
"""

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from netlib.build import build_corpus
from netlib.dev.synth import raw_org_names, write_raw_corpus
from netlib.errors import InputError
from netlib.io.tables import load_tables

BIG, SMALL = "camp-0", "camp-1"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_raw_corpus(tmp_path_factory.mktemp("big"), 0, big_letters=[6, 2], seed=0)


def _build(corpus, out, max_letter_size):
    result = build_corpus(corpus["raw"], out, corpus["curation"], max_letter_size=max_letter_size)
    return result, load_tables(out), pd.read_csv(out / "cosigning.csv")


def _ids(names):
    organisations = names["organisations"].set_index("name")["org_id"]
    return [organisations[name] for name in raw_org_names(6)]


def test_a_letter_above_the_limit_adds_no_pair_but_keeps_its_organisations(corpus, tmp_path):
    result, tables, cosigning = _build(corpus, tmp_path / "out", 5)
    o = _ids(tables)
    # only the small letter's pair is left: shared 1, Newman 1/(2-1), Jaccard over the
    # campaigns the policy keeps (o0 and o1 have one each): 1 / (1 + 1 - 1)
    pairs = cosigning[["source", "target", "shared", "newman", "jaccard"]].values.tolist()
    assert pairs == [[*sorted(o[:2]), 1, 1.0, 1.0]]
    # the big letter's six organisations and eight signatures stay in the tables
    assert sorted(tables["organisations"]["org_id"]) == sorted(o)
    signatures = tables["signatures"]
    assert signatures.groupby("campaign_id")["org_id"].nunique().to_dict() == {BIG: 6, SMALL: 2}
    assert tables["campaigns"].set_index("campaign_id").at[BIG, "named_organisations"] == 6
    # and in the bipartite export (one edge per organisation and campaign)
    graphml = (tmp_path / "out" / "network.graphml").read_text(encoding="utf-8")
    assert graphml.count("<edge ") == 8
    notice = (
        f"campaign {BIG} has 6 organisations > max_letter_size 5: its 15 pairs are left out of "
        "cosigning.csv"
    )
    assert [n[: len(notice)] for n in result.notices if n.startswith("campaign ")] == [notice]
    build = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert build["max_letter_size"] == 5
    assert any(n.startswith(notice) for n in build["notices"])


def test_a_letter_within_the_limit_adds_all_its_pairs(corpus, tmp_path):
    result, tables, cosigning = _build(corpus, tmp_path / "out", 10)
    o = _ids(tables)
    assert len(cosigning) == 15  # 6 * 5 / 2 pairs; the small letter's pair is one of them
    frame = cosigning.set_index(["source", "target"])
    both = tuple(sorted(o[:2]))
    # o0-o1 share both letters: Newman 1/5 + 1/1, Jaccard 2 / (2 + 2 - 2)
    assert frame.loc[both, ["shared", "newman", "jaccard"]].tolist() == [2, 1.2, 1.0]
    # o0-o2 share the big letter only: Jaccard 1 / (2 + 1 - 1)
    other = tuple(sorted([o[0], o[2]]))
    assert frame.loc[other, ["shared", "newman", "jaccard"]].tolist() == [1, 0.2, 0.5]
    assert not [n for n in result.notices if n.startswith("campaign ")]
    build = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert build["max_letter_size"] == 10
    # any integer type will do (a numpy value from a notebook's parameters)
    *_, numpy_built = _build(corpus, tmp_path / "again", np.int64(10))
    assert len(numpy_built) == 15


@pytest.mark.parametrize("value", [0, -3, 2.5, "5", True])
def test_an_unusable_limit_is_refused(corpus, tmp_path, value):
    with pytest.raises(InputError, match="max_letter_size"):
        build_corpus(corpus["raw"], tmp_path / "out", corpus["curation"], max_letter_size=value)
    assert not (tmp_path / "out").exists()


def test_the_command_line_sets_the_limit_and_says_what_it_left_out(corpus, tmp_path):
    out = tmp_path / "out"
    args = ["build", "--raw", corpus["raw"], "--curation", corpus["curation"], "--out", out]
    proc = subprocess.run(
        [sys.executable, "-m", "netlib", *map(str, args), "--max-letter-size", "5"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"warning: campaign {BIG} has 6 organisations > max_letter_size 5" in proc.stderr
    assert len(pd.read_csv(out / "cosigning.csv")) == 1
    refused = subprocess.run(
        [sys.executable, "-m", "netlib", *map(str, args), "--max-letter-size", "0"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert refused.returncode == 2
    assert (
        refused.stderr.strip()
        .splitlines()[-1]
        .endswith("argument --max-letter-size: '0': expected a whole number, at least 1")
    )
