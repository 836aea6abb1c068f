"""Entity-level NER scores of letopis on factRuEval-2016 (PER/ORG/LOC, exact match).

What it measures: the ``entities`` of letopis's default pipeline (what
``letopis extract`` runs, including the lexicon's corrections in
``actors.resolve``; ``--pipeline STAGES`` picks other stages), compared with
the factRuEval-2016 gold mentions turned into flat PER/ORG/LOC spans by the
naeval convention (``shared/corpora/README.md`` sections 1 and 6):

* Person -> one span from the first to the last character of its spans;
* Org -> each of its ``org_name`` spans (descriptors such as ``org_descr`` dropped);
* Location and LocOrg -> LOC, each of their ``loc_name`` spans (``loc_descr``,
  ``geo_adj`` dropped; this is what reproduces the published gold counts
  PER 1,361 / ORG 1,577 / LOC 1,297 on test);
* Project and Facility -> dropped;
* overlapping gold spans -> outer first (longest among those starting earliest).

A prediction counts as correct only when start, end and type all match.
``--system natasha`` scores natasha's own per-document NER (Segmenter,
NewsEmbedding, NewsNERTagger via ``Doc.tag_ner``) as the reference; on the
test split it should give micro F1 0.884 (PER 0.926, ORG 0.818, LOC 0.917).

Run from the repository root:

    .venv/bin/python bench/ner_factru.py --split test
    .venv/bin/python bench/ner_factru.py --split dev --system natasha --json
    .venv/bin/python bench/ner_factru.py --split dev --errors 10
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

TYPES = ("PER", "ORG", "LOC")
SPLITS = {"test": "testset", "dev": "devset"}
DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_PIPELINE = "default"

Span = tuple[int, int, str]  # start, stop, type


@dataclass(frozen=True, slots=True)
class Document:
    """One factRuEval document: its text and its gold PER/ORG/LOC spans."""

    name: str
    text: str
    gold: list[Span]


def _fields(path: Path) -> Iterable[list[str]]:
    """Whitespace-separated fields of each non-empty line, the ``# ...`` comment removed."""
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            yield fields


def convert(objects: list[tuple[str, list[tuple[str, int, int]]]]) -> list[Span]:
    """Gold mentions -> flat, non-overlapping PER/ORG/LOC spans (naeval convention)."""
    spans: list[Span] = []
    for kind, parts in objects:
        if kind == "Person":  # the whole name: first to last character of its spans
            if parts:
                spans.append((min(p[1] for p in parts), max(p[2] for p in parts), "PER"))
        elif kind == "Org":  # every org_name span on its own; descriptors dropped
            spans.extend((p[1], p[2], "ORG") for p in parts if p[0] == "org_name")
        elif kind in ("Location", "LocOrg"):  # every loc_name span on its own
            spans.extend((p[1], p[2], "LOC") for p in parts if p[0] == "loc_name")
        # Project and Facility are dropped
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for span in spans:  # outer first: a span overlapping an earlier kept one is dropped
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def read_split(corpus: Path, limit: int | None) -> list[Document]:
    """Documents of one factRuEval split folder, ordered by name (numerically)."""
    stems = sorted((p.with_suffix("") for p in corpus.glob("book_*.objects")), key=lambda p: int(p.name[5:]))
    docs = []
    for stem in stems[:limit]:
        text = stem.with_suffix(".txt").read_text(encoding="utf-8")
        spans = {f[0]: (f[1], int(f[2]), int(f[2]) + int(f[3])) for f in _fields(stem.with_suffix(".spans"))}
        objects = [(f[1], [spans[s] for s in f[2:]]) for f in _fields(stem.with_suffix(".objects"))]
        docs.append(Document(stem.name, text, convert(objects)))
    return docs


def predict_letopis(docs: list[Document], layer: str, stages: str) -> tuple[list[list[Span]], list[str]]:
    """letopis spans per document (``entities`` or raw ``ner``) and the names of failed documents."""
    from letopis.model import Article, ErrorRecord
    from letopis.pipeline import Pipeline
    from letopis.settings import Settings

    if layer == "ner":
        stages = "nlp.segment,nlp.ner"
    pipeline = Pipeline.from_settings(Settings.load(overrides={} if stages == "default" else {"pipeline": stages}))
    out: list[list[Span]] = []
    failed: list[str] = []
    for doc, result in zip(docs, pipeline.run(Article(id=d.name, text=d.text) for d in docs)):
        if isinstance(result, ErrorRecord):
            print(f"warning: {doc.name}: {result.code}: {result.message}", file=sys.stderr)
            out.append([])
            failed.append(doc.name)
        else:
            spans = result.entities if layer == "entities" else result.ner
            out.append([(e.start, e.end, e.type) for e in spans])
    return out, failed


