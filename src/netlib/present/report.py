"""Executing the notebooks with papermill and rendering them as self-contained HTML reports.

``run_reports`` is what ``netlib report`` runs. For each notebook in ``notebooks/`` it

1. executes it with papermill (kernel ``python3``) with the data folder, the figures folder and
   any user parameters;
2. strips what changes from run to run (papermill timestamps and durations, absolute paths,
   random cell ids) so the same data and parameters give byte-identical files;
3. renders HTML with code hidden, figures embedded and no external asset (a strict
   Content-Security-Policy forbids any network load);
4. writes ``index.html`` listing the reports with their parameters and the corpus version,
   and ``evidence.html``, the line behind every signature (:mod:`netlib.present.evidence`), to which
   each table cell holding an organisation's or a document's id links.

Everything is written to staging folders first and swapped in at the end, reports and
figures together (``netlib.io.swap``). Notebooks run side by side, one kernel each, when
``jobs`` allows.
"""

from __future__ import annotations

import html
import json
import os
import shutil
from pathlib import Path

from netlib import paths
from netlib.errors import InputError
from netlib.io.swap import atomic_output_dirs

__all__ = ["list_notebooks", "normalise_notebook", "render_html", "run_reports"]

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; font-src data:"
)

PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;
margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
img,svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2} pre{white-space:pre-wrap;background:#f7f7f7;padding:.5rem}
.jp-OutputPrompt,.jp-InputPrompt,.prompt{display:none}
nav a{margin-right:1rem} .params{font-size:.85rem;color:#444}
"""


def list_notebooks(notebooks_dir=None):
    """The notebooks to run, in their numbered order (``0-…``, ``1-…``)."""
    notebooks_dir = Path(notebooks_dir or paths.NOTEBOOKS_DIR)
    return sorted(p for p in notebooks_dir.glob("*.ipynb") if not p.name.startswith("."))


def _relative(path):
    """A path relative to the repository when it is inside it (keeps outputs clone-independent)."""
    path = Path(path).resolve()
    try:
        return path.relative_to(paths.REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def normalise_notebook(nb, replacements=None):
    """Remove run-dependent metadata from an executed notebook, in place.

    Papermill records start/end times, durations and paths; the kernel records execution
    timestamps; nbformat gives cells random ids. All of that goes, and ids become ``cell-N``.
    ``replacements`` rewrites strings in the injected-parameters cell (the staging folder's
    name becomes the final folder's).
    """
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            for old, new in (replacements or {}).items():
                if old:
                    cell.source = cell.source.replace(old, new)
        if cell.get("cell_type") == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)
    return nb


def render_html(nb, title):
    """Render an executed notebook as one self-contained HTML page (code hidden)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic", exclude_input=True)
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return _page(title, body)


def _page(title, body):
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n"
        '<nav><a href="index.html">All reports</a></nav>\n'
        f"{body}\n</body>\n</html>\n"
    )


def _title_of(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _corpus_info(data_dir):
    build_json = Path(data_dir) / "build.json"
    if build_json.is_file():
        return json.loads(build_json.read_text(encoding="utf-8"))
    return {}


def _index_page(entries, corpus):
    rows = []
    for entry in entries:
        params = ", ".join(f"{k} = {v!r}" for k, v in sorted(entry["parameters"].items()))
        rows.append(
            "<tr>"
            f'<td><a href="{html.escape(entry["html"])}">{html.escape(entry["title"])}</a></td>'
            f'<td><a href="{html.escape(entry["ipynb"])}">notebook</a></td>'
            f'<td class="params">{html.escape(params)}</td></tr>'
        )
    summary = ""
    if corpus:
        summary = (
            "<p>Corpus version "
            f"<code>{html.escape(str(corpus.get('corpus_version', '?')))}</code>: "
            f"{corpus.get('documents', '?')} documents, {corpus.get('campaigns', '?')} campaigns, "
            f"{corpus.get('organisations', '?')} organisations, "
            f"{corpus.get('signatures', '?')} signatures, "
            f"{corpus.get('rejected', '?')} lines or mentions not taken.</p>"
        )
        summary += _notices_list(corpus.get("notices") or [])
    body = (
        "<h1>Signatory network reports</h1>\n"
        "<p>Each report is a notebook executed by papermill against the processed data. "
        "Figures and the CSV of their data are in <code>figures/</code>. "
        '<a href="evidence.html">The evidence</a> gives the document and line behind every '
        "signature.</p>\n"
        f"{summary}\n<table>\n<tr><th>Report</th><th>Executed notebook</th>"
        "<th>Parameters</th></tr>\n" + "\n".join(rows) + "\n</table>"
    )
    return _page("Signatory network reports", body).replace(
        '<nav><a href="index.html">All reports</a></nav>\n', ""
    )


# The kernel's own log goes straight to our stderr, and on every run it says two things a user
# reads as failures: a WARNING that it "is running over TCP without encryption" (the kernel
# listens on localhost only, for this one run), and an ERROR "KeyboardInterrupt caught in
# kernel", which is jupyter_client's shutdown: it interrupts the kernel before asking it to
# stop. A failing cell is reported through papermill, not this log, so only CRITICAL is kept.
KERNEL_ARGUMENTS = ("--IPKernelApp.log_level=CRITICAL",)


def _notices_list(notices):
    """The build's notices (what it left out, and why) as an HTML list, or ``""``."""
    if not notices:
        return ""
    items = "".join(f"<li>{html.escape(str(notice))}</li>" for notice in notices)
    return f"\n<p>The build's notices (also in <code>build.json</code>):</p>\n<ul>{items}</ul>"


def _execute(notebook, output, parameters, cwd):
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    try:
        pm.execute_notebook(
            str(notebook),
            str(output),
            parameters=parameters,
            kernel_name="python3",
            cwd=str(cwd),
            progress_bar=False,
            log_output=False,
            extra_arguments=list(KERNEL_ARGUMENTS),
        )
    except PapermillExecutionError as exc:
        raise InputError(
            notebook, f"failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
        ) from None
    except ValueError as exc:
        raise InputError(notebook, f"papermill refused it ({exc})") from None


def _run_notebook(notebook, staging_reports, run_params, figures_dir):
    """Execute one notebook into the staging folder, normalise it and write its HTML page.

    The notebook writes its figures into the staging folder it is given as ``output_dir``;
    the executed copy names ``figures_dir`` instead, where they end up. Runs in a worker
    process when notebooks run side by side, so it takes and returns only plain values.
    Returns the report's title.
    """
    import nbformat

    executed = Path(staging_reports) / notebook.name
    _execute(notebook, executed, run_params, notebook.parent)
    nb = normalise_notebook(
        nbformat.read(executed, as_version=4),
        {run_params.get("output_dir", ""): figures_dir},
    )
    nbformat.write(nb, executed)
    title = _title_of(nb, notebook.stem)
    html_page = render_html(nb, title)
    (Path(staging_reports) / f"{notebook.stem}.html").write_text(html_page, encoding="utf-8")
    return title


def _run_all(runs, jobs):
    """Run ``_run_notebook`` on each tuple of arguments, ``jobs`` at a time, in order.

    Each notebook has its own kernel, writes its own files and reads only the processed data,
    so running them side by side gives the same files. The first failure (in notebook order)
    is raised once the running ones have finished; the ones not started are not run.
    """
    if jobs <= 1 or len(runs) <= 1:
        return [_run_notebook(*run) for run in runs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a fresh interpreter per worker, not a fork of this process's threads and sockets
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(jobs, len(runs)), mp_context=context) as pool:
        futures = [pool.submit(_run_notebook, *run) for run in runs]
        try:
            return [future.result() for future in futures]
        except BaseException:
            pool.shutdown(cancel_futures=True)  # no notebook starts after a failure
            raise


def run_reports(
    data_dir=None,
    reports_dir=None,
    figures_dir=None,
    parameters=None,
    notebooks=None,
    notebooks_dir=None,
    jobs=None,
):
    """Execute every notebook and write executed notebooks, HTML reports and ``index.html``.

    Parameters
    ----------
    data_dir : Path
        Processed data (``netlib build`` output).
    reports_dir, figures_dir : Path
        Output folders; they are locked for the run and replaced together (``netlib.io.swap``).
    parameters : dict
        Extra papermill parameters applied to every notebook that declares them.
    notebooks : list of str, optional
        Names (or stems) of the notebooks to run; default all.
    jobs : int, optional
        Notebooks executed at the same time, each with its own kernel (default: one per
        core). The outputs are the same for any number.

    Returns
    -------
    list of str
        One line per report written.

    Raises
    ------
    InputError
        For missing data, an unknown notebook, a failing cell, or when another run is
        writing the output folders.
    """
    data_dir = Path(data_dir or paths.PROCESSED_DIR)
    reports_dir = Path(reports_dir or paths.REPORTS_DIR)
    figures_dir = Path(figures_dir or paths.FIGURES_DIR)
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise InputError(f"--jobs {jobs}", "the number of notebooks run at once must be 1 or more")
    if not (data_dir / "signatures.csv").is_file():
        raise InputError(data_dir, "no processed data here (run `netlib build` first)")
    selected = list_notebooks(notebooks_dir)
    if notebooks:
        wanted = {Path(n).stem for n in notebooks}
        unknown = wanted - {p.stem for p in selected}
        if unknown:
            raise InputError(", ".join(sorted(unknown)), "no such notebook in notebooks/")
        selected = [p for p in selected if p.stem in wanted]
    corpus = _corpus_info(data_dir)
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    with atomic_output_dirs(reports_dir, figures_dir) as (staging_reports, staging_figures):
        if notebooks and figures_dir.is_dir():
            # a partial run keeps the other notebooks' figures
            shutil.copytree(figures_dir, staging_figures, dirs_exist_ok=True)
        runs = []
        for notebook in selected:
            declared = _declared_parameters(notebook)
            run_params = {"data_dir": _relative(data_dir), "output_dir": _relative(staging_figures)}
            run_params.update({k: v for k, v in (parameters or {}).items() if k in declared})
            declared_params = {k: v for k, v in run_params.items() if k in declared}
            runs.append((notebook, staging_reports, declared_params, _relative(figures_dir)))
        titles = _run_all(runs, jobs)
        entries = [
            {
                "title": title,
                "html": f"{notebook.stem}.html",
                "ipynb": notebook.name,
                "parameters": {k: v for k, v in run_params.items() if k != "output_dir"},
            }
            for (notebook, _, run_params, _), title in zip(runs, titles, strict=True)
        ]
        (staging_reports / "index.html").write_text(_index_page(entries, corpus), encoding="utf-8")
        _write_evidence(staging_reports, data_dir, [entry["html"] for entry in entries])
        if notebooks and reports_dir.is_dir():
            for old in reports_dir.iterdir():
                if not (staging_reports / old.name).exists() and old.is_file():
                    shutil.copy2(old, staging_reports / old.name)
    lines = [f"{reports_dir / entry['html']}: {entry['title']}" for entry in entries]
    from netlib.present.narrative import plural

    lines.append(f"{reports_dir / 'index.html'}: index of {plural(len(entries), 'report')}")
    if (reports_dir / "evidence.html").is_file():
        lines.append(f"{reports_dir / 'evidence.html'}: the line behind every signature")
    return lines


def _write_evidence(reports_dir, data_dir, pages):
    """Write ``evidence.html`` and link the reports' table cells to it (when the data folder
    holds a build's five tables: a folder of signatures alone has no lines to cite)."""
    from netlib.io.schemas import TABLE_COLUMNS
    from netlib.io.tables import load_tables
    from netlib.present.evidence import appendix_html, link_table_cells

    if not all((Path(data_dir) / f"{name}.csv").is_file() for name in TABLE_COLUMNS):
        return
    tables = load_tables(data_dir)
    page = _page("Evidence: the line behind every signature", appendix_html(tables))
    (reports_dir / "evidence.html").write_text(page, encoding="utf-8")
    for name in pages:
        report = reports_dir / name
        report.write_text(
            link_table_cells(report.read_text(encoding="utf-8"), tables), encoding="utf-8"
        )


def _declared_parameters(notebook):
    """Names assigned in the notebook's cell tagged ``parameters``."""
    import ast

    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            names = set()
            for node in ast.parse(cell.source).body:
                if isinstance(node, ast.Assign | ast.AnnAssign):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    names |= {t.id for t in targets if isinstance(t, ast.Name)}
            return names
    raise InputError(notebook, "has no cell tagged 'parameters'")
