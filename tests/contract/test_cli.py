"""The ``letopis extract`` command as the output contract describes it (loads the models)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from letopis.cli.main import main
from letopis.model.schema import output_schema
from tests.conftest import shared_path

pytestmark = pytest.mark.slow
SEED = "seed/000_95b1cf0834c826b0.txt"


def _spans(record):
    for entity in record["entities"]:
        yield entity
    for event in record["events"]:
        yield event["source"]
        if event["target"]:
            yield event["target"]
        yield event["evidence"]
    for quote in record["quotes"]:
        yield quote
        if quote["speaker"]:
            yield quote["speaker"]


def _run(args, capsys):
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_seed_article_gives_one_valid_record(capsys):
    jsonschema = pytest.importorskip("jsonschema")
    seed = shared_path(SEED)
    status, out, err = _run(["extract", str(seed), "-o", "-"], capsys)
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.Draft202012Validator(output_schema()).validate(record)
    text = seed.read_text(encoding="utf-8")
    for span in _spans(record):
        assert text[span["start"] : span["end"]] == span["text"]
    found = {(e["type"], e["normal"]) for e in record["entities"]}
    expected = {
        ("LOC", "США"), ("LOC", "Армения"), ("LOC", "Азербайджан"), ("PER", "Энтони Блинкен"),
        ("PER", "Никол Пашинян"), ("PER", "Эммануэль Макрон"), ("PER", "Владимир Путин"),
        ("LOC", "Россия"), ("ORG", "ООН"), ("ORG", "ОДКБ"), ("LOC", "Нагорный Карабах"),
    }
    assert expected <= found, expected - found


def test_bad_inputs_give_error_records_and_the_run_goes_on(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    big = "Москва заявила о готовности к переговорам с Вашингтоном. " * 18_000  # about 1 MB
    rows = [
        json.dumps({"id": "empty", "text": ""}),
        "this is not json",
        json.dumps({"id": "big", "text": big}, ensure_ascii=False),
        json.dumps({"id": "fine", "text": "Путин провел переговоры с Эрдоганом."}, ensure_ascii=False),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    status, _, err = _run(["extract", str(path), "-o", str(out_path)], capsys)
    assert status == 0
    records = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["empty", "2", "big", "fine"]
    assert records[0]["error"]["code"] == "input_empty_text"
    assert records[1]["error"]["code"] == "input_not_json"
    assert "entities" in records[2] and len(records[2]["entities"]) > 1000
    assert {e["normal"] for e in records[3]["entities"]} >= {"Путин", "Эрдоган"}
    assert "article empty" in err and "article 2" in err
    strict, _, _ = _run(["extract", str(path), "-o", str(out_path), "--strict", "--quiet"], capsys)
    assert strict == 1


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    status, _, err = _run(["extract", str(tmp_path / "nope.jsonl"), "-o", "-"], capsys)
    assert status == 2 and "input_missing_path" in err


def test_version_and_help_of_every_command():
    for args in (["--version"], ["--help"], ["extract", "--help"], ["schema", "--help"], ["--help-settings"],
                 ["actors", "--help"], ["explain", "--help"], ["summary", "--help"], ["data", "check", "--help"]):
        done = subprocess.run([sys.executable, "-m", "letopis.cli.main", *args], capture_output=True, text=True)
        assert done.returncode == 0, (args, done.stderr)
        assert done.stdout.strip()


def test_pymorphy2_imports_in_this_environment():
    # pymorphy2 needs pkg_resources, which setuptools >= 81 no longer ships;
    # pyproject pins setuptools below that. This fails if the pin is lost.
    import pkg_resources  # noqa: F401
    import pymorphy2

    assert pymorphy2.MorphAnalyzer().parse("армии")[0].normal_form == "армия"


def test_explain_shows_actors_attempts_and_events(capsys):
    status, out, _ = _run(["explain", "Армения не нападала на Азербайджан. Пашинян выразил обеспокоенность "
                                      "действиями Баку.", "--date", "2022-09-13"], capsys)
    assert status == 0
    assert "ru.attack.invade.v1" in out and "negated" in out
    assert "EVENT  ARMGOV 012 AZE" in out and "[ru.concern.express.v2]" in out
    assert "nsubj" in out  # the parse table
    assert "patterns whose complement was absent" in out and "no complement" not in out
    status, out, _ = _run(["explain", "Пашинян выразил обеспокоенность действиями Баку.", "--all", "--no-parse"], capsys)
    assert status == 0 and "no complement" in out and "nsubj" not in out
