"""`actionplan-parse batch` and `actionplan_parse.batch`: the corpus table.

A small corpus (~50 files made from the first lines of the corpus texts, each with a
numbered line of its own so that no two are alike) is parsed once per engine and
setting; the 1,000-file run is in benchmarks/bench_batch.py.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute  # noqa: F401 -- pa.compute
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT

from actionplan_parse import parse_file, to_rows
from actionplan_parse.batch import (
    DIAGNOSTIC_FIELDS,
    NODE_FIELDS,
    discover,
    run_batch,
    to_table,
    write_batch,
)
from actionplan_parse.batch.schema import node_schema
from actionplan_parse.cli import cli
from actionplan_parse.outputs import ROW_FIELDS

FILES = 48
LINES = 40
BINARY = b"%PDF-1.7\x00\x01\x02 not a text\x00"


def make_corpus(root: Path, count: int = FILES) -> list[Path]:
    """``count`` small plans: the head of a corpus text plus a numbered line."""
    sources = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md"))
    made = []
    for number in range(count):
        source = sources[number % len(sources)]
        head = source.read_text(encoding="utf-8").splitlines()[:LINES]
        target = root / f"set{number % 3}" / f"plan{number:03d}{source.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(head) + f"\n\n{number + 1}. Copy number {number}.\n")
        made.append(target)
    return made


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    make_corpus(root)
    return root


@pytest.fixture(scope="module")
def one_job(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The table of the local engine with one job: the reference for the others."""
    out = tmp_path_factory.mktemp("one") / "table.parquet"
    batch(str(corpus), "--out", str(out), "--jobs", "1")
    return out


def batch(*arguments: str, code: int = 0) -> str:
    """Run `actionplan-parse batch` (not on a terminal); its stderr."""
    result = CliRunner().invoke(cli, ["batch", *arguments])
    assert result.exit_code == code, result.output
    return result.stderr


def test_rows_are_the_outline_rows_plus_file_sha256_and_confidence(corpus, one_job):
    table = pq.read_table(one_job)
    first = sorted(corpus.rglob("*.txt"))[0]
    mine = [r for r in table.to_pylist() if r["file"] == str(first)]
    expected = to_rows(parse_file(first))
    assert [{k: r[k] for k in ROW_FIELDS} for r in mine] == expected
    assert {r["sha256"] for r in mine} == {_sha256(first)}
    assert all(r["confidence"] is None or 0 <= r["confidence"] <= 1 for r in mine)
    assert table.column_names == list(NODE_FIELDS)
    assert set(ROW_FIELDS) | {"file", "sha256", "confidence"} == set(NODE_FIELDS)


def test_parquet_reads_in_pyarrow_and_polars_with_the_explicit_schema(corpus, one_job):
    table = pq.read_table(one_job)
    assert table.schema.equals(node_schema(), check_metadata=False)
    assert table.schema.field("path").type == pa.list_(pa.int32())
    frame = pl.read_parquet(one_job)
    assert frame.height == table.num_rows > FILES
    assert frame.schema["path"] == pl.List(pl.Int32)
    assert frame["file"].n_unique() == FILES
    assert frame["file"].to_list() == table.column("file").to_pylist()


def test_unknown_numbers_are_nulls_in_the_path_list():
    table = to_table(run_batch([str(CORPUS / "china_celac_2025_2027.txt")], jobs=1))
    paths = {row["id"]: row["path"] for row in table.to_pylist()}
    assert paths["3.?"] == [3, None]


def test_every_outline_field_has_an_explicit_type():
    schema = node_schema()
    assert all(name in schema.names for name in ROW_FIELDS)
    empty = pa.Table.from_pylist([], schema=schema)
    assert empty.schema.equals(schema)


def test_output_is_the_same_for_one_and_two_jobs(corpus, one_job, tmp_path):
    out = tmp_path / "two.parquet"
    batch(str(corpus), "--out", str(out), "--jobs", "2")
    assert pq.read_table(out).equals(pq.read_table(one_job))


def test_files_are_in_argument_order_then_walk_order(corpus, one_job):
    files = list(dict.fromkeys(pq.read_table(one_job).column("file").to_pylist()))
    assert files == discover([str(corpus)])
    assert files == sorted(files)  # the walk is sorted: set0/, set1/, set2/


