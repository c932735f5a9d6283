"""Actor dictionaries and resolution of noun phrases to CAMEO-style actor codes."""
from .gazetteer import Gazetteer, Place
from .knowledge import ActorKnowledge, Entry, load_knowledge
from .resolve import ActorResolver

__all__ = ["ActorKnowledge", "ActorResolver", "Entry", "Gazetteer", "Place", "load_knowledge"]
