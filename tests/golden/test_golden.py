"""Golden tests: full articles we wrote, their expected output reviewed as a diff.

Run ``pytest tests/golden --update-golden`` to rewrite the expected files after
an intended change, then read the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.model import Article, Doc

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent
ARTICLES = [json.loads(line) for line in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]


def _view(doc: Doc) -> dict:
    record = doc.to_record().to_json()
    return {
        "id": record["id"],
        "sentences": len(doc.sentences),
        "entities": sorted(
            f"{e['start']:5d}-{e['end']:<5d} {e['type']} {e['text']} => {e['normal']} [{e['actor'] or ''}]"
            for e in record["entities"]
        ),
        "actors": [f"{a['code'] or '?'} «{a['text']}» {a['rule']}" for a in record["actors"]],
        "events": sorted(
            f"{e['source']['code']} {e['code']} {e['target']['code'] if e['target'] else '-'} «{e['evidence']['text']}»"
            for e in record["events"]
        ),
        "quotes": sorted(f"{(q['speaker'] or {}).get('code')} {q['kind']} «{q['text']}»" for q in record["quotes"]),
    }


@pytest.mark.parametrize("data", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_golden_article(data, pipeline, request):
    doc = pipeline.process(Article.from_json(data, data["id"]))
    got = _view(doc)
    path = HERE / f"{data['id']}.expected.json"
    if request.config.getoption("--update-golden") or not path.exists():
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        if not request.config.getoption("--update-golden"):
            pytest.fail(f"{path.name} was missing and has been written: review it and commit it")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected
