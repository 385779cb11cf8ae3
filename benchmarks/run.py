"""Speed, memory and start-up of actionplan-parse, with reference points in the same run.

Every case runs once per round and the rounds are interleaved (case A, B, C, A, B, C, ...),
so a burst of load on a shared machine hits all cases alike; each case keeps its best
round. In-process cases are timed by CPU time (``time.process_time``); command-line
start-up by the CPU time of the child process (``resource.getrusage(RUSAGE_CHILDREN)``);
``check --jobs`` by wall time too, because that is what two processes save. Not a test:
run it by hand.

    PYTHONPATH=src python benchmarks/run.py              # everything (about 5 minutes)
    PYTHONPATH=src python benchmarks/run.py --quick      # no 20 MB, fewer rounds, 100 files
    PYTHONPATH=src python benchmarks/run.py --only parse,startup --markdown results.md

Reference points: bare ``str.splitlines``, a minimal Lark LALR line grammar written here
(a line is an optional label and the rest), and markdown-it-py's parser, on the same text.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "china_celac_2025_2027.txt"
MB = 1_000_000
SECTIONS = ("parse", "costs", "memory", "startup", "jobs", "baseline")

MINIMAL_GRAMMAR = r"""
start: line*
line: LABEL? REST? NL
LABEL.2: /(?:\(?(?:\d{1,3}|[IVXLC]{1,6}|[a-z])[.)]|[A-Z][a-z]+,)(?=[ \t]|\n)/
REST: /[^ \t\n][^\n]*/
NL: /\n/
%ignore /[ \t]+/
"""


# -- inputs ---------------------------------------------------------------------------------


def corpus_texts() -> list[str]:
    """The corpus texts at the top level (never corpus/devtest/), derived outputs left out."""
    paths = sorted(
        p
        for p in CORPUS.iterdir()
        if p.is_file()
        and p.suffix in (".txt", ".md", ".html")
        and p.name != "SOURCES.md"
        and ".normalized." not in p.name
        and ".repaired." not in p.name
    )
    return [read(p) for p in paths]


def read(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text if text.endswith("\n") else text + "\n"  # the minimal grammar needs it


def repeated(text: str, size: int) -> str:
    """``text`` repeated to at least ``size`` UTF-8 bytes."""
    return text * max(1, -(-size // len(text.encode())))


def mix(texts: list[str], size: int) -> list[str]:
    """Whole corpus texts, round robin, until their sizes add up to ``size`` bytes."""
    out: list[str] = []
    total = 0
    while total < size:
        text = texts[len(out) % len(texts)]
        out.append(text)
        total += len(text.encode())
    return out


def size_of(docs: list[str]) -> int:
    return sum(len(d.encode()) for d in docs)


# -- timing ---------------------------------------------------------------------------------


@dataclass
class Case:
    """One measured operation: its best CPU (and wall) time over the rounds."""

    name: str
    run: Callable[[], object]
    size: int = 0
    best_cpu: float = float("inf")
    best_wall: float = float("inf")
    extra: dict[str, str] = field(default_factory=dict)

    def measure(self) -> None:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        self.run()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        self.best_cpu, self.best_wall = min(self.best_cpu, cpu), min(self.best_wall, wall)

    @property
    def mbps(self) -> float:
        return self.size / MB / self.best_cpu


def interleaved(cases: list[Case], rounds: int) -> None:
    for _ in range(rounds):
        for case in cases:
            case.measure()


@dataclass
class ChildCase(Case):
    """A command in a child process: CPU time of the child (user + system)."""

    def measure(self) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall0 = time.perf_counter()
        self.run()
        wall = time.perf_counter() - wall0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        self.best_cpu, self.best_wall = min(self.best_cpu, cpu), min(self.best_wall, wall)


# -- the cases ------------------------------------------------------------------------------


def parse_all(docs: list[str]) -> Callable[[], object]:
    from actionplan_parse import parse

    return lambda: [parse(d) for d in docs]


def lark_minimal() -> Callable[[str], object]:
    from lark import Lark, Transformer

    class Shapes(Transformer):  # inline, as the real grammar: no tree is built
        def start(self, lines: list) -> list:
            return lines

        def line(self, tokens: list) -> tuple:
            return tuple(tokens)

    parser = Lark(MINIMAL_GRAMMAR, parser="lalr", lexer="contextual", transformer=Shapes())
    return parser.parse


def markdown_it() -> Callable[[str], object]:
    from markdown_it import MarkdownIt

    return MarkdownIt().parse


def reference(func: Callable[[str], object], docs: list[str]) -> Callable[[], object]:
    return lambda: [func(d) for d in docs]


def parse_section(rounds: int, quick: bool) -> list[Case]:
    plan = read(PLAN)
    inputs = {
        "plan 17 kB": [plan],
        "plan x120 (2 MB)": [repeated(plan, 2 * MB)],
        "corpus mix 2 MB": mix(corpus_texts(), 2 * MB),
    }
    if not quick:
        inputs["plan x1200 (20 MB)"] = [repeated(plan, 20 * MB)]
    lark, md = lark_minimal(), markdown_it()
    parse_all([plan])()  # warm up: grammar, profiles, lazy imports
    cases: list[Case] = []
    for label, docs in inputs.items():
        size = size_of(docs)
        cases.append(Case(f"parse: {label}", parse_all(docs), size))
        if label != "plan 17 kB":
            cases.append(Case(f"  str.splitlines: {label}", reference(str.splitlines, docs), size))
            cases.append(Case(f"  minimal Lark LALR: {label}", reference(lark, docs), size))
            cases.append(Case(f"  markdown-it-py: {label}", reference(md, docs), size))
    small = [c for c in cases if "20 MB" not in c.name]
    interleaved(small, rounds)
    interleaved([c for c in cases if "20 MB" in c.name], max(2, rounds // 3))
    return cases


def without_diagnostics(docs: list[str]) -> Callable[[], object]:
    """The whole parse with the lint rules replaced by nothing: what diagnostics cost."""
    import importlib

    pipeline = importlib.import_module("actionplan_parse.parse")

    def run() -> object:
        real = pipeline.diagnose
        pipeline.diagnose = lambda *args: []
        try:
            return [pipeline.parse(d) for d in docs]
        finally:
            pipeline.diagnose = real

    return run


def rebuild(document: object, construct: bool) -> Callable[[], object]:
    """Every Span, Label and Node of ``document`` built again from its fields, children
    first: validated (``Model(**fields)``) or not (``Model.model_construct(**fields)``)."""
    models = [m for n in document.walk() for m in (n.span, n.label, n) if m is not None]
    fields = [(type(m), dict(m)) for m in models]
    if construct:
        return lambda: [cls.model_construct(**kw) for cls, kw in fields]
    return lambda: [cls(**kw) for cls, kw in fields]


def costs_section(rounds: int) -> list[Case]:
    from actionplan_parse import parse

    plan = read(PLAN)
    big = [repeated(plan, 2 * MB)]
    document = parse(big[0])
    cases = [
        Case("parse: plan x120 (2 MB), same run", parse_all(big), size_of(big)),
        Case("  without the lint rules (diagnostics)", without_diagnostics(big), size_of(big)),
        Case("  Span/Label/Node validated (2 MB tree)", rebuild(document, False), size_of(big)),
        Case("  Span/Label/Node model_construct", rebuild(document, True), size_of(big)),
    ]
    interleaved(cases, rounds)
    return cases


def memory_section(quick: bool) -> list[tuple[str, int, int]]:
    from actionplan_parse import parse

    plan = read(PLAN)
    parse(plan)  # grammar and caches built before measuring
    sizes = [2 * MB] if quick else [2 * MB, 20 * MB]
    rows = []
    for size in sizes:
        text = repeated(plan, size)
        tracemalloc.start()
        tracemalloc.reset_peak()
        document = parse(text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        del document
        rows.append((f"plan x{len(text) // len(plan)} ({size // MB} MB)", len(text.encode()), peak))
    return rows


def python_command(*args: str) -> list[str]:
    return [sys.executable, "-c", *args]


CLI = "import sys; from actionplan_parse.cli import main; sys.argv[0] = 'actionplan-parse'; main()"


def child(argv: list[str], src: Path = ROOT / "src") -> Callable[[], object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    return lambda: subprocess.run(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )


def startup_section(rounds: int) -> list[Case]:
    cases: list[Case] = [
        ChildCase("python -c 'import pydantic'", child(python_command("import pydantic"))),
        ChildCase("python -c 'pass' (interpreter)", child(python_command("pass"))),
        ChildCase("actionplan-parse --help", child(python_command(CLI, "--help"))),
        ChildCase(
            "actionplan-parse check PLAN",
            child(python_command(CLI, "check", str(PLAN.relative_to(ROOT)), "--exit-zero")),
        ),
    ]
    for case in cases:  # first runs fill the OS and Lark caches
        case.run()
    interleaved(cases, rounds)
    return cases


def jobs_section(rounds: int, files: int) -> list[Case]:
    texts = corpus_texts()
    tmp = Path(tempfile.mkdtemp(prefix="ap-bench-"))
    try:
        for i in range(files):
            (tmp / f"doc_{i:04d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
        cases = [
            ChildCase(
                f"check --jobs {jobs}, {files} files",
                child(python_command(CLI, "check", str(tmp), "--exit-zero", "--jobs", str(jobs))),
                size_of([texts[i % len(texts)] for i in range(files)]),
            )
            for jobs in (1, 2)
        ]
        interleaved(cases, rounds)
    finally:
        shutil.rmtree(tmp)
    return cases


PARSE_IN_CHILD = """
import sys, time
from actionplan_parse import parse
docs = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
parse(docs[0][:20000])
best = float("inf")
for _ in range(int(sys.argv[1])):
    start = time.process_time()
    for d in docs:
        parse(d)
    best = min(best, time.process_time() - start)
