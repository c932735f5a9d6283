"""Readers that turn files, directories and JSONL records into Articles."""
from .readers import MAX_BYTES, iter_articles, read_file, read_text_article

__all__ = ["MAX_BYTES", "iter_articles", "read_file", "read_text_article"]
