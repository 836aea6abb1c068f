"""Reading articles from files: JSONL, plain text and folders of them."""

from letopis.ingest.files import iter_articles, list_inputs

__all__ = ["iter_articles", "list_inputs"]
