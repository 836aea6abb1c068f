"""Extraction throughput of letopis next to natasha, on one CPU core.

What it measures: articles/s and characters/s of the letopis pipeline
``nlp.segment,nlp.morph,nlp.syntax,nlp.ner,actors.entities`` (segmentation,
morphology + lemmas, syntax, NER, entities with normal forms; ``--pipeline
default`` takes whatever ``letopis extract`` runs by default now),
driven in-process through ``Pipeline.run`` on the factRuEval-2016 test texts,
and of natasha's own per-article pipeline (``Doc``: segment, tag_morph,
parse_syntax, tag_ner) on the same texts in the same process. It prints both
rates, the ratio letopis/natasha and the peak RSS of the process.

Model loading is excluded: each system first processes a few texts (warm-up).
The BLAS/OpenMP thread counts are pinned to 1 before numpy is imported. The
lemma cache letopis keeps across articles is emptied before every timed run, so
repeated runs over the same texts do not hit a cache filled by earlier runs.
The two systems' runs alternate; the best of ``--repeat`` runs is reported, both
in wall-clock time and in CPU time of the process (the latter is steadier when
other processes share the machine).

Run from the repository root:

    .venv/bin/python bench/throughput.py --repeat 3
    .venv/bin/python bench/throughput.py --batch-size 128 --chunk 32 --json
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402 - the thread settings must precede numpy's import
import gc  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable  # noqa: E402

DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_PIPELINE = "nlp.segment,nlp.morph,nlp.syntax,nlp.ner,actors.entities"
WARMUP = 2


def read_texts(shared: Path, limit: int | None) -> list[tuple[str, str]]:
    """``(name, text)`` of the test documents (``book_*.txt``; ``list.txt`` is not a text)."""
    folder = shared / "corpora" / "factRuEval-2016" / "testset"
    paths = sorted(folder.glob("book_*.txt"), key=lambda p: int(p.stem[5:]))
    if not paths:
        raise SystemExit(f"no factRuEval test texts in {folder}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths[:limit]]


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


class Letopis:
    """The default letopis pipeline, models loaded once."""

    name = "letopis"

    def __init__(self, stages: str, batch_size: int | None, chunk: int | None) -> None:
        from letopis.pipeline import Pipeline
        from letopis.settings import Settings

        overrides = {"progress": "never"} if stages == "default" else {"pipeline": stages, "progress": "never"}
        if batch_size is not None:
            overrides["tagger_batch_size"] = str(batch_size)
        if chunk is not None:
            overrides["chunk_articles"] = str(chunk)
        self.settings = Settings.load(overrides=overrides)
        self.pipeline = Pipeline.from_settings(self.settings)
        self.errors = 0

    def reset(self) -> None:
        if "lemma_cache" in self.pipeline.resources.loaded():
            self.pipeline.resources.get("lemma_cache").clear()

    def __call__(self, texts: list[tuple[str, str]]) -> int:
        from letopis.model import Article, ErrorRecord

        self.errors = 0
        entities = 0
        for result in self.pipeline.run(Article(id=name, text=text) for name, text in texts):
            if isinstance(result, ErrorRecord):
                self.errors += 1
            else:
                entities += len(result.entities)
        return entities


class Natasha:
    """natasha's per-article Doc pipeline: segment, morph, syntax, NER."""

    name = "natasha"

    def __init__(self) -> None:
        from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        emb = NewsEmbedding()
        self.doc = Doc
        self.segmenter = Segmenter()
        self.morph, self.syntax, self.ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
        self.errors = 0

    def reset(self) -> None:
        pass

    def __call__(self, texts: list[tuple[str, str]]) -> int:
        entities = 0
        for _, text in texts:
            doc = self.doc(text)
            doc.segment(self.segmenter)
            doc.tag_morph(self.morph)
            doc.parse_syntax(self.syntax)
            doc.tag_ner(self.ner)
            entities += len(doc.spans)
        return entities