def test_unreadable_files_are_diagnostic_rows_and_the_batch_goes_on(corpus, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(BINARY)
    plan = sorted(corpus.rglob("*.txt"))[0]
    missing = tmp_path / "missing.txt"
    out, diagnostics = tmp_path / "t.parquet", tmp_path / "d.jsonl"
    stderr = batch(
        str(binary), str(plan), str(missing), "--out", str(out),
        "--diagnostics", str(diagnostics), "--jobs", "2", code=1,
    )  # fmt: skip
    assert f"{binary}: binary file" in stderr and f"{missing}: no such file" in stderr
    rows = [json.loads(line) for line in diagnostics.read_text().splitlines()]
    assert all(tuple(row) == DIAGNOSTIC_FIELDS for row in rows)
    failures = {row["file"]: row for row in rows if row["code"] == "read-error"}
    assert set(failures) == {str(binary), str(missing)}
    assert failures[str(binary)]["sha256"] == _sha256(binary)
    assert failures[str(missing)]["sha256"] is None
    assert set(pq.read_table(out).column("file").to_pylist()) == {str(plan)}


def test_diagnostics_are_every_finding_with_its_file(corpus, tmp_path):
    plan = sorted(corpus.rglob("*.txt"))[0]
    out, diagnostics = tmp_path / "t.jsonl", tmp_path / "d.csv"
    batch(str(plan), "--out", str(out), "--diagnostics", str(diagnostics))
    expected = [(d.code, d.message) for d in parse_file(plan).diagnostics]
    lines = diagnostics.read_text().splitlines()
    assert lines[0] == ",".join(DIAGNOSTIC_FIELDS)
    assert len(lines) - 1 == len(expected) and all(line.startswith(str(plan)) for line in lines[1:])


def test_jsonl_and_csv_hold_the_same_rows_as_parquet(corpus, one_job, tmp_path):
    jsonl, csv_out = tmp_path / "t.jsonl", tmp_path / "t.csv"
    batch(str(corpus), "--out", str(jsonl), "--jobs", "1")
    batch(str(corpus), "--out", str(csv_out), "--jobs", "1", "--quiet")
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert rows == pq.read_table(one_job).to_pylist()
    frame = pl.read_csv(csv_out, infer_schema=False)
    assert frame.columns == list(NODE_FIELDS) and frame.height == len(rows)
    assert frame["path"][0] == ".".join(str(p) for p in rows[0]["path"])


def test_parquet_directory_by_trailing_slash_or_format(corpus, one_job, tmp_path):
    batch(str(corpus), "--out", f"{tmp_path}/parts/", "--jobs", "1")
    batch(str(corpus), "--out", str(tmp_path / "other"), "--format", "parquet-dir", "--jobs", "1")
    for directory in (tmp_path / "parts", tmp_path / "other"):
        assert sorted(p.name for p in directory.iterdir())[0] == "part-00000.parquet"
        assert pq.read_table(directory).equals(pq.read_table(one_job))
        assert pl.read_parquet(directory / "*.parquet").height == pq.read_table(one_job).num_rows


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".csv", "/"])
def test_resume_parses_only_files_not_yet_in_the_output(tmp_path, suffix):
    root = tmp_path / "plans"
    made = make_corpus(root, 12)
    for late in made[8:]:
        late.rename(late.with_suffix(".later"))
    out = f"{tmp_path}/table{suffix}"
    batch(str(root), "--out", out, "--jobs", "1")
    for late in made[8:]:
        late.with_suffix(".later").rename(late)
    stderr = batch(str(root), "--out", out, "--jobs", "1", "--resume")
    assert "12 file(s)" in stderr and "8 skipped" in stderr
    fresh = f"{tmp_path}/fresh{suffix}"
    batch(str(root), "--out", fresh, "--jobs", "1")
    assert sorted(_rows(out, suffix), key=_key) == sorted(_rows(fresh, suffix), key=_key)
    stderr = batch(str(root), "--out", out, "--jobs", "1", "--resume")
    assert "0 row(s)" in stderr and "12 skipped" in stderr


def test_excludes_are_gitignore_patterns(corpus):
    everything = discover([str(corpus)])
    assert len(everything) == FILES
    no_set1 = discover([str(corpus)], exclude=["set1/"])
    assert no_set1 == [f for f in everything if "/set1/" not in f]
    only_md = discover([str(corpus)], exclude=["*.txt", "!set0/*.txt"])
    assert {Path(f).suffix for f in only_md if "/set0/" not in f} == {".md"}
    assert any(f.endswith(".txt") for f in only_md if "/set0/" in f)


def test_globs_and_files_and_directories(corpus):
    pattern = f"{corpus}/**/plan00*.txt"
    found = discover([pattern, str(corpus / "set0")])
    assert found[0].endswith(".txt") and all("plan00" in f for f in found[:3])
    assert (
        len(found)
        == len(set(found))
        == len(discover([str(corpus / "set0")])) + sum(1 for f in found if "/set0/" not in f)
    )
    assert discover([str(corpus / "nowhere.txt")]) == [str(corpus / "nowhere.txt")]


def test_urls_are_listed_and_read_through_fsspec(corpus, tmp_path):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    for plan in sorted(corpus.rglob("*.txt"))[:2]:
        memory.pipe(f"/plans/{plan.name}", plan.read_bytes())
    outcomes = list(run_batch(["memory://plans/"], jobs=1))
    assert [o.file for o in outcomes] == sorted(
        f"memory:///plans/{p.name}" for p in sorted(corpus.rglob("*.txt"))[:2]
    )
    assert all(o.rows and o.error is None for o in outcomes)


