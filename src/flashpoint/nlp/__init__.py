"""spaCy loading and sentence handling: the only package that imports spaCy."""
from .pipeline import (MODEL_NAME, Sentence, load_nlp, make_doc, parse_sentences,
                       split_sentences)

__all__ = ["MODEL_NAME", "Sentence", "load_nlp", "make_doc", "parse_sentences",
           "split_sentences"]
