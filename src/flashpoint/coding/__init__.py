"""Event coding: CAMEO/PLOVER tables, trigger lexicons, status, dates, attribution."""
from .coder import Coder, may_hold_event
from .dyad import code_dyad
from .tables import cameo, cameo_table

__all__ = ["Coder", "cameo", "cameo_table", "code_dyad", "may_hold_event"]