print(best)
"""


@dataclass
class TreeCase(Case):
    """``parse`` in a child process on one source tree; the child times itself."""

    argv: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    def measure(self) -> None:
        out = subprocess.run(self.argv, env=self.env, capture_output=True, text=True, check=True)
        self.best_cpu = min(self.best_cpu, float(out.stdout.strip().splitlines()[-1]))


def checkout(rev: str, into: Path) -> Path:
    """The ``src`` and ``grammars`` of commit ``rev``, extracted under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src", "grammars"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def baseline_section(rev: str, rounds: int) -> list[Case]:
    """The same measures on commit ``rev`` and on this tree, interleaved in one run."""
    plan = read(PLAN)
    tmp = Path(tempfile.mkdtemp(prefix="ap-baseline-"))
    try:
        trees = {rev: checkout(rev, tmp), "this tree": ROOT / "src"}
        inputs = {
            "plan x120 (2 MB)": [repeated(plan, 2 * MB)],
            "corpus mix 2 MB": mix(corpus_texts(), 2 * MB),
        }
        files: dict[str, list[str]] = {}
        for label, docs in inputs.items():
            files[label] = []
            for i, doc in enumerate(docs):
                path = tmp / f"{len(files)}_{i}.txt"
                path.write_text(doc, encoding="utf-8")
                files[label].append(str(path))
        cases: list[Case] = []
        for label, docs in inputs.items():
            for name, src in trees.items():
                env = {**os.environ, "PYTHONPATH": str(src)}
                argv = [sys.executable, "-c", PARSE_IN_CHILD, "1", *files[label]]
                cases.append(
                    TreeCase(
                        f"parse {label}: {name}", lambda: None, size_of(docs), argv=argv, env=env
                    )
                )
        commands = (("--help", ["--help"]), ("check PLAN", ["check", str(PLAN), "--exit-zero"]))
        for what, args in commands:
            for name, src in trees.items():
                cases.append(ChildCase(f"{what}: {name}", child(python_command(CLI, *args), src)))
        for case in cases:
            case.measure()  # warm: caches, .pyc files
        interleaved(cases, rounds)
    finally:
        shutil.rmtree(tmp)
    return cases


