"""Input files → :class:`Article` (or an :class:`ErrorRecord` saying why not).

Accepted inputs: ``.jsonl`` (one article a line), ``.txt`` (one article, its
first line the title) and folders holding such files (read recursively, in
sorted order). Nothing is silently dropped: every unreadable line or file
yields an error record in its place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from letopis.errors import InputRejected
from letopis.model import Article, ErrorRecord

SUFFIXES = (".jsonl", ".txt")


def list_inputs(paths: list[str | Path]) -> list[Path]:
    """Expand folders into their ``.jsonl``/``.txt`` files; raise on a missing path."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES))
        elif path.is_file():
            out.append(path)
        else:
            raise InputRejected(f"no such file or folder: {path}", "missing_path")
    return out


def iter_articles(paths: list[Path], max_chars: int) -> Iterator[Article | ErrorRecord]:
    """Yield every article of ``paths`` in order, or an error record where one cannot be read."""
    for path in paths:
        if path.suffix == ".jsonl" or path.name == "-":
            yield from _read_jsonl(path, max_chars)
        else:
            yield _read_txt(path, max_chars)


def _checked(article: Article, max_chars: int) -> Article | ErrorRecord:
    if len(article.text) > max_chars:
        err = InputRejected(f"text has {len(article.text)} characters, over max_article_chars={max_chars}", "too_large")
        return ErrorRecord(article.id, err.code, err.message)
    return article


def _read_txt(path: Path, max_chars: int) -> Article | ErrorRecord:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        err = InputRejected(f"{path}: cannot read as UTF-8 text: {exc}", "unreadable")
        return ErrorRecord(path.stem, err.code, err.message)
    try:
        return _checked(Article.from_json({"id": path.stem, "text": text}, path.stem), max_chars)
    except InputRejected as exc:
        return ErrorRecord(path.stem, exc.code, f"{path}: {exc.message}")


def _read_jsonl(path: Path, max_chars: int) -> Iterator[Article | ErrorRecord]:
    try:
        handle = open(path, encoding="utf-8", errors="strict", newline="")
    except OSError as exc:
        err = InputRejected(f"{path}: {exc}", "unreadable")
        yield ErrorRecord(path.name, err.code, err.message)
        return
    with handle:
        number = 0
        while True:
            try:
                line = handle.readline()
            except UnicodeDecodeError as exc:
                number += 1
                err = InputRejected(f"{path}: line {number} and the rest are not UTF-8: {exc}", "unreadable")
                yield ErrorRecord(str(number), err.code, err.message)
                return
            if not line:
                return
            number += 1
            if not line.strip():
                continue
            default_id = str(number)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                err = InputRejected(f"{path}: line {number} is not JSON: {exc}", "not_json")
                yield ErrorRecord(default_id, err.code, err.message)
                continue
            try:
                yield _checked(Article.from_json(record, default_id), max_chars)
            except InputRejected as exc:
                article_id = record.get("id", default_id) if isinstance(record, dict) else default_id
                yield ErrorRecord(str(article_id), exc.code, f"{path}: line {number}: {exc.message}")
