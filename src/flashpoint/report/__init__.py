"""Pictures and the self-contained HTML report (matplotlib, no network, text escaped)."""
from .charts import dyad_chart, escalation_chart, network_chart, timeline_chart
from .html import build_report

__all__ = ["build_report", "dyad_chart", "escalation_chart", "network_chart", "timeline_chart"]
