"""Read `.txt` (seed format), `.html` and `.jsonl` inputs into Articles.

Each reader raises or yields `InputError` for bad input so that a batch can go on.
"""
from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import InputError
from ..models import Article
from .decode import check_size, decode_bytes

MAX_BYTES = 10_000_000
SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson"}
_DATE_LINE = re.compile(r"^\s*date[:\s]\s*(\S+)\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TITLE_MAX = 250

ReadResult = Union[Article, InputError]


def parse_iso_date(value: str) -> str:
    """Return `value` if it is a real YYYY-MM-DD date, else raise ValueError."""
    m = _ISO_DATE.match(value.strip())
    if not m:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}")
    return date(int(m[1]), int(m[2]), int(m[3])).isoformat()


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= _TITLE_MAX and not line.endswith((".", "”", '"'))


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def read_text_article(doc_id: str, text: str, path: str = "<text>",
                      warnings: Iterable[str] = ()) -> Article:
    """Parse the seed format: optional title line, optional `date YYYY-MM-DD`, body."""
    warnings = list(warnings)
    spans = [s for s in _line_spans(text) if text[s[0]:s[1]].strip()]
    title_span = None
    pub_date = None
    body_start = spans[0][0] if spans else 0
    for i, (start, end) in enumerate(spans[:3]):
        line = text[start:end]
        m = _DATE_LINE.match(line)
        if m:
            try:
                pub_date = parse_iso_date(m.group(1))
            except ValueError as exc:
                warnings.append(f"[W108] {path}: date header ignored ({exc})")
            body_start = start + m.end()
            if body_start >= end and i + 1 < len(spans):
                body_start = spans[i + 1][0]
            break
        if i == 0 and len(spans) > 1 and _looks_like_title(line):
            title_span = (start + len(line) - len(line.lstrip()), end)
            body_start = spans[1][0]
            continue
        break
    title = text[title_span[0]:title_span[1]].strip() if title_span else None
    return Article(doc_id=doc_id, text=text, title=title, date=pub_date, path=path,
                   body_offset=body_start, title_span=title_span, warnings=tuple(warnings))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        check_size(str(path), path.stat().st_size, max_bytes)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror})", "E100") from exc


def _read_html(path: Path, text: str, warnings: list[str]) -> Article:
    import trafilatura  # imported lazily: only HTML input needs it

    body = trafilatura.extract(text, include_comments=False, include_tables=False)
    if not body or not body.strip():
        raise InputError(str(path), "no article text found in HTML", "E107")
    meta = trafilatura.extract_metadata(text)
    title = meta.title if meta and meta.title else None
    pub = None
    if meta and meta.date:
        try:
            pub = parse_iso_date(meta.date[:10])
        except ValueError:
            warnings.append(f"[W108] {path}: HTML date {meta.date!r} ignored")
    full = f"{title}\n{body}" if title else body
    span = (0, len(title)) if title else None
    return Article(doc_id=path.stem, text=full, title=title, date=pub, path=str(path),
                   body_offset=span[1] + 1 if span else 0, title_span=span,
                   url=meta.url if meta else None, source=meta.sitename if meta else None,
                   warnings=tuple(warnings))


def _jsonl_record(path: str, lineno: int, line: str) -> Article:
    where = f"{path}:{lineno}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})", "E105")
    if not isinstance(rec, dict):
        raise InputError(where, "JSON record is not an object", "E105")
    doc_id, text = rec.get("id"), rec.get("text")
    if doc_id in (None, "") or not isinstance(text, str) or not text.strip():
        raise InputError(where, "record needs a non-empty 'id' and 'text'", "E106")
    warnings = []
    pub = rec.get("date")
    if pub is not None:
        try:
            pub = parse_iso_date(str(pub)[:10])
        except ValueError as exc:
            warnings.append(f"[W108] {where}: date ignored ({exc})")
            pub = None
    return Article(doc_id=str(doc_id), text=text.replace("\r\n", "\n"), title=rec.get("title"),
                   date=pub, url=rec.get("url"), source=rec.get("source"), path=where,
                   warnings=tuple(warnings))


def _read_jsonl(path: Path, text: str) -> Iterator[ReadResult]:
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield _jsonl_record(str(path), lineno, line)
        except InputError as err:
            yield err


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[ReadResult]:
    """Yield the articles of one file, or an InputError for each bad file or record."""
    try:
        data = _read_bytes(path, max_bytes)
        text, warnings = decode_bytes(str(path), data)
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path, text)
            for w in warnings:
                yield InputError(str(path), w.split(": ", 1)[-1], "W104")
        elif suffix in (".html", ".htm"):
            yield _read_html(path, text, warnings)
        else:
            yield read_text_article(path.stem, text, str(path), warnings)
    except InputError as err:
        yield err


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath, name)
            if p.suffix.lower() in SUFFIXES and not name.startswith("."):
                yield p


def iter_articles(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[ReadResult]:
    """Expand files and directories (recursively) and read every supported file."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in _walk(p):
                yield from read_file(f, max_bytes)
        elif p.exists():
            yield from read_file(p, max_bytes)
        else:
            yield InputError(str(p), "no such file or directory", "E100")
