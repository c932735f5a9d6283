"""Analytics over the event store, all in DuckDB SQL: dyad series, escalation, network, timeline."""
from .dyad import dyad_series, dyad_top_events
from .escalation import escalation_ranking
from .network import actor_network
from .timeline import timeline

__all__ = ["actor_network", "dyad_series", "dyad_top_events", "escalation_ranking", "timeline"]