def test_dask_engine_gives_exactly_the_rows_of_the_local_engine(corpus, one_job, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "dask"
    batch(str(corpus), "--out", f"{out}/", "--engine", "dask", "--jobs", "1")
    mine = pq.read_table(out)
    assert mine.schema.equals(node_schema(), check_metadata=False)
    local = pq.read_table(one_job)
    keys = [("file", "ascending"), ("line", "ascending"), ("id", "ascending")]
    assert mine.sort_by(keys).equals(local.sort_by(keys))
    assert mine.equals(local)  # and in the same order


def test_dask_engine_runs_on_a_given_scheduler(corpus, one_job, tmp_path):
    distributed = pytest.importorskip("distributed")
    files = [str(f) for f in sorted(corpus.rglob("*.md"))[:6]]
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = f"{tmp_path}/on-cluster/"
        batch(*files, "--out", out, "--engine", "dask", "--scheduler", cluster.scheduler_address)
    local = pq.read_table(one_job)
    expected = local.filter(pa.compute.is_in(local.column("file"), pa.array(files)))
    assert pq.read_table(out).equals(expected)


def test_dask_engine_reports_unreadable_files_too(tmp_path):
    pytest.importorskip("distributed")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(BINARY)
    diagnostics = tmp_path / "d.jsonl"
    batch(
        str(binary), "--out", f"{tmp_path}/t/", "--engine", "dask", "--jobs", "1",
        "--diagnostics", str(diagnostics), code=1,
    )  # fmt: skip
    rows = [json.loads(line) for line in diagnostics.read_text().splitlines()]
    assert [(r["file"], r["code"]) for r in rows] == [(str(binary), "read-error")]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--out", "t.xlsx"], "cannot tell the format"),
        (["--out", "t.parquet", "--engine", "dask"], "name a directory"),
        (["--out", "t.parquet", "--scheduler", "tcp://x:1"], "--scheduler needs --engine dask"),
        (["--out", "t.parquet", "--profile", "klingon"], "klingon"),
        (["--out", "/nonexistent/dir/t.jsonl"], "cannot write"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path, arguments, message):
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), *arguments])
    assert result.exit_code == 2 and message in result.stderr
    assert "Traceback" not in result.output


def test_no_progress_bar_when_not_a_terminal_and_nothing_with_quiet(corpus, tmp_path):
    plan = str(sorted(corpus.rglob("*.txt"))[0])
    stderr = batch(plan, "--out", str(tmp_path / "a.jsonl"))
    assert stderr.count("\n") == 1 and "1 file(s)" in stderr and "file/s" not in stderr
    assert batch(plan, "--out", str(tmp_path / "b.jsonl"), "--quiet") == ""


def test_write_batch_is_the_library_form_of_the_command(corpus, one_job, tmp_path):
    files = discover([str(corpus)])
    out = tmp_path / "lib.parquet"
    seen = []
    summary = write_batch(files, str(out), jobs=1, on_file=lambda o: seen.append(o.index))
    assert seen == list(range(FILES)) and summary.files == FILES and not summary.errors
    assert summary.rows == pq.read_table(out).num_rows
    assert pq.read_table(out).equals(pq.read_table(one_job))


def test_startup_imports_neither_pyarrow_nor_dask():
    code = (
        "import sys, actionplan_parse, actionplan_parse.cli as c\n"
        "from click.testing import CliRunner\n"
        "CliRunner().invoke(c.cli, ['--help'])\n"
        "print(sorted(m for m in ('pyarrow', 'dask', 'distributed', 'pathspec', 'tqdm',"
        " 'pandas') if m in sys.modules))"
    )
    env = {"PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "[]", done.stderr


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(out: str, suffix: str) -> list[dict]:
    if suffix in (".parquet", "/"):
        return pq.read_table(out).to_pylist()
    if suffix == ".jsonl":
        return [json.loads(line) for line in Path(out).read_text().splitlines()]
    return pl.read_csv(out, infer_schema=False).to_dicts()


def _key(row: dict) -> tuple:
    return (row["file"], int(row["line"]), row["id"])


def test_progress_bar_on_a_terminal(monkeypatch):
    from actionplan_parse.cli import batch_cmd

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with batch_cmd._progress(3, quiet=False) as tick:
        for _ in range(3):
            tick(None)
    assert "0/3 [" in terminal.getvalue() and "file/s" in terminal.getvalue()
    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    with batch_cmd._progress(3, quiet=True) as tick:
        tick(None)
    assert quiet.getvalue() == ""


def test_every_option_is_documented():
    from actionplan_parse.cli.batch_cmd import batch_command

    options = [o for p in batch_command.params for o in p.opts if o.startswith("--")]
    for page in ("cli.md", "batch.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert [o for o in options if o not in text and o != "--help"] == [], page
