"""Entry point: ``letopis COMMAND ...``.

Each command lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``; this module only wires them together.
"""

from __future__ import annotations

import argparse
import os
import sys

from letopis import __version__
from letopis.cli import actors, data, explain, extract, patterns, schema, summary
from letopis.errors import LetopisError
from letopis.settings import Settings

COMMANDS = (extract, actors, explain, patterns, summary, data, schema)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``letopis`` command."""
    parser = argparse.ArgumentParser(
        prog="letopis",
        description="Structured political event data (CAMEO events, actors, quotes) from Russian news.",
    )
    parser.add_argument("--version", action="version", version=f"letopis {__version__}")
    parser.add_argument("--help-settings", action="store_true", help="list every setting with its default and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def settings_help() -> str:
    """Text of ``--help-settings``."""
    lines = ["Settings (defaults < --settings FILE < LETOPIS_<NAME> env < --setting name=value):", ""]
    for name, default, help_text in Settings.describe():
        shown = ",".join(default) if isinstance(default, tuple) else default
        lines.append(f"  {name} = {shown}\n      {help_text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.help_settings:
        print(settings_help())
        return 0
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except LetopisError as exc:
        print(f"letopis: error [{exc.code}]: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head and the like
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