# -- report ---------------------------------------------------------------------------------


def commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return out + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load}"
    )


def rows_of(
    parse: list[Case],
    costs: list[Case],
    memory: list,
    startup: list[Case],
    jobs: list[Case],
    baseline: list[Case],
) -> list:
    rows: list[tuple[str, str, str]] = []
    by_name = {c.name: c for c in parse}
    for case in parse:
        ratio = ""
        if case.name.startswith("  minimal Lark"):
            ours = by_name["parse: " + case.name.split(": ", 1)[1]]
            ratio = f"parse is {ours.best_cpu / case.best_cpu:.2f}x its time"
        rows.append((case.name, f"{case.mbps:.2f} MB/s ({case.best_cpu * 1e3:.0f} ms)", ratio))
    for case in costs:
        note = ""
        if costs and case is not costs[0]:
            note = f"{case.best_cpu / costs[0].best_cpu * 100:.0f}% of the parse's time"
        rows.append((case.name, f"{case.best_cpu * 1e3:.0f} ms", note))
    for old, new in zip(baseline[::2], baseline[1::2], strict=True):
        rows.append((old.name, _value(old), ""))
        rows.append((new.name, _value(new), f"{old.best_cpu / new.best_cpu:.2f}x faster"))
    small, large = by_name.get("parse: plan 17 kB"), by_name.get("parse: plan x1200 (20 MB)")
    if small and large:
        cost = (large.best_cpu / large.size) / (small.best_cpu / small.size)
        rows.append(("per-byte cost 20 MB / 17 kB", f"{cost:.2f}", "1.0 = linear"))
    for label, size, peak in memory:
        rows.append(
            (f"tracemalloc peak: {label}", f"{peak / MB:.0f} MB", f"{peak / size:.1f}x the input")
        )
    base = next((c for c in startup if "pydantic" in c.name), None)
    for case in startup:
        ratio = f"{case.best_cpu / base.best_cpu:.2f}x import pydantic" if base else ""
        rows.append((case.name, f"{case.best_cpu * 1e3:.0f} ms CPU", ratio))
    if len(jobs) == 2:
        one, two = jobs
        for case in jobs:
            rows.append((case.name, f"{case.best_wall:.2f} s wall", ""))
        rows.append(
            ("check --jobs 2 / --jobs 1 (wall)", f"{two.best_wall / one.best_wall:.2f}", "")
        )
    return rows


