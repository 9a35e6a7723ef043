"""Tests of present.export: byte-identical files, valid XML on hostile names, a data package."""

import xml.etree.ElementTree as ET

import frictionless
import networkx as nx
import pandas as pd
import pytest

from netlib.errors import InputError
from netlib.io.schemas import TABLE_COLUMNS, TABLE_KEYS
from netlib.io.tables import read_table, write_table
from netlib.present.export import (
    clean_xml_text,
    cosigning_table,
    write_datapackage,
    write_graph_exports,
)

HOSTILE = "Coalition \x00\x1f<&>\"' \U0001f600 Équipe"


def _write_tables(tables, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        write_table(
            frame, folder / f"{name}.csv", columns=TABLE_COLUMNS[name], sort_by=TABLE_KEYS[name]
        )
    return folder


def test_cosigning_table_by_hand(tables):
    frame = cosigning_table(tables)
    assert list(frame.columns) == [
        "source",
        "target",
        "source_name",
        "target_name",
        "shared",
        "newman",
        "jaccard",
    ]
    assert len(frame) == 10
    row = frame.set_index(["source", "target"]).loc[("eff", "fftf")]
    assert row["shared"] == 2
    assert row["newman"] == pytest.approx(1 / 3 + 1 / 2)  # F (4 members) + R (3 members)
    assert row["jaccard"] == pytest.approx(2 / 3)
    assert row["source_name"] == "Electronic Frontier Foundation"
    collapsed = cosigning_table(tables, collapse_chapters=True)
    assert "aclu-ma" not in set(collapsed["source"]) | set(collapsed["target"])


def test_exports_are_byte_identical_and_readable(tables, tmp_path):
    first = write_graph_exports(tables, tmp_path / "one")
    second = write_graph_exports(tables, tmp_path / "two")
    assert [p.name for p in first] == ["network.graphml", "network.gexf", "cosigning.csv"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert b"lastmodifieddate" not in first[1].read_bytes()
    graph = nx.read_graphml(first[0])
    assert graph.number_of_nodes() == 7 + 4
    assert graph.number_of_edges() == 10
    assert graph.nodes["fftf"]["bipartite"] == 0
    assert graph.nodes["fftf"]["label"] == "Fight for the Future"
    assert graph.edges["fftf", "2020-06-facial-recognition-ban"]["provenance"] == "002:21;004:12"
    gexf = nx.read_gexf(first[1])
    assert gexf.number_of_edges() == 10
    csv = read_table(first[2])
    assert csv.loc[0, ["source", "target"]].tolist() == ["aclu", "aclu-ma"]


def test_exports_survive_hostile_names(tables, tmp_path):
    tables["organisations"].loc[tables["organisations"]["org_id"] == "eff", "name"] = HOSTILE
    tables["campaigns"].loc[0, "title"] = "=cmd|' /C calc'!A0 <script>"
    graphml, gexf, cosigning = write_graph_exports(tables, tmp_path)
    expected = "Coalition <&>\"' \U0001f600 Équipe"
    assert clean_xml_text(HOSTILE) == expected
    for path in (graphml, gexf):
        ET.parse(path)  # well-formed XML
    assert nx.read_graphml(graphml).nodes["eff"]["name"] == expected
    assert nx.read_gexf(gexf).nodes["eff"]["label"] == expected
    assert nx.read_graphml(graphml).nodes["2019-01-face-surveillance"]["title"].startswith("=cmd")
    # the CSV keeps the raw name (control characters included) and neutralises formulas
    names = set(read_table(cosigning)["source_name"]) | set(read_table(cosigning)["target_name"])
    assert HOSTILE in names


def test_node_id_xml_cannot_carry_is_refused(tables, tmp_path):
    tables["organisations"].loc[0, "org_id"] = "bad\x01id"
    tables["signatures"].loc[tables["signatures"]["org_id"] == "aclu", "org_id"] = "bad\x01id"
    with pytest.raises(InputError):
        write_graph_exports(tables, tmp_path)


def _package(tables, folder):
    _write_tables(tables, folder)
    write_graph_exports(read_tables(folder), folder)
    return write_datapackage(folder, name="signatory-network", title="Test", version="0.1")


def read_tables(folder):
    return {name: read_table(folder / f"{name}.csv") for name in TABLE_COLUMNS}


def test_datapackage_validates(tables, tmp_path):
    tables["organisations"].loc[0, "name"] = "=American Civil Liberties Union"
    descriptor = _package(tables, tmp_path)
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(descriptor))
    names = [resource.name for resource in package.resources]
    assert names == [
        "campaigns",
        "cosigning",
        "documents",
        "organisations",
        "rejected",
        "signatures",
    ]
    signatures = package.get_resource("signatures").schema
    assert [key["reference"]["resource"] for key in signatures.foreign_keys] == [
        "organisations",
        "campaigns",
        "documents",
    ]
    assert package.get_resource("cosigning").schema.primary_key == ["source", "target"]
    assert package.get_resource("organisations").schema.get_field("name").type == "string"
    text = descriptor.read_text(encoding="utf-8")
    again = write_datapackage(tmp_path, name="signatory-network", title="Test", version="0.1")
    assert again.read_text(encoding="utf-8") == text


def test_datapackage_fails_on_signature_to_missing_org(tables, tmp_path):
    descriptor = _package(tables, tmp_path)
    signatures = pd.read_csv(tmp_path / "signatures.csv", dtype=str, keep_default_na=False)
    signatures.loc[0, "org_id"] = "no-such-org"
    signatures.to_csv(tmp_path / "signatures.csv", index=False, lineterminator="\n")
    report = frictionless.validate(str(descriptor))
    assert not report.valid
    assert "foreign-key" in {error[0] for error in report.flatten(["type"])}


def test_datapackage_fails_on_dangling_parent(tables, tmp_path):
    tables["organisations"].loc[1, "parent_org_id"] = "no-such-parent"
    _write_tables(tables, tmp_path)
    descriptor = write_datapackage(tmp_path, name="x", title="x", version="1")
    assert not frictionless.validate(str(descriptor)).valid


def test_datapackage_refuses_bad_name(tmp_path):
    with pytest.raises(InputError):
        write_datapackage(tmp_path, name="Bad Name", title="x", version="1")
