"""Build small event databases by hand for the analytics tests and benchmarks."""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from flashpoint.coding.tables import cameo
from flashpoint.ingest.dedup import band_keys, content_hash, minhash
from flashpoint.models import Actor, Article, Event
from flashpoint.store import Store, StoredDocument


def actor(code: str) -> Actor:
    return Actor(code, code[:3], code, code, code[3:6] or None)


def event(day: str, src: str, tgt: str, code: str, doc: str = "d", status: str = "asserted",
          sentence: str = "An event happened.") -> Event:
    info = cameo(code)
    eid = hashlib.sha1(f"{doc}|{day}|{src}|{tgt}|{code}|{sentence}".encode()).hexdigest()[:16]
    return Event(event_id=eid, doc_id=doc, doc_date=day, date=day, source=actor(src),
                 target=actor(tgt), cameo=code, cameo_root=code[:2], plover=info.plover,
                 plover_mode=info.plover_mode, goldstein=info.goldstein,
                 quad_class=info.quad_class, status=status, attribution=None, quote=None,
                 location=None, sentence=sentence, span=(0, len(sentence)), confidence=0.8)


def write(db, events: list[Event]) -> None:
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    docs = []
    for doc_id, evs in sorted(by_doc.items()):
        text = f"document {doc_id}"
        sig = minhash(text)
        docs.append(StoredDocument(Article(doc_id, text), content_hash(text) + doc_id, sig,
                                   band_keys(sig), evs))
    with Store(db) as store:
        store.write_batch(docs)


def monthly(start: date, months: int, per_month: int, src: str, tgt: str, code: str,
            doc_prefix: str) -> list[Event]:
    out = []
    for m in range(months):
        first = date(start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1, 5)
        for k in range(per_month):
            day = (first + timedelta(days=3 * k)).isoformat()
            out.append(event(day, src, tgt, code, doc=f"{doc_prefix}{m}",
                             sentence=f"{src} and {tgt} event {m}-{k}."))
    return out
