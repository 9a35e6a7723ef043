"""Store notebooks clean: no outputs, no execution counts, cell ids ``cell-N``.

Usage: ``python .ci/strip_notebooks.py [--check] NOTEBOOK...``. Without ``--check`` it rewrites
the notebooks that are not clean; with it, it only names them. Either way the exit status is 1
when a notebook was not clean (as pre-commit expects of a hook that changes files), else 0.
The stored notebooks are what tests/test_notebooks.py checks; executed copies live in reports/.
"""

import sys

import nbformat


def clean(nb):
    """Strip what an execution adds, in place; return the notebook."""
    nb.metadata.pop("widgets", None)
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index}"
        for key in ("execution", "papermill", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def main(argv):
    check = "--check" in argv
    dirty = []
    for path in (a for a in argv if a != "--check"):
        with open(path, encoding="utf-8") as handle:
            before = handle.read()
        after = nbformat.writes(clean(nbformat.reads(before, as_version=4))) + "\n"
        if after != before:
            dirty.append(path)
            if not check:
                with open(path, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(after)
    for path in dirty:
        print(f"{path}: {'has outputs or unfixed cell ids' if check else 'stripped'}")
    return 1 if dirty else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
