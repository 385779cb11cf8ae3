"""Any encoding gives the UTF-8 outline, detected or named (--encoding); refusals are one line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import CORPUS, PLAN

from actionplan_parse import parse, parse_file
from actionplan_parse.outputs import to_rows

ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
    "gb18030",
    "gbk",
    "big5",
    "shift_jis",
    "cp1252",
    "latin-1",
]
# Written for these tests: a plan in traditional Chinese (Big5) and one in Japanese (Shift-JIS).
HANT = (
    "聯合行動計劃\n\n一、 政治合作\n（一） 雙方將加強高層交往。\n（二） 雙方將擴大貿易與投資。\n"
    "二、 經濟合作\n（一） 雙方願意在基礎設施領域開展合作。\n"
)
JA = (
    "共同行動計画\n\n一、 政治協力\n（一） 双方はハイレベルの交流を強化する。\n"
    "（二） 双方は貿易と投資を拡大する。\n二、 経済協力\n（一） 双方はインフラ分野で協力する。\n"
)
TEXTS = {
    "plan": PLAN.read_text(encoding="utf-8"),
    "zh": (CORPUS / "china_africa_changsha_declaration_2025_zh_en.txt").read_text("utf-8"),
    "es": (CORPUS / "los_angeles_declaration_deliverables_2022_es.txt").read_text("utf-8"),
    "zh-hant": HANT,
    "ja": JA,
}
CASES = []
for _name, _text in TEXTS.items():
    for _encoding in ENCODINGS:
        try:
            _text.encode(_encoding)
        except UnicodeEncodeError:
            continue
        CASES.append((_name, _encoding))


def _outline(document) -> list[tuple]:
    return [
        (r["id"], r["kind"], r["label"], r["heading"], r["text"], r["line"])
        for r in to_rows(document)
    ]


@pytest.fixture(scope="module")
def references() -> dict[str, list[tuple]]:
    return {name: _outline(parse(text)) for name, text in TEXTS.items()}


def test_every_listed_encoding_is_exercised():
    covered = {encoding for _, encoding in CASES}
    assert covered == set(ENCODINGS)
    assert {("zh", "gb18030"), ("zh-hant", "big5"), ("ja", "shift_jis"), ("es", "cp1252")} <= set(
        CASES
    )


@pytest.mark.parametrize("name, encoding", CASES, ids=lambda v: str(v))
def test_detected_and_named_encodings_give_the_utf8_outline(tmp_path, references, name, encoding):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(TEXTS[name].encode(encoding))
    detected = parse_file(path)
    assert _outline(detected) == references[name]
    assert 0.5 <= detected.source.encoding_confidence <= 1
    named = parse_file(path, encoding=encoding)
    assert _outline(named) == references[name]
    assert named.source.encoding_confidence == 1.0


def test_detected_encoding_is_recorded_and_reported(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_bytes(TEXTS["zh"].encode("gb18030"))
    document = parse_file(path)
    assert document.source.encoding == "gb18030"
    assert [d.code for d in document.diagnostics if d.span and d.span.start_line == 1].count(
        "AP003"
    ) == 1
    assert "decoded as gb18030 (detected" in next(
        d.message for d in document.diagnostics if d.code == "AP003"
    )


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "actionplan_parse", *args]
    out = subprocess.run(command, input=stdin, capture_output=True)
    return subprocess.CompletedProcess(
        out.args, out.returncode, out.stdout.decode("utf-8", "replace"), out.stderr.decode()
    )


@pytest.mark.parametrize("command", ["parse", "outline", "normalize", "render --to json"])
def test_encoding_option_on_every_reading_command(tmp_path, command):
    path = tmp_path / "ja.txt"
    path.write_bytes(JA.encode("shift_jis"))
    out = _cli(*command.split()[:1], str(path), *command.split()[1:], "--encoding", "shift_jis")
    assert out.returncode == 0, out.stderr
    assert "双方は貿易と投資を拡大する" in out.stdout


def test_check_takes_the_encoding_too(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_bytes(HANT.encode("big5"))
    detected = _cli("check", str(path), "--select", "AP003", "--format", "json")
    assert "decoded as big5 (detected" in detected.stdout
    named = _cli("check", str(path), "--encoding", "big5", "--select", "AP003")
    assert named.returncode == 0 and named.stdout.startswith("All checks passed")
    wrong = _cli("check", str(path), "--encoding", "utf-8")
    assert wrong.returncode == 2 and "not utf-8: byte 0x" in wrong.stderr


@pytest.mark.parametrize(
    "data, option, message",
    [
        (b"caf\xe9 au lait\n", ["--encoding", "utf-8"], "not utf-8: byte 0xe9 at offset 3"),
        (b"plain\n", ["--encoding", "klingon"], "unknown encoding 'klingon'"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", [], "binary file (NUL bytes)"),
        (b"\x81\x8d\x8f\x90\x9d\xff\xfe\x00\x00", [], "binary file"),
    ],
)
def test_undecodable_input_is_one_line_and_exit_2(tmp_path, data, option, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    for command in ("parse", "outline", "normalize"):
        out = _cli(command, str(path), *option)
        assert out.returncode == 2
        assert out.stdout == ""
        assert out.stderr.count("\n") == 1 and message in out.stderr
    out = _cli("parse", "-", *option, stdin=data)
    assert out.returncode == 2 and out.stderr.startswith("actionplan-parse: error: <stdin>: ")
