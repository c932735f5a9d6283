"""Batch processing: read -> de-duplicate -> code (in worker processes) -> store.

The main process is the only writer; workers only code articles. Documents are
written in small transactions, so a crash or Ctrl-C loses at most the batch in
flight and a re-run resumes where it stopped (stored documents are skipped).
"""
from __future__ import annotations

import multiprocessing as mp
import signal
import sys
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from .errors import InputError
from .ingest import MAX_BYTES, iter_articles
from .ingest.dedup import NEAR_DUPLICATE_JACCARD, band_keys, content_hash, minhash, similarity
from .models import Article, Event
from .store import Store, StoredDocument

BATCH_DOCS = 32
_CODER = None


@dataclass
class RunReport:
    read: int = 0
    coded: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False

    @property
    def failed(self) -> bool:
        return bool(self.problems)


class _StopRequest:
    """Ctrl-C asks the run to stop between documents (never inside a database write)."""

    def __init__(self):
        self.requested = False
        self._previous = None
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum, frame) -> None:
        self.requested = True

    def restore(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _init_worker(actor_files: tuple[str, ...]) -> None:
    global _CODER
    if mp.current_process().name != "MainProcess":
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process decides when to stop
    if _CODER is None:
        from .actors import ActorResolver, load_knowledge
        from .coding import Coder

        _CODER = Coder(ActorResolver(load_knowledge(actor_files)))


def _code(article: Article) -> tuple[Article, Union[list[Event], str]]:
    try:
        return article, _CODER.code_article(article)
    except Exception as exc:  # one bad article must not stop the batch
        return article, f"[E600] {article.path or article.doc_id}: coding failed " \
                        f"({type(exc).__name__}: {exc})"


def coded_articles(articles: Iterable[Article], workers: int = 1,
                   actor_files: tuple[str, ...] = ()) -> Iterator[tuple[Article, Union[list[Event], str]]]:
    """Code articles in order, in `workers` processes (forked after the model is loaded)."""
    _init_worker(actor_files)
    if workers <= 1:
        yield from map(_code, articles)
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        try:
            yield from pool.imap(_code, articles, chunksize=2)
        except BaseException:
            pool.terminate()
            raise


def extract(paths: Iterable[str], workers: int = 1, max_bytes: int = MAX_BYTES,
            actor_files: tuple[str, ...] = ()) -> Iterator[Union[Event, InputError, str]]:
    """Events of the inputs without a database; problems are yielded in between."""
    articles = []
    for item in iter_articles(paths, max_bytes):
        if isinstance(item, InputError):
            yield item
        else:
            articles.append(item)
            yield from item.warnings
    for article, result in coded_articles(articles, workers, actor_files):
        if isinstance(result, str):
            yield result
        else:
            yield from result


class _NearDuplicates:
    """Band index over the stored documents and those of the current run."""

    def __init__(self, store: Store):
        self.store = store
        self.local: dict[int, list[tuple[str, list[int]]]] = {}

    def find(self, doc_id: str, signature: list[int], keys: list[int]
             ) -> tuple[Optional[str], Optional[float]]:
        candidates = self.store.near_duplicate_candidates(keys, doc_id)
        for key in keys:
            candidates += self.local.get(key, [])
        best = max(((similarity(signature, sig), other) for other, sig in candidates
                    if other != doc_id), default=(0.0, None))
        if best[0] >= NEAR_DUPLICATE_JACCARD:
            return best[1], round(best[0], 3)
        return None, None

    def add(self, doc_id: str, signature: list[int], keys: list[int]) -> None:
        for key in keys:
            self.local.setdefault(key, []).append((doc_id, signature))


def run(paths: Iterable[str], db: str, workers: int = 1, max_bytes: int = MAX_BYTES,
        actor_files: tuple[str, ...] = (), progress: bool = True,
        say: Callable[[str], None] = lambda m: print(m, file=sys.stderr)) -> RunReport:
    """Ingest, code and store; every problem is reported with `say` as one line.

    Reading and de-duplication run lazily while the workers code (the pool pulls the
    articles from a generator), so the main process is the only writer throughout.
    """
    report = RunReport()
    with Store(db) as store:
        reader = store.reader()
        pending: deque[StoredDocument] = deque()
        duplicates: list[StoredDocument] = []

        def to_code() -> Iterator[Article]:
            for doc in _plan(reader, paths, max_bytes, report, say):
                if doc.duplicate_of:
                    duplicates.append(doc)
                else:
                    pending.append(doc)
                    yield doc.article

        bar = _progress(progress, say)
        batch: list[StoredDocument] = []
        stop = _StopRequest()
        try:
            for article, result in coded_articles(to_code(), workers, actor_files):
                if stop.requested:
                    report.interrupted = True
                    break
                doc = pending.popleft()
                bar.update(1)
                if isinstance(result, str):
                    report.problems.append(result)
                    bar.write(result)
                    continue
                doc.events = result
                batch.append(doc)
                report.coded += 1
                report.events += len(result)
                if len(batch) >= BATCH_DOCS:
                    store.write_batch(_take(duplicates) + batch)
                    batch = []
            store.write_batch(_take(duplicates) + batch)  # whole documents only
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            stop.restore()
            bar.close()
            reader.close()
    return report


def _take(items: list) -> list:
    taken = items[:]
    del items[:len(taken)]
    return taken


def _plan(store: Store, paths, max_bytes: int, report: RunReport, say
          ) -> Iterator[StoredDocument]:
    """Read the inputs; skip unchanged documents; mark exact and near duplicates."""
    near = _NearDuplicates(store)
    seen_hashes: dict[str, str] = {}
    for item in iter_articles(paths, max_bytes):
        if isinstance(item, InputError):
            (report.warnings if item.code.startswith("W") else report.problems).append(str(item))
            say(str(item))
            continue
        report.read += 1
        for w in item.warnings:
            report.warnings.append(w)
            say(w)
        digest = content_hash(item.text)
        if store.known_hash(item.doc_id) == digest:
            report.unchanged += 1
            continue
        signature = minhash(item.text)
        keys = band_keys(signature)
        doc = StoredDocument(item, digest, signature, keys, [])
        twin = seen_hashes.get(digest) or store.doc_with_hash(digest)
        if twin and twin != item.doc_id:
            doc.duplicate_of, doc.similarity = twin, 1.0
        else:
            doc.duplicate_of, doc.similarity = near.find(item.doc_id, signature, keys)
        if doc.duplicate_of:
            report.duplicates += 1
        else:
            seen_hashes[digest] = item.doc_id
            near.add(item.doc_id, signature, keys)
        yield doc


class _NoBar:
    def __init__(self, say: Callable[[str], None]):
        self.write = say

    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(enabled: bool, say: Callable[[str], None]):
    if not enabled:
        return _NoBar(say)
    from tqdm import tqdm

    return tqdm(unit="doc", desc="coding", file=sys.stderr, leave=False)
