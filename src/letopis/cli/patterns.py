"""``letopis patterns coverage FILES...``: predicates with actors that no pattern coded."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from letopis.cli.options import add_settings_options, settings_from
from letopis.cli.progress import Progress
from letopis.events.coverage import CoverageReport, LemmaStats, Totals
from letopis.ingest import iter_articles, list_inputs
from letopis.model import ErrorRecord
from letopis.pipeline import Pipeline

_EXAMPLE_WIDTH = 160


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "patterns", help="work with the event pattern dictionary",
        description="Work with the event pattern dictionary (letopis/data/events/patterns.tsv).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    coverage = actions.add_parser(
        "coverage", help="list predicates with actor arguments that no pattern coded",
        description="Run the pipeline over articles (the inputs of letopis extract) and list, most frequent "
        "first, the predicate lemmas that had actors as subject or object but matched no pattern, with the "
        "actor codes seen, the patterns tried on them and why they failed, and an example sentence.",
    )
    coverage.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl or .txt file, or a folder of them")
    coverage.add_argument("--top", type=_positive, default=50, help="how many lemmas to list (default 50)")
    coverage.add_argument("--min-count", type=_positive, default=1, metavar="N",
                          help="only lemmas missed at least N times (default 1)")
    coverage.add_argument("--format", choices=("table", "jsonl"), default="table",
                          help="table (default), or jsonl: one JSON object per lemma, totals on stderr")
    coverage.add_argument("--quiet", action="store_true", help="no per-article error lines on stderr")
    add_settings_options(coverage)
    coverage.set_defaults(run=run_coverage)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def run_coverage(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    paths = list_inputs(args.inputs)
    pipeline = Pipeline.from_settings(settings)
    report = CoverageReport(pipeline.resources.get("pattern_book"))
    progress = Progress(None, Progress.wanted(settings.progress, None))
    for result in pipeline.run(iter_articles(paths, settings.max_article_chars)):
        if isinstance(result, ErrorRecord):
            report.add_failure()
            if not args.quiet:
                print(f"letopis: article {result.id}: [{result.code}] {result.message}", file=sys.stderr)
        else:
            report.add(result)
        progress.step(isinstance(result, ErrorRecord))
    progress.close()
    rows = report.ranked(args.top, args.min_count)
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(row.to_json(), ensure_ascii=False))
        print(_totals_line(report.totals), file=sys.stderr)
    else:
        print(_table(rows, report.totals, len(report.ranked(None, args.min_count))))
    return 0


def _totals_line(totals: Totals) -> str:
    return "letopis patterns coverage: " + json.dumps(totals.to_json(), ensure_ascii=False)


def _table(rows: list[LemmaStats], totals: Totals, listed_of: int) -> str:
    t = totals
    lines = [
        f"articles: {t.articles} ({t.failed_articles} failed)   sentences: {t.sentences}   "
        f"with actors: {t.sentences_with_actors}",
        f"predicates with actors: {t.predicates}   covered by patterns: {t.covered} ({t.share_covered:.1%})   "
        f"reporting a coded clause: {t.reporting}   uncovered: {t.uncovered}",
        f"uncovered lemmas: {len(rows)} shown of {listed_of}   (* speech verb; [..] marks the predicate)",
        "",
        f"{'count':>6} {'arts':>5}  {'lemma':<20} {'pos':<5} {'subjects':<30} objects",
    ]
    for row in rows:
        data = row.to_json()
        lemma = row.lemma + ("*" if row.speech else "")
        lines.append(f"{row.count:>6} {len(row.articles):>5}  {lemma:<20} {data['pos']:<5} "
                     f"{_codes(data['subjects']):<30} {_codes(data['objects'])}")
        lines.append(f"{'':14}e.g. {_clip(row.example)}")
        for failed in data["failed_patterns"]:
            lines.append(f"{'':14}tried {failed['rule']}: {failed['outcome']} (x{failed['count']})")
    return "\n".join(lines)


def _codes(pairs: list[Any]) -> str:
    return ", ".join(f"{code} {n}" for code, n in pairs) or "-"


def _clip(example: str) -> str:
    # Keep the marked predicate in view when a long sentence is cut.
    if len(example) <= _EXAMPLE_WIDTH:
        return example
    at = example.find("[")
    start = max(0, min(at - _EXAMPLE_WIDTH // 2, len(example) - _EXAMPLE_WIDTH))
    text = example[start : start + _EXAMPLE_WIDTH]
    return ("…" if start else "") + text + ("…" if start + _EXAMPLE_WIDTH < len(example) else "")
