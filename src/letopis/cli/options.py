"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

import argparse

from letopis.errors import ConfigError
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
