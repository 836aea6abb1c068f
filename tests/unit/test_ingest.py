import json

from letopis.ingest import iter_articles, list_inputs
from letopis.model import Article, ErrorRecord


def test_jsonl_lines_become_articles_or_error_records(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok", "text": "Москва ответила.", "date": "2022-09-13"}, ensure_ascii=False),
        json.dumps({"id": "empty", "text": ""}),
        "{not json",
        "",
        json.dumps({"text": "Без id."}, ensure_ascii=False),
        json.dumps([1, 2]),
        json.dumps({"id": "big", "text": "а" * 50}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(iter_articles(list_inputs([path]), max_chars=40))
    kinds = [(type(o).__name__, o.id) for o in out]
    assert kinds == [("Article", "ok"), ("ErrorRecord", "empty"), ("ErrorRecord", "3"),
                     ("Article", "5"), ("ErrorRecord", "6"), ("ErrorRecord", "big")]
    assert out[1].code == "input_empty_text"
    assert out[2].code == "input_not_json" and "line 3" in out[2].message
    assert out[5].code == "input_too_large"


def test_txt_and_folders(tmp_path):
    (tmp_path / "b.txt").write_text("Заголовок\n\nТекст статьи.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": "т"}) + "\n", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    out = list(iter_articles(list_inputs([tmp_path]), max_chars=1000))
    assert [o.id for o in out] == ["x", "b", "bad"]
    assert isinstance(out[1], Article) and out[1].title == "Заголовок"
    assert isinstance(out[2], ErrorRecord) and out[2].code == "input_unreadable"


def test_crlf_text_keeps_offsets(tmp_path):
    (tmp_path / "c.txt").write_bytes("Заголовок\r\n\r\nТекст.".encode("utf-8"))
    (article,) = iter_articles(list_inputs([tmp_path / "c.txt"]), max_chars=1000)
    assert "\r\n" in article.text
