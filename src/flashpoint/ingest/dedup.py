"""Content hashes (exact duplicates) and MinHash signatures (syndicated near-duplicates)."""
from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.7
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20240801)
_A = _rng.integers(1, _PRIME, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, NUM_PERM, dtype=np.uint64)
_WORDS = re.compile(r"\w+")


def normalized(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def content_hash(text: str) -> str:
    """Same words in the same order -> same hash (white space and case ignored)."""
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()


def minhash(text: str) -> list[int]:
    """64-value MinHash of the 5-word shingles of the text."""
    words = _WORDS.findall(text.lower())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    hashes = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64)
    # (a*x + b) mod p on 32-bit inputs stays below 2**64 only with a reduced multiplier
    a = _A % (1 << 31)
    values = (np.outer(hashes, a) + _B) % _PRIME
    return [int(v) for v in values.min(axis=0)]


def band_keys(signature: list[int]) -> list[int]:
    """Locality-sensitive buckets: documents sharing a band are near-duplicate candidates."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS:(band + 1) * ROWS]
        digest = hashlib.blake2b(repr((band, chunk)).encode(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b)) / len(a)