def _value(case: Case) -> str:
    return f"{case.mbps:.2f} MB/s" if case.size else f"{case.best_cpu * 1e3:.0f} ms CPU"


def print_table(rows: list) -> None:
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<24} {note}")


def markdown(rows: list, argv: list[str]) -> str:
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Measured {today}, commit `{commit()}`, {machine()};",
        f"`python benchmarks/run.py {' '.join(argv)}`.",
        "",
        "| measure | result | note |",
        "|---|---|---|",
    ]
    lines += [f"| {n.strip()} | {v} | {note} |" for n, v, note in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="no 20 MB, fewer rounds and files")
    parser.add_argument("--rounds", type=int, help="rounds per case (default 5, quick 3)")
    parser.add_argument("--files", type=int, help="files for check --jobs (default 500)")
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--baseline", metavar="REV", help="also measure commit REV against this tree, interleaved"
    )
    parser.add_argument("--markdown", type=Path, help="also write the table (Markdown) here")
    args = parser.parse_args(argv)
    rounds = args.rounds or (3 if args.quick else 5)
    files = args.files or (100 if args.quick else 500)
    only = set(args.only.split(",")) if args.only else set(SECTIONS)
    print(f"commit {commit()}; {machine()}", flush=True)
    parse = parse_section(rounds, args.quick) if "parse" in only else []
    costs = costs_section(rounds) if "costs" in only else []
    memory = memory_section(args.quick) if "memory" in only else []
    startup = startup_section(rounds * 2) if "startup" in only else []
    jobs = jobs_section(max(2, rounds // 2), files) if "jobs" in only else []
    baseline = []
    if args.baseline and ("baseline" in only or not args.only):
        baseline = baseline_section(args.baseline, rounds)
    rows = rows_of(parse, costs, memory, startup, jobs, baseline)
    print_table(rows)
    print(f"after: load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.markdown:
        args.markdown.write_text(markdown(rows, sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    main()
