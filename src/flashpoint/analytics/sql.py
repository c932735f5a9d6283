"""SQL fragments shared by the analytics queries (actor matching, actor keys, weights)."""
from __future__ import annotations

from typing import Optional

STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI")

# One node per state (IRNGOV, IRNMIL, IRN -> IRN); groups keep their own code.
NODE = """CASE WHEN {p}_code IS NULL THEN {p}_name
          WHEN length({p}_code) = 3 OR substr({p}_code, 4, 3) IN {sectors}
               THEN substr({p}_code, 1, 3)
          ELSE {p}_code END"""

# Conflict intensity: the magnitude of negative Goldstein values of conflict events;
# cooperation: the positive Goldstein values of cooperative events.
CONFLICT = "CASE WHEN quad_class >= 3 THEN -least(goldstein, 0) ELSE 0 END"
COOPERATION = "CASE WHEN quad_class <= 2 THEN greatest(goldstein, 0) ELSE 0 END"


def node(prefix: str) -> str:
    return NODE.format(p=prefix, sectors=str(STATE_SECTORS))


def actor_match(prefix: str) -> str:
    """`?` matches an actor by code prefix (IRN matches IRNGOV) or by exact name."""
    return f"({prefix}_code LIKE ? || '%' OR {prefix}_name = ?)"


FREQ_UNITS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def freq_unit(freq: str) -> str:
    from ..errors import UsageError

    try:
        return FREQ_UNITS[freq]
    except KeyError:
        raise UsageError(f"--freq must be one of {', '.join(FREQ_UNITS)}", "E402") from None


def date_range(since: Optional[str], until: Optional[str]) -> tuple[list[str], list]:
    """WHERE clauses and parameters for an optional [since, until] range of `day`."""
    clauses, params = [], []
    if since:
        clauses.append("day >= CAST(? AS DATE)")
        params.append(since)
    if until:
        clauses.append("day <= CAST(? AS DATE)")
        params.append(until)
    return clauses, params
