"""Settings: every knob has a name, a default and help text.

Precedence, lowest first: defaults < settings file (TOML) < environment
(``LETOPIS_<NAME>``) < ``--setting name=value`` on the command line.
Settings are validated once, here, and passed explicitly.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from letopis.errors import ConfigError

DEFAULT_PIPELINE = ("nlp.segment", "nlp.morph", "nlp.syntax", "nlp.ner", "actors.entities", "actors.resolve",
                    "gkg.locations", "gkg.quotes", "gkg.dates", "events.cameo", "gkg.event_locations", "gkg.themes",
                    "gkg.tone")


def _setting(default: Any, help: str) -> Any:
    if isinstance(default, (list, tuple)):
        return field(default_factory=lambda: tuple(default), metadata={"help": help})
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings of a letopis run (see ``letopis --help-settings``)."""

    pipeline: tuple[str, ...] = _setting(DEFAULT_PIPELINE, "Names of the stages to run, in order (comma-separated).")
    tagger_batch_size: int = _setting(64, "Sentences per batch sent to the slovnet taggers.")
    chunk_articles: int = _setting(64, "Articles processed together, so their sentences share tagger batches.")
    max_article_chars: int = _setting(2_000_000, "Articles longer than this (characters) are rejected with an error record.")
    max_sentence_tokens: int = _setting(256, "Longer sentences are split into pieces of this many tokens before tagging.")
    actor_files: tuple[str, ...] = _setting((), "Extra actor files (TSV: name_ru, aliases_ru, code, valid_from, valid_to), comma-separated.")
    ner_context_chars: int = _setting(1500, "NER tags a paragraph at a time, cut into pieces of at most this many characters.")
    min_event_confidence: float = _setting(0.55, "Events below this confidence are not output (0 keeps all; events without a target score 0.5 or less).")
    progress: str = _setting("auto", "Progress bar on stderr: auto (when a terminal is attached), always or never.")

    @classmethod
    def describe(cls) -> list[tuple[str, Any, str]]:
        """``(name, default, help)`` for every setting, for docs and ``--help-settings``."""
        out = []
        for f in dataclasses.fields(cls):
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            out.append((f.name, default, f.metadata["help"]))
        return out

    @classmethod
    def load(
        cls,
        file: str | Path | None = None,
        environ: Mapping[str, str] | None = None,
        overrides: Mapping[str, str] | None = None,
    ) -> "Settings":
        """Build settings from defaults, an optional TOML file, the environment and overrides."""
        raw: dict[str, Any] = {}
        if file is not None:
            try:
                with open(file, "rb") as handle:
                    raw.update(tomllib.load(handle))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read settings file {file}: {exc}") from exc
        environ = os.environ if environ is None else environ
        names = {f.name for f in dataclasses.fields(cls)}
        for name in names:
            value = environ.get(f"LETOPIS_{name.upper()}")
            if value is not None:
                raw[name] = value
        raw.update(overrides or {})
        unknown = set(raw) - names
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return cls(**{name: _coerce(cls, name, value) for name, value in raw.items()})

    def __post_init__(self) -> None:
        for name in ("tagger_batch_size", "chunk_articles", "max_article_chars", "max_sentence_tokens", "ner_context_chars"):
            if getattr(self, name) < 1:
                raise ConfigError(f"setting {name} must be a positive integer")
        if not 0.0 <= self.min_event_confidence <= 1.0:
            raise ConfigError("setting min_event_confidence must be between 0 and 1")
        if self.progress not in ("auto", "always", "never"):
            raise ConfigError("setting progress must be auto, always or never")


def _coerce(cls: type, name: str, value: Any) -> Any:
    default = next(f for f in dataclasses.fields(cls) if f.name == name)
    kind = type(default.default) if default.default is not dataclasses.MISSING else tuple
    try:
        if kind is tuple:
            if isinstance(value, str):
                return tuple(part.strip() for part in value.split(",") if part.strip())
            return tuple(value)
        if kind is int:
            return int(value)
        if kind is float:
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot read {value!r} as {kind.__name__}") from exc
