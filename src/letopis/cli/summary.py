"""``letopis summary``: a human-readable digest of an extract output file."""

from __future__ import annotations

import argparse
import json
from collections import Counter

from letopis.errors import InputRejected
from letopis.model import ErrorRecord, Record


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "summary", help="summarise an extract output file",
        description="Print counts, the most frequent entities and every coded event of a letopis output file.",
    )
    parser.add_argument("output", metavar="FILE", help="a .jsonl file written by letopis extract")
    parser.add_argument("--top", type=int, default=10, help="how many frequent entities to list (default 10)")
    parser.set_defaults(run=run)


def _read(path: str) -> list[Record | ErrorRecord]:
    out: list[Record | ErrorRecord] = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputRejected(f"cannot read {path}: {exc}", "unreadable") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if "error" in data:
                    out.append(ErrorRecord(str(data["id"]), data["error"]["code"], data["error"]["message"]))
                else:
                    out.append(Record.from_json(data))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputRejected(f"{path}:{number}: not a letopis output line ({exc})", "not_output") from exc
    return out


def run(args: argparse.Namespace) -> int:
    items = _read(args.output)
    records = [r for r in items if isinstance(r, Record)]
    errors = [r for r in items if isinstance(r, ErrorRecord)]
    print(f"{len(items)} articles: {len(records)} processed, {len(errors)} errors")
    print(
        f"{sum(len(r.entities) for r in records)} entities, {sum(len(r.events) for r in records)} events, "
        f"{sum(len(r.quotes) for r in records)} quotes"
    )
    for err in errors:
        print(f"  error {err.id}: [{err.code}] {err.message}")
    names = Counter((e.type, e.normal, e.actor or "") for r in records for e in r.entities)
    if names:
        print("\nmost frequent entities:")
        for (kind, normal, actor), count in names.most_common(args.top):
            print(f"  {count:4d}  {kind:3s}  {normal}" + (f"  [{actor}]" if actor else ""))
    for record in records:
        if not record.events:
            continue
        print(f"\nevents of {record.id}:")
        for ev in record.events:
            target = ev.target.code if ev.target else "-"
            flag = " (background)" if ev.background else ""
            print(f"  {ev.source.code:>8s} {ev.code:<5s} {target:<8s} {ev.date or '':10s} «{ev.evidence.text}»{flag}")
    return 0
