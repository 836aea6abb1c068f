"""``letopis schema``: print the JSON Schema of the extract output."""

from __future__ import annotations

import argparse
import json

from letopis.model.schema import output_schema


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("schema", help="print the JSON Schema of one output line",
                            description="Print the JSON Schema (draft 2020-12) of a letopis extract output line.")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(output_schema(), ensure_ascii=False, indent=2))
    return 0