def timed(system: Any, texts: list[tuple[str, str]]) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds of this process and entities found, for one pass."""
    system.reset()
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    entities = system(texts)
    return time.perf_counter() - wall, time.process_time() - cpu, entities


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared folder (default: ../shared)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N test texts")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per system; the best is reported")
    parser.add_argument("--batch-size", type=int, default=None, help="letopis tagger_batch_size (default: settings)")
    parser.add_argument("--chunk", type=int, default=None, help="letopis chunk_articles (default: settings)")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE,
                        help="letopis stages, comma-separated, or 'default' for letopis's own default")
    parser.add_argument("--system", choices=("both", "letopis", "natasha"), default="both")
    parser.add_argument("--json", action="store_true", help="also print a JSON summary")
    args = parser.parse_args(argv)

    texts = read_texts(args.shared, args.limit)
    chars = sum(len(text) for _, text in texts)
    systems: list[Any] = []
    loading: dict[str, float] = {}
    rss: dict[str, float] = {}
    makers: list[tuple[str, Callable[[], Any]]] = [
        ("letopis", lambda: Letopis(args.pipeline, args.batch_size, args.chunk)),
        ("natasha", Natasha),
    ]
    for name, make in makers:
        if args.system not in ("both", name):
            continue
        started = time.perf_counter()
        system = make()
        system(texts[:WARMUP])  # loads the models (letopis loads lazily)
        loading[name] = time.perf_counter() - started
        rss[name] = peak_rss_mib()  # cumulative: this system loaded and warm, plus those before it
        systems.append(system)
    best: dict[str, float] = {s.name: float("inf") for s in systems}
    best_cpu = dict(best)
    found: dict[str, int] = {}
    for _ in range(max(1, args.repeat)):
        for system in systems:
            seconds, cpu, found[system.name] = timed(system, texts)
            best[system.name] = min(best[system.name], seconds)
            best_cpu[system.name] = min(best_cpu[system.name], cpu)

    print(f"factRuEval-2016 test: {len(texts)} articles, {chars:,} characters; one core; best of {args.repeat}")
    for system in systems:
        if isinstance(system, Letopis):
            s = system.settings
            print(f"letopis pipeline: {','.join(s.pipeline)}")
            print(f"letopis settings: tagger_batch_size={s.tagger_batch_size} chunk_articles={s.chunk_articles}")
    print(f"{'system':<9}{'wall s':>8}{'articles/s':>12}{'chars/s':>10}{'cpu s':>8}{'cpu art/s':>11}"
          f"{'cpu chars/s':>13}{'entities':>10}{'errors':>8}{'load+warm s':>13}")
    summary: dict[str, Any] = {"articles": len(texts), "characters": chars, "repeat": args.repeat, "systems": {}}
    for system in systems:
        sec, cpu = best[system.name], best_cpu[system.name]
        row = {"seconds": sec, "articles_per_s": len(texts) / sec, "chars_per_s": chars / sec,
               "cpu_seconds": cpu, "cpu_articles_per_s": len(texts) / cpu, "cpu_chars_per_s": chars / cpu,
               "entities": found[system.name], "errors": system.errors, "load_warmup_s": loading[system.name],
               "peak_rss_mib_after_load": rss[system.name]}
        summary["systems"][system.name] = row
        print(f"{system.name:<9}{sec:>8.2f}{row['articles_per_s']:>12.1f}{row['chars_per_s']:>10,.0f}"
              f"{cpu:>8.2f}{row['cpu_articles_per_s']:>11.1f}{row['cpu_chars_per_s']:>13,.0f}{row['entities']:>10}{row['errors']:>8}{row['load_warmup_s']:>13.2f}")
    if len(systems) == 2:
        summary["ratio_letopis_natasha"] = best["natasha"] / best["letopis"]
        summary["cpu_ratio_letopis_natasha"] = best_cpu["natasha"] / best_cpu["letopis"]
        print(f"ratio letopis/natasha (throughput): {summary['ratio_letopis_natasha']:.2f}x wall-clock, "
              f"{summary['cpu_ratio_letopis_natasha']:.2f}x CPU time")
    summary["peak_rss_mib"] = peak_rss_mib()
    print(f"peak RSS of the process: {summary['peak_rss_mib']:.0f} MiB "
          f"(after loading, cumulative: {', '.join(f'{k} {v:.0f} MiB' for k, v in rss.items())})")
    if args.json:
        print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
