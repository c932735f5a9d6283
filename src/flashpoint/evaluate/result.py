"""The result of one evaluation run and its table/JSON rendering."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .metrics import format_confusion


@dataclass
class EvalResult:
    dataset: str
    mode: str
    n: int
    figures: dict
    confusion: dict | None = None
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps({"dataset": self.dataset, "mode": self.mode, "n": self.n,
                           "figures": self.figures, "confusion": self.confusion,
                           "errors": self.errors, "seconds": round(self.seconds, 2)},
                          ensure_ascii=False, indent=1)

    def to_table(self) -> str:
        lines = [f"{self.dataset} ({self.mode}): {self.n} items in {self.seconds:.1f} s"]
        for key, value in self.figures.items():
            if isinstance(value, dict):
                inner = ", ".join(f"{k} {v}" for k, v in value.items() if k in
                                  ("precision", "recall", "f1"))
                lines.append(f"  {key:28} {inner}")
            else:
                shown = f"{value:.4f}" if isinstance(value, float) else str(value)
                lines.append(f"  {key:28} {shown}")
        if self.confusion and self.confusion["labels"]:
            lines += ["", "confusion by root (rows gold, columns predicted):",
                      format_confusion(self.confusion)]
        if self.errors:
            lines += ["", f"{len(self.errors)} errors:"]
            for e in self.errors:
                lines.append(f"  gold {e['gold']}  predicted {e['predicted']}")
                lines.append(f"    {e['sentence'][:200]}")
        return "\n".join(lines)
