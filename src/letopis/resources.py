"""Heavy resources, loaded once per process and passed to the stages.

Nothing is loaded at import time, and each resource loads on first use, so a
pipeline of dictionary-only stages (or a unit test) never pays for the models.
Everything is read from installed packages: nothing is ever downloaded.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from letopis.errors import ResourceError
from letopis.settings import Settings


class Resources:
    """Models and dictionaries shared by all stages of a run.

    >>> r = Resources(Settings())
    >>> r.loaded()
    []
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache: dict[str, Any] = {}
        self._failed: dict[str, Exception] = {}
        self._lock = threading.RLock()
        self._loaders: dict[str, Callable[[], Any]] = {
            "navec": _load_navec,
            "morph_tagger": lambda: _load_slovnet("morph", self.navec, settings.tagger_batch_size),
            "syntax_parser": lambda: _load_slovnet("syntax", self.navec, settings.tagger_batch_size),
            "ner_tagger": lambda: _load_slovnet("ner", self.navec, settings.tagger_batch_size),
            "morph_vocab": _load_morph_vocab,
            "actor_lexicon": lambda: _load_actor_lexicon(settings),
            "pattern_book": _load_pattern_book,
            "actor_dictionary": lambda: _compile_actor_dictionary(self.get("actor_lexicon"), self.morph_vocab),
        }

    def get(self, name: str) -> Any:
        """The resource ``name``, loading it on first use."""
        if name not in self._cache:
            with self._lock:
                if name in self._failed:
                    # A broken data file fails once, not once per article.
                    raise self._failed[name]
                if name not in self._cache:
                    try:
                        loader = self._loaders[name]
                    except KeyError:
                        raise ResourceError(f"unknown resource {name!r}") from None
                    try:
                        self._cache[name] = loader()
                    except Exception as exc:
                        error = exc if isinstance(exc, ResourceError) else ResourceError(f"cannot load {name}: {exc}")
                        self._failed[name] = error
                        raise error from exc
        return self._cache[name]

    def register(self, name: str, loader: Callable[[], Any]) -> None:
        """Add a resource loader (used by stages that bring their own dictionaries)."""
        self._loaders.setdefault(name, loader)

    def loaded(self) -> list[str]:
        """Names of the resources loaded so far."""
        return sorted(self._cache)

    @property
    def navec(self) -> Any:
        return self.get("navec")

    @property
    def morph_tagger(self) -> Any:
        return self.get("morph_tagger")

    @property
    def syntax_parser(self) -> Any:
        return self.get("syntax_parser")

    @property
    def ner_tagger(self) -> Any:
        return self.get("ner_tagger")

    @property
    def morph_vocab(self) -> Any:
        return self.get("morph_vocab")


def _load_navec() -> Any:
    try:
        from natasha.data import NEWS_EMBEDDING
        from navec import Navec
    except ImportError as exc:  # pragma: no cover - install problem
        raise ResourceError(f"natasha/navec are not installed: {exc}") from exc
    return Navec.load(NEWS_EMBEDDING)


def _load_slovnet(kind: str, navec: Any, batch_size: int) -> Any:
    # slovnet's own API objects, not natasha's wrappers: they take a batch
    # size and expose map() over many sentences at once.
    from natasha.data import NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
    from slovnet import NER, Morph, Syntax

    cls, path = {"morph": (Morph, NEWS_MORPH), "syntax": (Syntax, NEWS_SYNTAX), "ner": (NER, NEWS_NER)}[kind]
    try:
        model = cls.load(path, batch_size=batch_size)
    except Exception as exc:  # slovnet raises bare exceptions on broken packs
        raise ResourceError(f"cannot load slovnet {kind} model from {path}: {exc}") from exc
    model.navec(navec)
    return model


def _load_morph_vocab() -> Any:
    from natasha import MorphVocab

    return MorphVocab()


def _load_actor_lexicon(settings: Settings) -> Any:
    from letopis.actors.lexicon import ActorLexicon

    return ActorLexicon.load(extra=settings.actor_files)


def _compile_actor_dictionary(lexicon: Any, vocab: Any) -> Any:
    from letopis.actors.entries import compile_dictionary
    from letopis.actors.matcher import Paradigms

    return compile_dictionary(lexicon, Paradigms(vocab))


def _load_pattern_book() -> Any:
    from letopis.events.patterns import PatternBook

    return PatternBook.load()
