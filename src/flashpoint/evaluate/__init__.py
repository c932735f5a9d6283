"""Evaluation on public gold sets (PLV, PLOVER GSR, PETRARCH GSR) and gold JSONL."""
from .gold import eval_gold_jsonl
from .result import EvalResult
from .runs import coder_for, eval_petrarch_gsr, eval_plover_gsr, eval_plv_dyad, eval_plv_open

__all__ = ["EvalResult", "coder_for", "eval_gold_jsonl", "eval_petrarch_gsr", "eval_plover_gsr",
           "eval_plv_dyad", "eval_plv_open"]
