"""``letopis explain TEXT_OR_FILE``: why each event was (or was not) coded."""

from __future__ import annotations

import argparse

from letopis.cli.options import add_settings_options, article_from_argument, settings_from
from letopis.events.coder import Attempt, code_events
from letopis.pipeline import Pipeline


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "explain", help="show, sentence by sentence, the parse, actors, patterns tried and events",
        description="For each sentence of a text (or a .txt file): the dependency parse, the actors found, "
        "every pattern tried on a trigger with its outcome (what was missing when it did not fire), and "
        "the events coded with their rule.",
    )
    parser.add_argument("text", metavar="TEXT_OR_FILE", help="Russian text, or the path of a .txt file")
    parser.add_argument("--date", help="publication date YYYY-MM-DD")
    parser.add_argument("--no-parse", action="store_true", help="leave out the token table")
    parser.add_argument("--all", action="store_true",
                        help="also list the patterns whose complement was absent (by default only counted)")
    add_settings_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    pipeline = Pipeline.from_settings(settings)
    doc = pipeline.process(article_from_argument(args.text, args.date))
    trace: list[Attempt] = []
    code_events(doc, pipeline.resources.get("pattern_book"), trace)
    for sentence in doc.sentences:
        print(f"\n[{sentence.index}] {sentence.text}")
        if not args.no_parse:
            for token in doc.sentence_tokens(sentence):
                head = "root" if token.head < 0 else doc.tokens[token.head].text
                print(f"    {token.index:4d} {token.text:<18s} {token.lemma:<16s} {token.pos:<6s} {token.rel:<12s} -> {head}")
        for mention in (m for m in doc.actors if sentence.start <= m.start < sentence.end):
            print(f"  actor  {mention.code or '?':<9s} {mention.text!r} ({mention.rule})")
        far = 0
        for attempt in (a for a in trace if a.sentence_index == sentence.index):
            if attempt.outcome.startswith("no complement") and not args.all:
                far += 1  # the trigger word alone: not a near miss
                continue
            print(f"  tried  {attempt.rule:<32s} on {attempt.trigger!r}: {attempt.outcome}")
        if far:
            print(f"  (+{far} patterns whose complement was absent; --all lists them)")
        for event in (e for e in doc.events if e.sentence_index == sentence.index):
            target = event.target.code if event.target else "-"
            print(f"  EVENT  {event.source.code} {event.code} {target}  «{event.evidence.text}»  [{event.rule}]"
                  f"  date {event.date or '-'}  confidence {event.confidence:.2f}"
                  + ("  background" if event.background else ""))
    return 0
