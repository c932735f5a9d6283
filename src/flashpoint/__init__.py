"""flashpoint: sourced, time-stamped political event data from news articles."""
__version__ = "0.1.0"

from .errors import DataError, FlashpointError, InputError, StoreError, UsageError
from .models import Actor, Article, Attribution, Event, Location

__all__ = ["Actor", "Article", "Attribution", "DataError", "Event", "FlashpointError",
           "InputError", "Location", "StoreError", "UsageError", "__version__"]
