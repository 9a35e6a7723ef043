"""Tests of netlib.present.interactive: escaping, safe ids, determinism, what is drawn."""

import json
import re

import networkx as nx
import pytest

from netlib.errors import InputError
from netlib.network.graph import bipartite_graph
from netlib.present.interactive import json_for_script, layout, network_view, view_id

BREAKOUT = '</script><script>alert("x")</script><img src=x onerror=alert(1)>'


def test_json_for_script_cannot_end_the_script_and_round_trips():
    value = {"labels": [BREAKOUT, "A & B"]}
    text = json_for_script(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


def test_view_id_is_sanitised():
    assert view_id('"><script>') == "nv-script"
    assert re.fullmatch(r"nv-[a-z0-9-]+", view_id("Fig 1: réseau!"))


def test_fixture_network_view_draws_every_linked_node_once(tables):
    page = network_view(bipartite_graph(tables), name="t")
    # 6 organisations with a campaign (tech-workers has none), 3 campaigns with an organisation
    # (the employees' letter has none), 11 signature rows but 10 distinct edges
    assert page.count('<circle id="nv-t-n') == 6
    assert page.count('<rect id="nv-t-n') == 3
    assert page.count('<line id="nv-t-e') == 10
    assert "tech-workers" not in page and "Tech Workers Coalition" not in page
    assert "<title>Fight for the Future</title>" in page


def test_names_are_escaped_and_never_used_as_ids():
    graph = nx.Graph([(BREAKOUT, "c1")])
    graph.nodes["c1"]["kind"] = "campaign"
    page = network_view(graph, name=BREAKOUT)
    assert "<img src=x" not in page and '<script>alert("x")' not in page
    assert page.count("</script>") == 2  # the data block and the script, nothing else
    ids = re.findall(r'id="([^"]+)"', page)
    assert ids and all(re.fullmatch(r"nv-[a-z0-9-]+", i) for i in ids)


def test_view_is_deterministic_whatever_the_insertion_order():
    edges = [("b", "x"), ("a", "x"), ("c", "y"), ("a", "y")]
    one = nx.Graph(edges)
    two = nx.Graph()
    two.add_nodes_from(["y", "c", "x", "b", "a"])
    two.add_edges_from(reversed(edges))
    assert network_view(one, seed=2) == network_view(two, seed=2)
    assert layout(one, seed=2) == layout(two, seed=2)


def test_edge_cases():
    assert "No linked node" in network_view(nx.empty_graph(3))
    with pytest.raises(InputError, match="max_edges"):
        network_view(nx.complete_graph(5), max_edges=3)
