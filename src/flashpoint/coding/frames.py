"""Candidate events inside one sentence, before document-level clean-up."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from ..models import Actor, Attribution, Location


@dataclass
class Frame:
    code: str
    trigger_start: int  # document offsets of the trigger word
    trigger_end: int
    sentence: str
    sentence_start: int
    source: Optional[Actor]
    target: Optional[Actor]
    status: str
    attribution: Optional[Attribution] = None
    quote: Optional[str] = None
    location: Optional[Location] = None
    date: Optional[str] = None
    date_explicit: bool = False
    nominal: bool = False
    definite: bool = False  # "the assassination": refers back to a known event
    confidence: float = 0.8

    @property
    def root(self) -> str:
        return self.code[:2]

    def with_(self, **changes) -> "Frame":
        return replace(self, **changes)


def actor_key(actor: Optional[Actor]) -> Optional[str]:
    if actor is None:
        return None
    return f"{actor.code}|{actor.name or actor.text.lower()}"
