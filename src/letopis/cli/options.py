"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

import argparse
from pathlib import Path

from letopis.errors import ConfigError
from letopis.model import Article
from letopis.settings import Settings


def add_settings_options(parser: argparse.ArgumentParser) -> None:
    """``--settings FILE`` and repeatable ``--setting name=value``."""
    parser.add_argument("--settings", metavar="FILE", help="TOML file of settings")
    parser.add_argument(
        "--setting", metavar="NAME=VALUE", action="append", default=[],
        help="override one setting (repeatable); see letopis --help-settings",
    )


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from defaults, file, environment and ``--setting`` overrides."""
    overrides = {}
    for item in args.setting:
        name, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--setting expects NAME=VALUE, got {item!r}")
        overrides[name.strip()] = value.strip()
    return Settings.load(args.settings, overrides=overrides)


def article_from_argument(text_or_file: str, date: str | None) -> Article:
    """The article of a command taking a Russian text or the path of a .txt file."""
    path = Path(text_or_file)
    try:
        is_file = path.is_file()
    except OSError:  # a long text is not a valid file name
        is_file = False
    record = {"id": path.stem if is_file else "text",
              "text": path.read_text(encoding="utf-8") if is_file else text_or_file}
    if date:
        record["date"] = date
    article = Article.from_json(record, "text")  # rejects an empty text
    return article
