"""Stages and the pipeline that runs them.

A stage is a named function of a :class:`Doc` that declares the layers it
``requires`` and the layers it ``assigns``, and writes only those. Stages that
gain from seeing many documents at once (the slovnet taggers) also offer a
``batch`` function. The pipeline is assembled from stage names, checked when
assembled, and isolates failures: one bad article becomes an error record and
the others go on.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from letopis.errors import ConfigError, LetopisError, StageError
from letopis.model import Article, Doc, ErrorRecord
from letopis.resources import Resources
from letopis.settings import Settings

DocFunc = Callable[[Doc, Resources], None]
BatchFunc = Callable[[list[Doc], Resources], None]

# Modules whose import registers stages. Importing them is cheap: models load
# lazily through Resources.
STAGE_MODULES = ("letopis.nlp.stages", "letopis.actors.stage", "letopis.events.stage", "letopis.gkg.stage",
                 "letopis.gkg.themes", "letopis.gkg.places_stage", "letopis.gkg.datelayer",
                 "letopis.gkg.tone")

_REGISTRY: dict[str, "Stage"] = {}
log = logging.getLogger("letopis.pipeline")


@dataclass(frozen=True, slots=True)
class Stage:
    """A named pipeline step with declared inputs and outputs."""

    name: str
    requires: frozenset[str]
    assigns: frozenset[str]
    func: DocFunc
    batch: BatchFunc | None = None
    help: str = ""


def stage(
    name: str, *, requires: Iterable[str], assigns: Iterable[str], batch: BatchFunc | None = None
) -> Callable[[DocFunc], DocFunc]:
    """Register ``func`` as the stage ``name`` (decorator)."""

    def register(func: DocFunc) -> DocFunc:
        help_text = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        _REGISTRY[name] = Stage(name, frozenset(requires), frozenset(assigns), func, batch, help_text)
        return func

    return register


def registry() -> dict[str, Stage]:
    """All known stages by name."""
    for module in STAGE_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


@dataclass(slots=True)
class Pipeline:
    """An ordered, checked list of stages with the resources they share."""

    stages: list[Stage]
    resources: Resources
    settings: Settings = field(default_factory=Settings)

    @classmethod
    def from_settings(cls, settings: Settings, resources: Resources | None = None) -> "Pipeline":
        """Assemble the stages named in ``settings.pipeline`` and check their order."""
        known = registry()
        stages = []
        for name in settings.pipeline:
            if name not in known:
                raise ConfigError(f"unknown stage {name!r}; known stages: {', '.join(sorted(known))}")
            stages.append(known[name])
        check_order(stages)
        return cls(stages, resources or Resources(settings), settings)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, items: Iterable[Article | ErrorRecord]) -> Iterator[Doc | ErrorRecord]:
        """Process articles in chunks; yield a Doc or an ErrorRecord per item, in input order."""
        chunk: list[Article | ErrorRecord] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.settings.chunk_articles:
                yield from self._run_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk)

    def process(self, article: Article) -> Doc:
        """Run every stage on one article; raise :class:`LetopisError` (with the error record's code) on failure."""
        result = next(iter(self._run_chunk([article])))
        if isinstance(result, ErrorRecord):
            error = LetopisError(result.message)
            error.code = result.code
            raise error
        return result

    def _run_chunk(self, chunk: list[Article | ErrorRecord]) -> list[Doc | ErrorRecord]:
        out: list[Doc | ErrorRecord] = [
            item if isinstance(item, ErrorRecord) else Doc(item) for item in chunk
        ]
        for current in self.stages:
            live = [(i, d) for i, d in enumerate(out) if isinstance(d, Doc)]
            if current.batch is not None and len(live) > 1:
                try:
                    current.batch([d for _, d in live], self.resources)
                    for _, d in live:
                        d.layers |= current.assigns
                    continue
                except Exception:  # noqa: BLE001 - rerun one by one to find the culprit
                    log.warning("stage %s failed on a batch of %d articles; rerunning them one by one",
                                current.name, len(live), exc_info=True)
            for i, d in live:
                out[i] = self._run_one(current, d)
        return out

    def _run_one(self, current: Stage, doc: Doc) -> Doc | ErrorRecord:
        try:
            current.func(doc, self.resources)
        except LetopisError as exc:
            return ErrorRecord(doc.id, exc.code, exc.message, current.name)
        except Exception as exc:  # noqa: BLE001 - isolation is the point
            err = StageError(current.name, doc.id, exc)
            return ErrorRecord(doc.id, err.code, err.message, current.name)
        doc.layers |= current.assigns
        return doc


def check_order(stages: list[Stage]) -> None:
    """Raise :class:`ConfigError` unless every stage's requirements are assigned before it."""
    available = {"text"}
    seen: set[str] = set()
    for current in stages:
        if current.name in seen:
            raise ConfigError(f"stage {current.name!r} appears twice in the pipeline")
        seen.add(current.name)
        missing = current.requires - available
        if missing:
            raise ConfigError(
                f"stage {current.name!r} requires {', '.join(sorted(missing))}, "
                "which no earlier stage assigns"
            )
        available |= current.assigns
