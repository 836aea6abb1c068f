"""Speed of the event stage alone (``code_events``) on one CPU core.

What it measures: sentences/s and events/s of the CAMEO event coder over
documents parsed beforehand. The articles are parsed once, untimed, by the
default pipeline without its ``events.cameo`` stage (segmentation, morphology,
syntax, NER, actors); then ``code_events(doc, book)`` runs over every parsed
document ``--repeat`` times and the best pass is reported, in wall-clock and in
CPU time of the process, next to the acceptance target of 1000 sentences/s.

Articles: the bundled samples (``samples/``), the texts of the dev gold
(``../shared/gold/events.dev.jsonl`` through ``../shared/tools/make_input.py``)
and the factRuEval-2016 test texts (``../shared/corpora/factRuEval-2016/testset``),
each when present. The process is pinned to one CPU and the BLAS/OpenMP thread
counts to 1 before numpy is imported.

Run from the repository root:

    .venv/bin/python bench/events_speed.py --repeat 5
    .venv/bin/python bench/events_speed.py --no-corpus --json
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402 - the thread settings must precede numpy's import
import gc  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
TARGET_SENTENCES_PER_S = 1000.0
EVENT_STAGE = "events.cameo"


def pin_one_core() -> int | None:
    """Pin this process to one CPU (Linux); return it, or ``None`` where affinity is not supported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def read_articles(shared: Path, gold: bool, corpus: bool, limit: int | None) -> tuple[list[Any], dict[str, int]]:
    """Articles of the samples, the dev gold and the factRuEval test texts, with a count per source."""
    from letopis.ingest import iter_articles, list_inputs
    from letopis.model import Article

    articles: list[Any] = []
    counts: dict[str, int] = {}
    samples = [a for a in iter_articles(list_inputs([ROOT / "samples"]), 2_000_000) if isinstance(a, Article)]
    articles += samples
    counts["samples"] = len(samples)
    tool, gold_file = shared / "tools" / "make_input.py", shared / "gold" / "events.dev.jsonl"
    if gold and tool.is_file() and gold_file.is_file():
        done = subprocess.run([sys.executable, str(tool), str(gold_file)], capture_output=True, text=True, check=True)
        rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        articles += [Article.from_json(row, str(n)) for n, row in enumerate(rows, 1)]
        counts["gold"] = len(rows)
    folder = shared / "corpora" / "factRuEval-2016" / "testset"
    if corpus and folder.is_dir():
        paths = sorted(folder.glob("book_*.txt"), key=lambda p: int(p.stem[5:]))[:limit]
        articles += [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in paths]
        counts["factRuEval test"] = len(paths)
    return articles, counts


def parse(articles: list[Any]) -> tuple[list[Any], Any, float, int]:
    """Docs parsed by the default pipeline up to the event stage, the pattern book, seconds taken, errors."""
    from letopis.model import ErrorRecord
    from letopis.pipeline import Pipeline
    from letopis.settings import Settings

    defaults = Settings()
    # Every stage before the event stage (those after it need its events).
    names = list(defaults.pipeline)
    stages = ",".join(names[: names.index(EVENT_STAGE)] if EVENT_STAGE in names else names)
    pipeline = Pipeline.from_settings(Settings.load(overrides={"pipeline": stages, "progress": "never"}))
    started = time.perf_counter()
    docs, errors = [], 0
    for result in pipeline.run(articles):
        if isinstance(result, ErrorRecord):
            errors += 1
            print(f"events_speed: article {result.id}: [{result.code}] {result.message}", file=sys.stderr)
        else:
            docs.append(result)
    return docs, pipeline.resources.get("pattern_book"), time.perf_counter() - started, errors


def one_pass(docs: list[Any], book: Any) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds and events coded, for one pass of the coder over ``docs``."""
    from letopis.events.coder import code_events

    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    events = 0
    for doc in docs:
        events += len(code_events(doc, book))
    return time.perf_counter() - wall, time.process_time() - cpu, events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared folder (default: ../shared)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of the coder; the best is reported")
    parser.add_argument("--limit", type=int, default=None, help="only the first N factRuEval test texts")
    parser.add_argument("--no-gold", action="store_true", help="leave out the dev gold texts")
    parser.add_argument("--no-corpus", action="store_true", help="leave out the factRuEval test texts")
    parser.add_argument("--json", action="store_true", help="also print a JSON summary")
    args = parser.parse_args(argv)

    cpu = pin_one_core()
    articles, sources = read_articles(args.shared, not args.no_gold, not args.no_corpus, args.limit)
    docs, book, parse_s, errors = parse(articles)
    sentences = sum(len(d.sentences) for d in docs)
    if not sentences:
        print("events_speed: no sentence parsed", file=sys.stderr)
        return 1
    one_pass(docs[:3], book)  # warm-up: first calls fill caches and import lazily
    passes = [one_pass(docs, book) for _ in range(max(1, args.repeat))]
    best, best_cpu = min(p[0] for p in passes), min(p[1] for p in passes)
    median = statistics.median(p[0] for p in passes)
    events = passes[0][2]
    rate, cpu_rate = sentences / best, sentences / best_cpu
    verdict = "meets" if rate >= TARGET_SENTENCES_PER_S else "BELOW"

    print(f"articles: {len(docs)} parsed ({', '.join(f'{k} {v}' for k, v in sources.items())}; {errors} failed) "
          f"in {parse_s:.1f} s, untimed")
    print(f"documents: {len(docs)}   sentences: {sentences}   tokens: {sum(len(d.tokens) for d in docs)}   "
          f"events per pass: {events}   patterns: {book.size}")
    print(f"event stage only (code_events), one core{'' if cpu is None else f' (CPU {cpu})'}, "
          f"best of {len(passes)} passes:")
    print(f"  wall  {best:8.3f} s   {rate:10,.0f} sentences/s   {events / best:10,.0f} events/s   "
          f"{best / sentences * 1e6:8.1f} µs/sentence   (median pass {median:.3f} s)")
    print(f"  cpu   {best_cpu:8.3f} s   {cpu_rate:10,.0f} sentences/s   {events / best_cpu:10,.0f} events/s   "
          f"{best_cpu / sentences * 1e6:8.1f} µs/sentence")
    print(f"target: >= {TARGET_SENTENCES_PER_S:,.0f} sentences/s: {verdict} ({rate / TARGET_SENTENCES_PER_S:.1f}x)")
    if args.json:
        print(json.dumps({
            "documents": len(docs), "sentences": sentences, "events": events, "errors": errors, "sources": sources,
            "repeat": len(passes), "seconds": best, "cpu_seconds": best_cpu, "median_seconds": median,
            "sentences_per_s": rate, "cpu_sentences_per_s": cpu_rate, "events_per_s": events / best,
            "us_per_sentence": best / sentences * 1e6, "target_sentences_per_s": TARGET_SENTENCES_PER_S,
            "meets_target": rate >= TARGET_SENTENCES_PER_S,
        }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
