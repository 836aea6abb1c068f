import json
from pathlib import Path

import pytest

from letopis.errors import InputRejected
from letopis.model import (
    ActorRef, Article, Entity, ErrorRecord, Event, Quote, Record, SpanRef, Speaker,
)
from letopis.model.schema import output_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "src/letopis/data/schema/output.schema.json"


def _event() -> Event:
    return Event(
        source=ActorRef("USAGOV", "госсекретарь США", 10, 27), target=ActorRef("ARM", "Арменией", 40, 48),
        code="0256", root_code="02", quad_class=1, goldstein=-0.3, date="2022-09-13", background=False,
        sentence_index=4, evidence=SpanRef(50, 60, "призываем"), rule="ru.appeal.ceasefire.v1", confidence=0.9,
    )


def test_record_keys_follow_the_contract_order():
    record = Record("seed", [Entity("PER", 0, 7, "Блинкен", "Блинкен")], [_event()], [])
    data = record.to_json()
    assert list(data)[:5] == ["id", "schema_version", "entities", "events", "quotes"]
    assert data["schema_version"] == 1
    assert list(data["events"][0])[:12] == [
        "source", "target", "code", "root_code", "quad_class", "goldstein", "date", "background",
        "sentence_index", "evidence", "rule", "confidence",
    ]
    assert list(data["entities"][0]) == ["type", "start", "end", "text", "normal", "actor", "kb_id"]


def test_record_round_trips_through_json():
    quote = Quote(Speaker("USAGOV", "Энтони Блинкен", "Блинкен", 700, 707), "Мы призываем", 560, 572, "написать", "direct")
    record = Record("a", [Entity("LOC", 1, 4, "США", "США", "USA", "country:USA")], [_event()], [quote],
                    layers={"tone": {"polarity": 1.5}})
    text = json.dumps(record.to_json(), ensure_ascii=False)
    again = Record.from_json(json.loads(text))
    assert again == record
    assert json.loads(text)["tone"] == {"polarity": 1.5}


def test_null_target_and_speaker_serialise_as_null():
    event = _event()
    event.target = None
    assert event.to_json()["target"] is None
    assert Quote(None, "x", 0, 1, None, "indirect").to_json()["speaker"] is None


def test_error_record_shape_is_pinned():
    assert ErrorRecord("7", "input_not_json", "line 7 is not JSON").to_json() == {
        "id": "7", "error": {"code": "input_not_json", "message": "line 7 is not JSON"},
    }


def test_shipped_schema_is_generated_from_the_model():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == output_schema(), (
        "regenerate with: letopis schema > src/letopis/data/schema/output.schema.json"
    )


def test_schema_accepts_records_and_errors_and_rejects_garbage():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(output_schema())
    validator.validate(Record("a", [Entity("LOC", 0, 3, "США", "США")], [_event()], []).to_json())
    validator.validate(ErrorRecord("a", "input_empty_text", "empty").to_json())
    bad = Record("a", [], [_event()], []).to_json()
    bad["events"][0]["goldstein"] = "high"
    assert not validator.is_valid(bad)
    assert not validator.is_valid({"id": "a"})


def test_article_title_defaults_to_first_line_and_rejects_bad_records():
    assert Article.from_json({"text": "\n Заголовок \nТекст"}, "3").title == "Заголовок"
    assert Article.from_json({"text": "x"}, "3").id == "3"
    with pytest.raises(InputRejected) as empty:
        Article.from_json({"text": "   "}, "1")
    assert empty.value.code == "input_empty_text"
    with pytest.raises(InputRejected):
        Article.from_json({"id": 1}, "1")
    with pytest.raises(InputRejected) as date:
        Article.from_json({"text": "x", "date": "13.09.2022"}, "1")
    assert date.value.code == "input_bad_date"
    with pytest.raises(InputRejected):
        Article.from_json(["text"], "1")
