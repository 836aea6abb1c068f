"""``letopis extract``: articles in, one JSON line per article out."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import nullcontext
from typing import IO

from letopis.cli.options import add_settings_options, settings_from
from letopis.cli.progress import Progress
from letopis.ingest import iter_articles, list_inputs
from letopis.model import ErrorRecord
from letopis.pipeline import Pipeline


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="extract entities, events and quotes from articles into JSONL",
        description=(
            "Read articles (.jsonl with one {\"id\", \"text\", ...} object a line, .txt with the "
            "title on its first line, or folders of them) and write one JSON record per article."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl or .txt file, or a folder of them")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT", help="output .jsonl file, or - for stdout")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any article failed")
    parser.add_argument("--quiet", action="store_true", help="no summary and no per-article error lines on stderr")
    add_settings_options(parser)
    parser.set_defaults(run=run)


def _count(paths: list) -> int | None:
    total = 0
    for path in paths:
        if path.suffix != ".jsonl":
            total += 1
            continue
        with open(path, "rb") as handle:
            total += sum(1 for line in handle if line.strip())
    return total


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    paths = list_inputs(args.inputs)
    pipeline = Pipeline.from_settings(settings)
    total = _count(paths) if settings.progress != "never" else None
    progress = Progress(total, Progress.wanted(settings.progress, total))
    counts = {"articles": 0, "errors": 0, "entities": 0, "events": 0, "quotes": 0}
    started = time.monotonic()
    target = nullcontext(sys.stdout) if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with target as out:
        for result in pipeline.run(iter_articles(paths, settings.max_article_chars)):
            counts["articles"] += 1
            if isinstance(result, ErrorRecord):
                counts["errors"] += 1
                if not args.quiet:
                    print(f"letopis: article {result.id}: [{result.code}] {result.message}", file=sys.stderr)
                _write(out, result.to_json())
            else:
                record = result.to_record()
                counts["entities"] += len(record.entities)
                counts["events"] += len(record.events)
                counts["quotes"] += len(record.quotes)
                _write(out, record.to_json())
            progress.step(isinstance(result, ErrorRecord))
    progress.close()
    if not args.quiet:
        elapsed = time.monotonic() - started
        summary = ", ".join(f"{v} {k}" for k, v in counts.items())
        print(f"letopis: {summary} in {elapsed:.1f} s", file=sys.stderr)
    return 1 if args.strict and counts["errors"] else 0


def _write(out: IO[str], data: dict) -> None:
    out.write(json.dumps(data, ensure_ascii=False))
    out.write("\n")
