"""Calibration of event ``confidence`` on the dev gold: the share of events at each
confidence that match a gold event at the root level (same article, source and target
country, CAMEO root), greedy from the most confident down.

Run from the repository root, on an output made with every event kept:

    python3 ../shared/tools/make_input.py ../shared/gold/events.dev.jsonl > /tmp/in.jsonl
    .venv/bin/letopis extract /tmp/in.jsonl -o /tmp/all.jsonl --setting min_event_confidence=0
    .venv/bin/python bench/confidence_dev.py /tmp/all.jsonl

It reads the scorer in ``../shared/tools`` for the matching keys, so it needs ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="letopis extract output on the dev gold's input")
    parser.add_argument("--gold", default=str(SHARED / "gold" / "events.dev.jsonl"))
    args = parser.parse_args()
    sys.path.insert(0, str(SHARED / "tools"))
    import score_events as scorer  # the scorer's own keys, so the numbers agree with eval-dev

    states, _ = scorer.load_ontology()
    gold = {}
    for line in open(args.gold, encoding="utf-8"):
        record = json.loads(line)
        gold[record["id"]] = record

    def code(actor: object) -> object:
        return actor["code"] if isinstance(actor, dict) else actor

    total: Counter[float] = Counter()
    hit: Counter[float] = Counter()
    for line in open(args.output, encoding="utf-8"):
        record = json.loads(line)
        if "events" not in record or record["id"] not in gold:
            continue
        left = Counter(scorer.event_key((e["source"], e["code"], e["target"], False), "root", states)
                       for e in gold[record["id"]]["events"])
        for event in sorted(record["events"], key=lambda e: -e["confidence"]):
            key = scorer.event_key((code(event["source"]), event["code"], code(event["target"]), False), "root", states)
            level = round(event["confidence"], 1)
            total[level] += 1
            if left[key] > 0:
                left[key] -= 1
                hit[level] += 1
    print(f"{'confidence':>10} {'events':>7} {'match':>6} {'share':>6}")
    for level in sorted(total, reverse=True):
        print(f"{level:>10.1f} {total[level]:>7d} {hit[level]:>6d} {hit[level] / total[level]:>6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
