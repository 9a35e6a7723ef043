"""The evaluation on real documents may not get worse: overall figures against the floors
committed in eval/letters/thresholds.json (truth read off each document by hand)."""

import json
from pathlib import Path

import pytest

from netlib.evaluation import article_totals, evaluate_articles, evaluate_letters, fold, totals

EVAL = Path(__file__).resolve().parents[1] / "eval" / "letters"


@pytest.fixture(scope="module")
def scores():
    return evaluate_letters()


def test_every_truth_file_names_its_document():
    for path in sorted((EVAL / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        assert (EVAL / "docs" / truth["doc"]).is_file(), path.name
        assert truth["source"], path.name


def test_overall_figures_do_not_fall_below_the_committed_floors(scores):
    floors = json.loads((EVAL / "thresholds.json").read_text(encoding="utf-8"))
    overall = totals(scores)
    assert overall["documents"] >= 40
    assert overall["recall"] >= floors["recall"]
    assert overall["precision"] >= floors["precision"]
    assert overall["leaked"] <= floors["leaked_at_most"]
    assert overall["unaccounted"] <= floors["unaccounted_at_most"]
    assert overall["errors"] <= floors["errors_at_most"]
    assert overall["individuals_right"] >= floors["individuals_right"]


def test_article_figures_do_not_fall_below_the_committed_floors():
    floors = json.loads((EVAL / "thresholds.json").read_text(encoding="utf-8"))["articles"]
    overall = article_totals(evaluate_articles())
    assert overall["articles"] >= 30
    assert overall["named_found_with_role"] >= floors["named_found_with_role"]
    assert overall["false_mentions"] <= floors["false_mentions_at_most"]
    assert overall["counts_right"] >= floors["counts_right"]
    assert overall["distractors_taken"] <= floors["distractors_taken_at_most"]
    assert overall["leaked"] <= floors["leaked_at_most"]


def test_letters_without_a_list_give_no_signatory(scores):
    # the shared corpus's letter openings have no signatory block (read by hand)
    empty = [s for s in scores if s.truth == 0 and s.individuals_truth == 0]
    assert len(empty) >= 5
    assert all(s.found == 0 for s in empty), [(s.doc, s.false_entries) for s in empty]


def test_fold_compares_names_as_a_reader_would():
    assert fold("The Électronic Frontier Foundation") == fold("electronic frontier foundation")
    assert fold("Defending Rights & Dissent") == "defending rights and dissent"


def test_a_persons_name_inside_an_organisations_name_is_no_leak():
    # y_html_br_pronara_pesticides_manifesto_2015.html signs "Mandato Popular do Vereador
    # Paulo Búfalo – PSOL – Campinas / SP", an office named after the councillor
    from netlib.evaluation import _leaked, fold

    truth = {
        "organisations": ["Mandato Popular do Vereador Paulo Búfalo – PSOL – Campinas / SP"],
        "people": ["Paulo Búfalo"],
    }
    written = f" {fold('Mandato Popular do Vereador Paulo Búfalo – PSOL – Campinas / SP')} "
    assert _leaked(truth, written) == []
    assert _leaked(truth, f"{written}{fold('Paulo Búfalo')} ") == ["Paulo Búfalo"]
