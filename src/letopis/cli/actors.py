"""``letopis actors TEXT_OR_FILE``: every actor mention, its code and why."""

from __future__ import annotations

import argparse

from letopis.cli.options import add_settings_options, article_from_argument, settings_from
from letopis.pipeline import Pipeline


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "actors", help="show the actors found in a text and why",
        description="Print every actor mention of a text (or a .txt file): its code, what kind of mention "
        "it is, and the rule or knowledge-base row that coded it.",
    )
    parser.add_argument("text", metavar="TEXT_OR_FILE", help="Russian text, or the path of a .txt file")
    parser.add_argument("--date", help="publication date YYYY-MM-DD (offices are looked up at this date)")
    add_settings_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    doc = Pipeline.from_settings(settings).process(article_from_argument(args.text, args.date))
    for sentence in doc.sentences:
        mentions = [m for m in doc.actors if sentence.start <= m.start < sentence.end]
        if not mentions:
            continue
        print(f"[{sentence.index}] {sentence.text}")
        for m in mentions:
            code = m.code or "?"
            print(f"    {code:<9s} {m.text!r:40s} {m.kind:<12s} {m.rule}" + (f"  ({m.kb_id})" if m.kb_id else ""))
    return 0

