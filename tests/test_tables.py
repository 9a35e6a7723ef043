"""CSV writing: sorted, formula-safe, reversible."""

import pandas as pd

from netlib.io.tables import read_table, write_table


def test_formula_cells_are_neutralised_and_restored(tmp_path):
    names = ['=HYPERLINK("http://x")', "+1", "-cmd", "@SUM(A1)", "'quoted", "Plain, Inc."]
    frame = pd.DataFrame({"org_id": [f"o{i}" for i in range(len(names))], "name": names})
    path = write_table(frame, tmp_path / "t.csv", sort_by=["org_id"])
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines()[1:5]:
        # the cell after the comma starts with an apostrophe: spreadsheets show it as text
        assert line.split(",", 1)[1].lstrip('"').startswith("'")
    assert read_table(path)["name"].tolist() == names


def test_rows_are_sorted_and_columns_fixed(tmp_path):
    frame = pd.DataFrame({"b": ["2", "1"], "a": ["y", "x"]})
    path = write_table(frame, tmp_path / "t.csv", columns=["a", "b", "c"], sort_by=["b"])
    assert path.read_text() == "a,b,c\nx,1,\ny,2,\n"


def test_floats_are_written_with_twelve_significant_digits(tmp_path):
    # 0.1 + 0.2 is 0.30000000000000004 in binary floating point; 2/3 rounds at the 12th digit.
    frame = pd.DataFrame({"weight": [0.1 + 0.2, 2 / 3, 1e-15 + 1.0, 3.0]})
    path = write_table(frame, tmp_path / "w.csv")
    assert path.read_text().splitlines() == ["weight", "0.3", "0.666666666667", "1", "3"]
