"""Load an ICEWS-format quadruple dataset into a flashpoint database, names resolved.

Entities are resolved with the actor tables ("Iran" -> IRN, "Police (Nigeria)" ->
NGACOP, "Barack Obama" -> USAGOV on that day), relations by their CAMEO name
("Make statement" -> 010). Day t becomes start + t days.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Optional

from ..actors import load_knowledge
from ..actors.knowledge import phrase_key
from ..actors.resolve import person_code
from ..coding.tables import cameo_table
from .data import TKG

_AGENT_OF = re.compile(r"^(?P<agent>.+?) \((?P<country>[^()]+)\)$")


class NameResolver:
    def __init__(self):
        self.kb = load_knowledge()
        self.by_name = {c.name.lower(): c.code for c in cameo_table().values()}

    def entity(self, name: str, day: str) -> tuple[Optional[str], Optional[str]]:
        """(code, country) of an ICEWS entity name."""
        entry = self.kb.names.get(phrase_key(name))
        if entry is not None:
            code = person_code(entry, day) if entry.kind == "person" else entry.code
            return code, entry.country
        m = _AGENT_OF.match(name)
        if m:
            country = self.kb.names.get(phrase_key(m.group("country")))
            sector = self.kb.agents.get(tuple(w.lower() for w in m.group("agent").split()))
            if country is not None and country.country:
                return country.country + (sector or ""), country.country
        return None, None

    def relation(self, name: str) -> Optional[str]:
        return self.by_name.get(name.lower().strip())


def quadruple_events(data: TKG, start: date, resolver: Optional[NameResolver] = None):
    """Yield export-like dicts for every quadruple of every split."""
    from ..coding.tables import cameo

    resolver = resolver or NameResolver()
    for split in ("train", "valid", "test"):
        for s, r, o, t in data.split(split).tolist():
            code = resolver.relation(data.relation_names[r])
            if code is None:
                continue
            day = (start + timedelta(days=int(t))).isoformat()
            info = cameo(code)
            src, src_country = resolver.entity(data.entity_names[s], day)
            tgt, tgt_country = resolver.entity(data.entity_names[o], day)
            key = f"{split}|{s}|{r}|{o}|{t}"
            yield {"event_id": hashlib.sha1(key.encode()).hexdigest()[:16], "split": split,
                   "day": day, "source": (src, src_country, data.entity_names[s]),
                   "target": (tgt, tgt_country, data.entity_names[o]), "cameo": code,
                   "info": info, "sentence": f"{data.entity_names[s]} | "
                   f"{data.relation_names[r]} | {data.entity_names[o]}"}


def import_quadruples(data: TKG, db: str, start: date, name: str = "tkg") -> int:
    """Store every quadruple as an event (one document per split); returns the count."""
    from ..ingest.dedup import band_keys, content_hash, minhash
    from ..models import Actor, Article, Event
    from ..store import Store, StoredDocument

    by_split: dict[str, list[Event]] = {}
    for q in quadruple_events(data, start):
        info = q["info"]
        actors = [Actor(code, country, text, text, code[3:6] or None if code else None)
                  for code, country, text in (q["source"], q["target"])]
        by_split.setdefault(q["split"], []).append(Event(
            event_id=q["event_id"], doc_id=f"{name}:{q['split']}", doc_date=q["day"],
            date=q["day"], source=actors[0], target=actors[1], cameo=info.code,
            cameo_root=info.root, plover=info.plover, plover_mode=info.plover_mode,
            goldstein=info.goldstein, quad_class=info.quad_class, status="asserted",
            attribution=None, quote=None, location=None, sentence=q["sentence"],
            span=(0, len(q["sentence"])), confidence=1.0))
    docs = []
    for split, events in by_split.items():
        text = f"{name} {split}: {len(events)} quadruples"
        sig = minhash(text)
        docs.append(StoredDocument(Article(f"{name}:{split}", text, title=text), content_hash(text),
                                   sig, band_keys(sig), events))
    with Store(db) as store:
        store.write_batch(docs)
    return sum(len(d.events) for d in docs)
