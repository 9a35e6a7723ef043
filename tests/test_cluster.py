"""The build on any executor: a Dask cluster's, or one that finishes its tasks out of order,
gives the local build's files byte for byte; a wrong scheduler address is one clear error."""

import socket
from concurrent.futures import Executor, Future

import pytest

from netlib import build, cli, cluster
from netlib.errors import InputError


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


class _LastFirst(Executor):
    """Holds every task until a result is asked for, then runs those held, last one first:
    each batch finishes after every batch submitted later."""

    def __init__(self):
        self.held = []
        self.ran = []
        self.most_held = 0

    def submit(self, fn, /, *args, **kwargs):
        future = _Held(self)
        self.held.append((future, fn, args, kwargs))
        self.most_held = max(self.most_held, len(self.held))
        return future

    def run_held(self):
        held, self.held = self.held, []
        for future, fn, args, kwargs in reversed(held):
            self.ran.append(args[2])  # the batch's paths
            future.set_result(fn(*args, **kwargs))


class _Held(Future):
    def __init__(self, executor):
        super().__init__()
        self.executor = executor

    def result(self, timeout=None):
        if not self.done():
            self.executor.run_held()
        return super().result(timeout)


@pytest.mark.parametrize(
    ("in_flight", "order"),
    [
        # all five held, then run last first
        (256, [4, 3, 2, 1, 0]),
        # two at a time: 0 is asked for with 0, 1 held; 2 with 2, 3 held; then 4 alone
        (2, [1, 0, 3, 2, 4]),
    ],
)
def test_batches_finished_out_of_order_give_the_local_build(
    tmp_path, seed_corpus, monkeypatch, in_flight, order
):
    monkeypatch.setattr(build, "_IN_FLIGHT", in_flight)
    executor = _LastFirst()
    build.build_corpus(seed_corpus.raw, tmp_path / "out", seed_corpus.curation, executor=executor)
    # the seed's 5 documents go out one a batch (5 // 64 = 0 -> batches of 1)
    documents = sorted(p.name for p in seed_corpus.raw.iterdir() if p.suffix == ".txt")
    assert [paths[0].name for paths in executor.ran] == [documents[i] for i in order]
    assert executor.most_held == min(in_flight, 5)
    assert _files(tmp_path / "out") == _files(seed_corpus.processed)


def test_jobs_and_an_executor_together_are_refused(tmp_path, seed_corpus):
    with pytest.raises(InputError, match="give jobs or an executor, not both"):
        build.build_corpus(seed_corpus.raw, tmp_path / "out", jobs=2, executor=_LastFirst())
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_dask_cluster_builds_the_seed_corpus_byte_for_byte(tmp_path, seed_corpus):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
        distributed.get_task_stream(client) as tasks,
    ):
        build.build_corpus(
            seed_corpus.raw,
            tmp_path / "out",
            seed_corpus.curation,
            executor=client.get_executor(),
        )
        workers = set(client.scheduler_info()["workers"])
    parses = [t for t in tasks.data if t["key"].startswith("_parse_batch")]
    # one task a document, each run by one of the cluster's worker processes
    assert len(parses) == 5 and {t["worker"] for t in parses} <= workers
    assert _files(tmp_path / "out") == _files(seed_corpus.processed)


def _silent_port():
    """A port that accepts connections and never says a word (the case that used to hang)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    return listener


def test_a_scheduler_that_never_answers_is_one_error_naming_it(
    tmp_path, seed_corpus, monkeypatch, capsys
):
    pytest.importorskip("distributed")
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1)
    with _silent_port() as listener:
        address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
        argv = ["build", "--scheduler", address, "--out", str(tmp_path / "out")]
        argv += ["--raw", str(seed_corpus.raw), "--curation", str(seed_corpus.curation)]
        status = cli.main(argv)
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err == (
        f"netlib build: --scheduler {address}: no Dask scheduler answered within 1 s\n"
    )
    assert captured.out == ""
    assert not (tmp_path / "out").exists()


def test_a_malformed_scheduler_address_is_named():
    pytest.importorskip("distributed")
    with (
        pytest.raises(InputError, match=r"^--scheduler 8786: not a scheduler address \("),
        cluster.dask_executor("8786", timeout=1),
    ):
        pass


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--jobs", "2", "--scheduler", "tcp://127.0.0.1:8786"], "not allowed with argument"),
        (["--jobs", "0"], "'0': expected a whole number, at least 1"),
    ],
)
def test_build_options_that_cannot_be_used_exit_2(options, expected, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["build", *options])
    assert info.value.code == 2
    assert expected in capsys.readouterr().err.splitlines()[-1]
