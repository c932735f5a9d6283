"""spaCy loading and sentence handling: the only package that imports spaCy."""
from .pipeline import (MODEL_NAME, Sentence, irregular_verb_forms, load_nlp, make_doc,
                       split_sentences, token_strings, use_lemma_table)

__all__ = ["MODEL_NAME", "Sentence", "irregular_verb_forms", "load_nlp", "make_doc",
           "split_sentences", "token_strings", "use_lemma_table"]
