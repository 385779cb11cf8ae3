"""`actionplan-parse check PATH...`: lint plain-text plans for CI (see docs/check.md).

Exit codes: 0 no finding at or above `--fail-on`; 1 findings; 2 usage error,
bad configuration or baseline, an input that could not be read or a directory
entry skipped (a link out of the tree, a FIFO, a device: the other inputs are
still checked); 3 internal error (a bug; the other inputs are still checked when
it happens while parsing one of them). See docs/cli.md for 130 and 141.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from ..cores import default_jobs
from ..lint.baseline import BaselineError, apply_baseline, load_baseline, write_baseline
from ..lint.config import Config, ConfigError, find_config, load_config
from ..lint.discover import DEFAULT_INCLUDE, expand
from ..lint.formats import FORMATS, render
from ..lint.results import FileResult, Report
from ..lint.run import run
from ..lint.select import Selection, SelectorError
from ..lint.statistics import table, to_json
from ..lint.threshold import FAIL_ON, fails
from ..outputs.printable import printable
from ..profiles import ProfileError, choose
from ..registry import RegistryChoice
from .common import encoding_option, format_option, input_option, profile_option
from .exits import EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, fail

__all__ = ["check_command"]


@dataclass(frozen=True)
class Settings:
    """Command-line flags merged over the configuration file."""

    selection: Selection
    fail_on: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    config: Config


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """Repeated and comma-separated flag values; None when the flag was not given."""
    if not values:
        return None
    return tuple(p.strip() for v in values for p in v.split(",") if p.strip())


@click.command(
    "check",
    epilog="Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage error, bad "
    "configuration or baseline, an unreadable, missing or binary input or a skipped directory "
    "entry (the others are still checked), or output that cannot be written; 3 internal error; "
    "141 output pipe closed. "
    "Configuration: [tool.actionplan-parse] in pyproject.toml or .actionplan-parse.toml. "
    "See docs/check.md; rules: `actionplan-parse rules`.",
)
@click.argument("paths", nargs=-1, required=True)
@input_option
@encoding_option
@profile_option
@format_option(RegistryChoice(FORMATS), "text", "Output format.")
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes, names).")
@click.option("--ignore", multiple=True, help="Skip these rules (codes, prefixes, names).")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Least serious severity that makes the exit code 1 [default: error].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("--statistics", is_flag=True, help="Show the number of findings per rule.")
@click.option("-q", "--quiet", is_flag=True, help="Findings only: no summary, no notes.")
@click.option(
    "--include",
    multiple=True,
    help=f"File globs to check in directories [default: {', '.join(DEFAULT_INCLUDE)}].",
)
@click.option("--exclude", multiple=True, help="Path globs to skip in directories.")
@click.option(
    "--follow-links",
    is_flag=True,
    help="Follow symbolic links that lead out of a directory tree (skipped by default).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file (and exit 0).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Configuration file (default: nearest .actionplan-parse.toml or pyproject.toml).",
)
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--stdin-filename", help="Name shown (and matched by per-file-ignores) for `-`.")
@click.option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of stdout.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes [default: cores]; 1 checks in this process. The output does not depend on it.",
)
def check_command(
    paths: tuple[str, ...],
    input_format: str,
    encoding: str | None,
    profile: str,
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    statistics: bool,
    quiet: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    follow_links: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    config_path: Path | None,
    isolated: bool,
    stdin_filename: str | None,
    output_file: Path | None,
    jobs: int | None,
) -> None:
    """Lint PATHS (files, directories, or `-` for stdin) and report findings."""
    config = _config(config_path, isolated)
    settings = _settings(config, select, ignore, fail_on, include, exclude)
    targets = expand(paths, settings.include, settings.exclude, follow_links)
    if not targets and not quiet:
        click.echo("actionplan-parse: warning: no files to check", err=True)
    _check_profile(profile)
    results = run(
        targets,
        settings.selection,
        config.ignored_for,
        stdin_filename,
        input_format,
        profile,
        encoding,
        jobs or default_jobs(),
    )
    for result in results:
        if result.error:
            click.echo(f"actionplan-parse: error: {printable(result.error)}", err=True)
    read_failed = any(r.error for r in results)
    if write_baseline is not None:
        _write_baseline(results, write_baseline, quiet)
        raise SystemExit(EXIT_USAGE if read_failed else EXIT_OK)
    report = _report(results, baseline)
    _emit(_output(report, fmt, statistics, quiet), output_file)
    if statistics and fmt not in ("text", "json"):
        click.echo(table(report), err=True, nl=False)
    if report.stale and not quiet:
        _note_stale(report)
    raise SystemExit(_exit_code(report, settings.fail_on, exit_zero))


def _config(path: Path | None, isolated: bool) -> Config:
    """The configuration in effect (empty with --isolated or when none is found)."""
    try:
        if path is not None:
            config = load_config(path)
        else:
            found = None if isolated else find_config()
            config = load_config(found) if found else Config()
    except ConfigError as exc:
        fail(str(exc))
    for warning in config.warnings:
        click.echo(f"actionplan-parse: warning: {printable(warning)}", err=True)
    return config


def _settings(
    config: Config,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
) -> Settings:
    """Flags override the configuration; unknown codes are a usage error."""
    chosen_select = _split(select)
    chosen_ignore = _split(ignore)
    try:
        selection = Selection.of(
            chosen_select if chosen_select is not None else config.select,
            chosen_ignore if chosen_ignore is not None else config.ignore,
        )
    except SelectorError as exc:
        fail(str(exc))
    return Settings(
        selection=selection,
        fail_on=fail_on or config.fail_on or "error",
        include=_split(include) or config.include or DEFAULT_INCLUDE,
        exclude=_split(exclude) or config.exclude or (),
        config=config,
    )


def _write_baseline(results: list[FileResult], path: Path, quiet: bool) -> None:
    try:
        count = write_baseline(results, path)
    except OSError as exc:
        fail(f"{path}: cannot write baseline ({exc.strerror or exc})")
    if not quiet:
        click.echo(f"actionplan-parse: wrote {count} finding(s) to baseline {path}", err=True)


def _report(results: list[FileResult], baseline: Path | None) -> Report:
    if baseline is None:
        return Report(results)
    try:
        entries = load_baseline(baseline)
    except BaselineError as exc:
        fail(str(exc))
    return apply_baseline(results, entries, baseline)


def _output(report: Report, fmt: str, statistics: bool, quiet: bool) -> str:
    if statistics and fmt == "json":
        return to_json(report)
    if statistics and fmt == "text":
        return table(report) + ("" if quiet else render(report, "text").splitlines()[-1] + "\n")
    return render(report, fmt, quiet=quiet)


def _emit(text: str, output_file: Path | None) -> None:
    if output_file is None:
        click.echo(text, nl=False)
        return
    try:
        output_file.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{output_file}: cannot write ({exc.strerror or exc})")


def _note_stale(report: Report) -> None:
    click.echo(
        f"actionplan-parse: {len(report.stale)} baseline entr"
        f"{'y no longer occurs' if len(report.stale) == 1 else 'ies no longer occur'}:",
        err=True,
    )
    for entry in report.stale:
        click.echo(f"  {entry['path']}: {entry['code']} {entry['line_text'][:80]!r}", err=True)


def _exit_code(report: Report, fail_on: str, exit_zero: bool) -> int:
    if any(r.internal for r in report.errors):
        return EXIT_INTERNAL
    if report.errors:
        return EXIT_USAGE
    if exit_zero:
        return EXIT_OK
    if any(fails(d.severity, fail_on) for _, d in report.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _check_profile(profile: str) -> None:
    """An unknown profile is a usage error before any file is read."""
    try:
        choose(profile, "")
    except ProfileError as exc:
        fail(str(exc))
