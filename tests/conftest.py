"""Shared fixtures: the coder (model-backed) and helpers to code a text."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def coder():
    from flashpoint.coding import Coder

    return Coder()


@pytest.fixture(scope="session")
def rules_coder():
    """The rule coder alone: what the lexicon says, before any model retypes it."""
    from flashpoint.coding import Coder

    return Coder(retyper=None)


def _coding_with(coder):
    """code(text, date) -> list of export dicts for a one-paragraph article."""
    from flashpoint.ingest import read_text_article

    def _code(text: str, date: str | None = "2024-08-01", title: str | None = None):
        header = (f"{title}\n" if title else "") + (f"date {date}\n" if date else "")
        article = read_text_article("t", header + text)
        return [e.to_dict() for e in coder.code_article(article)]
    return _code


@pytest.fixture(scope="session")
def code(coder):
    """code(text, date) -> list of export dicts for a one-paragraph article."""
    return _coding_with(coder)


@pytest.fixture(scope="session")
def rules_code(rules_coder):
    """The same with the rule coder alone (no model retyping)."""
    return _coding_with(rules_coder)


def hand_parse(words: list, **tree):
    """A Doc with the parse written out (heads as absolute indices, deps, and pos, tags or
    lemmas where the rule reads them): a misparse the small model is known to make, fixed
    here so the test does not depend on the model's version."""
    from spacy.tokens import Doc

    from flashpoint.nlp import load_nlp

    return Doc(load_nlp().vocab, words=words, **tree)


def find(events, cameo=None, root=None, source=None, target=None, status=None):
    """Events matching every given field (codes compared by prefix)."""
    out = []
    for e in events:
        src = (e["source"] or {}).get("code") or ""
        tgt = (e["target"] or {}).get("code") or ""
        if cameo and e["cameo"] != cameo:
            continue
        if root and e["cameo_root"] != root:
            continue
        if source and not src.startswith(source):
            continue
        if target and not tgt.startswith(target):
            continue
        if status and e["status"] != status:
            continue
        out.append(e)
    return out


@pytest.fixture
def shared_dir():
    if not SHARED.exists():
        pytest.skip("../shared is not available")
    return SHARED