def predict_natasha(docs: list[Document]) -> list[list[Span]]:
    """natasha's NER spans per document (whole text tagged at once, as ``Doc.tag_ner`` does)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    out: list[list[Span]] = []
    for doc in docs:
        nd = Doc(doc.text)
        nd.segment(segmenter)
        nd.tag_ner(tagger)
        out.append([(s.start, s.stop, s.type) for s in nd.spans])
    return out


def score(docs: list[Document], preds: list[list[Span]]) -> dict[str, dict[str, float]]:
    """Per-type and micro gold/pred/tp counts with P, R and F1."""
    counts = {t: Counter() for t in (*TYPES, "micro")}
    for doc, pred in zip(docs, preds):
        gold, found = set(doc.gold), set(pred)
        for label in TYPES:
            g = {s for s in gold if s[2] == label}
            p = {s for s in found if s[2] == label}
            for key in (label, "micro"):
                counts[key].update(gold=len(g), pred=len(p), tp=len(g & p))
    table: dict[str, dict[str, float]] = {}
    for key, c in counts.items():
        prec = c["tp"] / c["pred"] if c["pred"] else 0.0
        rec = c["tp"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[key] = {"gold": c["gold"], "pred": c["pred"], "tp": c["tp"], "p": prec, "r": rec, "f1": f1}
    return table


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    print(title)
    print(f"{'type':<6}{'gold':>7}{'pred':>7}{'tp':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for key, row in table.items():
        print(f"{key:<6}{row['gold']:>7}{row['pred']:>7}{row['tp']:>7}{row['p']:>8.3f}{row['r']:>8.3f}{row['f1']:>8.3f}")


def print_errors(docs: list[Document], preds: list[list[Span]], n: int) -> None:
    """Up to ``n`` false positives and false negatives per type, with the overlapping other side."""
    for label in TYPES:
        for kind in ("FP", "FN"):
            print(f"\n-- {label} {kind} (first {n}) --")
            shown = 0
            for doc, pred in zip(docs, preds):
                gold, found = set(doc.gold), set(pred)
                wrong, other = (found - gold, doc.gold) if kind == "FP" else (gold - found, pred)
                for start, stop, _ in sorted(s for s in wrong if s[2] == label):
                    if shown >= n:
                        break
                    near = [f"{o[2]}:{doc.text[o[0]:o[1]]!r}" for o in other if o[0] < stop and start < o[1]]
                    ctx = doc.text[max(0, start - 30):start] + "[" + doc.text[start:stop] + "]" + doc.text[stop:stop + 30]
                    print(f"{doc.name}:{start}-{stop} {ctx.replace(chr(10), ' ')!r}  vs {', '.join(near) or '-'}")
                    shown += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="test")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared folder (default: ../shared)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--system", choices=("letopis", "natasha"), default="letopis")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE,
                        help="letopis stages, comma-separated, or 'default' for letopis's own default")
    parser.add_argument("--layer", choices=("entities", "ner"), default="entities",
                        help="letopis layer to score: entities (default pipeline) or ner (raw tagger spans, "
                        "pipeline nlp.segment,nlp.ner)")
    parser.add_argument("--json", action="store_true", help="also print a JSON summary")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N sample FP/FN per type")
    args = parser.parse_args(argv)

    corpus = args.shared / "corpora" / "factRuEval-2016" / SPLITS[args.split]
    if not corpus.is_dir():
        parser.error(f"no such folder: {corpus}")
    docs = read_split(corpus, args.limit)
    failed: list[str] = []
    if args.system == "letopis":
        preds, failed = predict_letopis(docs, args.layer, args.pipeline)
    else:
        preds = predict_natasha(docs)
    table = score(docs, preds)
    name = f"letopis {args.layer}" if args.system == "letopis" else "natasha"
    print_table(f"{name} on factRuEval-2016 {args.split} ({len(docs)} documents), exact match", table)
    if failed:
        print(f"{len(failed)} document(s) failed and count as empty: {', '.join(failed)}")
    if args.errors:
        print_errors(docs, preds, args.errors)
    if args.json:
        summary = {"system": name, "split": args.split, "documents": len(docs), "failed": failed, "scores": table}
        if args.system == "letopis":
            summary["pipeline"] = "nlp.segment,nlp.ner" if args.layer == "ner" else args.pipeline
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
